import picomatch from 'picomatch';
import type { IgnoreEntry } from './config.js';
import type { InlineSuppressionFact } from './facts.js';
import type { Gap, Notice, SuppressedGap } from './model.js';

export interface SuppressionResult {
  gaps: Gap[];
  suppressed: SuppressedGap[];
  notices: Notice[];
}

/**
 * Applies config `ignore` entries and inline `shipshape-ignore` comments. An expired entry
 * stops applying and says so; an entry that matches nothing is pointed out, because a stale
 * ignore hides the next gap that happens to match it.
 */
export function applySuppressions(
  gaps: readonly Gap[],
  ignores: readonly IgnoreEntry[],
  inline: ReadonlyMap<string, readonly InlineSuppressionFact[]>,
  today: string,
): SuppressionResult {
  const notices: Notice[] = [];
  const active = ignores.filter((entry) => {
    if (entry.until !== null && entry.until < today) {
      notices.push({
        path: entry.file,
        line: entry.line,
        message: `ignore entry for ${entry.rule ?? entry.gap} expired on ${entry.until} and no longer applies (reason was: ${entry.reason})`,
      });
      return false;
    }
    return true;
  });
  const matchers = active.map((entry) => ({ entry, inPaths: entry.paths.length > 0 ? picomatch(entry.paths, { dot: true }) : null, used: false }));
  const usedInline = new Set<InlineSuppressionFact>();

  const kept: Gap[] = [];
  const suppressed: SuppressedGap[] = [];
  for (const gap of gaps) {
    const byConfig = matchers.find(
      (m) =>
        (m.entry.gap === gap.id || m.entry.rule === gap.ruleId) &&
        (!m.inPaths || (gap.location !== null && m.inPaths(gap.location.path))),
    );
    if (byConfig) {
      byConfig.used = true;
      suppressed.push({ ...gap, reason: byConfig.entry.reason, source: 'config', until: byConfig.entry.until });
      continue;
    }
    const comment = gap.location ? findInline(inline.get(gap.location.path), gap.ruleId, gap.location.startLine) : undefined;
    if (comment) {
      usedInline.add(comment);
      suppressed.push({ ...gap, reason: comment.reason, source: 'inline', until: null });
      continue;
    }
    kept.push(gap);
  }
  for (const m of matchers) {
    if (!m.used) {
      notices.push({ path: m.entry.file, line: m.entry.line, message: `ignore entry for ${m.entry.rule ?? m.entry.gap} matches no gap; remove it so it cannot hide a future one` });
    }
  }
  for (const [path, comments] of inline) {
    for (const c of comments) {
      if (!usedInline.has(c)) notices.push({ path, line: c.line, message: `shipshape-ignore ${c.ruleId} matches no gap on this line or the next` });
    }
  }
  return { gaps: kept, suppressed, notices };
}

/** A comment on the gap's first line or on the line just above it. */
function findInline(comments: readonly InlineSuppressionFact[] | undefined, ruleId: string, line: number): InlineSuppressionFact | undefined {
  return comments?.find((c) => c.ruleId === ruleId && (c.line === line || c.line === line - 1));
}
