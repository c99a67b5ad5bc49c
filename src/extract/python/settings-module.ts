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

/** A Flask config object for a developer's machine or the test run: `DevelopmentConfig`, `DevConfig`, `TestingConfig`, `LocalSettings`, `CIConfig`. */
export const DEVELOPMENT_CLASS = /^(?:Dev|Development|Test|Testing|Tests|Local|Debug|CI)(?:[A-Z_]\w*)?$|(?:Dev|Development|Test|Testing|Local|Debug)(?:Config|Configuration|Settings)$/;

/** A branch taken only when debugging or testing (`if app.debug:`, `if DEBUG:`, `if app.testing:`, `if env == "development":`). */
export const DEVELOPMENT_CONDITION = /\b(?:debug|DEBUG|testing|TESTING)\b|==\s*["'](?:dev|development|local|test|testing)["']/;

/**
 * Inside a development or testing config class or function (`DevelopmentConfig`, `def dev_settings()`), or a
 * branch taken only when debugging (`if app.debug:`, `if DEBUG:`): what production runs is elsewhere.
 */
export function forDevelopment(node: SgNode): boolean {
  for (let p = node.parent(); p; p = p.parent()) {
    if ((p.kind() === 'class_definition' || p.kind() === 'function_definition') && DEVELOPMENT_CLASS.test(p.field('name')?.text() ?? '')) return true;
    if (p.kind() === 'if_statement' && DEVELOPMENT_CONDITION.test(p.field('condition')?.text() ?? '')) return true;
  }
  return false;
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

/** A top-level class holding `NAME = value` settings (a Flask config object): its own settings and the names of its bases. */
export interface ConfigClass {
  name: string;
  bases: string[];
  settings: Map<string, Setting>;
}

/** The module's top-level classes with their own `UPPER_CASE = value` settings, in source order. */
export function configClasses(root: SgNode): ConfigClass[] {
  const out: ConfigClass[] = [];
  for (const statement of root.namedChildren()) {
    const cls = statement.kind() === 'decorated_definition' ? statement.field('definition') : statement;
    if (cls?.kind() !== 'class_definition') continue;
    const body = cls.field('body');
    if (!body) continue;
    const bases = (cls.field('superclasses')?.namedChildren() ?? []).filter((b) => b.kind() === 'identifier' || b.kind() === 'attribute').map((b) => b.text().replace(/^.*\./, ''));
    out.push({ name: cls.field('name')?.text() ?? '', bases, settings: topLevelSettings(body) });
  }
  return out;
}

/**
 * What each production config class of the module holds, inherited settings included (a subclass's own win):
 * the classes that are not for development or tests and that no other such class extends.
 */
export function productionConfigs(classes: readonly ConfigClass[]): Map<string, Setting>[] {
  const byName = new Map(classes.map((c) => [c.name, c]));
  const production = classes.filter((c) => !DEVELOPMENT_CLASS.test(c.name));
  const extended = new Set(production.flatMap((c) => c.bases));
  const effective = (c: ConfigClass, depth: number): Map<string, Setting> => {
    const out = new Map<string, Setting>();
    if (depth < 8) for (const base of c.bases.toReversed()) for (const [k, v] of effective(byName.get(base) ?? { name: base, bases: [], settings: new Map() }, depth + 1)) out.set(k, v);
    for (const [k, v] of c.settings) out.set(k, v);
    return out;
  };
  return production.filter((c) => !extended.has(c.name)).map((c) => effective(c, 0));
}
