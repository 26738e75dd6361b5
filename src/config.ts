// Environment, parsed once with zod so a wrong value stops start-up with a clear message.
import { z } from 'zod';

/** "1" or "true" is on; unset, "", "0" or "false" is off. */
const flag = z
  .enum(['', '0', '1', 'false', 'true'])
  .default('')
  .transform((v) => v === '1' || v === 'true');

const Env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('data'),
    STORAGE: z.enum(['lowdb', 'memory', 'postgres']).default('lowdb'),
    /** PostgreSQL connection string, used (and required) when STORAGE=postgres; '' counts as unset. */
    DATABASE_URL: z
      .string()
      .optional()
      .transform((v) => v?.trim() || undefined),
    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: z.string().default(''),
    /** Public base URL of this server, for links in cards (Teams opens only absolute URLs). */
    PUBLIC_URL: z.url().optional(),
    /** Pins "today" (YYYY-MM-DD) for demos and tests; real deployments leave it unset. */
    TODAY: z.iso.date().optional(),
    /**
     * Key for session tokens, letter edit tokens and hashed ids in logs (32 characters or more).
     * Unset: one is generated on first start and kept in DATA_DIR/session-secret.
     */
    SESSION_SECRET: z
      .string()
      .optional()
      .transform((v) => v?.trim() || undefined)
      .pipe(z.string().min(32, 'SESSION_SECRET must be 32 characters or more').optional()),
    /** Without MicrosoftAppId, /api/messages answers loopback clients only unless this is 1. */
    ALLOW_ANONYMOUS_MESSAGES: flag,
    /**
     * Without MicrosoftAppId, the only serviceUrls the bot may post replies to (comma-separated
     * URL prefixes, e.g. the Emulator's http://localhost:53000). Empty: none.
     */
    ALLOWED_SERVICE_URLS: z
      .string()
      .default('')
      .transform((v, ctx) => {
        const urls: string[] = [];
        for (const part of v
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)) {
          // "http://localhost:*" allows any port of that host (the Emulator picks one per session).
          const anyPort = /^https?:\/\/[^/:]+:\*(\/|$)/.test(part);
          const url = URL.parse(anyPort ? part.replace(':*', ':1') : part);
          if (!url || !/^https?:$/.test(url.protocol)) {
            ctx.addIssue({ code: 'custom', message: `not an http(s) URL: ${part}` });
            return z.NEVER;
          }
          urls.push(anyPort ? url.href.replace(`${url.hostname}:1`, `${url.hostname}:*`) : url.href);
        }
        return urls;
      }),
    /** 1: X-Forwarded-For/-Host/-Proto come from a proxy of ours and are believed. */
    TRUST_PROXY: flag,
    /** Drafts and conversations not touched for this many days are deleted. Unset: kept. */
    RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How often each instance looks for deadline reminders due in Teams; 0 turns them off. */
    REMINDER_CHECK_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(15),
    /**
     * Connections the server may accept per turn of its event loop (libuv accepts one per listening
     * descriptor; src/server/accept-handles.ts). 1: only the socket's own descriptor.
     */
    ACCEPTS_PER_LOOP: z.coerce.number().int().min(1).max(64).default(8),
  })
  .refine((env) => env.STORAGE !== 'postgres' || env.DATABASE_URL !== undefined, {
    path: ['DATABASE_URL'],
    message: 'DATABASE_URL is required when STORAGE=postgres (e.g. postgres://user:password@host:5432/db)',
  });
export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = Env.safeParse(env);
  if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  return result.data;
}
