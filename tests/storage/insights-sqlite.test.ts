import { insightsSuite } from './insights-suite.js';

insightsSuite('SQLite', async () => ({}));
