/**
 * Reads a phase issue body back into a PhaseDoc: the inverse of render.ts. Only the bot-owned
 * section between the markers is read; the text around it is returned untouched. Lines are
 * recognised by their hidden gap marker, never by their wording, and a line that does not
 * parse is dropped rather than guessed at (the next sync renders it again from the report).
 */
import { DIMENSIONS, PHASES, type Dimension, type Phase } from '../../core/model.js';
import type { Entry, EntryState, PhaseDoc } from './model.js';
import { ACCEPTED_HEADING, END } from './render.js';

const BEGIN_RE = /<!-- shipshape:begin phase=([a-z]+) commit=([0-9a-f]{40}) -->/;
// Greedy display: the real marker is the last one on the line (a display cannot contain `<`).
const LINE_RE = /^\s*[-*] \[( |x|X)\] (.*) <!-- shipshape:gap=([0-9a-f]{20}) -->(.*)$/;
const DISPLAY_RE = /(?:^|· )`((security|audit|privacy|monitoring|operations)\/[a-z0-9]+(?:-[a-z0-9]+)*)` · `[0-9a-f]{20}`$/;
const COMMIT = String.raw`\[\`[0-9a-f]{7}\`\]\([^)\s]*/commit/([0-9a-f]{40})\)`;
const FIXED_PR_RE = new RegExp(String.raw`^ — ✅ fixed in #(\d+) \(${COMMIT}\)$`);
const FIXED_RE = new RegExp(String.raw`^ — ✅ fixed in ${COMMIT}$`);
const REGRESSED_RE = new RegExp(String.raw`^ — ⚠️ regressed in ${COMMIT}(?: \(was fixed in #(\d+)\))?$`);
const ACCEPTED_RE = /^ — accepted by @([A-Za-z0-9-]+(?:\[bot\])?) on (\d{4}-\d{2}-\d{2}): (.*)$/;
const SUPPRESSED_RE = /^ — suppressed in (the configuration|an inline comment): (.*?)(?: \(until (\d{4}-\d{2}-\d{2})\))?$/;

export interface ParsedBody {
  doc: PhaseDoc;
  checked: Map<string, boolean>;
  before: string;
  after: string;
}

/** The phase a body's section tracks, without parsing the rest (cheap filter for listings). */
export function sectionPhase(body: string | null | undefined): Phase | null {
  const m = body ? BEGIN_RE.exec(body) : null;
  return m && (PHASES as readonly string[]).includes(m[1] as string) ? (m[1] as Phase) : null;
}

/** Undoes escapeMarkdown for text that had no control characters (cleanReason removes them). */
export function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-!|~])/g, '$1')
    .replace(/&(amp|lt|gt);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name as 'amp' | 'lt' | 'gt']);
}

function parseState(suffix: string): EntryState | null {
  if (suffix === '') return { kind: 'open', regressed: null };
  let m = FIXED_PR_RE.exec(suffix);
  if (m) return { kind: 'fixed', pr: Number(m[1]), sha: m[2] as string };
  m = FIXED_RE.exec(suffix);
  if (m) return { kind: 'fixed', pr: null, sha: m[1] as string };
  m = REGRESSED_RE.exec(suffix);
  if (m) return { kind: 'open', regressed: { sha: m[1] as string, wasPr: m[2] === undefined ? null : Number(m[2]) } };
  m = ACCEPTED_RE.exec(suffix);
  if (m) return { kind: 'accepted', by: m[1] as string, at: m[2] as string, reason: unescapeMarkdown(m[3] as string) };
  m = SUPPRESSED_RE.exec(suffix);
  if (m) return { kind: 'suppressed', source: m[1] === 'the configuration' ? 'config' : 'inline', reason: unescapeMarkdown(m[2] as string), until: m[3] ?? null };
  return null;
}

/** The section of `body`, or null when the body has none (not a phase issue, or a retired one). */
export function parseBody(body: string | null | undefined): ParsedBody | null {
  if (!body) return null;
  const begin = BEGIN_RE.exec(body);
  if (!begin || !(PHASES as readonly string[]).includes(begin[1] as string)) return null;
  const start = begin.index;
  const endAt = body.indexOf(END, start);
  // A section whose end marker a person deleted runs to the end of the body.
  const stop = endAt < 0 ? body.length : endAt + END.length;
  const section = body.slice(start, endAt < 0 ? body.length : endAt);
  const entries: Entry[] = [];
  const checked = new Map<string, boolean>();
  let heading: Dimension | 'accepted' | null = null;
  for (const line of section.split(/\r?\n/)) {
    const h = /^### (.+?)\s*$/.exec(line);
    if (h) {
      heading = line.trim() === ACCEPTED_HEADING ? 'accepted' : (DIMENSIONS as readonly string[]).includes(h[1] as string) ? (h[1] as Dimension) : null;
      continue;
    }
    const m = LINE_RE.exec(line);
    if (!m || heading === null) continue;
    const [, box, display, id, suffix] = m as unknown as [string, string, string, string, string];
    const rule = DISPLAY_RE.exec(display);
    const state = parseState(suffix);
    if (!rule || !state || checked.has(id)) continue;
    const dimension = heading === 'accepted' ? (rule[2] as Dimension) : heading;
    entries.push({ id, ruleId: rule[1] as string, dimension, display, state });
    checked.set(id, box !== ' ');
  }
  return {
    doc: { phase: begin[1] as Phase, commit: begin[2] as string, entries },
    checked,
    before: body.slice(0, start),
    after: body.slice(stop),
  };
}
