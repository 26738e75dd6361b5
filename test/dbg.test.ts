import { it } from 'vitest';
import { Conversation, flowContext } from './helpers/flow.js';
const TURNS: string[] = JSON.parse(process.env.TURNS!);
it('t', () => {
  const c = new Conversation(flowContext('2026-12-01'));
  c.send({ start: true, locale: process.env.L! });
  for (const x of TURNS) {
    c.send(x);
    console.log(
      `\n>>> ${x}\n[${c.state?.pending?.stepId ?? '-'} ${c.effects.length ? 'EFFECT' : ''}]\n${c.text.slice(0, 700)}`,
    );
  }
});
