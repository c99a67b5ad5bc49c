/**
 * `/shipshape …` commands in comments on phase issues: parsing and the replies' text. Pure;
 * the App's comment handler checks who asks and carries them out.
 */
import type { RuleDefinition } from '../../core/rule.js';
import { codeFence, escapeMarkdown, inlineCode } from '../../report/escape.js';

export type Command =
  | { kind: 'rescan' }
  | { kind: 'ignore'; gapId: string; reason: string }
  | { kind: 'explain'; ruleId: string }
  | { kind: 'help'; unknown: string | null };

/** The command on the comment's first line, or null when the comment is not a command. */
export function parseCommand(body: string): Command | null {
  const first = body.trimStart().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const m = /^\/shipshape(?:\s+(\S+))?(?:\s+(.*))?$/.exec(first);
  if (!m) return null;
  const [, verb, rest = ''] = m;
  switch (verb) {
    case 'rescan':
      return { kind: 'rescan' };
    case 'ignore': {
      const [gapId = '', ...reason] = rest.trim().split(/\s+/);
      return { kind: 'ignore', gapId, reason: reason.join(' ') };
    }
    case 'explain':
      return { kind: 'explain', ruleId: rest.trim().split(/\s+/)[0] ?? '' };
    case undefined:
    case 'help':
      return { kind: 'help', unknown: null };
    default:
      return { kind: 'help', unknown: verb };
  }
}

export const replyMarker = (commentId: number) => `<!-- shipshape:reply comment=${commentId} -->`;

export const HELP = [
  'shipshape understands, from people with write access to this repository:',
  '',
  '- `/shipshape rescan` — scan the default branch again and update the phase issues',
  '- `/shipshape ignore <gap-id> <reason>` — accept a gap as a known risk (recorded here with your name, the date and the reason)',
  '- `/shipshape explain <rule-id>` — why a rule matters and how to fix its gaps',
].join('\n');

/** A rule's why, fix and before/after example, for `/shipshape explain`. */
export function explainRule(ruleId: string, catalogue: readonly RuleDefinition[]): string {
  const rule = catalogue.find((r) => r.id === ruleId);
  if (!rule) {
    const tail = ruleId.split('/').pop() ?? ruleId;
    const near = catalogue.filter((r) => tail !== '' && r.id.includes(tail)).map((r) => inlineCode(r.id));
    return [
      `There is no built-in rule ${inlineCode(ruleId || '(none)')}.${near.length > 0 ? ` Did you mean ${near.join(', ')}?` : ''}`,
      '',
      `Built-in rules: ${catalogue.map((r) => inlineCode(r.id)).join(', ')}.`,
    ].join('\n');
  }
  return [
    `### ${inlineCode(rule.id)} — ${escapeMarkdown(rule.title)}`,
    `${rule.dimension} · default phase: ${rule.phase}`,
    '',
    '**Why it matters**',
    '',
    rule.why.trim(),
    '',
    '**How to fix**',
    '',
    rule.fix.trim(),
    '',
    `**Before** (${rule.example.language})`,
    codeFence(rule.example.before, rule.example.language),
    '',
    '**After**',
    codeFence(rule.example.after, rule.example.language),
  ].join('\n');
}
