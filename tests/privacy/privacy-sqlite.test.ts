import { privacySuite } from './privacy-suite.js';

privacySuite('SQLite file', async () => ({}), { sqliteFile: true });
