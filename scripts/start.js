// `npm start`: compiles only if dist/ is stale (see fresh-build.js), then runs the server in this
// same process (no second Node start-up).
import { buildIfStale } from './fresh-build.js';

try {
  buildIfStale();
} catch {
  console.error('TA Navigator cannot start: the TypeScript build failed');
  process.exit(1);
}
await import('../dist/src/server/main.js');
