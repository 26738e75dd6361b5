// Sends each due deadline reminder once. Every instance may run this; a reminder is sent only by
// the instance whose claim (a compare-and-swap on the record, see reminder-store.ts) succeeded.
// A claim is a lease: if its holder dies before marking the reminder sent, another instance takes
// it over after LEASE_MS (the one case where a reminder could go twice: sent, then the holder
// died before writing "sent").
import { randomUUID } from 'node:crypto';
import type { ListableStorage } from '../../storage/index.js';
import { readReminder, REMINDER_PREFIX, swapReminder, type StoredReminder } from './reminder-store.js';

export type ReminderSender = (reminder: StoredReminder) => Promise<void>;

export interface SchedulerOptions {
  readonly storage: ListableStorage;
  readonly send: ReminderSender;
  /** Today as YYYY-MM-DD (the server's pinned or real date). */
  readonly today: () => string;
  /** Milliseconds since the epoch, for leases. */
  readonly now?: () => number;
  /** Names this instance in its leases. */
  readonly instanceId?: string;
  readonly leaseMs?: number;
  /** A reminder that failed this many times is given up. */
  readonly maxAttempts?: number;
}

export interface TickReport {
  readonly sent: number;
  readonly failed: number;
  readonly expired: number;
}

export const LEASE_MS = 10 * 60_000;

export function createReminderScheduler(o: SchedulerOptions) {
  const now = o.now ?? Date.now;
  const me = o.instanceId ?? randomUUID();
  const leaseMs = o.leaseMs ?? LEASE_MS;
  const maxAttempts = o.maxAttempts ?? 5;

  const claimable = (r: StoredReminder, at: number) =>
    r.status === 'pending' || (r.status === 'sending' && (r.lease?.until ?? 0) < at);

  /** One pass over the stored reminders: claims and sends those due today or earlier. */
  async function tick(): Promise<TickReport> {
    const today = o.today();
    let sent = 0;
    let failed = 0;
    let expired = 0;
    for (const key of await o.storage.list(REMINDER_PREFIX)) {
      const read = await readReminder(o.storage, key);
      if (!read) continue;
      const { reminder, eTag } = read;
      const at = now();
      if (!claimable(reminder, at) || reminder.dueOn > today) continue;
      if (reminder.submitBy < today) {
        // The deadline itself has passed (the service was down all week): too late to help.
        if (await swapReminder(o.storage, key, eTag, { ...reminder, status: 'expired' })) expired++;
        continue;
      }
      const claim: StoredReminder = {
        ...reminder,
        status: 'sending',
        lease: { by: me, until: at + leaseMs },
      };
      if (!(await swapReminder(o.storage, key, eTag, claim))) continue; // another instance has it
      const mine = await readReminder(o.storage, key);
      if (!mine || mine.reminder.lease?.by !== me) continue;
      try {
        await o.send(reminder);
      } catch (e) {
        const attempts = reminder.attempts + 1;
        console.warn(`reminders: sending failed (attempt ${attempts}): ${(e as Error).message}`);
        const { lease: _lease, ...rest } = mine.reminder;
        await swapReminder(o.storage, key, mine.eTag, {
          ...rest,
          attempts,
          status: attempts >= maxAttempts ? 'failed' : 'pending',
        });
        failed++;
        continue;
      }
      const { lease: _lease, ...rest } = mine.reminder;
      await swapReminder(o.storage, key, mine.eTag, {
        ...rest,
        status: 'sent',
        sentAt: new Date(at).toISOString(),
      });
      sent++;
    }
    return { sent, failed, expired };
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  return {
    instanceId: me,
    tick,
    /** Ticks every `intervalMs` (and once now); the timer never keeps the process alive. */
    start(intervalMs: number): void {
      const run = () => {
        running ??= tick()
          .catch((e: Error) => console.warn(`reminders: ${e.message}`))
          .finally(() => (running = undefined));
      };
      run();
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
