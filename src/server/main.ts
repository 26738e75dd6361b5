// `npm start`: load and validate everything, then listen. A bad knowledge file stops here.
import { loadConfig } from '../config.js';
import { buildDeps } from './bootstrap.js';
import { createServer } from './app.js';
import { flowContext } from './bot.js';
import { warmUpUnderstanding } from '../flow/understand/warm-up.js';
import { createAdapter } from './api/messages-route.js';
import { createReminderScheduler } from './reminders/scheduler.js';
import { teamsReminderSender } from './reminders/proactive-sender.js';

try {
  const config = loadConfig();
  const deps = buildDeps(config);
  const server = createServer(deps);
  // Deadline reminders in Teams: every instance looks; the storage lets exactly one send each.
  const reminders =
    config.REMINDER_CHECK_MINUTES > 0
      ? createReminderScheduler({
          storage: deps.storage,
          send: teamsReminderSender(createAdapter(config, deps.i18n), config.MicrosoftAppId, deps),
          today: deps.today,
        })
      : undefined;
  server.listen(config.PORT, config.HOST, () => {
    const where = config.STORAGE === 'lowdb' ? ` in ${config.DATA_DIR}` : '';
    console.warn(`TA Navigator listening on ${server.url} (storage: ${config.STORAGE}${where})`);
    // Word lists and date patterns are built once, after the port is open, not in the first turn.
    setImmediate(() => warmUpUnderstanding(flowContext(deps)));
    reminders?.start(config.REMINDER_CHECK_MINUTES * 60_000);
  });
  const stop = () => {
    void reminders?.stop();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`TA Navigator cannot start: ${(e as Error).message}`);
  process.exit(1);
}
