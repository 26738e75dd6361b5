// `npm start`: load and validate everything, then listen. A bad knowledge file stops here.
// What the first requests do not need (the Bot Framework SDK and the bot's modules, the finder's
// index, the understanding's word lists) is prepared right after listen, piece by piece, so that
// /healthz and the page answer meanwhile; a turn that comes first waits for what it needs.
import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../config.js';
import { LowdbStorage } from '../storage/index.js';
import { buildDeps } from './bootstrap.js';
import { createServer } from './app.js';
import { createLogger } from './log.js';
import { createSecrets, loadSecret } from './secrets.js';
import { startRetention } from './data-protection.js';
import { createAdapter, loadBot } from './api/messages-route.js';
import { createReminderScheduler, type ReminderSender } from './reminders/scheduler.js';
import { addAcceptHandles, type AcceptHandles } from './accept-handles.js';
import type { AppDeps } from './deps.js';

/** Lets pending I/O (a health probe, a page) through between two pieces of start-up work. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The packages under the SDK (and chrono-node, under the understanding), imported one at a time
 * before the SDK itself and the bot (loadBot). They are CommonJS: one import runs its whole
 * require tree at once (about half a second for botbuilder); one package at a time, the pieces
 * are short and a request gets through between two of them. A package that cannot be found here
 * is simply loaded later, with the SDK.
 */
const PRELOAD = [
  'botframework-schema',
  'botbuilder-stdlib',
  '@azure/core-rest-pipeline',
  '@azure/msal-node',
  'botframework-connector',
  'botbuilder-core',
  'chrono-node',
];

async function warmUp(deps: AppDeps): Promise<void> {
  for (const part of PRELOAD) {
    await import(part).catch(() => undefined);
    await yieldToRequests();
  }
  await loadBot();
  await yieldToRequests();
  void deps.finder; // builds the index
  await yieldToRequests();
  const [{ flowContext }, { warmUpUnderstandingInSteps }] = await Promise.all([
    import('./bot.js'),
    import('../flow/understand/warm-up.js'),
  ]);
  await warmUpUnderstandingInSteps(flowContext(deps), yieldToRequests);
}

// A turn's garbage outlives a young-generation collection or two (it waits on storage), so it is
// promoted; V8 then lets the old generation grow to about 4× what is live before it compacts:
// ~100 MB live became ~450 MB resident at 200 conversations. Growing by 20% at most keeps it near
// 235 MB for a few more (short) collections; --trace-gc shows them. (30%: 7 MB more at 200
// conversations walking the path, three interleaved runs each; turns/s the same within noise.)
setFlagsFromString('--heap-growing-percent=20');

try {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const secret = loadSecret(config);
  const deps = buildDeps(config, { log, secrets: createSecrets(secret.key) });
  if (deps.storage instanceof LowdbStorage) {
    const removed = await deps.storage.removeTempFiles();
    if (removed)
      log.warn({ event: 'temp-files-removed', count: removed }, 'removed unfinished writes of a crash');
  }
  const stopRetention = config.RETENTION_DAYS
    ? startRetention(deps.storage, config.RETENTION_DAYS, deps.now, log)
    : () => undefined;
  const server = createServer(deps);
  // Deadline reminders in Teams: every instance looks; the storage lets exactly one send each.
  // The sender (and its adapter) is made when the first reminder is due.
  let sender: Promise<ReminderSender> | undefined;
  const send: ReminderSender = async (r) => {
    sender ??= Promise.all([
      createAdapter(config, deps.i18n, !config.MicrosoftAppId, deps.log),
      import('./reminders/proactive-sender.js'),
    ]).then(([adapter, { teamsReminderSender }]) =>
      teamsReminderSender(adapter, config.MicrosoftAppId, deps),
    );
    return (await sender)(r);
  };
  const reminders =
    config.REMINDER_CHECK_MINUTES > 0
      ? createReminderScheduler({ storage: deps.storage, send, today: deps.today })
      : undefined;
  let acceptHandles: Promise<AcceptHandles> | undefined;
  // New connections are not left waiting in the accept queue while the loop is busy (one accept
  // per descriptor per iteration): after the warm-up, since starting the child (a fork) holds
  // this thread for a few milliseconds and nothing is busy before.
  const addAccepts = () => {
    acceptHandles = addAcceptHandles(server.server, config.ACCEPTS_PER_LOOP - 1, {
      onError: (e) => log.warn({ event: 'accept-handle-error', err: { type: e.name } }, e.message),
    });
  };
  server.listen(config.PORT, config.HOST, () => {
    log.info(
      {
        event: 'listening',
        url: server.url,
        storage: config.STORAGE,
        ...(config.STORAGE === 'lowdb' ? { dataDir: config.DATA_DIR } : {}),
        sessionSecret: secret.source,
        retentionDays: config.RETENTION_DAYS ?? null,
        trustProxy: config.TRUST_PROXY,
      },
      `TA Navigator listening on ${server.url}`,
    );
    if (!config.MicrosoftAppId) {
      log.warn(
        {
          event: 'anonymous-messages',
          open: config.ALLOW_ANONYMOUS_MESSAGES,
          allowedServiceUrls: config.ALLOWED_SERVICE_URLS,
        },
        config.ALLOW_ANONYMOUS_MESSAGES
          ? 'no MicrosoftAppId: /api/messages answers anyone (ALLOW_ANONYMOUS_MESSAGES=1); the Web Chat page uses /api/webchat/messages'
          : 'no MicrosoftAppId: /api/messages answers local clients only (set ALLOW_ANONYMOUS_MESSAGES=1 to open it); the Web Chat page uses /api/webchat/messages',
      );
    }
    if (config.STORAGE === 'postgres' && secret.source === 'file')
      log.warn(
        { event: 'session-secret-per-instance', file: secret.file },
        'set SESSION_SECRET when several instances share the database, or sessions work on one instance only',
      );
    // The SDK, the finder's index, word lists and date patterns: after the port is open, not in
    // the first turn.
    setImmediate(() =>
      warmUp(deps)
        .catch((e: Error) => log.error({ event: 'warm-up-failed', err: { type: e.name } }, e.message))
        .finally(addAccepts),
    );
    reminders?.start(config.REMINDER_CHECK_MINUTES * 60_000);
  });
  const stop = () => {
    stopRetention();
    void reminders?.stop();
    // The extra descriptors first: while one listens, the socket still accepts connections.
    void acceptHandles?.then((h) => h.close());
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`TA Navigator cannot start: ${(e as Error).message}`);
  process.exit(1);
}
