import type { SgNode } from '@ast-grep/napi';

/**
 * A settings module meant for a developer's machine or the test run (`settings/dev.py`,
 * `settings/local.py`, `local_settings.py`, `settings_test.py`): what it relaxes is not
 * what production runs.
 */
export function isDevelopmentSettings(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.py$/, '');
  const folder = path.split('/').slice(-2, -1)[0] ?? '';
  const dev = /^(?:dev|development|local|test|tests|testing|ci|debug)$/;
  if (/settings/.test(folder) && dev.test(name)) return true;
  return /^(?:(?:dev|development|local|test|testing|ci)_settings|settings_(?:dev|development|local|test|testing|ci))$/.test(name);
}

export interface Setting {
  assignment: SgNode;
  value: SgNode;
}

/**
 * The module's own top-level `NAME = value` settings, the last assignment winning. Values set
 * under `if DEBUG:` or another condition are left out: they are not unconditional.
 */
export function topLevelSettings(root: SgNode): Map<string, Setting> {
  const out = new Map<string, Setting>();
  for (const statement of root.namedChildren()) {
    if (statement.kind() !== 'expression_statement') continue;
    const assignment = statement.namedChildren()[0];
    if (assignment?.kind() !== 'assignment') continue;
    const left = assignment.field('left');
    const value = assignment.field('right');
    if (left?.kind() === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(left.text()) && value) out.set(left.text(), { assignment, value });
  }
  return out;
}
