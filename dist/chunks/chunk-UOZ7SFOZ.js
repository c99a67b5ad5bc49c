import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  renderJson,
  renderSarif
} from "./chunk-M7SEI6KH.js";
import {
  PHASES,
  PHASE_TITLES,
  escapeControlCharacters,
  escapeHtml,
  formatNumber,
  gapsInPhase,
  groupByDimension,
  indentLines,
  locationLabel,
  phaseCounts,
  plural,
  renderMarkdown,
  safeHref,
  scorecard
} from "./chunk-MSOO67BI.js";

// src/report/html.ts
var CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
var STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --panel: #ffffff; --text: #1d2330; --muted: #5b6473; --border: #d9dde3; --code-bg: #f0f2f5;
  --critical: #c62828; --critical-bg: #fdecea; --hardening: #b35c00; --hardening-bg: #fff3e0;
  --polish: #1f5fbf; --polish-bg: #e8f0fc; --ok: #1e7b34; --ok-bg: #e6f4ea;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1217; --panel: #181c23; --text: #e4e7ec; --muted: #9aa3b2; --border: #2c323d; --code-bg: #11151b;
    --critical: #ff8a80; --critical-bg: #3b1d1d; --hardening: #ffb74d; --hardening-bg: #3a2a14;
    --polish: #8ab4f8; --polish-bg: #1a2a40; --ok: #81c995; --ok-bg: #17301f;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.page, main { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 32px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
h3 { font-size: 15px; margin: 20px 0 8px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
.meta { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.headline { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0 0; padding: 0; list-style: none; }
.pill { border-radius: 999px; padding: 4px 12px; font-weight: 600; background: var(--panel); border: 1px solid var(--border); }
.pill.critical { color: var(--critical); background: var(--critical-bg); border-color: transparent; }
.pill.hardening { color: var(--hardening); background: var(--hardening-bg); border-color: transparent; }
.pill.polish { color: var(--polish); background: var(--polish-bg); border-color: transparent; }
.pill.ok { color: var(--ok); background: var(--ok-bg); border-color: transparent; }
table { border-collapse: collapse; width: 100%; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; overflow: hidden; }
th, td { padding: 8px 12px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
.scorecard th, .scorecard td { vertical-align: middle; }
.scorecard td { text-align: center; font-weight: 700; font-size: 17px; }
.scorecard th[scope=col]:not(:first-child) { text-align: center; }
.scorecard td.ok { color: var(--ok); background: var(--ok-bg); }
.scorecard td.critical { color: var(--critical); background: var(--critical-bg); }
.scorecard td.hardening { color: var(--hardening); background: var(--hardening-bg); }
.scorecard td.polish { color: var(--polish); background: var(--polish-bg); }
.scorecard td.total { color: var(--text); background: transparent; }
.scorecard tfoot th, .scorecard tfoot td { border-bottom: 0; }
.gap { background: var(--panel); border: 1px solid var(--border); border-left: 4px solid var(--border);
  border-radius: 8px; padding: 14px 18px; margin: 0 0 14px; }
.gap.critical { border-left-color: var(--critical); }
.gap.hardening { border-left-color: var(--hardening); }
.gap.polish { border-left-color: var(--polish); }
.gap h4 { margin: 2px 0 4px; font-size: 16px; overflow-wrap: anywhere; }
.gap .rule, .gap .where { margin: 0; color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.gap p, .gap li { overflow-wrap: anywhere; }
.gap .message { white-space: pre-wrap; }
.fix { border-left: 3px solid var(--ok); padding: 2px 0 2px 12px; }
.fix p { margin: 2px 0 0; }
a { color: var(--polish); }
.label { font-weight: 600; }
pre.snippet { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: 10px 14px 10px 0; overflow-x: auto; margin: 10px 0; }
pre.snippet .ln { display: inline-block; min-width: calc(var(--digits) * 1ch + 24px); padding-right: 14px;
  text-align: right; color: var(--muted); user-select: none; }
details summary { cursor: pointer; color: var(--muted); }
.none { color: var(--ok); font-weight: 600; }
ul.plain { padding-left: 20px; }
ul.plain li { white-space: pre-wrap; overflow-wrap: anywhere; }
footer { max-width: 1040px; margin: 40px auto; padding: 0 24px; color: var(--muted); font-size: 13px; }
`;
var h = escapeHtml;
function whereHtml(location) {
  return `<code>${h(locationLabel(location))}</code>`;
}
function proseHtml(text) {
  return text.trim().split(/\n\s*\n/).map((paragraph) => `<p>${h(paragraph.replace(/\s*\n\s*/g, " "))}</p>`).join("");
}
function linkOrText(text) {
  const href = safeHref(text);
  return href === null ? `<code>${h(text)}</code>` : `<a href="${h(href)}" rel="noreferrer noopener">${h(text)}</a>`;
}
function snippetHtml(location) {
  if (location.snippet === void 0 || location.snippet === "") return "";
  const lines = location.snippet.replace(/\n$/, "").split("\n");
  const digits = String(location.startLine + lines.length - 1).length;
  const body = lines.map((line, offset) => `<span class="ln">${location.startLine + offset}</span>${h(line)}`).join("\n");
  return `<pre class="snippet" style="--digits: ${digits}"><code>${body}</code></pre>`;
}
function gapHtml(gap, definitions) {
  const definition = definitions.get(gap.ruleId);
  const ruleTitle = definition === void 0 ? "" : `${h(definition.title)} \xB7 `;
  const related = gap.related.length === 0 ? "" : `<p class="label">Related</p><ul class="plain">${gap.related.map((item) => `<li><code>${h(`${item.path}:${item.startLine}`)}</code> ${h(item.message)}</li>`).join("")}</ul>`;
  const why = definition === void 0 ? "" : `<details><summary>Why it matters</summary>${proseHtml(definition.why)}</details>`;
  const docs = gap.docs === "" ? "" : `<p><span class="label">Docs:</span> ${linkOrText(gap.docs)}</p>`;
  return `<article class="gap ${h(gap.phase)}">
<p class="rule">${ruleTitle}<code>${h(gap.ruleId)}</code></p>
<h4>${h(gap.title)}</h4>
<p class="where">${whereHtml(gap.location)}</p>
<p class="message">${h(gap.message)}</p>
${gap.location === null ? "" : snippetHtml(gap.location)}
<div class="fix"><span class="label">Fix</span>${proseHtml(gap.fix)}</div>
${related}${docs}${why}
</article>`;
}
function scorecardCell(count, phase) {
  return count === 0 ? '<td class="ok">\u2713 0</td>' : `<td class="${phase}">${count}</td>`;
}
function scorecardHtml(report) {
  const { rows, byPhase, total } = scorecard(report);
  const body = rows.map(
    (row) => `<tr><th scope="row">${row.dimension}</th>${PHASES.map((phase) => scorecardCell(row.byPhase[phase], phase)).join("")}<td class="total">${row.total}</td></tr>`
  );
  return `<table class="scorecard">
<thead><tr><th scope="col">Dimension</th>${PHASES.map((phase) => `<th scope="col">${h(PHASE_TITLES[phase])}</th>`).join("")}<th scope="col">Total</th></tr></thead>
<tbody>
${body.join("\n")}
</tbody>
<tfoot><tr><th scope="row">Total</th>${PHASES.map((phase) => `<td class="total">${byPhase[phase]}</td>`).join("")}<td class="total">${total}</td></tr></tfoot>
</table>`;
}
function phaseHtml(report, phase, definitions) {
  const gaps = gapsInPhase(report.gaps, phase);
  const body = gaps.length === 0 ? '<p class="none">\u2713 No open gaps in this phase.</p>' : groupByDimension(gaps).map((group) => `<h3>${h(group.dimension)}</h3>
${group.gaps.map((gap) => gapHtml(gap, definitions)).join("\n")}`).join("\n");
  return `<section id="phase-${phase}">
<h2>${h(PHASE_TITLES[phase])} (${gaps.length})</h2>
${body}
</section>`;
}
function suppressedHtml(report) {
  if (report.suppressed.length === 0) return "";
  const rows = report.suppressed.map(
    (gap) => `<tr><td><code>${h(gap.ruleId)}</code><br>${h(gap.title)}</td><td>${whereHtml(gap.location)}</td><td>${h(gap.reason)}</td><td>${h(gap.source)}</td><td>${gap.until === null ? "\u2014" : h(gap.until)}</td></tr>`
  );
  return `<section id="suppressed">
<h2>Suppressed (${report.suppressed.length})</h2>
<table>
<thead><tr><th scope="col">Gap</th><th scope="col">Location</th><th scope="col">Reason</th><th scope="col">Source</th><th scope="col">Until</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</section>`;
}
function listSection(id, title, items) {
  if (items.length === 0) return "";
  return `<section id="${id}">
<h2>${title} (${items.length})</h2>
<ul class="plain">
${items.map((item) => `<li>${item}</li>`).join("\n")}
</ul>
</section>`;
}
function headlineHtml(report) {
  if (report.gaps.length === 0) return '<ul class="headline"><li class="pill ok">\u2713 No open gaps</li></ul>';
  const pills = PHASES.map((phase) => {
    const count = report.summary[phase];
    return `<li class="pill ${count === 0 ? "ok" : phase}">${count} ${phase}</li>`;
  });
  return `<ul class="headline">${pills.join("")}<li class="pill">${report.summary.suppressed} suppressed</li></ul>`;
}
function renderHtml(report, catalogue) {
  const definitions = new Map(catalogue.map((definition) => [definition.id, definition]));
  const root = report.repository.root === "." ? "" : ` \xB7 <code>${h(report.repository.root)}</code>`;
  const commit = report.repository.commit === null ? "" : ` \xB7 commit <code>${h(report.repository.commit)}</code>`;
  const errors = report.errors.map(
    (error) => error.path === null ? h(error.message) : `<code>${h(error.path)}</code>: ${h(error.message)}`
  );
  const notices = report.notices.map((notice) => {
    if (notice.path === null) return h(notice.message);
    const where = notice.line === null ? notice.path : `${notice.path}:${notice.line}`;
    return `<code>${h(where)}</code>: ${h(notice.message)}`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>shipshape: ${h(phaseCounts(report))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page">
<h1>Production readiness</h1>
<p class="meta">shipshape ${h(report.tool.version)}${root}${commit} \xB7 ${formatNumber(report.stats.files)} files, ${formatNumber(report.stats.lines)} lines scanned</p>
${headlineHtml(report)}
</header>
<main>
<section id="scorecard">
<h2>Scorecard</h2>
${scorecardHtml(report)}
</section>
${PHASES.map((phase) => phaseHtml(report, phase, definitions)).join("\n")}
${suppressedHtml(report)}
${listSection("errors", "Errors", errors)}
${listSection("notices", "Notices", notices)}
</main>
<footer>${plural(report.gaps.length, "open gap")} \xB7 ${plural(report.errors.length, "error")} \xB7 ${plural(report.notices.length, "notice")}. Phases are walked in order: fix everything critical before onboarding a paying client.</footer>
</body>
</html>
`;
}

// src/report/text.ts
var ANSI = {
  bold: ["\x1B[1m", "\x1B[22m"],
  dim: ["\x1B[2m", "\x1B[22m"],
  red: ["\x1B[31m", "\x1B[39m"],
  yellow: ["\x1B[33m", "\x1B[39m"],
  cyan: ["\x1B[36m", "\x1B[39m"],
  green: ["\x1B[32m", "\x1B[39m"]
};
var PHASE_COLOR = { critical: "red", hardening: "yellow", polish: "cyan" };
function painter(color) {
  if (!color) return (text) => text;
  return (text, ...styles) => styles.reduceRight((inner, style) => `${ANSI[style][0]}${inner}${ANSI[style][1]}`, text);
}
var clean = escapeControlCharacters;
function renderGap(gap, paint) {
  const head = `    ${clean(locationLabel(gap.location))}  ${paint(clean(gap.title), "bold")}  ${paint(clean(gap.ruleId), "dim")}`;
  return `${head}
${indentLines(clean(gap.message), "        ")}`;
}
function renderPhase(report, phase, paint) {
  const gaps = gapsInPhase(report.gaps, phase);
  if (gaps.length === 0) return null;
  const sections = [paint(`${PHASE_TITLES[phase]} (${gaps.length})`, "bold", PHASE_COLOR[phase])];
  for (const group of groupByDimension(gaps)) {
    sections.push(`  ${paint(group.dimension, "bold")}
${group.gaps.map((gap) => renderGap(gap, paint)).join("\n")}`);
  }
  return sections.join("\n\n");
}
function renderSuppressed(report, paint) {
  if (report.suppressed.length === 0) return null;
  const lines = report.suppressed.map((gap) => {
    const until = gap.until === null ? "" : `, until ${gap.until}`;
    return `  ${clean(locationLabel(gap.location))}  ${clean(gap.title)}  ${paint(clean(`${gap.source}${until}: ${gap.reason}`), "dim")}`;
  });
  return `${paint(`Suppressed (${report.suppressed.length})`, "bold")}
${lines.join("\n")}`;
}
function renderErrors(report, paint) {
  if (report.errors.length === 0) return null;
  const lines = report.errors.map(
    (error) => error.path === null ? `  ${clean(error.message)}` : `  ${clean(error.path)}: ${clean(error.message)}`
  );
  return `${paint(`Errors (${report.errors.length})`, "bold", "red")}
${lines.join("\n")}`;
}
function renderNotices(report, paint) {
  if (report.notices.length === 0) return null;
  const lines = report.notices.map((notice) => {
    if (notice.path === null) return `  ${clean(notice.message)}`;
    const where = notice.line === null ? notice.path : `${notice.path}:${notice.line}`;
    return `  ${clean(where)}: ${clean(notice.message)}`;
  });
  return `${paint(`Notices (${report.notices.length})`, "bold")}
${lines.join("\n")}`;
}
function renderSummaryLine(report, paint) {
  const phases = PHASES.map((phase) => {
    const text = `${report.summary[phase]} ${phase}`;
    return report.summary[phase] === 0 ? text : paint(text, PHASE_COLOR[phase]);
  });
  const extras = [
    `${report.summary.suppressed} suppressed`,
    report.errors.length === 0 ? plural(0, "error") : paint(plural(report.errors.length, "error"), "red")
  ];
  const scanned = `${formatNumber(report.stats.files)} files, ${formatNumber(report.stats.lines)} lines scanned`;
  return `${[...phases, ...extras].join(" \xB7 ")} \u2014 ${scanned}`;
}
function renderText(report, opts) {
  const paint = painter(opts.color);
  const commit = report.repository.commit === null ? "" : ` \xB7 commit ${report.repository.commit.slice(0, 7)}`;
  const header = paint(`shipshape ${report.tool.version}${commit}`, "bold");
  const noGaps = report.gaps.length === 0 ? paint("No open gaps.", "green") : null;
  const sections = [
    header,
    noGaps,
    ...PHASES.map((phase) => renderPhase(report, phase, paint)),
    renderSuppressed(report, paint),
    renderErrors(report, paint),
    renderNotices(report, paint),
    renderSummaryLine(report, paint)
  ];
  return `${sections.filter((section) => section !== null).join("\n\n")}
`;
}
var PROGRESS_INTERVAL_MS = 100;
function createProgress(stream, now = Date.now) {
  if (!stream.isTTY) return { update() {
  }, done() {
  } };
  let lastDrawn = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - lastDrawn < PROGRESS_INTERVAL_MS) return;
      lastDrawn = time;
      drawn = true;
      stream.write(`\rscanning ${done}/${total} files\x1B[K`);
    },
    done() {
      if (drawn) stream.write("\r\x1B[K");
      drawn = false;
    }
  };
}

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "markdown", "html"];
var FILE_NAMES = {
  text: "shipshape.txt",
  json: "shipshape.json",
  sarif: "shipshape.sarif",
  markdown: "shipshape.md",
  html: "shipshape.html"
};
function render(format, report, options) {
  switch (format) {
    case "text":
      return renderText(report, { color: options.color });
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, options.catalogue);
    case "markdown":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report, options.catalogue);
  }
}

export {
  createProgress,
  FORMATS,
  FILE_NAMES,
  render
};
