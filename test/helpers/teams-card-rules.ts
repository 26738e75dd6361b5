// What Teams needs of a card beyond the Adaptive Cards schema: at most 6 actions in all (it folds
// the rest away), no single "\n" inside a TextBlock (Teams' Markdown joins such lines), every
// Action.Execute with an Action.Submit fallback carrying the same data, input ids unique and
// labelled, and the whole card under Teams' message size limit (about 28 KB).
const MAX_ACTIONS = 6;
const MAX_BYTES = 28 * 1024;
const SINGLE_NEWLINE = /(^|[^\n])\n(?!\n)/;

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  if (!node || typeof node !== 'object') return;
  visit(node as Node);
  for (const [k, v] of Object.entries(node as Node)) if (k !== 'fallback' && k !== 'data') walk(v, visit);
}

export function teamsCardProblems(card: unknown): string[] {
  const problems: string[] = [];
  let actions = 0;
  const ids = new Set<string>();
  walk(card, (n) => {
    const type = String(n.type ?? '');
    if (type.startsWith('Action.')) {
      actions++;
      if (type === 'Action.Execute') {
        const fb = n.fallback as Node | undefined;
        if (fb?.type !== 'Action.Submit')
          problems.push(`Action.Execute "${String(n.title)}" has no Action.Submit fallback`);
        const { shown: _shown, ...data } = (n.data ?? {}) as Node;
        if (JSON.stringify(fb?.data ?? {}) !== JSON.stringify(data))
          problems.push(`Action.Execute "${String(n.title)}": fallback data differs`);
        if (!n.verb) problems.push(`Action.Execute "${String(n.title)}" has no verb`);
      }
    }
    if (type === 'TextBlock' && typeof n.text === 'string' && SINGLE_NEWLINE.test(n.text))
      problems.push(`TextBlock with a single line break: ${JSON.stringify(n.text.slice(0, 60))}`);
    if (type.startsWith('Input.')) {
      const id = String(n.id ?? '');
      if (ids.has(id)) problems.push(`input id "${id}" twice`);
      ids.add(id);
      if (!n.label) problems.push(`input "${id}" has no label`);
    }
  });
  if (actions > MAX_ACTIONS) problems.push(`${actions} actions (Teams shows ${MAX_ACTIONS})`);
  const bytes = Buffer.byteLength(JSON.stringify(card ?? null));
  if (bytes > MAX_BYTES) problems.push(`${bytes} bytes (Teams takes about ${MAX_BYTES})`);
  return problems;
}
