// The baseline: a bare echo bot on the same stack (restify + botbuilder's CloudAdapter, replies
// returned in the HTTP answer with expectReplies), in a process of its own like the real server.
// PORT from the environment; GET /healthz answers once it listens.
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (ctx) => {
    await ctx.sendActivity(`echo: ${ctx.activity.text}`);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
