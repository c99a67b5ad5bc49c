/**
 * The report JSON contract (DESIGN.md "Report JSON"): the CLI's `--format json`, the Action's
 * artifact and the App's input. Every object is rebuilt here in contract order, so the bytes
 * depend only on the report's values, never on how the engine happened to build its objects,
 * and a field the contract does not name cannot leak out.
 */
import {
  DIMENSIONS,
  type Gap,
  type Location,
  type Notice,
  type RelatedLocation,
  type Report,
  type RuleRun,
  type ScanError,
  type SuppressedGap,
  type Timings,
} from '../core/model.js';

function location(value: Location | null): object | null {
  if (value === null) return null;
  return {
    path: value.path,
    startLine: value.startLine,
    endLine: value.endLine,
    startColumn: value.startColumn,
    endColumn: value.endColumn,
    ...(value.snippet === undefined ? {} : { snippet: value.snippet }),
  };
}

function related(value: RelatedLocation): object {
  return { path: value.path, startLine: value.startLine, message: value.message };
}

function gap(value: Gap): object {
  return {
    id: value.id,
    ruleId: value.ruleId,
    dimension: value.dimension,
    phase: value.phase,
    severity: value.severity,
    title: value.title,
    message: value.message,
    location: location(value.location),
    related: value.related.map(related),
    fix: value.fix,
    docs: value.docs,
  };
}

function suppressedGap(value: SuppressedGap): object {
  return { ...gap(value), reason: value.reason, source: value.source, until: value.until };
}

function ruleRun(value: RuleRun): object {
  return { id: value.id, dimension: value.dimension, phase: value.phase, status: value.status };
}

function scanError(value: ScanError): object {
  return { path: value.path, message: value.message };
}

function notice(value: Notice): object {
  return { path: value.path, line: value.line, message: value.message };
}

/** `totalMs` first, then the per-stage timings by name: the stages are open-ended. */
function timings(value: Timings): object {
  const stages = Object.keys(value)
    .filter((key) => key !== 'totalMs')
    .toSorted();
  return { totalMs: value.totalMs, ...Object.fromEntries(stages.map((key) => [key, value[key]])) };
}

export function renderJson(report: Report): string {
  const output = {
    version: report.version,
    tool: { name: report.tool.name, version: report.tool.version },
    repository: { root: report.repository.root, commit: report.repository.commit },
    summary: {
      critical: report.summary.critical,
      hardening: report.summary.hardening,
      polish: report.summary.polish,
      byDimension: Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, report.summary.byDimension[dimension]])),
      suppressed: report.summary.suppressed,
    },
    gaps: report.gaps.map(gap),
    suppressed: report.suppressed.map(suppressedGap),
    rules: report.rules.map(ruleRun),
    errors: report.errors.map(scanError),
    notices: report.notices.map(notice),
    stats: {
      files: report.stats.files,
      lines: report.stats.lines,
      parsed: report.stats.parsed,
      cached: report.stats.cached,
    },
    timings: timings(report.timings),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
