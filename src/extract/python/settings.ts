import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, unquote } from '../source.js';

/**
 * pydantic settings: each field of a `BaseSettings` class reads the variable named after it
 * (with the class's `env_prefix`, case-insensitively), or the one its `Field(alias=…)`,
 * `validation_alias=…` or (pydantic 1) `env=…` names. Recorded as env reads keyed by the
 * field, so `settings.sentry_dsn` can be followed to `SENTRY_DSN`.
 */
export const pydanticSettings: SourceExtractor = {
  id: 'pydantic-settings',
  languages: ['python'],
  applies: (text) => text.includes('BaseSettings'),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    for (const cls of file.root.findAll({ rule: { kind: 'class_definition', has: { field: 'superclasses', regex: 'BaseSettings' } } })) {
      const body = cls.field('body');
      if (!body) continue;
      const prefix = envPrefix(body);
      for (const statement of body.children()) {
        const assignment = statement.kind() === 'expression_statement' ? statement.children()[0] : null;
        if (!assignment || assignment.kind() !== 'assignment' || !assignment.field('type')) continue;
        const field = assignment.field('left')?.text() ?? '';
        if (!/^[A-Za-z_]\w*$/.test(field) || field === 'model_config') continue;
        const name = aliasOf(assignment.field('right')) ?? `${prefix}${field}`.toUpperCase();
        facts.envReads.push({ name, location: file.location(assignment), key: field });
      }
    }
  },
};

/** `model_config = SettingsConfigDict(env_prefix="APP_")` or pydantic 1's `class Config: env_prefix = "APP_"`. */
function envPrefix(body: SgNode): string {
  const found = body.find({ rule: { kind: 'keyword_argument', has: { field: 'name', regex: '^env_prefix$' } } });
  const value = found?.field('value');
  if (value?.kind() === 'string') return unquote(value.text());
  const legacy = body.find({ rule: { kind: 'assignment', has: { field: 'left', regex: '^env_prefix$' } } });
  const legacyValue = legacy?.field('right');
  return legacyValue?.kind() === 'string' ? unquote(legacyValue.text()) : '';
}

function aliasOf(value: SgNode | null): string | null {
  if (!value || value.kind() !== 'call' || !/(?:^|\.)Field$/.test(value.field('function')?.text() ?? '')) return null;
  for (const arg of argumentsOf(value.field('arguments'))) {
    if (arg.kind() !== 'keyword_argument' || !/^(?:alias|validation_alias|env)$/.test(arg.field('name')?.text() ?? '')) continue;
    const v = arg.field('value');
    if (v?.kind() === 'string') return unquote(v.text());
  }
  return null;
}
