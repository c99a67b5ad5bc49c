import type { Language, Location } from './model.js';

/**
 * Facts: what the extractors learned about the repository, framework-neutral and plain
 * data. Extraction does not depend on configuration (which names count as a guard or an
 * audit call is decided by the rules), so a file's facts can be cached by its content.
 */

/** A call made somewhere: `callee` is the callee's text with whitespace removed (`prisma.member.delete`). */
export interface CallFact {
  callee: string;
  line: number;
  /** The first argument when it is a string literal (`requireRole('admin')` → `admin`). */
  firstArg?: string;
}

export type DataOperation = 'create' | 'update' | 'delete' | 'read';

/** A database operation: an ORM call or raw SQL statement. */
export interface DataOpFact {
  op: DataOperation;
  /** The model or table operated on, as written (`projectMember`, `ProjectMember`, `projects`). */
  model: string | null;
  callee: string;
  /** ORM or driver that was recognised (`prisma`, `sqlalchemy`, `sql`…). */
  via: string;
  location: Location;
  /**
   * The values the operation selects rows by — its `where`, a Mongoose/TypeORM filter, a
   * Drizzle/Knex `.where()`, SQL parameters — as compact texts (`req.params.id`,
   * `user.organizationId`, `projectId`). A local read from the request is resolved to its
   * source (`const { id } = req.params` → `req.params.id`). Which texts mean "the caller"
   * or "the request" is decided by the rules.
   */
  filter?: string[];
  /**
   * The values written (`data`, `.values()`, `.set()`): a create placed in the caller's organization names it here.
   * The fields of a written object literal follow as `.field` entries (`{ status: 'paused' }` → `.status`).
   */
  values?: string[];
}

/** The calls and data operations inside one function body (nested closures included). */
export interface BodySummary {
  calls: CallFact[];
  dataOps: DataOpFact[];
}

/** A named function, method or function-valued constant, so calls into it can be followed. */
export interface FunctionFact extends BodySummary {
  name: string;
  /** `Class.method` for methods; equal to `name` otherwise. */
  qualifiedName: string;
  exported: boolean;
  location: Location;
}

/** A request handler registered with a web framework. */
export interface RouteFact extends BodySummary {
  framework: string;
  /** Upper-case HTTP method, or `ANY`. */
  method: string;
  /** The path as registered on its router, in the framework's own syntax. */
  path: string;
  location: Location;
  /**
   * Middleware, guards, dependencies and decorators applied to the route itself, in order,
   * as callee texts (`requireAuth`, `requireRole`, `Depends(get_current_user)` → `get_current_user`).
   */
  guards: CallFact[];
  /** A handler referenced by name (`router.get('/', listProjects)`), resolved at link time. */
  handlerRef: string | null;
  /** The variable the route was registered on (`router`, `app`), for mount resolution. */
  router: string | null;
  /**
   * Names of the values the client chooses: path parameters (`:id`, `[id]`, `{id}`) and,
   * for server actions, the function's parameters.
   */
  params?: string[];
}

/** `app.use('/projects', requireAuth, projectsRouter)`: a router mounted under a prefix with guards. */
export interface MountFact {
  framework: string;
  /** The variable mounted on (`app`). */
  parent: string;
  prefix: string;
  guards: CallFact[];
  /**
   * The router variable mounted (`projectsRouter`), or null for `app.use(requireAuth)` (guards for everything after).
   * A `parent` of `*` applies to every route of the same service whose path starts with `prefix`
   * (NestJS `APP_GUARD`/`useGlobalGuards`, Next.js `middleware.ts`). A builder alias
   * (`adminProcedure = protectedProcedure.use(isAdmin)`, a next-safe-action client) is a mount of
   * `child` on `parent` with an empty prefix: routes name the alias among their guards.
   */
  child: string | null;
  location: Location;
}

/** `import { x as y } from './z'` / `from z import x as y`. */
export interface ImportFact {
  local: string;
  imported: string;
  source: string;
}

export interface EnvReadFact {
  name: string;
  location: Location;
}

export interface EnvDeclarationFact {
  name: string;
  /** Where it was declared: `.env.example`, `docker-compose.yml`… */
  location: Location;
  /** For `.env` files: whether a value is given (`set`), left out (`empty`) or obviously fake (`placeholder`). The value itself is never kept. */
  value?: 'empty' | 'placeholder' | 'set';
}

/** A cookie set or configured: `res.cookie(name, value, options)`, `cookies().set(…)`, `express-session`'s `cookie`. */
export interface CookieFact {
  /** The cookie's name as written (a literal, or a constant's name), or null for session middleware. */
  name: string | null;
  /** What sets it: `express-session`, `cookie-session`, `res.cookie`, `cookies().set`, `setCookie`… */
  via: string;
  /** Attributes as written (`httpOnly` → `true`, `secure` → `process.env.NODE_ENV==='production'`); absent when not set. */
  attributes: Record<string, string>;
  location: Location;
}

/** A CORS policy: `cors({...})`, `enableCors`, Fastify's `@fastify/cors`, Hono's `cors`, or a manual `Access-Control-Allow-Origin` header. */
export interface CorsFact {
  via: string;
  /** `*`, `reflect` (the request's origin echoed back, `origin: true`), `list` (named origins), or the expression as written. */
  origin: string;
  /** Whether credentials (cookies) are allowed; null when not said. */
  credentials: boolean | null;
  location: Location;
}

/** A secret found in the repository. The value itself is never kept: only where it is and what kind. */
export interface SecretFact {
  kind: string;
  /** A redacted rendering safe to print: `sk_l…[redacted 32 chars]`. */
  redacted: string;
  /** A hash of the value: the fingerprint anchor, stable when the line moves. */
  valueHash: string;
  location: Location;
}

/** A data model (Prisma model, SQLAlchemy/Django model, TypeORM entity…). */
export interface ModelFact {
  name: string;
  fields: string[];
  orm: string;
  location: Location;
}

/** A hit of a pattern rule (built-in or the user's `.shipshape/rules/*.yml`). */
export interface PatternMatchFact {
  ruleId: string;
  location: Location;
  /** Metavariables captured (`$NAME` → text), for message placeholders. */
  vars: Record<string, string>;
  /** The matched text with whitespace normalised: the fingerprint anchor. */
  anchor: string;
}

/** A prose document (Markdown, HTML, text): its headings, for runbooks, policies and docs. */
export interface DocumentFact {
  path: string;
  headings: { level: number; text: string; line: number }[];
  /** Number of lines, to tell a stub from a document. */
  lines: number;
}

/** `// shipshape-ignore <rule-id>: <reason>` */
export interface InlineSuppressionFact {
  ruleId: string;
  reason: string;
  line: number;
}

/** A problem the extractor hit in one file that is worth telling the user (not a crash). */
export interface FileProblem {
  /** `error`: the file could not be read as written (syntax); `notice`: a mistake worth telling (an ignore without a reason). */
  kind: 'error' | 'notice';
  message: string;
  line: number | null;
}

export interface FileFacts {
  path: string;
  language: Language | null;
  lines: number;
  routes: RouteFact[];
  mounts: MountFact[];
  functions: FunctionFact[];
  imports: ImportFact[];
  /** Data operations and calls at module level or in anonymous functions outside routes. */
  moduleBody: BodySummary;
  envReads: EnvReadFact[];
  envDeclarations: EnvDeclarationFact[];
  secrets: SecretFact[];
  cookies: CookieFact[];
  cors: CorsFact[];
  models: ModelFact[];
  matches: PatternMatchFact[];
  documents: DocumentFact[];
  suppressions: InlineSuppressionFact[];
  problems: FileProblem[];
}

export function emptyFileFacts(path: string, language: Language | null, lines: number): FileFacts {
  return {
    path,
    language,
    lines,
    routes: [],
    mounts: [],
    functions: [],
    imports: [],
    moduleBody: { calls: [], dataOps: [] },
    envReads: [],
    envDeclarations: [],
    secrets: [],
    cookies: [],
    cors: [],
    models: [],
    matches: [],
    documents: [],
    suppressions: [],
    problems: [],
  };
}
