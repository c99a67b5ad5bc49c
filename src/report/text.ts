/** The terminal report: what `shipshape scan` prints. */
import { PHASES, PHASE_TITLES, type Gap, type Phase, type Report } from '../core/model.js';
import { escapeControlCharacters } from './escape.js';
import { formatNumber, gapsInPhase, groupByDimension, indentLines, locationLabel, plural } from './shared.js';

export interface TextOptions {
  /** ANSI colour; the CLI passes `process.stdout.isTTY` so piped output stays plain. */
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';

const ANSI: Readonly<Record<Style, [open: string, close: string]>> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
};

const PHASE_COLOR: Readonly<Record<Phase, Style>> = { critical: 'red', hardening: 'yellow', polish: 'cyan' };

type Paint = (text: string, ...styles: Style[]) => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, ...styles) =>
    styles.reduceRight((inner, style) => `${ANSI[style][0]}${inner}${ANSI[style][1]}`, text);
}

/** Report text is hostile input: control characters are shown, never sent to the terminal. */
const clean = escapeControlCharacters;

function renderGap(gap: Gap, paint: Paint): string {
  const head = `    ${clean(locationLabel(gap.location))}  ${paint(clean(gap.title), 'bold')}  ${paint(clean(gap.ruleId), 'dim')}`;
  return `${head}\n${indentLines(clean(gap.message), '        ')}`;
}

function renderPhase(report: Report, phase: Phase, paint: Paint): string | null {
  const gaps = gapsInPhase(report.gaps, phase);
  if (gaps.length === 0) return null;
  const sections = [paint(`${PHASE_TITLES[phase]} (${gaps.length})`, 'bold', PHASE_COLOR[phase])];
  for (const group of groupByDimension(gaps)) {
    sections.push(`  ${paint(group.dimension, 'bold')}\n${group.gaps.map((gap) => renderGap(gap, paint)).join('\n')}`);
  }
  return sections.join('\n\n');
}

function renderSuppressed(report: Report, paint: Paint): string | null {
  if (report.suppressed.length === 0) return null;
  const lines = report.suppressed.map((gap) => {
    const until = gap.until === null ? '' : `, until ${gap.until}`;
    return `  ${clean(locationLabel(gap.location))}  ${clean(gap.title)}  ${paint(clean(`${gap.source}${until}: ${gap.reason}`), 'dim')}`;
  });
  return `${paint(`Suppressed (${report.suppressed.length})`, 'bold')}\n${lines.join('\n')}`;
}

function renderErrors(report: Report, paint: Paint): string | null {
  if (report.errors.length === 0) return null;
  const lines = report.errors.map((error) =>
    error.path === null ? `  ${clean(error.message)}` : `  ${clean(error.path)}: ${clean(error.message)}`,
  );
  return `${paint(`Errors (${report.errors.length})`, 'bold', 'red')}\n${lines.join('\n')}`;
}

function renderNotices(report: Report, paint: Paint): string | null {
  if (report.notices.length === 0) return null;
  const lines = report.notices.map((notice) => {
    if (notice.path === null) return `  ${clean(notice.message)}`;
    const where = notice.line === null ? notice.path : `${notice.path}:${notice.line}`;
    return `  ${clean(where)}: ${clean(notice.message)}`;
  });
  return `${paint(`Notices (${report.notices.length})`, 'bold')}\n${lines.join('\n')}`;
}

function renderSummaryLine(report: Report, paint: Paint): string {
  const phases = PHASES.map((phase) => {
    const text = `${report.summary[phase]} ${phase}`;
    return report.summary[phase] === 0 ? text : paint(text, PHASE_COLOR[phase]);
  });
  const extras = [
    `${report.summary.suppressed} suppressed`,
    report.errors.length === 0 ? plural(0, 'error') : paint(plural(report.errors.length, 'error'), 'red'),
  ];
  const scanned = `${formatNumber(report.stats.files)} files, ${formatNumber(report.stats.lines)} lines scanned`;
  return `${[...phases, ...extras].join(' · ')} — ${scanned}`;
}

export function renderText(report: Report, opts: TextOptions): string {
  const paint = painter(opts.color);
  const commit = report.repository.commit === null ? '' : ` · commit ${report.repository.commit.slice(0, 7)}`;
  const header = paint(`shipshape ${report.tool.version}${commit}`, 'bold');
  const noGaps = report.gaps.length === 0 ? paint('No open gaps.', 'green') : null;
  const sections = [
    header,
    noGaps,
    ...PHASES.map((phase) => renderPhase(report, phase, paint)),
    renderSuppressed(report, paint),
    renderErrors(report, paint),
    renderNotices(report, paint),
    renderSummaryLine(report, paint),
  ];
  return `${sections.filter((section) => section !== null).join('\n\n')}\n`;
}

export interface Progress {
  /** Report that `done` of `total` files are scanned; cheap to call for every file. */
  update(done: number, total: number): void;
  /** Clear the progress line so the report starts on a clean line. */
  done(): void;
}

/** At most 10 redraws a second: redrawing per file would cost more than scanning small files. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * A `\r`-redrawn "scanning 1234/5678 files" line for long scans. Only a terminal gets it: in CI
 * logs and redirected output carriage returns would leave thousands of lines, so a stream that
 * is not a TTY gets nothing. `now` is injectable so the throttle can be tested without waiting.
 */
export function createProgress(
  stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - lastDrawn < PROGRESS_INTERVAL_MS) return;
      lastDrawn = time;
      drawn = true;
      // `\u001b[K` erases what a longer previous line left to the right of the cursor.
      stream.write(`\rscanning ${done}/${total} files\u001b[K`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
