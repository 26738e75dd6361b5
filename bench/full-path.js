// The full guided path, greeting to a drafted letter, as a requester walks it: every step kind
// (buttons, typed country with its confirmation, typed need through the finder, the program list,
// the criteria's yes/no/unknown, a typed date, the letter language, the letter's text fields, the
// review and the letter effect). The turns are the ones the HTTP tests send (test/server/journey.ts,
// test/server/messages.test.ts): buttons are tapped with the value the bot offered, found by choice.
//
// `recordPath` walks it once and keeps each turn's activity and the step the bot must answer
// with; `pathRequests` replays those turns for autocannon, one fresh conversation per pass of a
// connection, and counts every answer that is not the recorded step as a mismatch.

/** `!x` taps the offered choice x; anything else is typed. */
export const FULL_PATH = [
  '!language',
  '!lang:fr',
  '!goal:check',
  'Sénégal',
  '!yes', // "Sénégal — is that right?"
  '!government',
  'des formations sur les brevets pour nos examinateurs', // the finder
  '!ipas',
  '!yes', // criteria
  '!unknown',
  '!yes',
  '!yes',
  'à partir de juillet 2027', // a typed date: the lead time and the route
  '!goal:letter',
  '!fr',
  'Aminata Diallo',
  'Directrice générale',
  'Agence sénégalaise pour la propriété industrielle',
  'Dakar',
  'ASPIT/DG/2026-14',
  'dg@aspit.example.sn, +221 33 000 11 22',
  'Automatiser l’office avec IPAS',
  'Plan Sénégal Émergent',
  'Un office automatisé',
  '30 examinateurs',
  'De juillet 2027 à décembre 2027',
  '!draft', // the letter effect: a DOCX is written
];

const START = { type: 'conversationUpdate', membersAdded: [{ id: '{user}' }] };

export function envelope(conv, n, turn) {
  return {
    channelId: 'webchat',
    conversation: { id: conv },
    from: { id: `user-${conv}`, name: 'Requester' },
    recipient: { id: 'ta-navigator', name: 'TA Navigator' },
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    id: `${conv}-a${n}`,
    serviceUrl: 'http://localhost',
    ...turn,
    ...(turn.type === 'conversationUpdate' ? { membersAdded: [{ id: `user-${conv}` }] } : {}),
  };
}

const stepOf = (activities) => activities.at(-1)?.channelData?.taNavigator?.step;

function offered(activities) {
  return activities.flatMap((a) =>
    (a.suggestedActions?.actions ?? []).map((x) => x.value).filter((v) => v?.choice),
  );
}

/**
 * Walks FULL_PATH once on a running server. Returns the turns ({ activity, step, docx }), where
 * `step` is where the bot stands after the turn; throws if a choice is not offered or the path
 * does not end on a drafted letter.
 */
export async function recordPath(url, conv = `record-${process.pid}`) {
  const turns = [];
  let last = [];
  const post = async (turn) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope(conv, turns.length, turn)),
    });
    if (res.status !== 200) throw new Error(`turn ${turns.length}: HTTP ${res.status}`);
    last = (await res.json()).activities ?? [];
    turns.push({ turn, step: stepOf(last), docx: JSON.stringify(last).includes('.docx') });
  };
  await post(START);
  for (const t of FULL_PATH) {
    if (t.startsWith('!')) {
      const value = offered(last).find((v) => v.choice === t.slice(1));
      if (!value) throw new Error(`"${t.slice(1)}" not offered after turn ${turns.length}`);
      await post({ type: 'message', value });
    } else await post({ type: 'message', text: t });
  }
  const end = turns.at(-1);
  if (end.step !== 'done' || !end.docx) throw new Error(`the path ends at ${end.step}, no letter`);
  return turns;
}

/** The distinct step kinds the path passes through (for the report). */
export const stepsOf = (turns) => [...new Set(turns.map((t) => t.step))];

/**
 * autocannon `requests` replaying `turns`: each pass of a connection is a new conversation; every
 * answer is checked against the recorded step (`stats.mismatches`), `stats.letters` counts the
 * passes that ended with a DOCX link.
 */
export function pathRequests(turns, prefix, stats) {
  let conversations = 0;
  return turns.map(({ turn, step, docx }, i) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req, context) => {
      if (i === 0) context.conv = `${prefix}-${++conversations}`;
      return { ...req, body: JSON.stringify(envelope(context.conv, i, turn)) };
    },
    onResponse: (status, body) => {
      if (status !== 200 || !body.includes(`"step":"${step}"`)) stats.mismatches++;
      else if (docx && body.includes('.docx')) stats.letters++;
    },
  }));
}
