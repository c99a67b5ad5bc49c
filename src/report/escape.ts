/**
 * Escaping for report outputs. Everything a report says about a repository (paths, messages,
 * snippets, reasons) comes from the scanned code and must be treated as hostile: it must not
 * inject HTML, Markdown structure or terminal control sequences into what a reader sees.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Escapes text for Markdown prose so it renders literally: HTML-significant characters become
 * entities (a backslash would not stop `<script>` inside an HTML block), every ASCII punctuation
 * character that can open a Markdown construct is backslash-escaped, and control characters are
 * made visible (the file may be read in a terminal).
 */
export function escapeMarkdown(text: string): string {
  return escapeControlCharacters(text)
    .replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char)
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&');
}

/** Longest run of backticks in `text`, so a code span or fence can be made longer than it. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * A Markdown code span that shows `text` literally whatever it contains: backslashes do not
 * escape inside code spans, so the delimiter is made longer than any backtick run in the text,
 * and padded with spaces when the text starts or ends with a backtick (CommonMark strips them).
 */
export function inlineCode(text: string): string {
  const delimiter = '`'.repeat(longestBacktickRun(text) + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${delimiter}${padding}${escapeControlCharacters(text.replace(/\r?\n/g, ' '))}${padding}${delimiter}`;
}

/** A fenced Markdown code block whose fence cannot be closed early by the content. */
export function codeFence(text: string, language: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/**
 * Makes C0/C1 control characters (other than newline and tab) visible as `\xNN` so text from a
 * scanned repository cannot move the cursor, clear the screen or recolour a terminal.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    // oxlint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/**
 * The `href` for a docs link or reference from a report, or null when it is not a plain http(s)
 * URL: a `javascript:` or `data:` link from a scanned repository must never become clickable.
 * The returned href is normalised by URL, so it has no spaces, double quotes or angle brackets.
 */
export function safeHref(text: string): string | null {
  if (!URL.canParse(text) || /\s/.test(text)) return null;
  const url = new URL(text);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
