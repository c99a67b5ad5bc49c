import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, unquote } from '../source.js';
import { classBases, lastName, located, moduleClasses } from './common.js';

const DJANGO_FIELD = /^(?:\w*Field|ForeignKey|OneToOneField|ManyToManyField|GenericForeignKey|GenericRelation)$/;
const SQLALCHEMY_ATTRIBUTE = new Set(['Column', 'mapped_column', 'relationship', 'column_property', 'synonym', 'deferred', 'composite', 'association_proxy']);
const SQLALCHEMY_BASES = /^(?:Base|DeclarativeBase|DeclarativeBaseNoMeta|Model|AsyncAttrs|MappedAsDataclass)$/;

type Orm = 'django' | 'sqlalchemy' | 'sqlmodel';
const CORE_TABLE = /^(?:(?:sa|sqlalchemy|db)\.)?Table$/;
const CORE_COLUMN = /^(?:(?:sa|sqlalchemy|db)\.)?Column$/;

/**
 * Data models declared in Python: Django `models.Model` subclasses, SQLAlchemy declarative
 * classes (`Column` / `mapped_column` / `Mapped[...]`), Flask-SQLAlchemy `db.Model` and
 * SQLModel `table=True` classes, with their fields (inherited from same-file abstract bases
 * and mixins too) and table names (`__tablename__`, Django's `Meta.db_table`), and SQLAlchemy
 * Core tables (`sessions = Table("sessions", metadata, Column("expires_at", …))`, named by
 * the variable code uses). Abstract bases, declarative bases and Pydantic-only SQLModel
 * classes are not tables and are left out.
 */
export const pythonModels: SourceExtractor = {
  id: 'python-models',
  languages: ['python'],
  kinds: [],
  applies: (text) => text.includes('models.Model') || text.includes('Column') || text.includes('mapped_column') || text.includes('SQLModel') || text.includes('db.Model') || /\bModel\)/.test(text),
  extract(file, facts) {
    const classes = moduleClasses(file.root);
    const djangoFields = file.text.includes('models.') || file.text.includes('Field(');
    const cache = new Map<string, string[]>();
    const fieldsOf = (cls: SgNode, orm: Orm): string[] => {
      const key = `${cls.id()}:${orm}`;
      let fields = cache.get(key);
      if (!fields) cache.set(key, (fields = classFields(cls, orm)));
      return fields;
    };
    for (const cls of classes.values()) {
      const lineage = lineageOf(cls, classes);
      const orm = ormOf(cls, lineage, fieldsOf, djangoFields);
      if (!orm || isAbstract(cls)) continue;
      const fields: string[] = [];
      for (const c of lineage.toReversed()) for (const field of fieldsOf(c, orm)) if (!fields.includes(field)) fields.push(field);
      if (fields.length === 0 && orm !== 'django') continue;
      const table = tableNameOf(cls);
      facts.models.push({ name: cls.field('name')!.text(), fields, orm, location: file.location(located(cls)), ...(table ? { table } : {}) });
    }
    if (file.text.includes('Table(')) coreTables(file.root, (model) => facts.models.push({ ...model, location: file.location(model.node) }));
  },
};

/** Module-level `name = Table("table", metadata, Column("col", …), …)`. */
function coreTables(root: SgNode, push: (model: { name: string; table: string; fields: string[]; orm: string; node: SgNode }) => void): void {
  for (const statement of root.namedChildren()) {
    const assignment = statement.kind() === 'expression_statement' ? statement.namedChildren().find((c) => c.kind() === 'assignment') : null;
    const left = assignment?.field('left');
    const right = assignment?.field('right');
    if (left?.kind() !== 'identifier' || right?.kind() !== 'call' || !CORE_TABLE.test(compact(right.field('function')?.text() ?? ''))) continue;
    const [first, ...rest] = argumentsOf(right.field('arguments'));
    if (first?.kind() !== 'string') continue;
    const fields: string[] = [];
    for (const arg of rest) {
      if (arg.kind() !== 'call' || !CORE_COLUMN.test(compact(arg.field('function')?.text() ?? ''))) continue;
      const [column] = argumentsOf(arg.field('arguments'));
      if (column?.kind() === 'string') fields.push(unquote(column.text()));
    }
    push({ name: left.text(), table: unquote(first.text()), fields, orm: 'sqlalchemy-core', node: statement });
  }
}

/** `__tablename__ = "sessions"`, or Django's `class Meta: db_table = "sessions"`. */
function tableNameOf(cls: SgNode): string | null {
  const literal = (node: SgNode | null | undefined) => (node?.kind() === 'string' ? unquote(node.text()) : null);
  for (const a of statements(cls)) if (a.field('left')?.text() === '__tablename__') return literal(a.field('right'));
  for (const s of cls.field('body')?.namedChildren() ?? []) {
    if (s.kind() === 'class_definition' && s.field('name')?.text() === 'Meta') {
      for (const a of statements(s)) if (a.field('left')?.text() === 'db_table') return literal(a.field('right'));
    }
  }
  return null;
}

function lineageOf(cls: SgNode, classes: Map<string, SgNode>): SgNode[] {
  const lineage: SgNode[] = [];
  const queue = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift()!;
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const base of classBases(current).bases) {
      const local = classes.get(lastName(compact(base.text())));
      if (local) queue.push(local);
    }
  }
  return lineage;
}

function ormOf(cls: SgNode, lineage: SgNode[], fieldsOf: (cls: SgNode, orm: Orm) => string[], djangoFields: boolean): Orm | null {
  const { keywords } = classBases(cls);
  const bases = lineage.flatMap((c) => classBases(c).bases.map((b) => compact(b.text())));
  if (bases.some((b) => lastName(b) === 'SQLModel')) {
    return keywords.some((k) => k.field('name')?.text() === 'table' && k.field('value')?.text() === 'True') ? 'sqlmodel' : null;
  }
  if (bases.some((b) => b === 'models.Model' || b === 'django.db.models.Model')) return 'django';
  if (djangoFields && lineage.some((c) => fieldsOf(c, 'django').length > 0)) return 'django';
  const declarative = bases.some((b) => SQLALCHEMY_BASES.test(lastName(b)) || b === 'db.Model');
  // The declarative base itself (`class Base(DeclarativeBase): pass`) declares no table.
  if (declarative && (hasTableName(cls) || fieldsOf(cls, 'sqlalchemy').length > 0)) return 'sqlalchemy';
  return null;
}

function statements(cls: SgNode): SgNode[] {
  return (cls.field('body')?.namedChildren() ?? []).flatMap((s) => (s.kind() === 'expression_statement' ? s.namedChildren().filter((c) => c.kind() === 'assignment') : []));
}

function hasTableName(cls: SgNode): boolean {
  return statements(cls).some((a) => a.field('left')?.text() === '__tablename__');
}

/** `class Meta: abstract = True`. */
function isAbstract(cls: SgNode): boolean {
  for (const s of cls.field('body')?.namedChildren() ?? []) {
    if (s.kind() === 'class_definition' && s.field('name')?.text() === 'Meta') {
      return statements(s).some((a) => a.field('left')?.text() === 'abstract' && a.field('right')?.text() === 'True');
    }
  }
  return false;
}

function classFields(cls: SgNode, orm: Orm): string[] {
  const fields: string[] = [];
  for (const assignment of statements(cls)) {
    const left = assignment.field('left');
    if (left?.kind() !== 'identifier' || left.text().startsWith('_')) continue;
    const right = assignment.field('right');
    const type = assignment.field('type')?.text() ?? '';
    const callee = right?.kind() === 'call' ? lastName(compact(right.field('function')?.text() ?? '')) : '';
    const isField =
      orm === 'django'
        ? DJANGO_FIELD.test(callee)
        : orm === 'sqlalchemy'
          ? SQLALCHEMY_ATTRIBUTE.has(callee) || type.startsWith('Mapped[')
          : type !== '' && !type.startsWith('ClassVar');
    if (isField) fields.push(left.text());
  }
  return fields;
}
