// The GitHub layer's pure parts: diff lines, check output limits, annotations, comment bodies.
import { describe, expect, it } from '@jest/globals';
import { inlineTargets } from '../../src/action/pull-request.js';
import { annotationsFor, fitText, OUTPUT_LIMIT } from '../../src/github/checks.js';
import { addedLines } from '../../src/github/pull-files.js';
import { closedCommentBody, gapMarker, openCommentBody } from '../../src/github/review.js';
import type { Gap } from '../../src/core/model.js';
import { INJECTED_SCRIPT, sampleReport } from '../report/fixtures.js';

describe('addedLines', () => {
  it("lists the head side's '+' lines across hunks", () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+B2', ' c', '@@ -10,2 +11,3 @@ function f() {', ' x', '+y', ' z', '\\ No newline at end of file'].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });

  it('is empty without a patch (binary or too large a diff)', () => {
    expect(addedLines('').size).toBe(0);
  });
});

describe('fitText', () => {
  it('leaves text within the limit alone', () => {
    expect(fitText('short', 'cut')).toBe('short');
  });

  it('cuts at a line break and says so, within the limit', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const fitted = fitText(text, '…cut here');
    expect(fitted.length).toBeLessThanOrEqual(OUTPUT_LIMIT);
    expect(fitted.endsWith('\n\n…cut here\n')).toBe(true);
    expect(text.startsWith(fitted.slice(0, fitted.indexOf('\n\n…cut here')))).toBe(true);
  });

  it('never leaves half a surrogate pair', () => {
    const fitted = fitText('😀'.repeat(40), 'cut', 21);
    expect(fitted.length).toBeLessThanOrEqual(21);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('annotationsFor', () => {
  it('maps phases to levels, skips repository-level gaps, puts columns only on one-line annotations', () => {
    const annotations = annotationsFor(sampleReport.gaps);
    expect(annotations).toHaveLength(sampleReport.gaps.filter((g) => g.location !== null).length);
    for (const a of annotations) {
      expect(['failure', 'warning', 'notice']).toContain(a.annotation_level);
      expect(a.title.length).toBeLessThanOrEqual(255);
    }
    expect(annotations.filter((a) => a.start_line !== a.end_line && a.start_column !== undefined)).toEqual([]);
    expect(annotations.some((a) => a.start_line !== a.end_line)).toBe(true);
    expect(annotations[0]!.annotation_level).toBe('failure');
  });
});

describe('review comment bodies', () => {
  const gap = { ...sampleReport.gaps[0]!, title: `Title ${INJECTED_SCRIPT}` } as Gap;

  it('open with the marker and escape what comes from the repository', () => {
    const body = openCommentBody(gap);
    expect(body.startsWith(`${gapMarker(gap.id)}\n`)).toBe(true);
    expect(body).not.toContain('<script>');
  });

  it('strike the title when the gap goes away, and keep an already-closed body as it is', () => {
    const open = openCommentBody(gap);
    const closed = closedCommentBody(gap.id, open, '✅ **Fixed**', 'in abc1234 — gone.');
    expect(closed.split('\n')).toEqual([gapMarker(gap.id), '✅ **Fixed** in abc1234 — gone.', '', `~~${open.split('\n')[1]}~~`]);
    expect(closedCommentBody(gap.id, closed, '✅ **Fixed**', 'in def5678 — gone.')).toBe(closed);
    // Fixed, then suppressed: the status changes, the struck title stays.
    expect(closedCommentBody(gap.id, closed, '☑️ **Suppressed**', 'at def5678: accepted').split('\n')[3]).toBe(`~~${open.split('\n')[1]}~~`);
  });
});

describe('inlineTargets', () => {
  it('picks the first added line inside a gap, and leaves out gaps on untouched lines', () => {
    const [first, second] = sampleReport.gaps.filter((g) => g.location !== null) as [Gap, Gap];
    const files = [
      { path: first.location!.path, status: 'modified' as const, previousPath: null, addedLines: new Set([first.location!.endLine]) },
      { path: second.location!.path, status: 'modified' as const, previousPath: null, addedLines: new Set([second.location!.endLine + 5]) },
    ];
    expect(inlineTargets([first, second], files)).toEqual([{ gap: first, path: first.location!.path, line: first.location!.endLine }]);
  });
});
