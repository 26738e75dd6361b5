// "Thanks", "ok, merci beaucoup", "Большое спасибо!", "好的，谢谢", "شكرا جزيلا": a message that only
// thanks, with nothing asked or given. Said when the bot has just finished a task, it is a
// courtesy to return, not a message to search the manual for or to answer with "I did not
// understand". The words are data: courtesy.thanks (the thanks) and courtesy.fillers (what may
// stand beside them: "ok", "very much", "great") in understand.json.
import type { FlowContext } from '../types.js';
import { findAll, phrasesFor, words } from './phrases.js';

/** Longer than this, a message says more than thanks ("thanks, and now the letter in English"). */
const MAX_WORDS = 8;

export function onlyThanks(ctx: FlowContext, text: string): boolean {
  const ws = words(text);
  if (ws.length === 0 || ws.length > MAX_WORDS) return false;
  const thanks = findAll(phrasesFor(ctx, 'understand:courtesy.thanks'), ws);
  if (thanks.length === 0) return false;
  const covered = new Array<boolean>(ws.length).fill(false);
  for (const m of [...thanks, ...findAll(phrasesFor(ctx, 'understand:courtesy.fillers'), ws)])
    for (let i = m.start; i < m.end; i++) covered[i] = true;
  return covered.every(Boolean);
}
