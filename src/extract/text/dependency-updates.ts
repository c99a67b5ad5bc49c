import type { DependencyUpdateFact } from '../../core/facts.js';
import type { TextExtractor } from '../types.js';
import { get, items, scalarValue, text, YamlNodes } from './yaml-nodes.js';

/** Where Dependabot and Renovate read their configuration (anything else named like it is ignored by the bot). */
const DEPENDABOT_PATHS = new Set(['.github/dependabot.yml', '.github/dependabot.yaml']);
const RENOVATE_PATHS = new Set([
  'renovate.json', 'renovate.json5', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json', '.gitlab/renovate.json5',
  '.renovaterc', '.renovaterc.json', '.renovaterc.json5',
]);
const DEPENDABOT_LIKE = /(?:^|\/)(?:\.?dependabot[\w.-]*\.ya?ml|\.dependabot\/config\.ya?ml)$/i;
const RENOVATE_LIKE = /(?:^|\/)(?:\.?renovate(?:rc)?(?:[\w.-]*\.json5?)?|\.renovaterc)$/i;

/**
 * Dependency-update bots: Dependabot (`.github/dependabot.yml`) and Renovate. Records what
 * would stop the bot from opening pull requests: a file the bot never reads (wrong name or
 * folder), an invalid file, `version` other than 2, entries missing required keys,
 * `open-pull-requests-limit: 0`, `enabled: false`.
 */
export const dependencyUpdatesExtractor: TextExtractor = {
  id: 'dependency-updates',
  accepts: (p) => DEPENDABOT_LIKE.test(p) || (RENOVATE_LIKE.test(p) && !p.endsWith('package.json')),
  extract(p, content, facts) {
    // A workflow named after the bot (`dependabot-automerge.yml`) is not a misplaced configuration.
    if (!DEPENDABOT_PATHS.has(p) && !RENOVATE_PATHS.has(p) && !/package-ecosystem|package_manager|"extends"|"packageRules"|extends\s*:/.test(content)) return;
    const fact: DependencyUpdateFact = { tool: DEPENDABOT_LIKE.test(p) ? 'dependabot' : 'renovate', location: { path: p, startLine: 1, endLine: 1, startColumn: 1, endColumn: 1 }, problems: [], ecosystems: [] };
    facts.dependencyUpdates.push(fact);
    if (fact.tool === 'dependabot') dependabot(p, content, fact, facts);
    else renovate(p, content, fact);
  },
};

function dependabot(p: string, content: string, fact: DependencyUpdateFact, facts: Parameters<TextExtractor['extract']>[2]): void {
  if (/(?:^|\/)\.dependabot\/config\.ya?ml$/.test(p)) fact.problems.push('`.dependabot/config.yml` is the retired version 1 format, which Dependabot no longer reads; use `.github/dependabot.yml` with `version: 2`');
  else if (!DEPENDABOT_PATHS.has(p)) fact.problems.push(`Dependabot reads only \`.github/dependabot.yml\` (or \`.yaml\`); it never reads \`${p}\``);
  const yaml = YamlNodes.parse(p, content, facts);
  const doc = yaml?.documents[0];
  if (!yaml || !doc) {
    fact.problems.push('the file is not valid YAML');
    return;
  }
  const version = scalarValue(get(doc, 'version'));
  if (version !== 2 && version !== '2') fact.problems.push(`\`version\` is ${version === undefined ? 'missing' : `\`${String(version)}\``}; Dependabot requires \`version: 2\``);
  const updates = items(get(doc, 'updates'));
  if (updates.length === 0) fact.problems.push('`updates` lists no package ecosystem');
  for (const entry of updates) {
    const ecosystem = text(get(entry, 'package-ecosystem'));
    const line = yaml.line(entry);
    const missing = [
      ecosystem ? null : '`package-ecosystem`',
      get(entry, 'directory') || get(entry, 'directories') ? null : '`directory`',
      text(get(get(entry, 'schedule'), 'interval')) ? null : '`schedule.interval`',
    ].filter(Boolean);
    if (missing.length > 0) {
      fact.problems.push(`the entry at line ${line} lacks ${missing.join(', ')}, so Dependabot rejects the file`);
      continue;
    }
    const limit = scalarValue(get(entry, 'open-pull-requests-limit'));
    if (limit === 0 || limit === '0') {
      fact.problems.push(`\`open-pull-requests-limit: 0\` for ${ecosystem} (line ${line}) stops every version-update pull request`);
      continue;
    }
    fact.ecosystems.push(ecosystem!);
  }
  fact.location = yaml.location(doc);
  fact.location.endLine = fact.location.startLine;
}

function renovate(p: string, content: string, fact: DependencyUpdateFact): void {
  if (!RENOVATE_PATHS.has(p)) fact.problems.push(`Renovate does not read \`${p}\` (it reads renovate.json, .github/renovate.json, .renovaterc… at the repository root)`);
  let data: unknown;
  try {
    data = JSON.parse(p.endsWith('.json5') || p.endsWith('.renovaterc') ? looseJson(content) : content);
  } catch {
    fact.problems.push('the file is not valid JSON');
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    fact.problems.push('the configuration is not an object');
    return;
  }
  const config = data as Record<string, unknown>;
  if (config.enabled === false) fact.problems.push('Renovate is switched off (`"enabled": false`)');
  const managers = config.enabledManagers;
  fact.ecosystems = Array.isArray(managers) ? managers.map(String) : ['*'];
  if (Array.isArray(managers) && managers.length === 0) fact.problems.push('`enabledManagers` is empty, so no dependency is updated');
}

/** JSON5 as commonly written (comments, trailing commas, unquoted keys, single quotes) to JSON. */
function looseJson(content: string): string {
  return content
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str: string | undefined) => str ?? '')
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s))
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
    .replace(/,\s*([}\]])/g, '$1');
}
