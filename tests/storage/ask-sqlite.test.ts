import { askStorageSuite } from './ask-suite.js';

askStorageSuite('SQLite', async () => ({}));
