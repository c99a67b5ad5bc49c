// docs/action.md shows a review comment and a job summary from a real run of the Action. The
// end-to-end tests produce them; this keeps the page equal to what they produced
// (UPDATE_DOCS=1 rewrites the page's example blocks instead of comparing).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import { ROOT } from './harness.js';

const DOC = path.join(ROOT, 'docs/action.md');

/** The text between `<!-- example:NAME -->` and `<!-- /example:NAME -->` must be `content`, quoted so it renders as one block. */
export function expectDocExample(name: string, content: string): void {
  const open = `<!-- example:${name} -->\n`;
  const close = `<!-- /example:${name} -->`;
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < start) throw new Error(`docs/action.md has no ${open.trim()} … ${close} block`);
  const block = `${content
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')}\n`;
  if (process.env.UPDATE_DOCS === '1') {
    writeFileSync(DOC, `${doc.slice(0, start + open.length)}${block}${doc.slice(end)}`);
    return;
  }
  expect(doc.slice(start + open.length, end)).toBe(block);
}
