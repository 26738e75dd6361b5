// Environment, parsed once with zod so a wrong value stops start-up with a clear message.
import { z } from 'zod';

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
    /** How often each instance looks for deadline reminders due in Teams; 0 turns them off. */
    REMINDER_CHECK_MINUTES: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 60)
      .default(15),
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
