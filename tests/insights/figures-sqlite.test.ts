import { insightsSuite } from './figures-suite.js';

insightsSuite('SQLite', async () => ({}));
