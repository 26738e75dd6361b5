// The body a note verbale comes from: it speaks of itself in the third person ("The Embassy
// presents its compliments … The Embassy avails itself …"), so every sentence that names it must
// name the same body, with the grammar that body's noun needs in each language.
export const SENDER_BODIES = ['permanent-mission', 'embassy', 'delegation', 'ministry'] as const;
export type SenderBody = (typeof SENDER_BODIES)[number];

/** Words that name each body at the start of a name, in the six languages; checked in this order. */
const NAMES: readonly (readonly [SenderBody, RegExp])[] = [
  // "常驻…代表团" is a Permanent Mission, though 代表团 alone is a delegation.
  [
    'permanent-mission',
    /permanent mission|mission permanente|misión permanente|постоянное представительство|البعثة الدائمة|常驻/iu,
  ],
  ['embassy', /embassy|ambassade|embajada|посольств|سفارة|大使馆/iu],
  ['delegation', /delegation|délégation|delegación|делегаци|وفد|代表团/iu],
  ['ministry', /ministry|ministère|ministerio|министерств|وزارة|部$/iu],
];

/** The body the sender's institution names; a Permanent Mission when the name does not say. */
export function senderBodyOf(institution: string): SenderBody {
  return NAMES.find(([, re]) => re.test(institution))?.[0] ?? 'permanent-mission';
}
