// The shape of an incoming Bot Framework activity, checked before anything else reads it: a field
// of the wrong type is a 400 naming it, never a 500 from deep inside the adapter or a turn that
// fails with "something went wrong". Unknown fields pass through (channels add their own).
import { z } from 'zod';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An id: printable, well-formed UTF-16 (ids become storage keys and file names). */
const Id = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !LONE_SURROGATE.test(s), 'holds a lone surrogate')
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'holds a control character');

const Party = z.looseObject({
  id: Id(256),
  name: z.string().max(256).optional(),
  role: z.string().max(32).optional(),
  aadObjectId: z.string().max(128).optional(),
});

const HttpUrl = z
  .string()
  .max(2048)
  .refine((s) => {
    const url = URL.parse(s);
    return !!url && (url.protocol === 'http:' || url.protocol === 'https:');
  }, 'an http(s) URL');

export const Activity = z.looseObject({
  type: z.string().min(1).max(64),
  id: Id(256).optional(),
  channelId: Id(64).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-"'),
  conversation: z.looseObject({
    id: Id(512),
    name: z.string().max(256).optional(),
    isGroup: z.boolean().optional(),
    conversationType: z.string().max(32).optional(),
    tenantId: z.string().max(128).optional(),
  }),
  from: Party.optional(),
  recipient: Party.optional(),
  // BCP 47-ish: "fr", "fr-FR", "zh-Hans-CN", "es-419".
  locale: z
    .string()
    .max(35)
    .regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/, 'a language tag such as "fr-FR"')
    .optional(),
  text: z.string().max(100_000).optional(),
  textFormat: z.string().max(32).optional(),
  value: z.unknown().optional(),
  serviceUrl: HttpUrl.optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  replyToId: z.string().max(256).optional(),
  membersAdded: z.array(Party).max(100).optional(),
  membersRemoved: z.array(Party).max(100).optional(),
  entities: z
    // Every entity has a type (botbuilder reads it when it strips a mention of the bot).
    .array(z.looseObject({ type: z.string().max(64) }))
    .max(50)
    .optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256).optional() }))
    .max(20)
    .optional(),
  channelData: z.looseObject({}).optional(),
});
export type Activity = z.infer<typeof Activity>;
