// `npm start`: load and validate everything, then listen. A bad knowledge file stops here.
import { loadConfig } from '../config.js';
import { buildDeps } from './bootstrap.js';
import { createServer } from './app.js';
import { flowContext } from './bot.js';
import { warmUpUnderstanding } from '../flow/understand/warm-up.js';

try {
  const config = loadConfig();
  const deps = buildDeps(config);
  const server = createServer(deps);
  server.listen(config.PORT, config.HOST, () => {
    const where = config.STORAGE === 'lowdb' ? ` in ${config.DATA_DIR}` : '';
    console.warn(`TA Navigator listening on ${server.url} (storage: ${config.STORAGE}${where})`);
    // Word lists and date patterns are built once, after the port is open, not in the first turn.
    setImmediate(() => warmUpUnderstanding(flowContext(deps)));
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`TA Navigator cannot start: ${(e as Error).message}`);
  process.exit(1);
}
