// `npm start`: load and validate everything, then listen. A bad knowledge file stops here.
import { loadConfig } from '../config.js';
import { LowdbStorage } from '../storage/index.js';
import { buildDeps } from './bootstrap.js';
import { createServer } from './app.js';
import { createLogger } from './log.js';
import { createSecrets, loadSecret } from './secrets.js';
import { startRetention } from './data-protection.js';

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
  });
  const stop = () => {
    stopRetention();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(`TA Navigator cannot start: ${(e as Error).message}`);
  process.exit(1);
}
