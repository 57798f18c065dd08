import path from 'node:path';
import { BUNDLE_ENTRIES, writeBundle } from './bundle.js';

/** `npm run deploy:bundle [out]`: the deployable folder (default build/deploy) from a built checkout. */
const out = path.resolve(process.argv[2] ?? 'build/deploy');
writeBundle(process.cwd(), out);
console.log(`${path.relative(process.cwd(), out)}: ${BUNDLE_ENTRIES.join(', ')} (install with npm ci --omit=dev)`);
