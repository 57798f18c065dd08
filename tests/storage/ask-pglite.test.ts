import { askStorageSuite } from './ask-suite.js';

// Real PostgreSQL semantics (compiled to WASM): the Ask repositories' SQL works on both dialects.
askStorageSuite('PostgreSQL (PGlite)', async () => ({ config: { kind: 'pglite' } }));
