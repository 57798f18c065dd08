import { privacySuite } from './privacy-suite.js';

privacySuite('PGlite', async () => ({ config: 'pglite' }), { sqliteFile: false });
