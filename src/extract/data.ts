import type { DataOperation } from '../core/facts.js';

interface Classified {
  op: DataOperation;
  model: string | null;
  via: string;
}

/** Prisma/Drizzle-style delegate calls: `<client>.<model>.<method>(…)`. */
const PRISMA_METHODS: Record<string, DataOperation> = {
  create: 'create', createMany: 'create', createManyAndReturn: 'create', upsert: 'update',
  update: 'update', updateMany: 'update', updateManyAndReturn: 'update',
  delete: 'delete', deleteMany: 'delete',
  findUnique: 'read', findUniqueOrThrow: 'read', findFirst: 'read', findFirstOrThrow: 'read', findMany: 'read',
};
const PRISMA_CLIENT = /^(?:this\.)?(?:prisma|db|tx|client|ctx\.prisma|ctx\.db|prismaClient|database)$/i;

/** Sequelize/TypeORM/Mongoose-style model methods: `<Model>.<method>(…)`. */
const MODEL_METHODS: Record<string, DataOperation> = {
  destroy: 'delete', deleteOne: 'delete', deleteMany: 'delete', findByIdAndDelete: 'delete', findOneAndDelete: 'delete',
  remove: 'delete', softDelete: 'update',
  findByIdAndUpdate: 'update', findOneAndUpdate: 'update', updateOne: 'update', updateMany: 'update', bulkWrite: 'update',
  insertMany: 'create', insert: 'create', bulkCreate: 'create', save: 'update',
  findById: 'read', findOne: 'read', findByPk: 'read', findAll: 'read', findOneBy: 'read', findBy: 'read',
};

/**
 * Recognises a JavaScript/TypeScript call as a database operation from its callee text alone
 * (Python calls are read from their tree: python/orm.ts). Deliberately
 * conservative: a lookalike (`cache.delete`, `map.delete`) must not count as a data write.
 */
export function classifyDataCall(callee: string): Classified | null {
  const parts = callee.split('.');
  const method = parts[parts.length - 1]!;
  if (parts.length >= 3) {
    const client = parts.slice(0, -2).join('.');
    const op = PRISMA_METHODS[method];
    if (op && PRISMA_CLIENT.test(client)) return { op, model: parts[parts.length - 2]!, via: 'prisma' };
  }
  if (parts.length === 2) {
    const [receiver] = parts as [string, string];
    const op = MODEL_METHODS[method];
    // A capitalised receiver is a model class (`Project.destroy`), not a local map or cache.
    if (op && /^[A-Z][A-Za-z0-9]*$/.test(receiver)) return { op, model: receiver, via: 'orm' };
    if (/^(?:db|knex|trx)$/.test(receiver) && (method === 'delete' || method === 'insert' || method === 'update')) {
      return { op: method === 'insert' ? 'create' : method, model: null, via: 'query-builder' };
    }
  }
  return null;
}

const SQL = /^\s*(insert\s+into|update|delete\s+from|select\b[\s\S]*?\bfrom)\s+["`[]?([A-Za-z_][\w.]*)/i;
const SQL_CALLEES = /(?:^|\.)(?:query|execute|exec|run|all|\$executeRaw|\$executeRawUnsafe|\$queryRaw|\$queryRawUnsafe|raw|sql|text)$/;

/** Raw SQL passed to a driver: `db.query('DELETE FROM sessions WHERE …')`. */
export function classifySql(callee: string, firstString: string): Classified | null {
  if (!SQL_CALLEES.test(callee)) return null;
  const m = SQL.exec(firstString);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const op: DataOperation = verb.startsWith('insert') ? 'create' : verb.startsWith('update') ? 'update' : verb.startsWith('delete') ? 'delete' : 'read';
  return { op, model: m[2]!, via: 'sql' };
}
