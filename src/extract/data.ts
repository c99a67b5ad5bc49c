import type { SgNode } from '@ast-grep/napi';
import type { DataOperation } from '../core/facts.js';
import type { Language } from '../core/model.js';

interface Classified {
  op: DataOperation;
  model: string | null;
  via: string;
}

/** A recognised data operation with the values it selects rows by and the values it writes. */
export interface ClassifiedNode extends Classified {
  filter: string[];
  values: string[];
  /** For a read or a create: the local its result (the row) is bound to. */
  boundTo?: string;
  /** A TypeORM repository imported from another module (see `DataOpFact.repository`). */
  repository?: { holder: string; accessor: boolean; guess: string | null };
  /** The constructor parameter that names the entity of a generic repository class (see `DataOpFact.modelArgument`). */
  modelArgument?: string;
}

/** Collects the value texts under a node (identifiers, member paths, request accessors), resolving locals. */
export type LeafCollector = (node: SgNode | null | undefined, out: string[]) => void;

/** Prisma/Drizzle-style delegate calls: `<client>.<model>.<method>(…)`. */
const PRISMA_METHODS: Record<string, DataOperation> = {
  create: 'create', createMany: 'create', createManyAndReturn: 'create', upsert: 'update',
  update: 'update', updateMany: 'update', updateManyAndReturn: 'update',
  delete: 'delete', deleteMany: 'delete',
  findUnique: 'read', findUniqueOrThrow: 'read', findFirst: 'read', findFirstOrThrow: 'read', findMany: 'read',
};
const PRISMA_CLIENT = /^(?:this\.)?(?:prisma|db|tx|client|ctx\.prisma|ctx\.db|prismaClient|database|(?:ctx\.)?db\.query|tx\.query)$/i;

/** Sequelize/Mongoose-style model methods: `<Model>.<method>(…)`. */
const MODEL_METHODS: Record<string, DataOperation> = {
  destroy: 'delete', deleteOne: 'delete', deleteMany: 'delete', findByIdAndDelete: 'delete', findOneAndDelete: 'delete',
  findByIdAndRemove: 'delete', findOneAndRemove: 'delete', remove: 'delete', softDelete: 'update',
  findByIdAndUpdate: 'update', findOneAndUpdate: 'update', updateOne: 'update', updateMany: 'update', bulkWrite: 'update',
  update: 'update', upsert: 'update', replaceOne: 'update',
  insertMany: 'create', insert: 'create', bulkCreate: 'create', create: 'create', save: 'update',
  findById: 'read', findOne: 'read', findByPk: 'read', findAll: 'read', findOneBy: 'read', findBy: 'read', find: 'read',
};
/** Capitalised receivers that are language or platform objects, not models. */
const NOT_MODELS = /^(?:Object|Array|Promise|Math|JSON|Date|Reflect|Symbol|Buffer|Intl|Number|String|Boolean|Error|Map|Set|WeakMap|WeakSet|URL|URLSearchParams|Response|Request|Headers|NextResponse|React|Atomics|Proxy|BigInt|Stripe|Sentry|z)$/;

/** TypeORM repositories: `projectRepository.delete(…)`, `getRepository(Project).save(…)`. */
const REPOSITORY_METHODS: Record<string, DataOperation> = {
  save: 'update', insert: 'create', update: 'update', upsert: 'update', delete: 'delete', remove: 'delete', softDelete: 'update', softRemove: 'update',
  findOne: 'read', findOneBy: 'read', findBy: 'read', find: 'read', findOneOrFail: 'read', findOneByOrFail: 'read', findAndCount: 'read',
};
/** A TypeORM EntityManager: `dataSource.manager`, `queryRunner.manager`, a transaction's `(manager)`, `(tx)`, `(em)`. */
const ENTITY_MANAGER = /^(?:this\.)?(?:(?:\w+\.)*manager|\w*(?:Manager|EntityManager)|em|tx|trx)$/;
const REPOSITORY_RECEIVER = /^(?:this\.)?([A-Za-z_]\w*?)(?:Repository|Repo|repository|repo)$/;

/**
 * The entity a repository's name suggests: `projectRepository` and `userRepo()` → `project`, `user`; `getUserRepository()` →
 * `User`. Null when the name says nothing (`users`, `cache`).
 */
export function repositoryNameGuess(name: string): string | null {
  return REPOSITORY_RECEIVER.exec(name.replace(/^(?:get|use)(?=[A-Z])/, ''))?.[1] || null;
}

/** A repository or model class injected into a field: `@InjectRepository(User) users: Repository<User>`, `@InjectModel(Cat.name) cats: Model<Cat>`. */
export interface InjectedRepository {
  model: string;
  /** TypeORM's repository methods, or a Mongoose/Sequelize model's. */
  orm: 'typeorm' | 'model';
}

const TYPEORM_TYPE = /^(?:Repository|MongoRepository|TreeRepository)<([A-Za-z_$][\w$]*)>$/;
const MONGOOSE_TYPE = /^(?:Model|SoftDeleteModel|PaginateModel)<([A-Za-z_$][\w$]*?)(?:Document|Doc)?>$/;
const INJECT_REPOSITORY = /^InjectRepository\(([A-Za-z_$][\w$]*)/;
const INJECT_MODEL = /^InjectModel\((?:([A-Za-z_$][\w$]*)(?:\.name)?|['"]([A-Za-z_$][\w$]*)['"])/;

/**
 * What a class field holds when its declaration says it is an ORM repository: the type
 * (`Repository<User>`, `Model<CatDocument>`) or the injection decorator (`InjectRepository(User)`,
 * `InjectModel(Cat.name)`) names the model, whatever the field is called.
 */
export function repositoryOfField(type: string | null, decorators: readonly string[]): InjectedRepository | null {
  for (const d of decorators) {
    const repo = INJECT_REPOSITORY.exec(d);
    if (repo) return { model: repo[1]!, orm: 'typeorm' };
    const model = INJECT_MODEL.exec(d);
    if (model) return { model: (model[1] ?? model[2])!, orm: 'model' };
  }
  const typeorm = type ? TYPEORM_TYPE.exec(type) : null;
  if (typeorm) return { model: typeorm[1]!, orm: 'typeorm' };
  const mongoose = type ? MONGOOSE_TYPE.exec(type) : null;
  if (mongoose) return { model: mongoose[1]!, orm: 'model' };
  return null;
}

/** A method call on an injected repository (`this.users.delete(id)`), or null when the method is not a query. */
export function classifyInjectedRepository(call: SgNode, method: string, repository: InjectedRepository, leaves: LeafCollector): ClassifiedNode | null {
  const args = argumentNodes(call);
  if (repository.orm === 'typeorm') {
    const base = REPOSITORY_METHODS[method];
    if (!base) return null;
    const op = method === 'save' ? saveOperation(args[0]) : base;
    return { op, model: repository.model, via: 'typeorm', ...modelArguments(method, op, args, leaves) };
  }
  const op = MODEL_METHODS[method];
  if (!op) return null;
  return { op, model: repository.model, via: 'orm', ...modelArguments(method, op, args, leaves) };
}

/** Django ORM: `<Model>.objects.<method>(…)` and SQLAlchemy sessions. */
const DJANGO_METHODS: Record<string, DataOperation> = {
  create: 'create', get_or_create: 'create', update_or_create: 'update', bulk_create: 'create',
  update: 'update', bulk_update: 'update', delete: 'delete',
  get: 'read', filter: 'read', all: 'read', exclude: 'read',
};

/** Knex-style builders: `knex('projects').where({ id }).del()`. */
const KNEX_TERMINALS: Record<string, DataOperation> = { del: 'delete', delete: 'delete', update: 'update', insert: 'create', first: 'read' };
const KNEX_ROOT = /^(?:knex|db|trx|k|this\.knex|this\.db)$/;

/** Keys of an ORM argument object that select rows; keys that hold what is written. */
const FILTER_KEYS = new Set(['where', 'filter', 'criteria']);
const VALUE_KEYS = new Set(['data', 'create', 'update', 'values', '$set', 'set']);
/** Builder calls in a chain that narrow rows, or set what is written. */
const FILTER_CALLS = /^(?:where|andWhere|orWhere|whereIn|filter|filter_by|exclude|get)$/;
const VALUE_CALLS = /^(?:set|values)$/;

const JS_DATA_METHODS = new Set([...Object.keys(PRISMA_METHODS), ...Object.keys(MODEL_METHODS), ...Object.keys(REPOSITORY_METHODS), ...Object.keys(KNEX_TERMINALS), 'from']);
const PY_DATA_METHODS = new Set([...Object.keys(DJANGO_METHODS), 'add', 'add_all', 'merge', 'delete', 'update']);

/** A cheap test on the callee's last name: only calls that pass are classified with the tree (most calls are not data operations). */
export function mightBeDataCall(callee: string, language: Language): boolean {
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  return language === 'python' ? PY_DATA_METHODS.has(method) : JS_DATA_METHODS.has(method);
}

/**
 * Recognises a call as a database operation. Deliberately conservative: a lookalike
 * (`cache.delete`, `map.delete`) must not count as a data write.
 */
export function classifyDataCall(callee: string, language: Language): Classified | null {
  const parts = callee.split('.');
  const method = parts[parts.length - 1]!;
  if (language === 'python') {
    const objects = parts.indexOf('objects');
    if (objects > 0 && objects === parts.length - 2 && DJANGO_METHODS[method]) {
      return { op: DJANGO_METHODS[method]!, model: parts[objects - 1]!, via: 'django' };
    }
    if (objects > 0 && objects < parts.length - 2 && (method === 'delete' || method === 'update')) {
      return { op: method, model: parts[objects - 1]!, via: 'django' };
    }
    const receiver = parts.slice(0, -1).join('.');
    if (/^(?:self\.)?(?:db|session|db_session|database)$/i.test(receiver)) {
      if (method === 'add' || method === 'add_all') return { op: 'create', model: null, via: 'sqlalchemy' };
      if (method === 'delete') return { op: 'delete', model: null, via: 'sqlalchemy' };
      if (method === 'merge') return { op: 'update', model: null, via: 'sqlalchemy' };
    }
    return null;
  }
  if (parts.length >= 3 && !callee.includes('(')) {
    const client = parts.slice(0, -2).join('.');
    const op = PRISMA_METHODS[method];
    // Drizzle's relational queries (`db.query.invoices.findFirst`) share Prisma's shape.
    if (op && PRISMA_CLIENT.test(client)) return { op, model: parts[parts.length - 2]!, via: client.endsWith('.query') ? 'drizzle' : 'prisma' };
  }
  if (parts.length === 2) {
    const [receiver] = parts as [string, string];
    const op = MODEL_METHODS[method];
    // A capitalised receiver is a model class (`Project.destroy`), not a local map or cache.
    if (op && /^[A-Z][A-Za-z0-9]*$/.test(receiver) && !NOT_MODELS.test(receiver)) return { op, model: receiver, via: 'orm' };
    if (/^(?:db|knex|trx)$/.test(receiver) && (method === 'delete' || method === 'insert' || method === 'update')) {
      return { op: method === 'insert' ? 'create' : method, model: null, via: 'query-builder' };
    }
  }
  return null;
}

/**
 * The node-aware classification: everything `classifyDataCall` knows plus builder chains
 * (Drizzle, Knex, TypeORM repositories) and, for each operation, the values it is filtered
 * by and the values it writes.
 */
export function classifyDataNode(call: SgNode, callee: string, language: Language, leaves: LeafCollector): ClassifiedNode | null {
  const fn = call.field('function');
  const args = argumentNodes(call);
  if (language === 'python') {
    const found = classifyDataCall(callee, language);
    if (!found) return null;
    const filter: string[] = [];
    const values: string[] = [];
    for (const a of args) if (found.op === 'create') write(a, values, leaves); else leaves(a, filter);
    // Django: `Project.objects.filter(pk=pk, owner=request.user).delete()` — the chain below narrows it.
    for (const link of chainBelow(fn)) if (FILTER_CALLS.test(link.method)) for (const a of link.args) leaves(a, filter);
    return { ...found, filter, values };
  }
  if (!fn || fn.kind() !== 'member_expression') return null;
  const method = fn.field('property')?.text() ?? '';
  const object = fn.field('object');
  const simple = !callee.includes('(');

  if (simple) {
    const found = classifyDataCall(callee, language);
    // `upsert({ where, create, update: {} })` leaves a row that exists as it is: it finds or creates one, it changes nothing.
    if (found?.via === 'prisma' && method === 'upsert' && emptyUpdate(args[0])) return { ...found, op: 'create', ...prismaArguments(args[0], leaves) };
    if (found?.via === 'prisma' || (found?.via === 'drizzle' && callee.includes('.query.'))) return { ...found, ...prismaArguments(args[0], leaves) };
    if (found?.via === 'orm') return { ...found, ...modelArguments(method, found.op, args, leaves) };
    const repo = REPOSITORY_RECEIVER.exec(callee.slice(0, callee.length - method.length - 1));
    if (repo && REPOSITORY_METHODS[method]) {
      const op = method === 'save' ? saveOperation(args[0]) : REPOSITORY_METHODS[method]!;
      return { op, model: repo[1] || null, via: 'typeorm', ...modelArguments(method, op, args, leaves) };
    }
    // TypeORM's EntityManager names the entity first: `manager.update(User, { id }, { email })`, `tx.delete(Session, { userId })`.
    const entity = args[0];
    if (ENTITY_MANAGER.test(object?.text() ?? '') && REPOSITORY_METHODS[method] && entity?.kind() === 'identifier' && /^[A-Z]/.test(entity.text()) && !NOT_MODELS.test(entity.text()) && (args.length >= 2 || REPOSITORY_METHODS[method] === 'read')) {
      const rest = args.slice(1);
      const op = method === 'save' ? saveOperation(rest[0]) : REPOSITORY_METHODS[method]!;
      return { op, model: entity.text(), via: 'typeorm', ...modelArguments(method, op, rest, leaves) };
    }
    // Drizzle: `db.delete(projects).where(eq(projects.id, id))`, `db.insert(projects).values({…})`.
    if (/^(?:this\.)?(?:db|tx|trx|database|ctx\.db)$/.test(object?.text() ?? '') && (method === 'insert' || method === 'update' || method === 'delete')) {
      const table = args[0];
      const op: DataOperation = method === 'insert' ? 'create' : method;
      if (table && (table.kind() === 'identifier' || table.kind() === 'member_expression')) {
        const { filter, values } = chainAbove(call, leaves);
        return { op, model: table.text(), via: 'drizzle', filter, values };
      }
      if (found) return { ...found, filter: [], values: [] };
    }
    return found ? { ...found, filter: [], values: [] } : null;
  }

  // Chains: the terminal call carries the operation, the links below carry the table and filters.
  const links = chainBelow(fn);
  const root = links[links.length - 1];
  // TypeORM: getRepository(Project).delete({ id })
  if (root && /(?:^|\.)getRepository$/.test(root.callee) && links.length === 1 && REPOSITORY_METHODS[method]) {
    const op = method === 'save' ? saveOperation(args[0]) : REPOSITORY_METHODS[method]!;
    return { op, model: root.args[0]?.text() ?? null, via: 'typeorm', ...modelArguments(method, op, args, leaves) };
  }
  // Drizzle select: db.select().from(projects).where(…)
  if (method === 'from' && links.some((l) => /^(?:this\.)?(?:db|tx|database|ctx\.db)\.select$/.test(l.callee))) {
    const { filter } = chainAbove(call, leaves);
    return { op: 'read', model: args[0]?.text() ?? null, via: 'drizzle', filter, values: [] };
  }
  // Knex: knex('projects').where({ id }).del()
  const terminal = KNEX_TERMINALS[method];
  if (terminal && root && KNEX_ROOT.test(root.callee) && root.args[0]?.kind() === 'string') {
    const filter: string[] = [];
    const values: string[] = [];
    for (const link of links) if (FILTER_CALLS.test(link.method)) for (const a of link.args) leaves(a, filter);
    if (terminal !== 'delete' && terminal !== 'read') for (const a of args) write(a, values, leaves);
    return { op: terminal, model: stringValue(root.args[0]), via: 'knex', filter, values };
  }
  return null;
}

/** Raw SQL passed to a driver: `db.query('DELETE FROM sessions WHERE …')`. */
export function classifySql(callee: string, firstString: string): Classified | null {
  if (!SQL_CALLEES.test(callee)) return null;
  const m = SQL.exec(firstString);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const op: DataOperation = verb.startsWith('insert') ? 'create' : verb.startsWith('update') ? 'update' : verb.startsWith('delete') ? 'delete' : 'read';
  return { op, model: m[2]!, via: 'sql' };
}

const SQL = /^\s*(insert\s+into|update|delete\s+from|select\b[\s\S]*?\bfrom)\s+["`[]?([A-Za-z_][\w.]*)/i;
const SQL_CALLEES = /(?:^|\.)(?:query|execute|exec|run|all|\$executeRaw|\$executeRawUnsafe|\$queryRaw|\$queryRawUnsafe|raw|sql|text)$/;

/** The parameters of a SQL statement: template substitutions and the parameter array. */
export function sqlParameters(call: SgNode, leaves: LeafCollector): string[] {
  const out: string[] = [];
  const args = call.field('arguments');
  if (args?.kind() === 'template_string') {
    for (const sub of args.children()) if (sub.kind() === 'template_substitution') leaves(sub, out);
    return out;
  }
  const list = argumentNodes(call);
  const first = list[0];
  if (first?.kind() === 'template_string') for (const sub of first.children()) if (sub.kind() === 'template_substitution') leaves(sub, out);
  for (const a of list.slice(1)) leaves(a, out);
  return out;
}

/** TypeORM `save({ name })` inserts; `save(entity)` or `save({ id, … })` may update an existing row. */
function saveOperation(arg: SgNode | undefined): DataOperation {
  // `repo.save(repo.create({ … }))`: the entity was just built, so the row is new.
  const built = builtEntity(arg);
  if (built) return saveOperation(built);
  return arg?.kind() === 'object' && !objectEntries(arg).some(([k]) => k === 'id') ? 'create' : 'update';
}

/** The object literal of `repo.create({ … })` (TypeORM builds an entity in memory; `save` writes it). */
function builtEntity(arg: SgNode | undefined): SgNode | null {
  if (arg?.kind() !== 'call_expression') return null;
  const fn = arg.field('function');
  if (fn?.kind() !== 'member_expression' || fn.field('property')?.text() !== 'create') return null;
  // `repo.create({ ...data, workspaceId } as T)`: a cast changes nothing of what is built.
  let first = argumentNodes(arg)[0];
  while (first && (first.kind() === 'as_expression' || first.kind() === 'satisfies_expression' || first.kind() === 'parenthesized_expression')) first = first.namedChildren()[0];
  return first?.kind() === 'object' ? first : null;
}

/** A Prisma upsert's `update: {}`: nothing of an existing row changes. */
function emptyUpdate(arg: SgNode | undefined): boolean {
  if (arg?.kind() !== 'object') return false;
  const update = objectEntries(arg).find(([k]) => k === 'update')?.[1];
  return update?.kind() === 'object' && update.namedChildren().filter((c) => c.kind() !== 'comment').length === 0;
}

function prismaArguments(arg: SgNode | undefined, leaves: LeafCollector): { filter: string[]; values: string[] } {
  const filter: string[] = [];
  const values: string[] = [];
  if (arg?.kind() !== 'object') return { filter, values };
  for (const [key, value] of objectEntries(arg)) {
    if (FILTER_KEYS.has(key)) leaves(value, filter);
    else if (VALUE_KEYS.has(key)) write(value, values, leaves);
  }
  return { filter, values };
}

/** Sequelize (`{ where }`), Mongoose (filter first, update second) and TypeORM (criteria first) arguments. */
function modelArguments(method: string, op: DataOperation, args: SgNode[], leaves: LeafCollector): { filter: string[]; values: string[] } {
  const filter: string[] = [];
  const values: string[] = [];
  if (op === 'create' || method === 'save' || method === 'bulkCreate' || method === 'insertMany') {
    for (const a of args) write(a, values, leaves);
    return { filter, values };
  }
  const withWhere = args.find((a) => a.kind() === 'object' && objectEntries(a).some(([k]) => FILTER_KEYS.has(k)));
  if (withWhere) {
    for (const [key, value] of objectEntries(withWhere)) if (FILTER_KEYS.has(key)) leaves(value, filter);
    for (const a of args) if (a !== withWhere) write(a, values, leaves);
    return { filter, values };
  }
  leaves(args[0], filter);
  for (const a of args.slice(1)) write(a, values, leaves);
  return { filter, values };
}

interface ChainLink {
  method: string;
  callee: string;
  args: SgNode[];
}

/** The calls below a member callee: `a.where(x).orderBy(y).del` → [orderBy(y), where(x), a(…)] outermost first. */
function chainBelow(fn: SgNode | null): ChainLink[] {
  const links: ChainLink[] = [];
  let node = fn?.field('object') ?? fn?.field('function') ?? null;
  for (let hops = 0; node && hops < 12; hops++) {
    if (node.kind() === 'call_expression' || node.kind() === 'call') {
      const inner = node.field('function');
      const args = argumentNodes(node);
      const method = inner && (inner.kind() === 'member_expression' || inner.kind() === 'attribute') ? (inner.field('property') ?? inner.field('attribute'))?.text() ?? '' : inner?.text() ?? '';
      links.push({ method, callee: inner?.text().replace(/\s+/g, '') ?? '', args });
      node = inner && (inner.kind() === 'member_expression' || inner.kind() === 'attribute') ? inner.field('object') : null;
    } else if (node.kind() === 'member_expression' || node.kind() === 'attribute') {
      node = node.field('object');
    } else if (node.kind() === 'await_expression' || node.kind() === 'parenthesized_expression') {
      node = node.children().find((c) => c.isNamed()) ?? null;
    } else break;
  }
  return links;
}

/** The builder calls applied after a call: `db.update(t).set({…}).where(…)`. */
function chainAbove(call: SgNode, leaves: LeafCollector): { filter: string[]; values: string[] } {
  const filter: string[] = [];
  const values: string[] = [];
  let node = call;
  for (let hops = 0; hops < 12; hops++) {
    const member = node.parent();
    if (!member || member.kind() !== 'member_expression') break;
    const next = member.parent();
    if (!next || next.kind() !== 'call_expression') break;
    const method = member.field('property')?.text() ?? '';
    const args = argumentNodes(next);
    if (FILTER_CALLS.test(method)) for (const a of args) leaves(a, filter);
    else if (VALUE_CALLS.test(method)) for (const a of args) write(a, values, leaves);
    node = next;
  }
  return { filter, values };
}

/**
 * Records what a write sets: the values (leaves) and, for an object literal, its field names
 * as `.field` entries (`{ status: 'paused' }` → `.status`), so a literal status change is visible.
 */
function write(node: SgNode | undefined, values: string[], leaves: LeafCollector): void {
  if (!node) return;
  const built = builtEntity(node);
  if (built) node = built;
  leaves(node, values);
  if (node.kind() === 'object' || node.kind() === 'dictionary') {
    for (const [key] of objectEntries(node)) if (!values.includes(`.${key}`) && values.length < 40) values.push(`.${key}`);
  }
  if (node.kind() === 'keyword_argument') {
    const key = node.field('name')?.text();
    if (key && !values.includes(`.${key}`)) values.push(`.${key}`);
  }
}

function argumentNodes(call: SgNode): SgNode[] {
  const args = call.field('arguments');
  if (!args || args.kind() === 'template_string') return [];
  return args.namedChildren().filter((c) => c.kind() !== 'comment');
}

/** `{ where: …, data: … }` as [key, value] pairs (shorthand `{ where }` included). */
export function objectEntries(object: SgNode): [string, SgNode][] {
  const out: [string, SgNode][] = [];
  for (const child of object.namedChildren()) {
    if (child.kind() === 'pair') {
      const key = child.field('key');
      const value = child.field('value');
      if (key && value) out.push([stringValue(key), value]);
    } else if (child.kind() === 'shorthand_property_identifier') {
      out.push([child.text(), child]);
    }
  }
  return out;
}

function stringValue(node: SgNode): string {
  return node.text().replace(/^['"`]|['"`]$/g, '');
}
