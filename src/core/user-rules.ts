import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from '@ast-grep/napi';
import ruleSchema from '../../schema/rule.schema.json' with { type: 'json' };
import { createAjv } from './config.js';
import { ConfigError, ShipshapeError, errorMessage } from './errors.js';
import { napiLanguage } from './parse.js';
import type { RuleDefinition } from './rule.js';
import { YamlFile } from './yaml.js';

export const USER_RULES_DIR = '.shipshape/rules';

/**
 * Reads a repository's own pattern rules from `.shipshape/rules/*.yml`. They are data (an
 * ast-grep rule plus metadata), never code: scanning a repository runs nothing from it.
 */
export async function loadUserRules(root: string, builtin: readonly RuleDefinition[]): Promise<RuleDefinition[]> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, USER_RULES_DIR))).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  const validate = createAjv().compile(ruleSchema);
  const taken = new Set(builtin.map((r) => r.id));
  const problems: ShipshapeError[] = [];
  const rules: RuleDefinition[] = [];
  for (const name of names) {
    const file = `${USER_RULES_DIR}/${name}`;
    let yaml: YamlFile;
    try {
      yaml = YamlFile.parse(file, await readFile(path.join(root, file), 'utf8'));
    } catch (error) {
      problems.push(error instanceof ShipshapeError ? error : new ShipshapeError(`${file}: ${errorMessage(error)}`, { file }));
      continue;
    }
    const data = yaml.value as Record<string, unknown>;
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        const at = e.instancePath.split('/').slice(1);
        const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
        const line = yaml.lineOf(at, key);
        problems.push(new ShipshapeError(`${file}${line ? `:${line}` : ''}: ${[...at, ...(key ? [key] : [])].join('.') || '(top level)'}: ${e.message}`, { file, line }));
      }
      continue;
    }
    const definition = { ...(data as unknown as RuleDefinition), options: (data.options as Record<string, unknown>) ?? { type: 'object', properties: {} }, references: (data.references as string[]) ?? [], source: file };
    const where = (key: string) => ({ file, line: yaml.lineOf([], key) });
    if (!definition.pattern) {
      problems.push(new ShipshapeError(`${file}: a user rule needs a 'pattern' (an ast-grep rule); fact-based checks are built in`, where('id')));
      continue;
    }
    if (taken.has(definition.id)) {
      problems.push(new ShipshapeError(`${file}: rule id '${definition.id}' is already taken`, where('id')));
      continue;
    }
    if (!definition.messages[definition.pattern.message]) {
      problems.push(new ShipshapeError(`${file}: pattern.message '${definition.pattern.message}' is not one of messages (${Object.keys(definition.messages).join(', ')})`, { file, line: yaml.lineOf(['pattern'], 'message') }));
      continue;
    }
    // Compile the ast-grep rule now so a typo is a config error, not a failure mid-scan.
    try {
      for (const language of definition.pattern.languages) {
        const config: Record<string, unknown> = { rule: definition.pattern.rule };
        if (definition.pattern.constraints) config.constraints = definition.pattern.constraints;
        if (definition.pattern.utils) config.utils = definition.pattern.utils;
        parse(napiLanguage(language), '').root().findAll(config as unknown as Parameters<ReturnType<ReturnType<typeof parse>['root']>['findAll']>[0]);
      }
    } catch (error) {
      problems.push(new ShipshapeError(`${file}: pattern.rule is not a valid ast-grep rule: ${errorMessage(error)}`, { file, line: yaml.lineOf(['pattern'], 'rule') }));
      continue;
    }
    taken.add(definition.id);
    rules.push(definition);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return rules;
}
