import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  BUILTIN_RULES,
  CONFIG_LOCATIONS,
  DIMENSIONS,
  MemoryFactCache,
  PHASES,
  PHASE_TITLES,
  codeFence,
  createAjv,
  escapeMarkdown,
  gapListItem,
  inlineCode,
  parseConfig,
  scan
} from "./chunk-MSOO67BI.js";
import {
  ConfigError,
  ShipshapeError,
  errorMessage
} from "./chunk-O2Z542DB.js";

// src/github/tracking/commands.ts
function parseCommand(body) {
  const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? "";
  const m = /^\/shipshape(?:\s+(\S+))?(?:\s+(.*))?$/.exec(first);
  if (!m) return null;
  const [, verb, rest = ""] = m;
  switch (verb) {
    case "rescan":
      return { kind: "rescan" };
    case "ignore": {
      const [gapId = "", ...reason] = rest.trim().split(/\s+/);
      return { kind: "ignore", gapId, reason: reason.join(" ") };
    }
    case "explain":
      return { kind: "explain", ruleId: rest.trim().split(/\s+/)[0] ?? "" };
    case void 0:
    case "help":
      return { kind: "help", unknown: null };
    default:
      return { kind: "help", unknown: verb };
  }
}
var replyMarker = (commentId) => `<!-- shipshape:reply comment=${commentId} -->`;
var HELP = [
  "shipshape understands, from people with write access to this repository:",
  "",
  "- `/shipshape rescan` \u2014 scan the default branch again and update the phase issues",
  "- `/shipshape ignore <gap-id> <reason>` \u2014 accept a gap as a known risk (recorded here with your name, the date and the reason)",
  "- `/shipshape explain <rule-id>` \u2014 why a rule matters and how to fix its gaps"
].join("\n");
function explainRule(ruleId, catalogue) {
  const rule = catalogue.find((r) => r.id === ruleId);
  if (!rule) {
    const tail = ruleId.split("/").pop() ?? ruleId;
    const near = catalogue.filter((r) => tail !== "" && r.id.includes(tail)).map((r) => inlineCode(r.id));
    return [
      `There is no built-in rule ${inlineCode(ruleId || "(none)")}.${near.length > 0 ? ` Did you mean ${near.join(", ")}?` : ""}`,
      "",
      `Built-in rules: ${catalogue.map((r) => inlineCode(r.id)).join(", ")}.`
    ].join("\n");
  }
  return [
    `### ${inlineCode(rule.id)} \u2014 ${escapeMarkdown(rule.title)}`,
    `${rule.dimension} \xB7 default phase: ${rule.phase}`,
    "",
    "**Why it matters**",
    "",
    rule.why.trim(),
    "",
    "**How to fix**",
    "",
    rule.fix.trim(),
    "",
    `**Before** (${rule.example.language})`,
    codeFence(rule.example.before, rule.example.language),
    "",
    "**After**",
    codeFence(rule.example.after, rule.example.language)
  ].join("\n");
}

// src/github/tracking/model.ts
var LABEL = "shipshape";
var phaseLabel = (phase) => `phase:${phase}`;
function progressOf(doc) {
  const count = (kind) => doc.entries.filter((e) => e.state.kind === kind).length;
  return { total: doc.entries.length, open: count("open"), fixed: count("fixed"), accepted: count("accepted") + count("suppressed") };
}

// src/github/tracking/render.ts
var BEGIN = (phase, commit) => `<!-- shipshape:begin phase=${phase} commit=${commit} -->`;
var END = "<!-- shipshape:end -->";
var GAP_MARKER = (id) => `<!-- shipshape:gap=${id} -->`;
var ACCEPTED_HEADING = "### Accepted risks";
var MAX_BODY = 65536;
var PHASE_BLURB = {
  critical: "Gaps that block onboarding a paying customer. Fix these first.",
  hardening: "Gaps that let incidents happen. Fix these once phase 1 is done.",
  polish: "Gaps that cost customer trust. Fix these last."
};
var FOOTER = "<sub>Kept by shipshape: a box is checked when a scan of the default branch no longer finds the gap. To accept a risk instead, comment `/shipshape ignore <gap-id> <reason>`; `/shipshape explain <rule-id>` says why a rule matters; `/shipshape rescan` scans again. Notes written above or below this section are kept.</sub>";
function shortSha(sha) {
  return sha.slice(0, 7);
}
function commitLink(links, sha) {
  return `[\`${shortSha(sha)}\`](${links.htmlUrl}/commit/${sha})`;
}
function permalink(links, sha, path2, line) {
  const encoded = path2.split("/").map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${links.htmlUrl}/blob/${sha}/${encoded}#L${line}`;
}
function gapDisplay(gap, links, sha) {
  const title = `**${escapeMarkdown(gap.title.replace(/\s+/g, " ").trim())}**`;
  const where = gap.location === null ? "repository" : `[${inlineCode(`${gap.location.path}:${gap.location.startLine}`.replace(/[<>]/g, encodeURIComponent))}](${permalink(links, sha, gap.location.path, gap.location.startLine)})`;
  return `${title} \xB7 ${where} \xB7 ${compactDisplay(gap.ruleId, gap.id)}`;
}
function compactDisplay(ruleId, id) {
  return `\`${ruleId}\` \xB7 \`${id}\``;
}
function cleanReason(reason) {
  return reason.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 300);
}
function stateSuffix(state, links) {
  switch (state.kind) {
    case "open":
      if (state.regressed === null) return "";
      return ` \u2014 \u26A0\uFE0F regressed in ${commitLink(links, state.regressed.sha)}${state.regressed.wasPr === null ? "" : ` (was fixed in #${state.regressed.wasPr})`}`;
    case "fixed":
      return state.pr === null ? ` \u2014 \u2705 fixed in ${commitLink(links, state.sha)}` : ` \u2014 \u2705 fixed in #${state.pr} (${commitLink(links, state.sha)})`;
    case "accepted":
      return ` \u2014 accepted by @${state.by} on ${state.at}: ${escapeMarkdown(state.reason)}`;
    case "suppressed":
      return ` \u2014 suppressed in ${state.source === "config" ? "the configuration" : "an inline comment"}: ${escapeMarkdown(state.reason)}${state.until === null ? "" : ` (until ${state.until})`}`;
  }
}
function entryLine(entry, links) {
  const box = entry.state.kind === "open" ? "[ ]" : "[x]";
  return `- ${box} ${entry.display} ${GAP_MARKER(entry.id)}${stateSuffix(entry.state, links)}`;
}
function progressLine(doc, links) {
  const p = progressOf(doc);
  const resolved = p.total - p.open;
  const filled = p.total === 0 ? 10 : Math.round(resolved / p.total * 10);
  const bar = `${"\u25B0".repeat(filled)}${"\u25B1".repeat(10 - filled)}`;
  const counts = p.accepted === 0 ? `${p.fixed}/${p.total} fixed` : `${resolved}/${p.total} resolved (${p.fixed} fixed, ${p.accepted} accepted)`;
  return `**Progress: ${counts}** ${bar} \xB7 scanned at ${commitLink(links, doc.commit)}`;
}
function sectionGroups(doc) {
  const accepted = doc.entries.filter((e) => e.state.kind === "accepted" || e.state.kind === "suppressed");
  const dimensions = DIMENSIONS.map((dimension) => ({
    dimension,
    entries: doc.entries.filter((e) => e.dimension === dimension && e.state.kind !== "accepted" && e.state.kind !== "suppressed")
  })).filter((g) => g.entries.length > 0);
  return { dimensions, accepted };
}
function renderSection(doc, links) {
  const { dimensions, accepted } = sectionGroups(doc);
  const parts = [BEGIN(doc.phase, doc.commit), `## ${PHASE_TITLES[doc.phase]}`, "", `_${PHASE_BLURB[doc.phase]}_`, "", progressLine(doc, links)];
  for (const group of dimensions) parts.push("", `### ${group.dimension}`, ...group.entries.map((e) => entryLine(e, links)));
  if (accepted.length > 0) parts.push("", ACCEPTED_HEADING, ...accepted.map((e) => entryLine(e, links)));
  parts.push("", FOOTER, END);
  return parts.join("\n");
}
function renderBody(before, doc, links, after) {
  return `${before}${renderSection(doc, links)}${after}`;
}
function renderBodyWithin(before, doc, links, after) {
  const attempts = [
    doc,
    { ...doc, entries: doc.entries.map((e) => e.state.kind === "open" ? e : { ...e, display: compactDisplay(e.ruleId, e.id) }) },
    { ...doc, entries: doc.entries.map((e) => ({ ...e, display: compactDisplay(e.ruleId, e.id) })) }
  ];
  for (const attempt of attempts) {
    const body = renderBody(before, attempt, links, after);
    if (body.length <= MAX_BODY) return { body, doc: attempt };
  }
  const last = attempts.at(-1);
  return { body: renderBody(before, last, links, after), doc: last };
}

// src/github/tracking/parse.ts
var BEGIN_RE = /<!-- shipshape:begin phase=([a-z]+) commit=([0-9a-f]{40}) -->/;
var LINE_RE = /^\s*[-*] \[( |x|X)\] (.*) <!-- shipshape:gap=([0-9a-f]{20}) -->(.*)$/;
var DISPLAY_RE = /(?:^|· )`((security|audit|privacy|monitoring|operations)\/[a-z0-9]+(?:-[a-z0-9]+)*)` · `[0-9a-f]{20}`$/;
var COMMIT = String.raw`\[\`[0-9a-f]{7}\`\]\([^)\s]*/commit/([0-9a-f]{40})\)`;
var FIXED_PR_RE = new RegExp(String.raw`^ — ✅ fixed in #(\d+) \(${COMMIT}\)$`);
var FIXED_RE = new RegExp(String.raw`^ — ✅ fixed in ${COMMIT}$`);
var REGRESSED_RE = new RegExp(String.raw`^ — ⚠️ regressed in ${COMMIT}(?: \(was fixed in #(\d+)\))?$`);
var ACCEPTED_RE = /^ — accepted by @([A-Za-z0-9-]+(?:\[bot\])?) on (\d{4}-\d{2}-\d{2}): (.*)$/;
var SUPPRESSED_RE = /^ — suppressed in (the configuration|an inline comment): (.*?)(?: \(until (\d{4}-\d{2}-\d{2})\))?$/;
function sectionPhase(body) {
  const m = body ? BEGIN_RE.exec(body) : null;
  return m && PHASES.includes(m[1]) ? m[1] : null;
}
function unescapeMarkdown(text) {
  return text.replace(/\\([\\`*_{}[\]()#+\-!|~])/g, "$1").replace(/&(amp|lt|gt);/g, (_m, name) => ({ amp: "&", lt: "<", gt: ">" })[name]);
}
function parseState(suffix) {
  if (suffix === "") return { kind: "open", regressed: null };
  let m = FIXED_PR_RE.exec(suffix);
  if (m) return { kind: "fixed", pr: Number(m[1]), sha: m[2] };
  m = FIXED_RE.exec(suffix);
  if (m) return { kind: "fixed", pr: null, sha: m[1] };
  m = REGRESSED_RE.exec(suffix);
  if (m) return { kind: "open", regressed: { sha: m[1], wasPr: m[2] === void 0 ? null : Number(m[2]) } };
  m = ACCEPTED_RE.exec(suffix);
  if (m) return { kind: "accepted", by: m[1], at: m[2], reason: unescapeMarkdown(m[3]) };
  m = SUPPRESSED_RE.exec(suffix);
  if (m) return { kind: "suppressed", source: m[1] === "the configuration" ? "config" : "inline", reason: unescapeMarkdown(m[2]), until: m[3] ?? null };
  return null;
}
function parseBody(body) {
  if (!body) return null;
  const begin = BEGIN_RE.exec(body);
  if (!begin || !PHASES.includes(begin[1])) return null;
  const start = begin.index;
  const endAt = body.indexOf(END, start);
  const stop = endAt < 0 ? body.length : endAt + END.length;
  const section = body.slice(start, endAt < 0 ? body.length : endAt);
  const entries = [];
  const checked = /* @__PURE__ */ new Map();
  let heading = null;
  for (const line of section.split(/\r?\n/)) {
    const h = /^### (.+?)\s*$/.exec(line);
    if (h) {
      heading = line.trim() === ACCEPTED_HEADING ? "accepted" : DIMENSIONS.includes(h[1]) ? h[1] : null;
      continue;
    }
    const m = LINE_RE.exec(line);
    if (!m || heading === null) continue;
    const [, box, display, id, suffix] = m;
    const rule = DISPLAY_RE.exec(display);
    const state = parseState(suffix);
    if (!rule || !state || checked.has(id)) continue;
    const dimension = heading === "accepted" ? rule[2] : heading;
    entries.push({ id, ruleId: rule[1], dimension, display, state });
    checked.set(id, box !== " ");
  }
  return {
    doc: { phase: begin[1], commit: begin[2], entries },
    checked,
    before: body.slice(0, start),
    after: body.slice(stop)
  };
}

// src/github/tracking/github.ts
function toTracked(data) {
  const parsed = parseBody(data.body);
  if (!parsed) return null;
  return {
    number: data.number,
    nodeId: data.node_id,
    state: data.state === "closed" ? "closed" : "open",
    labels: data.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((n) => n !== ""),
    body: data.body ?? "",
    ...parsed
  };
}
async function listBotIssues(octokit, ref, botLogin) {
  const all = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
    ...ref,
    state: "all",
    creator: botLogin,
    per_page: 100
  });
  const mine = all.filter((i) => !i.pull_request && i.user?.login === botLogin);
  const tracked = [];
  const others = [];
  for (const data of mine) {
    const issue = sectionPhase(data.body) === null ? null : toTracked(data);
    if (issue) tracked.push(issue);
    else others.push({ number: data.number, state: data.state === "closed" ? "closed" : "open", body: data.body ?? "" });
  }
  return { tracked, others };
}
async function listTrackedIssues(octokit, ref, botLogin) {
  return (await listBotIssues(octokit, ref, botLogin)).tracked;
}
async function getTrackedIssue(octokit, ref, number, botLogin) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...ref, issue_number: number });
  if (data.user?.login !== botLogin) return null;
  return toTracked(data);
}

// src/github/tracking/execute.ts
var ConflictError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ConflictError";
  }
};
var LABELS = {
  [LABEL]: { color: "0e8a16", description: "Production-readiness tracking by shipshape" },
  ...Object.fromEntries(
    PHASES.map((phase, i) => [
      phaseLabel(phase),
      { color: ["b60205", "fbca04", "1d76db"][i], description: ["Blocks onboarding a paying customer", "Prevents incidents", "Improves trust"][i] }
    ])
  )
};
async function execute(octokit, ref, ops, options) {
  const result = { created: [], writes: 0 };
  const labelsReady = /* @__PURE__ */ new Set();
  const ensureLabels = async (names) => {
    for (const name of names) {
      if (labelsReady.has(name) || !LABELS[name]) continue;
      result.writes += await ensureLabel(octokit, ref, name);
      labelsReady.add(name);
    }
  };
  for (const op of ops) {
    switch (op.kind) {
      case "create": {
        const existing = await listTrackedIssues(octokit, ref, options.botLogin);
        if (existing.some((i) => i.doc.phase === op.phase)) throw new ConflictError(`an issue for ${op.phase} appeared while planning`);
        await ensureLabels(op.labels);
        const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", { ...ref, title: op.title, body: op.body, labels: op.labels });
        result.created.push(data.number);
        result.writes++;
        break;
      }
      case "update": {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/issues/{issue_number}", { ...ref, issue_number: op.number });
        if ((data.body ?? "") !== op.expectedBody) throw new ConflictError(`issue #${op.number} changed while planning`);
        if (op.labels) await ensureLabels(op.labels);
        await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...ref,
          issue_number: op.number,
          ...op.body !== void 0 ? { body: op.body } : {},
          ...op.state !== void 0 ? { state: op.state } : {},
          ...op.stateReason !== void 0 ? { state_reason: op.stateReason } : {},
          ...op.labels !== void 0 ? { labels: op.labels } : {}
        });
        result.writes++;
        break;
      }
      case "comment": {
        if (await hasComment(octokit, ref, op.number, op.marker, options.botLogin)) break;
        await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...ref, issue_number: op.number, body: op.body });
        result.writes++;
        break;
      }
    }
  }
  return result;
}
async function hasComment(octokit, ref, number, marker, botLogin) {
  const comments = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...ref, issue_number: number, per_page: 100 });
  return comments.some((c) => c.user?.login === botLogin && (c.body ?? "").includes(marker));
}
async function commentOnce(octokit, ref, number, marker, body, botLogin) {
  if (await hasComment(octokit, ref, number, marker, botLogin)) return false;
  await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...ref, issue_number: number, body });
  return true;
}
async function ensureLabel(octokit, ref, name) {
  try {
    await octokit.request("GET /repos/{owner}/{repo}/labels/{name}", { ...ref, name });
    return 0;
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  try {
    await octokit.request("POST /repos/{owner}/{repo}/labels", { ...ref, name, ...LABELS[name] });
  } catch (error) {
    if (error.status !== 422) throw error;
  }
  return 1;
}

// src/github/tracking/plan.ts
var proofMarker = (phase, commit) => `<!-- shipshape:proof phase=${phase} commit=${commit} -->`;
var reopenMarker = (phase, commit) => `<!-- shipshape:reopened phase=${phase} commit=${commit} -->`;
var duplicateMarker = (kept) => `<!-- shipshape:duplicate-of=${kept} -->`;
var MAX_LISTED = 100;
var SOURCE_TEXT = { scan: "an in-app scan of that commit", artifact: "the Action's `shipshape-report` artifact for that commit" };
function plan(input) {
  const ops = [];
  const byPhase = /* @__PURE__ */ new Map();
  for (const issue of [...input.issues].sort((a, b) => a.number - b.number)) {
    const list = byPhase.get(issue.doc.phase) ?? [];
    list.push(issue);
    byPhase.set(issue.doc.phase, list);
  }
  for (const phase of PHASES) {
    const [kept, ...duplicates] = byPhase.get(phase) ?? [];
    const previous = mergeEntries(kept, duplicates);
    const next = { phase, commit: input.commit, entries: nextEntries(input, phase, previous) };
    if (kept) {
      ops.push(...issueOps(kept, next, { links: input.links, commit: input.commit, source: input.source, previous }));
    } else if (next.entries.some((e) => e.state.kind === "open")) {
      ops.push({ kind: "create", phase, title: PHASE_TITLES[phase], body: renderBodyWithin("", next, input.links, "").body, labels: [LABEL, phaseLabel(phase)] });
    }
    for (const duplicate of kept ? duplicates : []) ops.push(...retireOps(duplicate, kept));
  }
  return ops;
}
function mergeEntries(kept, duplicates) {
  const entries = [...kept?.doc.entries ?? []];
  const seen = new Set(entries.map((e) => e.id));
  for (const d of duplicates) {
    for (const e of d.doc.entries) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      entries.push(e);
    }
  }
  return entries;
}
function nextEntries(input, phase, previous) {
  const prevById = new Map(previous.map((e) => [e.id, e]));
  const here = (g) => g.phase === phase;
  const gaps = input.report.gaps.filter(here);
  const suppressed = input.report.suppressed.filter(here);
  const elsewhere = new Set([...input.report.gaps, ...input.report.suppressed].filter((g) => !here(g)).map((g) => g.id));
  const base = (g) => ({ id: g.id, ruleId: g.ruleId, dimension: g.dimension, display: gapDisplay(g, input.links, input.commit) });
  const current = [];
  const seen = /* @__PURE__ */ new Set();
  for (const gap of gaps) {
    if (seen.has(gap.id)) continue;
    seen.add(gap.id);
    const prev = prevById.get(gap.id)?.state;
    if (prev?.kind === "accepted") current.push({ ...base(gap), state: prev });
    else if (prev?.kind === "fixed") current.push({ ...base(gap), state: { kind: "open", regressed: { sha: input.commit, wasPr: prev.pr } } });
    else current.push({ ...base(gap), state: { kind: "open", regressed: prev?.kind === "open" ? prev.regressed : null } });
  }
  for (const gap of suppressed) {
    if (seen.has(gap.id)) continue;
    seen.add(gap.id);
    const prev = prevById.get(gap.id)?.state;
    const state = prev?.kind === "accepted" ? prev : { kind: "suppressed", source: gap.source, reason: cleanReason(gap.reason), until: gap.until };
    current.push({ ...base(gap), state });
  }
  const resolved = [];
  for (const prev of previous) {
    if (seen.has(prev.id) || elsewhere.has(prev.id)) continue;
    resolved.push(prev.state.kind === "fixed" ? prev : { ...prev, state: { kind: "fixed", sha: input.commit, pr: input.pr } });
  }
  return [...current, ...resolved];
}
function issueOps(issue, next, ctx) {
  const previous = ctx.previous ?? issue.doc.entries;
  const { body, doc } = renderBodyWithin(issue.before, next, ctx.links, issue.after);
  const progress = progressOf(doc);
  const wasOpen = new Set(previous.filter((e) => e.state.kind === "open").map((e) => e.id));
  const newlyOpen = doc.entries.filter((e) => e.state.kind === "open" && !wasOpen.has(e.id));
  const missing = [LABEL, phaseLabel(next.phase)].filter((l) => !issue.labels.some((have) => have.toLowerCase() === l.toLowerCase()));
  const labels = missing.length > 0 ? [...issue.labels, ...missing] : void 0;
  const update = { kind: "update", number: issue.number, expectedBody: issue.body };
  const changed = body !== issue.body;
  if (issue.state === "open" && progress.open === 0 && wasOpen.size > 0 && progress.total > 0) {
    return [
      { kind: "comment", number: issue.number, marker: proofMarker(next.phase, ctx.commit), body: proofComment(doc, ctx) },
      { ...update, body, state: "closed", stateReason: "completed", ...labels ? { labels } : {} }
    ];
  }
  if (issue.state === "closed" && newlyOpen.length > 0) {
    return [
      { kind: "comment", number: issue.number, marker: reopenMarker(next.phase, ctx.commit), body: reopenComment(doc, newlyOpen, ctx) },
      { ...update, body, state: "open", stateReason: "reopened", ...labels ? { labels } : {} }
    ];
  }
  if (!changed && !labels) return [];
  return [{ ...update, ...changed ? { body } : {}, ...labels ? { labels } : {} }];
}
function proofComment(doc, ctx) {
  const fixed = doc.entries.filter((e) => e.state.kind === "fixed");
  const accepted = doc.entries.filter((e) => e.state.kind === "accepted" || e.state.kind === "suppressed");
  const prs = [...new Set(fixed.map((e) => e.state.kind === "fixed" ? e.state.pr : null).filter((n) => n !== null))].sort((a, b) => a - b);
  const item = (e) => `- ${e.display}${stateSuffix(e.state, ctx.links)}`;
  const list = (entries) => [...entries.slice(0, MAX_LISTED).map(item), ...entries.length > MAX_LISTED ? [`- \u2026and ${entries.length - MAX_LISTED} more, listed in the issue`] : []];
  const source = ctx.source === "command" ? "the accepted risks recorded in this issue" : SOURCE_TEXT[ctx.source];
  return [
    proofMarker(doc.phase, ctx.commit),
    `### \u2705 ${PHASE_TITLES[doc.phase]}: done`,
    "",
    `Every gap of this phase is resolved at ${commitLink(ctx.links, ctx.commit)} (proof: ${source}).` + (prs.length > 0 ? ` Fixed by ${prs.map((n) => `#${n}`).join(", ")}.` : ""),
    ...fixed.length > 0 ? ["", `**Fixed (${fixed.length})**`, ...list(fixed)] : [],
    ...accepted.length > 0 ? ["", `**Accepted risks (${accepted.length})**`, ...list(accepted)] : [],
    "",
    "This issue reopens by itself if any of these gaps comes back."
  ].join("\n");
}
function reopenComment(doc, newlyOpen, ctx) {
  const item = (e) => `- ${e.display}${e.state.kind === "open" && e.state.regressed ? stateSuffix(e.state, ctx.links) : " \u2014 new"}`;
  return [
    reopenMarker(doc.phase, ctx.commit),
    `### \u26A0\uFE0F ${PHASE_TITLES[doc.phase]}: reopened`,
    "",
    `A scan of ${commitLink(ctx.links, ctx.commit)} finds ${newlyOpen.length === 1 ? "a gap" : `${newlyOpen.length} gaps`} of this phase again:`,
    ...newlyOpen.slice(0, MAX_LISTED).map(item),
    ...newlyOpen.length > MAX_LISTED ? [`- \u2026and ${newlyOpen.length - MAX_LISTED} more, listed in the issue`] : []
  ].join("\n");
}
function retireOps(duplicate, kept) {
  const note = `<!-- shipshape:retired phase=${duplicate.doc.phase} -->
_shipshape tracks ${PHASE_TITLES[duplicate.doc.phase]} in #${kept.number}._`;
  const ops = [
    {
      kind: "comment",
      number: duplicate.number,
      marker: duplicateMarker(kept.number),
      body: `${duplicateMarker(kept.number)}
Closing as a duplicate of #${kept.number}: shipshape keeps one issue per phase, and the gaps listed here are tracked there.`
    }
  ];
  ops.push({
    kind: "update",
    number: duplicate.number,
    expectedBody: duplicate.body,
    body: `${duplicate.before}${note}${duplicate.after}`,
    ...duplicate.state === "open" ? { state: "closed", stateReason: "duplicate" } : {}
  });
  return ops;
}
function planAccept(issue, input) {
  const reason = cleanReason(input.reason);
  if (reason === "") return { ok: false, message: "a reason is required: `/shipshape ignore <gap-id> <reason>`." };
  const matches = issue.doc.entries.filter((e) => e.id === input.gapId || input.gapId.length >= 7 && e.id.startsWith(input.gapId));
  const shown = input.gapId.replace(/`/g, "");
  if (matches.length > 1) return { ok: false, message: `\`${shown}\` starts ${matches.length} gap ids here: give more of it.` };
  const [entry] = matches;
  if (!entry) return { ok: false, message: `this issue lists no gap \`${shown}\`: copy the id shown at the end of the gap's line.` };
  if (entry.state.kind === "fixed") return { ok: false, message: `gap \`${entry.id}\` is already fixed: there is no risk left to accept.` };
  const next = {
    ...issue.doc,
    entries: issue.doc.entries.map((e) => e === entry ? { ...e, state: { kind: "accepted", by: input.by, at: input.at, reason } } : e)
  };
  return { ok: true, ops: issueOps(issue, next, { links: input.links, commit: issue.doc.commit, source: "command" }) };
}
function planRevertTicks(issue, input) {
  const tampered = issue.doc.entries.filter((e) => (issue.checked.get(e.id) ?? false) !== (e.state.kind !== "open"));
  if (tampered.length === 0) return [];
  const { body } = renderBodyWithin(issue.before, issue.doc, input.links, issue.after);
  const ticked = tampered.filter((e) => e.state.kind === "open");
  const lines = [
    input.marker,
    `@${input.editor}, shipshape ticks these boxes itself when a scan of the default branch no longer finds the gap, so ${tampered.length === 1 ? "that box is" : "those boxes are"} back as ${tampered.length === 1 ? "it was" : "they were"}.`
  ];
  if (ticked.length > 0) {
    lines.push(
      "",
      "To accept a risk instead of fixing it, comment (with your reason):",
      ...ticked.map((e) => `\`/shipshape ignore ${e.id} <reason>\``)
    );
  }
  return [
    { kind: "update", number: issue.number, expectedBody: issue.body, body },
    { kind: "comment", number: issue.number, marker: input.marker, body: lines.join("\n") }
  ];
}

// src/github/tarball.ts
import { mkdir, mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { createGunzip } from "node:zlib";
var DEFAULT_TARBALL_LIMITS = {
  maxArchiveBytes: 200 * 1024 * 1024,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxFileBytes: 8 * 1024 * 1024,
  maxEntries: 2e5
};
var TarballError = class extends ShipshapeError {
  constructor(message) {
    super(message);
    this.name = "TarballError";
  }
};
function byteCap(max, what) {
  let seen = 0;
  return new Transform({
    transform(chunk, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new TarballError(`${what} is larger than the limit of ${max} bytes`));
      else done(null, chunk);
    }
  });
}
function safeRelativePath(name) {
  if (name.includes("\0") || name.includes("\\") || name.startsWith("/") || /^[A-Za-z]:/.test(name)) return null;
  const parts = name.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.length === 0 || parts.includes("..")) return null;
  return parts.join("/");
}
function readString(block, offset, length) {
  const raw = block.subarray(offset, offset + length);
  const nul = raw.indexOf(0);
  return raw.subarray(0, nul < 0 ? raw.length : nul).toString("utf8");
}
function readSize(block) {
  const field = block.subarray(124, 136);
  if (field[0] & 128) return Number.MAX_SAFE_INTEGER;
  const text = readString(block, 124, 12).trim();
  return text === "" ? 0 : parseInt(text, 8);
}
function checksumOk(block) {
  const stored = parseInt(readString(block, 148, 8).trim(), 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return stored === sum;
}
function paxRecords(data) {
  const records = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space < 0) break;
    const length = parseInt(data.subarray(at, space).toString("ascii"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}
var ByteReader = class {
  buffered = [];
  size = 0;
  iterator;
  constructor(source) {
    this.iterator = source[Symbol.asyncIterator]();
  }
  /** `n` bytes, or fewer at the end of the stream. */
  async read(n) {
    while (this.size < n) {
      const next = await this.iterator.next();
      if (next.done) break;
      this.buffered.push(next.value);
      this.size += next.value.length;
    }
    const all = this.buffered.length === 1 ? this.buffered[0] : Buffer.concat(this.buffered);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    return out;
  }
  /** Skips `n` bytes without holding them. */
  async skip(n) {
    let left = n;
    while (left > 0) {
      const chunk = await this.read(Math.min(left, 1024 * 1024));
      if (chunk.length === 0) throw new TarballError("the archive ends inside a member");
      left -= chunk.length;
    }
  }
};
var padded = (size) => Math.ceil(size / 512) * 512;
async function unpackTarGz(source, dir, limits = DEFAULT_TARBALL_LIMITS) {
  const root = path.resolve(dir);
  const stages = [source, byteCap(limits.maxArchiveBytes, "the archive"), createGunzip(), byteCap(limits.maxUnpackedBytes, "the unpacked archive")];
  const stream = stages.reduce((from, to) => from.pipe(to));
  for (const stage of stages.slice(0, -1)) stage.on("error", (error) => stream.destroy(error));
  const reader = new ByteReader(stream);
  const result = { files: 0, skipped: [] };
  let top = null;
  let entries = 0;
  let longName = null;
  let pax = /* @__PURE__ */ new Map();
  try {
    for (; ; ) {
      const header = await reader.read(512);
      if (header.length < 512) throw new TarballError("the archive ends before its end-of-archive marker");
      if (header.every((b) => b === 0)) break;
      if (!checksumOk(header)) throw new TarballError("a tar header has a bad checksum");
      if (++entries > limits.maxEntries) throw new TarballError(`the archive has more than ${limits.maxEntries} members`);
      const type = String.fromCharCode(header[156]);
      let size = readSize(header);
      const prefix = header.subarray(257, 263).toString("latin1") === "ustar\0" ? readString(header, 345, 155) : "";
      const name = longName ?? pax.get("path") ?? [prefix, readString(header, 0, 100)].filter((s) => s !== "").join("/");
      if (pax.has("size")) size = Number(pax.get("size"));
      if (type === "x" || type === "g" || type === "L" || type === "K") {
        if (size > 1024 * 1024) throw new TarballError("a tar metadata record is larger than 1 MiB");
        const data = (await reader.read(padded(size))).subarray(0, size);
        if (type === "x") pax = paxRecords(data);
        else if (type === "L") longName = data.toString("utf8").replace(/\0+$/, "");
        continue;
      }
      longName = null;
      pax = /* @__PURE__ */ new Map();
      const slash = name.indexOf("/");
      const first = slash < 0 ? name : name.slice(0, slash);
      const plainTop = safeRelativePath(name) !== null && first !== "" && first !== "..";
      if (plainTop) top ??= first;
      const rel = plainTop && first === top ? safeRelativePath(slash < 0 ? "" : name.slice(slash + 1)) : null;
      const skip = async (reason) => {
        result.skipped.push({ path: name, reason });
        await reader.skip(padded(size));
      };
      if (type === "5") {
        await reader.skip(padded(size));
        continue;
      }
      if (!plainTop || rel === null) await skip(plainTop && first !== top ? "outside-top-folder" : "unsafe-path");
      else if (type === "1" || type === "2") await skip("link");
      else if (type !== "0" && type !== "\0" && type !== "7") await skip("special");
      else if (size > limits.maxFileBytes) await skip("too-large");
      else {
        const target = path.join(root, rel);
        if (!target.startsWith(root + path.sep)) {
          await skip("unsafe-path");
          continue;
        }
        const content = (await reader.read(padded(size))).subarray(0, size);
        if (content.length < size) throw new TarballError("the archive ends inside a member");
        try {
          await mkdir(path.dirname(target), { recursive: true });
          const handle = await open(target, "wx", 420);
          try {
            await handle.writeFile(content);
          } finally {
            await handle.close();
          }
          result.files++;
        } catch (error) {
          const code = error.code;
          if (code !== "EEXIST" && code !== "ENOTDIR" && code !== "EISDIR") throw error;
          result.skipped.push({ path: name, reason: "conflict" });
        }
      }
    }
  } finally {
    for (const stage of stages) stage.destroy();
  }
  return result;
}
async function withTarball(octokit, ref, sha, fn, options = {}) {
  const limits = options.limits ?? DEFAULT_TARBALL_LIMITS;
  const dir = await mkdtemp(path.join(options.tmpRoot ?? tmpdir(), "shipshape-tarball-"));
  try {
    const response = await octokit.request("GET /repos/{owner}/{repo}/tarball/{ref}", { ...ref, ref: sha, request: { parseSuccessResponseBody: false } });
    const length = Number(response.headers["content-length"] ?? 0);
    if (length > limits.maxArchiveBytes) throw new TarballError(`the archive of ${ref.owner}/${ref.repo} at ${sha.slice(0, 7)} is ${length} bytes, over the limit of ${limits.maxArchiveBytes}`);
    const body = response.data;
    if (!body) throw new TarballError(`GitHub sent no archive for ${ref.owner}/${ref.repo} at ${sha.slice(0, 7)}`);
    const unpacked = await unpackTarGz(Readable.fromWeb(body), dir, limits);
    return await fn(dir, unpacked);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/github/tracking/report-source.ts
async function scanCommit(octokit, ref, sha, options = {}) {
  return withTarball(
    octokit,
    ref,
    sha,
    async (root) => {
      try {
        const { report, config } = await scan({ root, commit: sha, ...options.cache ? { cache: options.cache } : {} });
        return { kind: "report", report, project: config.project, source: "scan" };
      } catch (error) {
        if (error instanceof ConfigError) return { kind: "config-error", message: error.message };
        throw error;
      }
    },
    options.tarball
  );
}
async function projectAt(octokit, ref, sha, log) {
  for (const file of CONFIG_LOCATIONS) {
    let text;
    try {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...ref, path: file, ref: sha, mediaType: { format: "raw" } });
      text = String(data);
    } catch (error) {
      if (error.status === 404) continue;
      throw error;
    }
    try {
      return parseConfig(file, text, BUILTIN_RULES).project;
    } catch (error) {
      log.warn(`${ref.owner}/${ref.repo}: cannot read the project board from ${file}: ${errorMessage(error)}`);
      return null;
    }
  }
  return null;
}

// src/github/projects.ts
function statusFor(progress) {
  if (progress.open === 0) return "Done";
  return progress.open === progress.total ? "Todo" : "In progress";
}
var PROJECT_FIELDS = `projectV2(number: $number) {
      id
      fields(first: 50) { nodes { ... on ProjectV2SingleSelectField { id name options { id name } } } }
    }`;
function notFound(error) {
  const errors = error.errors;
  return Array.isArray(errors) && errors.some((e) => e.type === "NOT_FOUND");
}
async function findProject(octokit, login, number) {
  for (const owner of ["organization", "user"]) {
    try {
      const data = await octokit.graphql(
        `query($login: String!, $number: Int!) { ${owner}(login: $login) { ${PROJECT_FIELDS} } }`,
        { login, number }
      );
      const project = data[owner]?.projectV2;
      if (project) return project;
    } catch (error) {
      if (!notFound(error)) throw error;
    }
  }
  return null;
}
var normalise = (name) => name.toLowerCase().replace(/[\s_-]+/g, "");
async function syncProjectBoard(octokit, project, items) {
  const m = /^([A-Za-z0-9-]+)\/(\d+)$/.exec(project);
  if (!m) return { writes: 0, problem: `project '${project}' is not <owner>/<number>` };
  const board = await findProject(octokit, m[1], Number(m[2]));
  if (!board) return { writes: 0, problem: `no project ${project} (or the App cannot see it: it needs the "Projects" permission)` };
  const field = board.fields.nodes.find((f) => f?.name !== void 0 && normalise(f.name) === "status");
  if (!field?.id || !field.options) return { writes: 0, problem: `project ${project} has no single-select Status field` };
  const options = new Map(field.options.map((o) => [normalise(o.name), o.id]));
  let writes = 0;
  const missing = [];
  for (const item of items) {
    const optionId = options.get(normalise(item.status));
    if (!optionId) {
      missing.push(item.status);
      continue;
    }
    const data = await octokit.graphql(
      "query($id: ID!, $field: String!) { node(id: $id) { ... on Issue { projectItems(first: 50) { nodes { id project { id } fieldValueByName(name: $field) { ... on ProjectV2ItemFieldSingleSelectValue { optionId } } } } } } }",
      { id: item.nodeId, field: field.name }
    );
    const existing = data.node?.projectItems.nodes.find((n) => n?.project.id === board.id);
    if (existing?.fieldValueByName?.optionId === optionId) continue;
    let itemId = existing?.id;
    if (!itemId) {
      const added = await octokit.graphql(
        "mutation($project: ID!, $content: ID!) { addProjectV2ItemById(input: {projectId: $project, contentId: $content}) { item { id } } }",
        { project: board.id, content: item.nodeId }
      );
      itemId = added.addProjectV2ItemById.item.id;
      writes++;
    }
    await octokit.graphql(
      "mutation($project: ID!, $item: ID!, $field: ID!, $option: String!) { updateProjectV2ItemFieldValue(input: {projectId: $project, itemId: $item, fieldId: $field, value: {singleSelectOptionId: $option}}) { projectV2Item { id } } }",
      { project: board.id, item: itemId, field: field.id, option: optionId }
    );
    writes++;
  }
  return { writes, problem: missing.length > 0 ? `project ${project}'s Status field has no option ${[...new Set(missing)].join(", ")}` : null };
}

// src/github/tracking/config-error.ts
var CONFIG_ERROR_MARKER = "<!-- shipshape:config-error -->";
var TITLE = "shipshape cannot read its configuration";
function configErrorBody(message) {
  return [
    CONFIG_ERROR_MARKER,
    "shipshape could not read this repository's configuration on the default branch, so the phase issues were left as they are (a broken configuration is never replaced by defaults):",
    "",
    codeFence(message, "text"),
    "",
    "Fix the file on the default branch: this issue closes by itself once a scan reads it. `npx shipshape scan` shows the same message locally."
  ].join("\n");
}
function find(issues) {
  return issues.filter((i) => i.body.includes(CONFIG_ERROR_MARKER)).sort((a, b) => a.number - b.number)[0];
}
async function reportConfigError(octokit, ref, issues, message) {
  const body = configErrorBody(message);
  const existing = find(issues);
  if (!existing) {
    await octokit.request("POST /repos/{owner}/{repo}/issues", { ...ref, title: TITLE, body, labels: [LABEL] });
    return 1;
  }
  if (existing.body === body && existing.state === "open") return 0;
  await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...ref,
    issue_number: existing.number,
    body,
    ...existing.state === "closed" ? { state: "open", state_reason: "reopened" } : {}
  });
  return 1;
}
async function resolveConfigError(octokit, ref, issues, commit, links, botLogin) {
  const existing = find(issues);
  if (!existing || existing.state === "closed") return 0;
  const marker = `<!-- shipshape:config-fixed commit=${commit} -->`;
  const posted = await commentOnce(octokit, ref, existing.number, marker, `${marker}
A scan of ${commitLink(links, commit)} reads the configuration again: closing.`, botLogin);
  await octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...ref, issue_number: existing.number, state: "closed", state_reason: "completed" });
  return posted ? 2 : 1;
}

// src/github/tracking/sync.ts
var MAX_ATTEMPTS = 4;
async function syncTracking(octokit, req) {
  const { ref, commit, botLogin, log } = req;
  let loaded = null;
  let pr;
  let writes = 0;
  for (let attempt = 1; ; attempt++) {
    const { tracked, others } = await listBotIssues(octokit, ref, botLogin);
    const newer = await newerRecordedCommit(octokit, ref, commit, tracked);
    if (newer) {
      log.info(`${ref.owner}/${ref.repo}: ${commit.slice(0, 7)} is older than ${newer.slice(0, 7)}, which the phase issues already reflect: ignored`);
      return { status: "stale", newer };
    }
    loaded ??= await req.load();
    if (loaded.kind === "config-error") {
      writes += await reportConfigError(octokit, ref, others, loaded.message);
      return { status: "config-error", writes };
    }
    writes += await resolveConfigError(octokit, ref, others, commit, req.links, botLogin);
    pr ??= await pullRequestFor(octokit, ref, commit);
    const ops = plan({ report: loaded.report, commit, links: req.links, issues: tracked, pr, source: loaded.source });
    try {
      writes += (await execute(octokit, ref, ops, { botLogin })).writes;
      break;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      log.info(`${ref.owner}/${ref.repo}: ${error.message}; planning again`);
    }
  }
  if (loaded.project) writes += await syncBoard(octokit, ref, loaded.project, botLogin, log);
  return { status: "synced", writes };
}
async function syncBoard(octokit, ref, project, botLogin, log) {
  try {
    const issues = (await listBotIssues(octokit, ref, botLogin)).tracked.sort((a, b) => PHASES.indexOf(a.doc.phase) - PHASES.indexOf(b.doc.phase));
    const result = await syncProjectBoard(octokit, project, issues.map((i) => ({ nodeId: i.nodeId, status: statusFor(progressOf(i.doc)) })));
    if (result.problem) log.warn(`${ref.owner}/${ref.repo}: ${result.problem}`);
    return result.writes;
  } catch (error) {
    log.warn(`${ref.owner}/${ref.repo}: project board ${project} not updated: ${errorMessage(error)}`);
    return 0;
  }
}
async function newerRecordedCommit(octokit, ref, commit, issues) {
  for (const recorded of new Set(issues.map((i) => i.doc.commit))) {
    if (recorded === commit) continue;
    if (await order(octokit, ref, recorded, commit) === "older") return recorded;
  }
  return null;
}
async function order(octokit, ref, recorded, commit) {
  let status;
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...ref, basehead: `${recorded}...${commit}`, per_page: 1 });
    status = data.status;
  } catch (error) {
    if ([404, 422].includes(error.status ?? 0)) return "newer";
    throw error;
  }
  if (status === "behind") return "older";
  if (status !== "diverged") return "newer";
  const date = async (sha) => {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...ref, ref: sha });
    return Date.parse(data.commit.committer?.date ?? data.commit.author?.date ?? "") || 0;
  };
  return await date(commit) < await date(recorded) ? "older" : "newer";
}
async function pullRequestFor(octokit, ref, sha) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...ref, commit_sha: sha, per_page: 100 });
  const merged = data.filter((p) => p.merged_at !== null);
  return (merged.find((p) => p.merge_commit_sha === sha) ?? merged[0])?.number ?? null;
}

// src/app/handlers/comment.ts
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function canWrite(octokit, ref, login) {
  try {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...ref, username: login });
    return WRITERS.has(data.permission) || WRITERS.has(data.role_name);
  } catch (error) {
    if (error.status === 404) return false;
    throw error;
  }
}
async function onIssueComment(context, runner) {
  const { issue, comment, sender } = context.payload;
  const command = parseCommand(comment.body);
  if (!command || issue.pull_request || sender.type === "Bot" || sectionPhase(issue.body) === null) return;
  const botLogin = await runner.botLogin();
  if (issue.user?.login !== botLogin) return;
  const ref = context.repo();
  const octokit = context.octokit;
  const marker = replyMarker(comment.id);
  const reply = (text) => commentOnce(octokit, ref, issue.number, marker, `${marker}
${text}`, botLogin);
  if (!await canWrite(octokit, ref, sender.login)) {
    await reply(`Thanks, @${sender.login} \u2014 shipshape takes commands only from people with write access to this repository, so this one was not run. A maintainer can run it for you.`);
    return;
  }
  switch (command.kind) {
    case "help":
      await reply(`${command.unknown === null ? "" : `\`${command.unknown.replace(/`/g, "")}\` is not a shipshape command. `}${HELP}`);
      return;
    case "explain":
      await reply(explainRule(command.ruleId, BUILTIN_RULES));
      return;
    case "rescan": {
      const outcome = await runner.syncDefaultBranch(octokit, ref, context.log, { kind: "scan" });
      const said = outcome === null ? "there is nothing to scan yet." : outcome.status === "stale" ? `the issues already reflect a newer commit (\`${outcome.newer.slice(0, 7)}\`).` : outcome.status === "config-error" ? "the configuration cannot be read: see the issue shipshape opened about it." : outcome.writes === 0 ? "nothing changed." : "the phase issues are up to date.";
      await reply(`Scanned the default branch again: ${said}`);
      return;
    }
    case "ignore": {
      const result = await runner.serialise(ref, async () => {
        for (let attempt = 1; ; attempt++) {
          const tracked = await getTrackedIssue(octokit, ref, issue.number, botLogin);
          if (!tracked) return { ok: false, message: "this issue no longer has a shipshape section." };
          const planned = planAccept(tracked, {
            gapId: command.gapId,
            by: sender.login,
            at: runner.now().toISOString().slice(0, 10),
            reason: command.reason,
            links: { htmlUrl: context.payload.repository.html_url }
          });
          if (!planned.ok) return planned;
          try {
            await execute(octokit, ref, planned.ops, { botLogin });
            const project = await projectAt(octokit, ref, tracked.doc.commit, context.log);
            if (project) await syncBoard(octokit, ref, project, botLogin, context.log);
            return planned;
          } catch (error) {
            if (!(error instanceof ConflictError) || attempt >= 3) throw error;
          }
        }
      });
      await reply(result.ok ? `Recorded: gap \`${command.gapId.replace(/`/g, "")}\` is an accepted risk now (see "Accepted risks" above). It counts as resolved for this phase.` : `Not recorded: ${result.message}`);
      return;
    }
  }
}

// src/app/handlers/install.ts
async function syncAll(context, runner, repositories) {
  const failures = [];
  for (const { full_name } of repositories) {
    const [owner, repo] = full_name.split("/");
    try {
      await runner.syncDefaultBranch(context.octokit, { owner, repo }, context.log);
    } catch (error) {
      failures.push(new Error(`${full_name}: ${error.message}`, { cause: error }));
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `first sync failed for ${failures.length} of ${repositories.length} repositories: ${failures.map((f) => f.message).join("; ")}`);
}
function onInstallation(context, runner) {
  return syncAll(context, runner, context.payload.repositories ?? []);
}
function onRepositoriesAdded(context, runner) {
  return syncAll(context, runner, context.payload.repositories_added);
}

// src/app/handlers/issue-edited.ts
async function onIssueEdited(context, runner) {
  const { issue, sender, changes } = context.payload;
  if (sender.type === "Bot" || changes.body === void 0 || sectionPhase(issue.body) === null) return;
  const botLogin = await runner.botLogin();
  if (issue.user?.login !== botLogin || sender.login === botLogin) return;
  const ref = context.repo();
  const marker = `<!-- shipshape:untick issue=${issue.number} at=${issue.updated_at} -->`;
  await runner.serialise(ref, async () => {
    for (let attempt = 1; ; attempt++) {
      const tracked = await getTrackedIssue(context.octokit, ref, issue.number, botLogin);
      if (!tracked) return;
      const ops = planRevertTicks(tracked, { links: { htmlUrl: context.payload.repository.html_url }, editor: sender.login, marker });
      try {
        await execute(context.octokit, ref, ops, { botLogin });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt >= 3) throw error;
      }
    }
  });
}

// src/app/handlers/push.ts
async function onPush(context, runner) {
  const { payload } = context;
  if (payload.deleted || /^0+$/.test(payload.after) || payload.ref !== `refs/heads/${payload.repository.default_branch}`) return;
  await runner.syncCommit({
    octokit: context.octokit,
    ref: context.repo(),
    htmlUrl: payload.repository.html_url,
    sha: payload.after,
    log: context.log,
    source: { kind: "auto" }
  });
}

// src/github/fork-review.ts
var reviewMarker = (sha) => `<!-- shipshape:review sha=${sha} -->`;
var MAX_INLINE = 30;
var MAX_LISTED2 = 20;
function commentableLines(patch) {
  const lines = /* @__PURE__ */ new Set();
  let right = 0;
  for (const line of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      right = Number(hunk[1]);
      continue;
    }
    if (right === 0 || line.startsWith("-") || line.startsWith("\\")) continue;
    lines.add(right);
    right++;
  }
  return lines;
}
function inlineBody(gap) {
  return [
    `**${escapeMarkdown(gap.title)}** (${PHASE_TITLES[gap.phase]} \xB7 ${inlineCode(gap.ruleId)})`,
    "",
    escapeMarkdown(gap.message),
    "",
    `**Fix:** ${escapeMarkdown(gap.fix)}`
  ].join("\n");
}
async function reviewForkPullRequest(octokit, ref, input) {
  const marker = reviewMarker(input.headSha);
  const reviews = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", { ...ref, pull_number: input.pull, per_page: 100 });
  if (reviews.some((r) => r.user?.login === input.botLogin && (r.body ?? "").includes(marker))) return false;
  const added = input.report.gaps.filter((g) => !input.known.has(g.id));
  if (added.length === 0) return false;
  const files = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...ref, pull_number: input.pull, per_page: 100 });
  const lines = new Map(files.map((f) => [f.filename, commentableLines(f.patch ?? "")]));
  const inline = added.filter((g) => g.location !== null && lines.get(g.location.path)?.has(g.location.startLine)).slice(0, MAX_INLINE);
  const listed = added.slice(0, MAX_LISTED2);
  const body = [
    marker,
    `### shipshape: ${added.length === 1 ? "1 new gap" : `${added.length} new gaps`} in this pull request`,
    "",
    "The workflow of a fork cannot comment, so the shipshape App posts what it found.",
    "",
    ...listed.map(gapListItem),
    ...added.length > listed.length ? ["", `\u2026and ${added.length - listed.length} more in the workflow's \`shipshape-report\` artifact.`] : []
  ].join("\n");
  await octokit.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    ...ref,
    pull_number: input.pull,
    commit_id: input.headSha,
    event: "COMMENT",
    body,
    comments: inline.map((g) => ({ path: g.location.path, line: g.location.startLine, side: "RIGHT", body: inlineBody(g) }))
  });
  return true;
}
async function pullForHead(octokit, ref, headSha, given) {
  const listed = given.find((p) => p !== null);
  if (listed) return listed.number;
  const open2 = await octokit.paginate("GET /repos/{owner}/{repo}/pulls", { ...ref, state: "open", per_page: 100 });
  return open2.find((p) => p.head.sha === headSha)?.number ?? null;
}

// src/github/report-artifact.ts
import { inflateRawSync } from "node:zlib";

// schema/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://shipshape.dev/schema/report.schema.json",
  title: "shipshape report, version 1",
  description: "The result of one scan: `shipshape scan --format json`, the Action's `shipshape-report` artifact, the App's input. Gaps are sorted (phase, dimension, path, line, ruleId).",
  type: "object",
  additionalProperties: false,
  required: ["version", "tool", "repository", "summary", "gaps", "suppressed", "rules", "errors", "timings"],
  definitions: {
    dimension: { enum: ["security", "audit", "privacy", "monitoring", "operations"] },
    phase: { enum: ["critical", "hardening", "polish"] },
    ruleId: { type: "string", pattern: "^(security|audit|privacy|monitoring|operations)/[a-z0-9]+(-[a-z0-9]+)*$" },
    path: { type: "string", minLength: 1, pattern: "^(?!/)(?!.*\\\\)(?!\\.\\./)(?!.*/\\.\\./).*$", description: "Repository-relative, '/'-separated." },
    location: {
      type: "object",
      additionalProperties: false,
      required: ["path", "startLine", "endLine", "startColumn", "endColumn"],
      properties: {
        path: { $ref: "#/definitions/path" },
        startLine: { type: "integer", minimum: 1 },
        endLine: { type: "integer", minimum: 1 },
        startColumn: { type: "integer", minimum: 1 },
        endColumn: { type: "integer", minimum: 1 },
        snippet: { type: "string", description: "The source lines of the location, capped; secrets masked." }
      }
    },
    gap: {
      type: "object",
      required: ["id", "ruleId", "dimension", "phase", "severity", "title", "message", "location", "related", "fix", "docs"],
      properties: {
        id: { type: "string", pattern: "^[0-9a-f]{20}$", description: "The fingerprint: stable across unrelated edits." },
        ruleId: { $ref: "#/definitions/ruleId" },
        dimension: { $ref: "#/definitions/dimension" },
        phase: { $ref: "#/definitions/phase" },
        severity: { enum: ["error", "warning", "note"] },
        title: { type: "string", minLength: 1 },
        message: { type: "string", minLength: 1 },
        location: { anyOf: [{ $ref: "#/definitions/location" }, { type: "null" }] },
        related: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["path", "startLine", "message"],
            properties: { path: { $ref: "#/definitions/path" }, startLine: { type: "integer", minimum: 1 }, message: { type: "string" } }
          }
        },
        fix: { type: "string" },
        docs: { type: "string" },
        reason: true,
        source: true,
        until: true
      },
      additionalProperties: false
    }
  },
  properties: {
    version: { const: 1 },
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: { name: { const: "shipshape" }, version: { type: "string", pattern: "^\\d+\\.\\d+\\.\\d+" } }
    },
    repository: {
      type: "object",
      additionalProperties: false,
      required: ["root", "commit"],
      properties: { root: { type: "string" }, commit: { type: ["string", "null"], pattern: "^[0-9a-f]{7,64}$" } }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      required: ["critical", "hardening", "polish", "byDimension", "suppressed"],
      properties: {
        critical: { type: "integer", minimum: 0 },
        hardening: { type: "integer", minimum: 0 },
        polish: { type: "integer", minimum: 0 },
        suppressed: { type: "integer", minimum: 0 },
        byDimension: {
          type: "object",
          additionalProperties: false,
          required: ["security", "audit", "privacy", "monitoring", "operations"],
          properties: {
            security: { type: "integer", minimum: 0 },
            audit: { type: "integer", minimum: 0 },
            privacy: { type: "integer", minimum: 0 },
            monitoring: { type: "integer", minimum: 0 },
            operations: { type: "integer", minimum: 0 }
          }
        }
      }
    },
    gaps: {
      type: "array",
      items: { allOf: [{ $ref: "#/definitions/gap" }, { not: { required: ["reason"] } }] }
    },
    suppressed: {
      type: "array",
      items: {
        allOf: [
          { $ref: "#/definitions/gap" },
          {
            required: ["reason", "source", "until"],
            properties: {
              reason: { type: "string", minLength: 1 },
              source: { enum: ["config", "inline"] },
              until: { anyOf: [{ type: "string", format: "date" }, { type: "null" }] }
            }
          }
        ]
      }
    },
    rules: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "dimension", "phase", "status"],
        properties: {
          id: { $ref: "#/definitions/ruleId" },
          dimension: { $ref: "#/definitions/dimension" },
          phase: { $ref: "#/definitions/phase" },
          status: { enum: ["ran", "not-applicable", "error"] }
        }
      }
    },
    errors: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "message"],
        properties: { path: { type: ["string", "null"] }, message: { type: "string", minLength: 1 } }
      }
    },
    notices: {
      type: "array",
      description: "Neither gaps nor errors: expired ignore entries, ignores that match nothing, malformed shipshape-ignore comments.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "line", "message"],
        properties: { path: { type: ["string", "null"] }, line: { type: ["integer", "null"], minimum: 1 }, message: { type: "string", minLength: 1 } }
      }
    },
    stats: {
      type: "object",
      additionalProperties: false,
      required: ["files", "lines", "parsed", "cached"],
      properties: {
        files: { type: "integer", minimum: 0 },
        lines: { type: "integer", minimum: 0 },
        parsed: { type: "integer", minimum: 0 },
        cached: { type: "integer", minimum: 0 }
      }
    },
    timings: {
      type: "object",
      required: ["totalMs"],
      additionalProperties: { type: "number", minimum: 0 }
    }
  }
};

// src/github/report-artifact.ts
var REPORT_ARTIFACT = "shipshape-report";
var REPORT_FILES = ["shipshape.json", "report.json"];
var MAX_ARTIFACT_BYTES = 50 * 1024 * 1024;
var MAX_REPORT_BYTES = 50 * 1024 * 1024;
function readZip(zip, maxEntryBytes = MAX_REPORT_BYTES) {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip archive (no end of central directory)");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 33639248) throw new Error("a zip central directory entry is damaged");
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (compressed === 4294967295 || size === 4294967295) throw new Error(`zip64 entries are not supported (${name})`);
    entries.push({
      name,
      read() {
        if (size > maxEntryBytes) throw new Error(`${name} is ${size} bytes, over the limit of ${maxEntryBytes}`);
        if (local + 30 > zip.length || zip.readUInt32LE(local) !== 67324752) throw new Error(`the zip entry ${name} is damaged`);
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + compressed);
        if (data.length < compressed) throw new Error(`the zip entry ${name} is truncated`);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data, { maxOutputLength: maxEntryBytes });
        throw new Error(`the zip entry ${name} uses compression method ${method}`);
      }
    });
  }
  return entries;
}
var validate = null;
function reportFromZip(zip, sha) {
  let entries;
  try {
    entries = readZip(zip);
  } catch (error) {
    return { reason: error.message };
  }
  const json = entries.filter((e) => e.name.endsWith(".json") && !e.name.includes("/"));
  const entry = REPORT_FILES.map((f) => json.find((e) => e.name === f)).find((e) => e !== void 0) ?? (json.length === 1 ? json[0] : void 0);
  if (!entry) return { reason: `no ${REPORT_FILES.join(" or ")} in the artifact` };
  let data;
  try {
    data = JSON.parse(entry.read().toString("utf8"));
  } catch (error) {
    return { reason: `${entry.name}: ${error.message}` };
  }
  validate ??= createAjv().compile(report_schema_default);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    return { reason: `${entry.name} does not match the report schema: ${first?.instancePath || "/"} ${first?.message ?? ""}`.trim() };
  }
  const report = data;
  if (report.repository.commit !== null && report.repository.commit !== sha) {
    return { reason: `${entry.name} describes commit ${report.repository.commit.slice(0, 7)}, not ${sha.slice(0, 7)}` };
  }
  return { report: { ...report, notices: report.notices ?? [], repository: { ...report.repository, commit: sha } } };
}
async function download(octokit, ref, artifact, sha) {
  if (artifact.expired) return { kind: "invalid", reason: `artifact ${artifact.id} has expired` };
  const response = await octokit.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
    ...ref,
    artifact_id: artifact.id,
    archive_format: "zip"
  });
  const zip = Buffer.from(response.data);
  if (zip.length > MAX_ARTIFACT_BYTES) return { kind: "invalid", reason: `artifact ${artifact.id} is over ${MAX_ARTIFACT_BYTES} bytes` };
  const read = reportFromZip(zip, sha);
  return "report" in read ? { kind: "report", report: read.report, artifactId: artifact.id } : { kind: "invalid", reason: read.reason };
}
async function reportFromRun(octokit, ref, runId, sha) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", { ...ref, run_id: runId, name: REPORT_ARTIFACT, per_page: 100 });
  const artifact = data.artifacts.find((a) => a.name === REPORT_ARTIFACT);
  return artifact ? download(octokit, ref, artifact, sha) : { kind: "none" };
}
async function reportForCommit(octokit, ref, sha) {
  const { data } = await octokit.request("GET /repos/{owner}/{repo}/actions/artifacts", { ...ref, name: REPORT_ARTIFACT, per_page: 100 });
  const artifacts = data.artifacts.filter((a) => a.name === REPORT_ARTIFACT);
  const match = artifacts.find((a) => a.workflow_run?.head_sha === sha && !a.expired);
  return { forCommit: match ? await download(octokit, ref, match, sha) : { kind: "none" }, actionInUse: artifacts.length > 0 };
}

// src/app/handlers/workflow-run.ts
async function onWorkflowRun(context, runner) {
  const { workflow_run: run, repository } = context.payload;
  const ref = context.repo();
  const fork = run.head_repository !== null && run.head_repository.full_name !== repository.full_name;
  if (run.event === "pull_request" && fork) {
    await runner.serialise(ref, async () => {
      const outcome2 = await reportFromRun(context.octokit, ref, run.id, run.head_sha);
      if (outcome2.kind !== "report") {
        if (outcome2.kind === "invalid") context.log.warn(`${repository.full_name}: the fork's report is unusable (${outcome2.reason}): no review`);
        return;
      }
      const pull = await pullForHead(context.octokit, ref, run.head_sha, run.pull_requests);
      if (pull === null) return;
      const botLogin = await runner.botLogin();
      const known = /* @__PURE__ */ new Set();
      for (const issue of await listTrackedIssues(context.octokit, ref, botLogin)) {
        for (const entry of issue.doc.entries) if (entry.state.kind !== "fixed") known.add(entry.id);
      }
      await reviewForkPullRequest(context.octokit, ref, { pull, headSha: run.head_sha, report: outcome2.report, known, botLogin });
    });
    return;
  }
  if (run.head_branch !== repository.default_branch || run.event === "pull_request" || run.event === "pull_request_target") return;
  const outcome = await reportFromRun(context.octokit, ref, run.id, run.head_sha);
  if (outcome.kind === "none") return;
  await runner.syncCommit({ octokit: context.octokit, ref, htmlUrl: repository.html_url, sha: run.head_sha, log: context.log, source: { kind: "artifact", outcome } });
}

// src/app/queue.ts
var KeyedQueue = class {
  tails = /* @__PURE__ */ new Map();
  run(key, job) {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => void 0);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
};

// src/app/runner.ts
var MAX_CACHES = 32;
var MAX_CACHED_FILES = 5e4;
var Runner = class {
  constructor(app, options) {
    this.app = app;
    this.tarball = options.tarball ?? {};
    this.now = options.now ?? (() => /* @__PURE__ */ new Date());
  }
  app;
  queue = new KeyedQueue();
  now;
  tarball;
  login = null;
  // Fact caches per repository: a push re-parses only the files it changed.
  caches = /* @__PURE__ */ new Map();
  /** `<slug>[bot]`: the login the App's issues and comments are created under. */
  botLogin() {
    this.login ??= (async () => {
      const octokit = await this.app.auth();
      const { data } = await octokit.request("GET /app");
      return `${data?.slug ?? "shipshape"}[bot]`;
    })().catch((error) => {
      this.login = null;
      throw error;
    });
    return this.login;
  }
  cache(ref) {
    const key = `${ref.owner}/${ref.repo}`.toLowerCase();
    let cache = this.caches.get(key);
    if (cache && cache.size > MAX_CACHED_FILES) {
      this.caches.delete(key);
      cache = void 0;
    }
    if (!cache) {
      if (this.caches.size >= MAX_CACHES) this.caches.delete(this.caches.keys().next().value);
      cache = new MemoryFactCache();
      this.caches.set(key, cache);
    }
    return cache;
  }
  /** Runs `job` after every earlier job for the same repository. */
  serialise(ref, job) {
    return this.queue.run(`${ref.owner}/${ref.repo}`.toLowerCase(), job);
  }
  /** Brings the phase issues in line with the report for `sha` (a default-branch commit). */
  syncCommit(req) {
    return this.serialise(req.ref, async () => {
      const { octokit, ref, sha, log } = req;
      let artifact = req.source.kind === "artifact" ? req.source.outcome : { kind: "none" };
      if (req.source.kind === "auto") {
        const found = await reportForCommit(octokit, ref, sha).catch((error) => {
          if (error.status !== 403) throw error;
          log.info(`${ref.owner}/${ref.repo}: cannot list artifacts (${errorMessage(error)}); scanning`);
          return { forCommit: { kind: "none" }, actionInUse: false };
        });
        if (found.forCommit.kind === "none" && found.actionInUse) {
          log.info(`${ref.owner}/${ref.repo}: waiting for the Action's report for ${sha.slice(0, 7)}`);
          return null;
        }
        artifact = found.forCommit;
      }
      const load = async () => {
        if (artifact.kind === "report") return { kind: "report", report: artifact.report, project: await projectAt(octokit, ref, sha, log), source: "artifact" };
        if (artifact.kind === "invalid") log.warn(`${ref.owner}/${ref.repo}: the Action's report for ${sha.slice(0, 7)} is unusable (${artifact.reason}); scanning instead`);
        return scanCommit(octokit, ref, sha, { tarball: this.tarball, cache: this.cache(ref) });
      };
      const outcome = await syncTracking(octokit, { ref, links: { htmlUrl: req.htmlUrl }, commit: sha, botLogin: await this.botLogin(), load, log });
      if (outcome.status === "synced") log.info(`${ref.owner}/${ref.repo}: phase issues at ${sha.slice(0, 7)} (${outcome.writes} writes)`);
      return outcome;
    });
  }
  /** Syncs the tip of the default branch (install, `/shipshape rescan`). */
  async syncDefaultBranch(octokit, ref, log, source = { kind: "auto" }) {
    const { data: repo } = await octokit.request("GET /repos/{owner}/{repo}", { ...ref });
    let sha;
    try {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...ref, ref: repo.default_branch });
      sha = data.sha;
    } catch (error) {
      if ([404, 409, 422].includes(error.status ?? 0)) {
        log.info(`${ref.owner}/${ref.repo}: no commit on ${repo.default_branch} yet (${errorMessage(error)})`);
        return null;
      }
      throw error;
    }
    return this.syncCommit({ octokit, ref, htmlUrl: repo.html_url, sha, log, source });
  }
};

// src/app/index.ts
function createApp(options = {}) {
  return (app) => {
    const runner = new Runner(app, options);
    app.on("installation.created", (context) => onInstallation(context, runner));
    app.on("installation_repositories.added", (context) => onRepositoriesAdded(context, runner));
    app.on("push", (context) => onPush(context, runner));
    app.on("workflow_run.completed", (context) => onWorkflowRun(context, runner));
    app.on("issue_comment.created", (context) => onIssueComment(context, runner));
    app.on("issues.edited", (context) => onIssueEdited(context, runner));
  };
}
var app_default = createApp();

export {
  createApp,
  app_default
};
