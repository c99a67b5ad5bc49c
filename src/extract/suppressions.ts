import type { FileFacts } from '../core/facts.js';

const MARKER = /(?:\/\/|#|\/\*|<!--)\s*shipshape-ignore\b(.*)$/;
const WITH_REASON = /^\s+([a-z]+\/[a-z0-9-]+)\s*:\s*(.*?)\s*(?:\*\/|-->)?\s*$/;

/**
 * `// shipshape-ignore <rule-id>: <reason>` (also `#`, block comments and `<!-- -->`). A marker without a
 * rule id or reason is reported as a problem and suppresses nothing: silent ignores are what
 * make audits lie.
 */
export function collectSuppressions(text: string, facts: FileFacts): void {
  if (!text.includes('shipshape-ignore')) return;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]!);
    if (!m) continue;
    const parsed = WITH_REASON.exec(m[1]!);
    if (!parsed || parsed[2]!.length === 0) {
      facts.problems.push({ kind: 'notice', line: i + 1, message: 'shipshape-ignore needs a rule id and a reason: `shipshape-ignore <rule-id>: <reason>`; this one is not applied' });
      continue;
    }
    facts.suppressions.push({ ruleId: parsed[1]!, reason: parsed[2]!, line: i + 1 });
  }
}
