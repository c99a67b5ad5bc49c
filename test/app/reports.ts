/** Small reports for the App's unit tests: gaps with the fields the tracking issues use. */
import { createHash } from 'node:crypto';
import type { Gap, Phase, Report, SuppressedGap } from '../../src/core/model.js';

export function gapId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 20);
}

export function gap(seed: string, over: Partial<Gap> = {}): Gap {
  const phase: Phase = over.phase ?? 'critical';
  return {
    id: gapId(seed),
    ruleId: 'security/no-hardcoded-secrets',
    dimension: 'security',
    phase,
    severity: phase === 'critical' ? 'error' : phase === 'hardening' ? 'warning' : 'note',
    title: `Gap ${seed}`,
    message: `Why ${seed} is a gap.`,
    location: { path: `src/${seed}.ts`, startLine: 3, endLine: 3, startColumn: 1, endColumn: 10 },
    related: [],
    fix: 'Fix it.',
    docs: 'shipshape explain security/no-hardcoded-secrets',
    ...over,
  };
}

export function report(gaps: Gap[], suppressed: SuppressedGap[] = [], commit: string | null = null): Report {
  const count = (p: Phase) => gaps.filter((g) => g.phase === p).length;
  return {
    version: 1,
    tool: { name: 'shipshape', version: '0.1.0' },
    repository: { root: '.', commit },
    summary: {
      critical: count('critical'),
      hardening: count('hardening'),
      polish: count('polish'),
      byDimension: { security: 0, audit: 0, privacy: 0, monitoring: 0, operations: 0 },
      suppressed: suppressed.length,
    },
    gaps,
    suppressed,
    rules: [],
    errors: [],
    notices: [],
    stats: { files: 1, lines: 1, parsed: 1, cached: 0 },
    timings: { totalMs: 1 },
  };
}

export const SHA = (n: number): string => createHash('sha1').update(`commit ${n}`).digest('hex');
