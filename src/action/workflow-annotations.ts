/**
 * Annotations through workflow commands (`::error file=…,line=…::`), for runs whose token may not
 * write a check run. GitHub shows at most 10 of each level per step, so the most urgent go first
 * and the rest are counted in the summary instead of silently dropped.
 */
import * as core from '@actions/core';
import type { Gap } from '../core/model.js';
import { ANNOTATION_LEVEL } from '../github/checks.js';
import { plural } from '../report/shared.js';

export const COMMAND_ANNOTATIONS_PER_LEVEL = 10;

/** Emits the annotations; returns notes for the summary about what did not fit. */
export function commandAnnotations(gaps: readonly Gap[]): string[] {
  const emitted = { failure: 0, warning: 0, notice: 0 };
  let skipped = 0;
  for (const gap of gaps) {
    const at = gap.location;
    if (at === null) continue;
    const level = ANNOTATION_LEVEL[gap.phase];
    if (emitted[level] >= COMMAND_ANNOTATIONS_PER_LEVEL) {
      skipped++;
      continue;
    }
    emitted[level]++;
    const properties: core.AnnotationProperties = {
      title: `shipshape ${gap.phase} · ${gap.dimension}: ${gap.title}`,
      file: at.path,
      startLine: at.startLine,
      endLine: Math.max(at.startLine, at.endLine),
    };
    const message = `${gap.message}\nFix: ${gap.fix}`;
    if (level === 'failure') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  return skipped === 0 ? [] : [`GitHub shows at most ${COMMAND_ANNOTATIONS_PER_LEVEL} annotations of each level per step: ${plural(skipped, 'more new gap')} ${skipped === 1 ? 'is' : 'are'} listed here only.`];
}
