import { describe, expect, it } from '@jest/globals';
import { countByPhase, diffReports } from '../../src/core/diff.js';
import type { Gap, Report, SuppressedGap } from '../../src/core/model.js';
import { sampleReport } from '../report/fixtures.js';

const [a, b, c, d] = sampleReport.gaps as [Gap, Gap, Gap, Gap, ...Gap[]];

function report(gaps: Gap[], suppressed: SuppressedGap[] = []): Report {
  return { ...sampleReport, gaps, suppressed };
}

function suppress(gap: Gap): SuppressedGap {
  return { ...gap, reason: 'accepted', source: 'config', until: null };
}

const ids = (gaps: readonly Gap[]) => gaps.map((g) => g.id);

describe('diffReports', () => {
  it('classifies by fingerprint: new, fixed, unchanged', () => {
    const moved = { ...b, location: b.location && { ...b.location, startLine: b.location.startLine + 10 } };
    const diff = diffReports(report([a, b, c]), report([moved, c, d]));
    expect(ids(diff.new)).toEqual([d.id]);
    expect(ids(diff.fixed)).toEqual([a.id]);
    expect(ids(diff.unchanged)).toEqual([b.id, c.id]);
    // The head's version of an unchanged gap: where it is now.
    expect(diff.unchanged[0]!.location?.startLine).toBe(moved.location?.startLine);
    expect(diff.suppressed).toEqual([]);
  });

  it('counts a gap suppressed in the head as suppressed, not fixed', () => {
    const diff = diffReports(report([a, b]), report([b], [suppress(a)]));
    expect(ids(diff.fixed)).toEqual([]);
    expect(ids(diff.suppressed)).toEqual([a.id]);
  });

  it('blames the change for a gap it un-suppresses', () => {
    const diff = diffReports(report([b], [suppress(a)]), report([a, b]));
    expect(ids(diff.new)).toEqual([a.id]);
  });

  it('finds nothing between identical reports', () => {
    const diff = diffReports(sampleReport, sampleReport);
    expect(diff.new).toEqual([]);
    expect(diff.fixed).toEqual([]);
    expect(diff.unchanged).toHaveLength(sampleReport.gaps.length);
  });

  it('counts gaps per phase', () => {
    expect(countByPhase(sampleReport.gaps)).toEqual({
      critical: sampleReport.gaps.filter((g) => g.phase === 'critical').length,
      hardening: sampleReport.gaps.filter((g) => g.phase === 'hardening').length,
      polish: sampleReport.gaps.filter((g) => g.phase === 'polish').length,
    });
  });
});
