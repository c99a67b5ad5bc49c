import { describe, expect, it } from '@jest/globals';
import { createProgress, renderText } from '../../src/report/text.js';
import { emptyReport, sampleReport } from './fixtures.js';
import { toMatchGolden } from './golden.js';

expect.extend({ toMatchGolden });

const ESC = '\u001b';
// SGR sequences only: the renderer colours text and must emit nothing else.
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

describe('renderText', () => {
  it('matches the golden output, plain and coloured', () => {
    expect(renderText(sampleReport, { color: false })).toMatchGolden('sample.txt');
    expect(renderText(sampleReport, { color: true })).toMatchGolden('sample.ansi.txt');
    expect(renderText(emptyReport, { color: false })).toMatchGolden('empty.txt');
  });

  it('writes no escape byte without colour, even for control characters in scanned text', () => {
    const plain = renderText(sampleReport, { color: false });
    expect(plain).not.toContain(ESC);
    expect(plain).toContain('console.error("\\x1b[2J" + err)');
  });

  it('only adds colour: without its SGR codes the coloured output is the plain output', () => {
    const colored = renderText(sampleReport, { color: true });
    expect(colored).toContain(ESC);
    expect(colored.replace(SGR, '')).toBe(renderText(sampleReport, { color: false }));
  });

  it('groups by phase then dimension and shows repository-level gaps', () => {
    const plain = renderText(sampleReport, { color: false });
    const order = ['Phase 1 — Critical (3)', '  security', '  audit', 'Phase 2 — Hardening (3)', 'Phase 3 — Polish (2)'];
    const positions = order.map((heading) => plain.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual(positions.toSorted((a, b) => a - b));
    expect(plain).toContain('    (repository)  No incident runbook');
    expect(plain).toContain('    src/app/api/members/[id]/route.ts:14  DELETE /api/members/[id]');
    expect(plain.trimEnd().split('\n').at(-1)).toBe(
      '3 critical · 3 hardening · 2 polish · 2 suppressed · 1 error — 1,234 files, 98,765 lines scanned',
    );
  });
});

/** A stand-in for process.stderr that records what is written. */
function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(chunk: string): boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (chunk: string) => written.push(chunk) > 0 };
}

describe('createProgress', () => {
  it('redraws at most ten times a second and clears its line when done', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const progress = createProgress(stream, () => clock);
    progress.update(1, 5678);
    clock = 50;
    progress.update(2, 5678);
    clock = 100;
    progress.update(1234, 5678);
    progress.done();
    expect(stream.written).toEqual([
      `\rscanning 1/5678 files${ESC}[K`,
      `\rscanning 1234/5678 files${ESC}[K`,
      `\r${ESC}[K`,
    ]);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const stream = fakeStream(false);
    const progress = createProgress(stream, () => 0);
    progress.update(1, 2);
    progress.done();
    expect(stream.written).toEqual([]);
  });
});
