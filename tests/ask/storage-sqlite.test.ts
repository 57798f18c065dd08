import { askStorageSuite } from './storage-suite.js';

askStorageSuite('SQLite', async () => ({}));
