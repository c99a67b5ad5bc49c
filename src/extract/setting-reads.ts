import type { FileFacts } from '../core/facts.js';
import type { SourceFile } from './source.js';

/** How a language writes a read through a settings object: the node kinds around it and the names such objects get. */
export interface SettingSyntax {
  /** A cheap text test: files that name no settings object are not walked. */
  prefilter: RegExp;
  /** The settings object's own name (`env`, `config`, `settings`, `appConfig`, `app_settings`). */
  object: RegExp;
  member: 'member_expression' | 'attribute';
  call: 'call_expression' | 'call';
  assignment: 'assignment_expression' | 'assignment';
}

/**
 * `env.CRON_SECRET`, `config.auth.cronSecret`, `settings.cron_secret`: reads through a settings object, not calls
 * of its methods nor writes to it. The rules follow them to the environment through the keys the repository binds
 * env reads to (`{ cronSecret: process.env.CRON_SECRET }`, a pydantic field, t3 `createEnv`). A native walk of its
 * own, only in the files the prefilter lets through.
 */
export function collectSettingReads(file: SourceFile, facts: FileFacts, syntax: SettingSyntax): void {
  if (!syntax.prefilter.test(file.text)) return;
  const rule = { kind: syntax.member, has: { field: 'object', kind: 'identifier', regex: syntax.object.source } };
  const starts = (node: { range(): { start: { index: number } } } | null | undefined) => node?.range().start.index;
  const reads: NonNullable<FileFacts['settingReads']> = [];
  for (const inner of file.root.findAll({ rule })) {
    // The whole path (`config.auth.cronSecret`), unless it is called (`config.get('x')`) or assigned to.
    let node = inner;
    for (let parent = node.parent(); parent?.kind() === syntax.member && starts(parent.field('object')) === starts(node); parent = node.parent()) node = parent;
    const parent = node.parent();
    if (parent?.kind() === syntax.call && starts(parent.field('function')) === starts(node)) continue;
    if (parent?.kind() === syntax.assignment && starts(parent.field('left')) === starts(node)) continue;
    const expression = node.text().replace(/\s+/g, '').replace(/\?\./g, '.');
    if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(expression)) continue;
    reads.push({ expression, location: file.location(node) });
  }
  if (reads.length > 0) facts.settingReads = reads;
}
