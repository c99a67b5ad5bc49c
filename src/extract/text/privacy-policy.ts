import type { PrivacyClaimFact } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';

/**
 * Promises a privacy policy makes (data export, account deletion, rectification, retention
 * periods), read from Markdown/MDX, HTML, templates and plain text. JSX/TSX pages are read
 * from their tree by src/extract/js/privacy-page.ts and go through the same sentence reader.
 *
 * Extraction does not know the configuration, so any prose file that talks about privacy
 * is read; the rules decide which files are policies (usual places or `privacy.policies`).
 */

/** A piece of text and where it starts. */
export interface Segment {
  text: string;
  line: number;
  column: number;
}

/** A paragraph, list item or heading: sentences never span two blocks. */
export type Block = Segment[];

const PROSE = /\.(?:md|mdx|markdown|txt|rst|html?|hbs|handlebars|mustache|ejs|njk|liquid|pug|vue|svelte|astro)$/i;
/** Where policies are usually kept: also the locator the privacy rules use. */
export const POLICY_PATH =
  /(^|\/)(privacy[-_ ]?(policy|notice|statement)?|datenschutz(erklaerung)?|data[-_]protection|gdpr)(\/(page|index|\+page)\.(tsx|jsx|ts|js|mdx?|html?|vue|svelte|astro)|\.(md|mdx|markdown|txt|rst|html?|tsx|jsx|vue|svelte|astro|hbs|handlebars|mustache|ejs|njk|pug|liquid))$/i;
/** Text that can hold a policy's promises: cheap test before reading sentences. */
export const PRIVACY_TEXT = /privacy|personal (?:data|information)|\bGDPR\b|datenschutz/i;

export const privacyPolicyExtractor: TextExtractor = {
  id: 'privacy-policy',
  accepts: (path) => PROSE.test(path),
  extract(path, text, facts) {
    if (!POLICY_PATH.test(path) && !PRIVACY_TEXT.test(text)) return;
    facts.privacyClaims.push(...claimsFromBlocks(path, proseBlocks(path, text)));
  },
};

const HTML_BLOCK_TAG = /<\/?(?:p|li|ul|ol|h[1-6]|div|section|article|header|footer|br|tr|td|th|dd|dt|blockquote|table|main|aside|nav)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', rarr: '→', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', quot: '"', apos: "'", lt: '<', gt: '>', mdash: '—', ndash: '–', hellip: '…' };

/** Splits Markdown, HTML, templates and plain text into blocks, line by line so every piece keeps its line. */
export function proseBlocks(path: string, text: string): Block[] {
  const markdown = /\.(?:md|mdx|markdown|txt|rst)$/i.test(path);
  const blocks: Block[] = [];
  let current: Block = [];
  const flush = () => {
    if (current.some((s) => /\S/.test(s.text))) blocks.push(current);
    current = [];
  };
  const lines = text.split('\n');
  let fenced = false;
  let frontMatter = markdown && lines[0]?.trim() === '---';
  let comment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (frontMatter) {
      if (i > 0 && line.trim() === '---') frontMatter = false;
      continue;
    }
    if (markdown && /^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      continue;
    }
    if (fenced) continue;
    // HTML comments and template tags carry no promises.
    if (comment) {
      const end = line.indexOf('-->');
      if (end === -1) continue;
      line = ' '.repeat(end + 3) + line.slice(end + 3);
      comment = false;
    }
    line = line.replace(/<!--.*?-->/g, (m) => ' '.repeat(m.length));
    const open = line.indexOf('<!--');
    if (open !== -1) {
      line = line.slice(0, open);
      comment = true;
    }
    line = line.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\{\/\*.*?\*\/\}/g, (m) => ' '.repeat(m.length));
    if (!/\S/.test(line)) {
      flush();
      continue;
    }
    if (markdown) {
      // A heading is a block of its own; a list item starts one; a table row is one.
      if (/^\s*#{1,6}\s/.test(line) || /^\s*(?:[-*+]|\d+[.)])\s+/.test(line) || /^\s*\|/.test(line) || /^\s*(?:={3,}|-{3,})\s*$/.test(line)) flush();
      if (/^\s*(?:={3,}|-{3,}|\*{3,})\s*$/.test(line)) continue;
    }
    // Block-level HTML tags end a block where they stand, inside the line too.
    let last = 0;
    for (const m of line.matchAll(HTML_BLOCK_TAG)) {
      pushPiece(current, line.slice(last, m.index), i + 1, last + 1, markdown);
      flush();
      last = m.index + m[0].length;
    }
    pushPiece(current, line.slice(last), i + 1, last + 1, markdown);
    if (markdown && /^\s*#{1,6}\s/.test(line)) flush();
  }
  flush();
  return blocks;
}

function pushPiece(block: Block, raw: string, line: number, column: number, markdown: boolean): void {
  let text = raw.replace(/<[^>]*>/g, (m) => ' '.repeat(m.length));
  if (markdown) {
    text = text
      .replace(/^\s*(?:>\s*)+/, (m) => ' '.repeat(m.length))
      .replace(/^\s*#{1,6}\s/, (m) => ' '.repeat(m.length))
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, (m) => ' '.repeat(m.length))
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*|__|`/g, '')
      .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
      .replace(/\|/g, ' ');
  }
  text = decodeEntities(text);
  if (/\S/.test(text)) block.push({ text, line, column });
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

interface Sentence {
  text: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

type Channel = PrivacyClaimFact['channel'];

interface Classified {
  sentence: Sentence;
  kinds: Set<'export' | 'erasure' | 'rectification'>;
  channel: Channel;
  /** A time-based deletion of some data ("X are deleted after N days"). */
  retention: { subject: string } | null;
  /** "X expire after N days": a period for the retention sentence beside it. */
  expiry: { subject: string } | null;
  period: string | null;
}

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)';
const PERIOD = new RegExp(`\\b${NUMBER}(?:\\s*|-)(?:minutes?|hours?|days?|weeks?|months?|years?)\\b`, 'i');
const NEGATION = /\b(?:not|no|never|cannot|can't|won't|don't|doesn't|unable|without|neither|nor)\b/;
const BENIGN_NEGATION = /\b(?:no longer than|not longer than|no later than|not later than|no more than|not more than|not exceeding|no matter)\b/g;

const EXPORT: RegExp[] = [
  /\b(?:download|export)(?:s|ed|ing)?\b(?:\W+(?!apps?\b|application\b|software\b|browser\b)[\w'’-]+){0,6}?\W+(?:data|information|content|account|records|history)\b/,
  /\bdata (?:export|portability|download|takeout)\b/,
  /\b(?:click|tap|select|press|choose)\b[^.;]{0,30}\b(?:export|download) (?:my |your )?(?:data|account|archive)\b/,
  /\b(?:receive|obtain|request|get|download|provide|send|access)\b[^.;]{0,40}\b(?:copy|copies|archive)\b(?:\W+[\w'’-]+){0,8}?\W+(?:data|information)\b/,
  /\bportab(?:le|ility)\b/,
  /\bright (?:of|to) access\b|\bright to (?:know|obtain)\b/,
  /\b(?:you|users?)\b[^.;]{0,30}\baccess (?:to )?(?:your|their|all)(?: \w+)?(?: personal)? (?:data|information)\b/,
];
const ERASURE: RegExp[] = [
  /\b(?:delete|deleting|erase|erasing|remove|removing|deletion|erasure|removal)\b(?:\W+[\w'’-]+){0,2}?\W+(?:your|their|users?'?s?|personal)\b(?:\W+[\w'’-]+){0,2}?\W*(?:accounts?|profiles?|data|information)\b/,
  /\b(?:click|tap|select|press|choose)\b[^.;]{0,30}\b(?:delete|close) (?:my |your )?account\b/,
  /\b(?:delete|erase|remove)\b(?:\W+[\w'’-]+){0,3}?\W+(?:personal )?(?:data|information) (?:we hold|we have|we store|we keep|we process|about you)\b/,
  /\bright (?:to|of) (?:erasure|be forgotten|deletion|delete|erase)\b/,
  /\b(?:account|profile|data) (?:deletion|erasure|removal)\b/,
  /\b(?:your|the user'?s|their) (?:account|profile|personal data|personal information|data)\b[^.;]{0,60}\b(?:will be|is|are|gets?|get) (?:\w+ly )?(?:deleted|erased|removed)\b/,
  /\bhave (?:your|their) (?:account|profile|personal data|data|information) (?:deleted|erased|removed)\b/,
];
const RECTIFICATION: RegExp[] = [
  /\b(?:correct|rectify|update|edit|change|amend)(?:s|ed|ing)?\b(?:\W+[\w'’-]+){0,5}?\W+(?:your|their|inaccurate|incorrect)\b(?:\W+[\w'’-]+){0,3}?\W*(?:data|information|details|profile|name|email|address)\b/,
  /\bright (?:to|of) (?:rectification|correct|rectify)\b/,
];
const DELETED = '(?:deleted|erased|removed|purged|anonymi[sz]ed|destroyed|discarded|wiped)';
const RETENTION_PASSIVE = new RegExp(`^(.*?)\\b(?:is|are|will be|get|gets|shall be|will get)\\s+(?:(?:\\w+ly|then|also|all)\\s+)*${DELETED}\\b`, 'i');
const RETENTION_ACTIVE = /\bwe\s+(?:(?:will|\w+ly|then|also)\s+)*(?:delete|erase|remove|purge|anonymi[sz]e|destroy|discard|wipe)\s+(.+?)\s+(?:after|within|older than|once|when|if|that|which|every|\d)/i;
const RETENTION_KEPT = new RegExp(`^(.*?)\\b(?:is|are|will be)\\s+(?:only\\s+)?(?:kept|retained|stored|held|preserved)\\s+(?:for\\s+)?(?:up to|no longer than|no more than|a maximum of|at most|for)?\\s*${NUMBER}`, 'i');
const RETENTION_WE_KEEP = new RegExp(`\\bwe\\s+(?:only\\s+)?(?:keep|retain|store|hold)\\s+(.+?)\\s+for\\s+(?:up to |no longer than |no more than |a maximum of |at most )?${NUMBER}`, 'i');
/** A passive subject that only points back at data named earlier in the sentence ("…, after which it is deleted"). */
const BACK_REFERENCE = /[,;]\s*(?:after|at|by|from)?\s*(?:which|what)\s+(?:time\s+)?(?:it|they|these|those)\s*$/i;
const EXPIRY = new RegExp(`^(.*?)\\bexpire(?:s|d)?\\b[^.]*?${NUMBER}`, 'i');
/** Words that make a deletion time-based even without a period ("are deleted automatically", "are deleted when they expire"). */
const AUTOMATIC = /\b(?:automatic(?:ally)?|expired|regularly|periodically|nightly|daily|weekly|scheduled)\b|\b(?:when|after|once|as soon as) (?:they|it) expires?\b|\b(?:on|upon|at) (?:their |its )?expiry\b/i;
const EVENT_DRIVEN = /\b(?:when|if|once|after|as soon as) (?:you|a user|the user|an? (?:admin|administrator|owner))\b|\bupon (?:request|deletion|your)\b|\bat your request\b/i;
const MINIMUM = /\b(?:at least|minimum of|no less than|not less than)\b/i;

const IN_APP = /\b(?:click|tap|settings|dashboard|account page|profile page|your profile|in the (?:app|portal|product|dashboard|application)|button|self-serve|self-service|one[- ]click|account settings|preferences|privacy center|privacy centre)\b|→|&gt;/i;
const REQUEST = /\b(?:contact(?:ing)?|e-?mail(?:ing)? us|write to|writing to|request(?:s|ing)?|ask(?:ing)? us|reach(?:ing)? out|support team|customer support|mailto|dpo)\b|\b[\w.+-]+@[\w-]+\.[\w.]+/i;
const YOU_CAN = /\b(?:you|users?|customers?|members?|account owners?)\s+(?:can|may|are able to|will be able to|have the option to|could)\b|\bat any time\b|\banytime\b/i;
const RIGHT = /\brights?\b/i;

/** Turns blocks of prose into the claims they make. */
export function claimsFromBlocks(path: string, blocks: readonly Block[]): PrivacyClaimFact[] {
  const claims: PrivacyClaimFact[] = [];
  for (const block of blocks) {
    const classified = sentencesOf(block).map(classify).filter((c): c is Classified => c !== null);
    if (classified.length === 0) continue;
    const erasure = classified.filter((c) => c.kinds.has('erasure'));
    if (erasure.length > 0) {
      // In a paragraph about deleting the account, "… are erased within 30 days" is the deletion's deadline, not a separate retention promise.
      const members = classified.filter((c) => c.kinds.has('erasure') || c.retention);
      claims.push(merged(path, 'erasure', members));
    }
    for (const kind of ['export', 'rectification'] as const) {
      const members = classified.filter((c) => c.kinds.has(kind));
      if (members.length > 0) claims.push(merged(path, kind, members));
    }
    if (erasure.length > 0) continue;
    const retained = classified.filter((c) => c.retention);
    const used = new Set<Classified>();
    for (const r of retained) {
      if (used.has(r)) continue;
      const head = headNoun(r.retention!.subject);
      const members = classified.filter(
        (c) => !used.has(c) && (c === r || ((c.retention || c.expiry) && sameSubject(head, (c.retention ?? c.expiry)!.subject))),
      );
      for (const m of members) used.add(m);
      const claim = merged(path, 'retention', members);
      if (!claim.period && !members.some((m) => AUTOMATIC.test(m.sentence.text))) continue;
      claim.subject = cleanSubject(r.retention!.subject);
      claims.push(claim);
    }
  }
  return claims;
}

function merged(path: string, kind: PrivacyClaimFact['kind'], members: Classified[]): PrivacyClaimFact {
  const ordered = members.toSorted((a, b) => a.sentence.startLine - b.sentence.startLine || a.sentence.startColumn - b.sentence.startColumn);
  const first = ordered[0]!.sentence;
  const last = ordered[ordered.length - 1]!.sentence;
  const rank: Channel[] = ['self-service', 'on-request', 'right', 'statement'];
  const channel = ordered.map((m) => m.channel).toSorted((a, b) => rank.indexOf(a) - rank.indexOf(b))[0]!;
  const sentence = ordered.map((m) => m.sentence.text).join(' ');
  const claim: PrivacyClaimFact = {
    kind,
    channel,
    sentence: sentence.length > 400 ? `${sentence.slice(0, 399)}…` : sentence,
    location: { path, startLine: first.startLine, endLine: last.endLine, startColumn: first.startColumn, endColumn: last.endColumn },
  };
  // A period is a deadline only for erasure and retention ("we respond within 30 days" is not).
  const period = kind === 'erasure' || kind === 'retention' ? ordered.find((m) => m.period)?.period : undefined;
  if (period) claim.period = period;
  return claim;
}

const ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|art|arts|no|nos|inc|ltd|co|mr|mrs|ms|dr|vs|para|sec|cf|approx|incl)\.$/i;

/** Splits a block into sentences, each with where it starts and ends. */
function sentencesOf(block: Block): Sentence[] {
  let text = '';
  const starts: { offset: number; segment: Segment }[] = [];
  for (const segment of block) {
    // Punctuation after an inline element ("from <a>settings</a>.") joins without a space.
    const glued = /^\s*[.,;:!?)]/.test(segment.text);
    const piece = glued ? segment.text.trimStart() : segment.text;
    if (text.length > 0 && !glued) text += ' ';
    starts.push({ offset: text.length, segment: glued ? { ...segment, text: piece, column: segment.column + segment.text.length - piece.length } : segment });
    text += piece;
  }
  const position = (offset: number): { line: number; column: number } => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]!.offset > offset) i--;
    const { offset: base, segment } = starts[i]!;
    return { line: segment.line, column: segment.column + Math.max(0, Math.min(offset - base, segment.text.length)) };
  };
  const out: Sentence[] = [];
  const boundary = /[.!?…]["”’)\]]*\s+(?=["“([]?[A-Z0-9À-Ý])|[:;]\s+(?=[A-Z])/g;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const start = position(from + lead);
      const end = position(from + lead + trimmed.length);
      out.push({ text: trimmed.replace(/\s+/g, ' '), startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
    }
  };
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
    push(end);
    from = end;
  }
  push(text.length);
  return out;
}

function classify(sentence: Sentence): Classified | null {
  const lower = sentence.text.toLowerCase().replace(/[’‘]/g, "'");
  const kinds = new Set<'export' | 'erasure' | 'rectification'>();
  if (EXPORT.some((p) => promised(lower, p))) kinds.add('export');
  if (ERASURE.some((p) => promised(lower, p))) kinds.add('erasure');
  if (RECTIFICATION.some((p) => promised(lower, p))) kinds.add('rectification');
  const period = PERIOD.exec(sentence.text)?.[0] ?? null;
  let retention: Classified['retention'] = null;
  if (!kinds.has('erasure') && !EVENT_DRIVEN.test(lower) && !MINIMUM.test(lower)) {
    // After an active verb the data comes first and asides follow ("We delete sign-in sessions, with the IP address
    // they record, 30 days after…"): only the first phrase is the subject.
    const object = (m: string | undefined) => m?.split(/[,;:(—–]/)[0]!.trim() || m;
    // "We keep your sign-in history for 90 days, after which it is automatically deleted": a pronoun deleted stands for
    // the data named before it, which the other phrasings find.
    const passive = RETENTION_PASSIVE.exec(sentence.text)?.[1];
    const subject =
      (promised(qualifiersMasked(lower, RETENTION_PASSIVE), RETENTION_PASSIVE) && !(passive && BACK_REFERENCE.test(passive)) && passive) ||
      (promised(lower, RETENTION_ACTIVE) && object(RETENTION_ACTIVE.exec(sentence.text)?.[1])) ||
      (promised(qualifiersMasked(lower, RETENTION_KEPT), RETENTION_KEPT) && RETENTION_KEPT.exec(sentence.text)?.[1]) ||
      (promised(lower, RETENTION_WE_KEEP) && object(RETENTION_WE_KEEP.exec(sentence.text)?.[1])) ||
      null;
    if (subject && headNoun(subject)) retention = { subject };
  }
  let expiry: Classified['expiry'] = null;
  const expires = EXPIRY.exec(sentence.text);
  if (expires?.[1] && headNoun(expires[1])) expiry = { subject: expires[1] };
  if (kinds.size === 0 && !retention && !expiry) return null;
  return { sentence, kinds, channel: channelOf(lower), retention, expiry, period };
}

const CLAUSE = /[,;:]|\bbut\b|\bhowever\b|\bwhile\b|\band (?=you|we|users?)\b/;
/** Denials that follow what they deny: "account deletion is not available". */
const NEGATION_AFTER = /\b(?:not|never|cannot|can't|isn't|aren't|unavailable|no longer)\b/;

/** A match that is not denied in its own clause ("we do not offer data export", "data export is not available"). */
function promised(lower: string, pattern: RegExp): boolean {
  const m = pattern.exec(lower);
  if (!m) return false;
  const text = lower.replace(BENIGN_NEGATION, (b) => ' '.repeat(b.length));
  const before = text.slice(0, m.index + Math.min(m[0].length, 40)).split(CLAUSE).pop() ?? '';
  const after = text.slice(m.index + m[0].length).split(CLAUSE)[0] ?? '';
  return !NEGATION.test(before) && !NEGATION_AFTER.test(after);
}

/** A relative clause after the data's noun: "invitations that were not accepted", "accounts which have never signed in". */
const RELATIVE_CLAUSE = /\s(?:that|which|who|whose)\s.*$/;

/**
 * The sentence with the relative clause of a passive sentence's subject blanked out: it says
 * which rows the promise is about ("Invitations that were not accepted are deleted 14 days
 * after they expire"), and a negation inside it denies nothing.
 */
function qualifiersMasked(lower: string, pattern: RegExp): string {
  const subject = pattern.exec(lower)?.[1];
  const clause = subject ? RELATIVE_CLAUSE.exec(subject) : null;
  if (!subject || !clause) return lower;
  return lower.slice(0, clause.index) + ' '.repeat(subject.length - clause.index) + lower.slice(subject.length);
}

function channelOf(lower: string): Channel {
  if (IN_APP.test(lower)) return 'self-service';
  if (REQUEST.test(lower)) return 'on-request';
  if (YOU_CAN.test(lower)) return 'self-service';
  if (RIGHT.test(lower)) return 'right';
  return 'statement';
}

const SUBJECT_NOISE = new Set([
  'the', 'a', 'an', 'all', 'any', 'your', 'our', 'their', 'its', 'his', 'her', 'expired', 'old', 'older', 'inactive', 'unused', 'stale',
  'outdated', 'such', 'these', 'those', 'this', 'that', 'other', 'each', 'every', 'then', 'also', 'and', 'of', 'we', 'us', 'personal',
  'pending', 'unaccepted', 'abandoned', 'revoked', 'used', 'temporary', 'raw',
]);
const SUBJECT_END = /\s(?:including|together|which|that|who|along|expire[sd]?|is|are|will|shall|get|gets|older|after|within|for|in|on|from|when|once|by|automatically|permanently)\b/i;
const APPOSITION = /^(?:including|such as|together|which|that|who|along|as well|e\.g|i\.e|except|if|when|unless)\b/i;

/** Words before "of" that hold the data rather than name it: "copies of", "records of", "details of". */
const OF_CONTAINER = /^(?:cop(?:y|ies)|records?|entr(?:y|ies)|data|information|details?|rows?|history|histories|parts?|some|most|none|any|all|kinds?|types?|categor(?:y|ies)|pieces?|list|lists)$/i;

/** The data a retention sentence is about, without articles, qualifiers or trailing clauses. */
export function cleanSubject(raw: string): string {
  // An aside in parentheses or between dashes after the data says what it holds, not which data it is:
  // "Login history (IP address and user agent of each sign-in) is kept…".
  const pieces = raw
    .replace(/\([^()]*\)|\s[—–]\s[^—–]*\s[—–](?=\s)/g, ' ')
    .split(/[,;:()—–]|\b(?:and|but|while|whereas)\b/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !APPOSITION.test(p));
  for (let i = pieces.length - 1; i >= 0; i--) {
    // Leading qualifiers go first: "Expired invitations" must not end at "expired".
    const lead = pieces[i]!.split(/\s+/);
    while (lead.length > 0 && SUBJECT_NOISE.has(lead[0]!.toLowerCase())) lead.shift();
    let text = ` ${lead.join(' ')}`;
    const end = SUBJECT_END.exec(text);
    if (end) text = text.slice(0, end.index);
    let all = text.trim().split(/\s+/);
    // "Audit logs of team activity" are audit logs: what follows "of" says what they record. "Records of your payments"
    // (a word saying nothing about which data before it) are still the payments.
    const of = all.findIndex((w, k) => k > 0 && w.toLowerCase() === 'of');
    if (of > 0 && all.slice(0, of).some((w) => !SUBJECT_NOISE.has(w.toLowerCase()) && !OF_CONTAINER.test(w))) all = all.slice(0, of);
    const words = all.filter((w) => w.length > 0 && !SUBJECT_NOISE.has(w.toLowerCase()));
    const subject = words.join(' ').replace(/[^\w\s'-]/g, '').trim();
    if (subject) return subject;
  }
  return '';
}

function headNoun(raw: string): string | null {
  const words = cleanSubject(raw).toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 ? words[words.length - 1]!.replace(/s$/, '') : null;
}

function sameSubject(head: string | null, other: string): boolean {
  const h = headNoun(other);
  return head !== null && h !== null && (h === head || h.startsWith(head) || head.startsWith(h));
}
