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
  /**
   * For a refusal given its status first (`new HttpError(403, 'Not a member of this organization')`,
   * `abort(403, "Not a member")`), the string message that follows; for one given as a code beside a message
   * (`new TRPCError({ code: 'FORBIDDEN', message: 'Not a member…' })`, `HTTPException(status_code=403, detail="…")`),
   * that message: it says what was refused.
   */
  message?: string;
  /**
   * The class the receiver is declared as, when the code says: the enclosing class for
   * `this.save()`, the field's type for `this.auth.signIn()` (`private readonly auth: AuthService`),
   * the class instantiated for `new ClientService(user).remove(id)` or `svc.remove(id)` after
   * `const svc = new ClientService(user)`.
   */
  receiverType?: string;
  /**
   * The receiver is an injected ORM repository or model (`this.offers.findOne(…)` with
   * `@InjectModel(Offer.name) offers: Model<Offer>`): the call runs the ORM, not a function of the
   * repository that shares the method's name (`receiverType` is the field's declared type, `Model`).
   */
  ormReceiver?: true;
  /**
   * For a method called on an instance made with `new` (see `receiverType`), the constructor's
   * arguments as value texts, like `args`: a rule can bind them to the constructor's parameters
   * (`this.user` inside the class is the caller's `req.user`).
   */
  receiverArgs?: string[];
  /**
   * For a method called on a local a plain function returned (`repo.update(…)` after
   * `const repo = scoped(Invoice, user.workspaceId)`, or `scoped(Invoice, …).findById(…)`): that function and its
   * arguments as value texts, like `args`. When the function makes an instance of a class of the repository
   * (`FunctionFact.constructs`), the fact index sets `receiverType` and `receiverArgs` from it.
   */
  receiverFactory?: { name: string; args: string[] };
  /**
   * The locals a call's result is declared into, for a call that is no data operation (`const { workspace, user } = await
   * withWorkspace(slug)` → `['workspace', 'user']`, `const ws = await requireMember(slug)` → `['ws']`): values read from them
   * come from what the called helper returned (the workspace whose membership it checked).
   */
  assignedTo?: string[];
  /**
   * The arguments as value texts, by position, when at least one is a plain value path
   * (`request.user.companyId`, `request.params.userId`; a local read from one is resolved to
   * it): `''` for an argument that is not. Lets a rule follow the caller's values into the
   * parameters of the helper or service it calls.
   */
  args?: string[];
  /**
   * With `args`: the arguments that are not value paths are all plain string literals
   * (`policy.authorize(req.membership, 'payments:read')`): the call is handed who asks and what action, no object.
   */
  stringsOnly?: true;
  /**
   * Python keyword arguments as value texts, by parameter name (`create_application(db, applicant=user)` →
   * `{ applicant: 'user' }`), like `args`: bound to the called function's parameters of that name.
   */
  keywordArgs?: Record<string, string>;
  /**
   * A guard that only labels the route for another guard to read (NestJS `@Roles('admin')`,
   * `@CheckPolicies(…)`, `@Public()`, set with `SetMetadata`): it enforces nothing by itself.
   */
  metadata?: boolean;
  /**
   * For a refusal (`throw new ForbiddenError(…)`), the name its enclosing `if` requires to be set
   * (`if (role && !roleAtLeast(…))`, `if (role !== undefined && …)`): inside a helper, when that name is
   * a parameter the call site leaves out, the refusal never runs. Also for a check call (`requireRole(…)`), and
   * with a property (`if (options.role) requireRole(…)`: `options.role`).
   */
  onlyIf?: string;
  /** A `403` answered in a `catch` block: it translates an error thrown elsewhere, it decides nothing itself. */
  inCatch?: boolean;
  /**
   * For a call that decrypts or reads a secret (its name says crypt, secret, reveal, unseal or decipher), the
   * signing or hashing call its result only keys (`_sign(decrypt_secret(hook.secret), body)`,
   * `hmac.new(decrypt_secret(s).encode(), …)`, or a local used only so): the secret is used, not handed out.
   */
  signs?: string;
  /**
   * For a call through a table of functions (`cleanupTasks[task]()`, `const fn = handlers[job.name]; fn()`):
   * the table's name and the key's value text. The call runs the table's entry for that key, any of them
   * when the key is not known (see `DispatchTableFact`).
   */
  dispatch?: { table: string; key: string };
}

/**
 * A module-level object whose values are functions, looked up by key to pick what runs
 * (`export const cleanupTasks = { 'purge-sessions': purgeExpiredSessions, … }`). Recorded when it is
 * exported or subscripted in its own file.
 */
export interface DispatchTableFact {
  name: string;
  line: number;
  /** By key: a function referenced by name (`purgeExpiredSessions`), or an inline function's body. */
  entries: { key: string; line: number; ref?: string; body?: BodySummary }[];
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
  /**
   * For a read, the local its result is bound to (`const project = await prisma.project.findFirst(…)`,
   * `shipment = get_object_or_404(Shipment, …)`, `job = db.scalar(select(Job)…)` → `project`, `shipment`, `job`), so a later create that hangs a record under the loaded row (`projectId: project.id`)
   * can be judged as scoped as the load. For a create, the local the new row is kept in (`const ticket = await tx.ticket.create(…)`):
   * a record hung under it (`ticketId: ticket.id`) or a change by its id (`where: { id: ticket.id }`) is as scoped as the create.
   */
  boundTo?: string;
  /**
   * For a write of a row a helper returned (`vehicle = get_vehicle_for(session, user, vehicle_id)`, then
   * `session.add(vehicle)`), that helper's name: the row is as limited to the caller as the helper's load of it.
   */
  loadedBy?: string;
  /**
   * For values read through a field of the enclosing class (`this.tenant.userId`), the class each such field is
   * declared as (`{ tenant: 'TenantContext' }`): a getter of that class may say what the value is (see `FunctionFact.returns`).
   */
  fieldTypes?: Record<string, string>;
  /**
   * The rows touched are restricted to the caller: the query filters on the caller's identity
   * or tenant (`owner=request.user`, `organization_id=current_user.organization_id`), or the
   * object it loads is compared with the caller before use. Absent when not analysed.
   */
  scopedToCaller?: boolean;
  /**
   * The rows touched are picked by an id the caller supplies: a path parameter, `pk`,
   * `request.data['id']`, or a parameter of the helper the query sits in. Absent when not analysed.
   */
  keyedByRequestId?: boolean;
  /**
   * The row is the one a DRF or Django class-based view looks up itself (`self.get_object()`, a viewset's
   * `retrieve`/`update`/`destroy`, `perform_update`'s serializer): DRF's object permissions
   * (`has_object_permission`) run on it, as they do on no row the handler loads by its own query.
   */
  viewObject?: true;
  /**
   * The query also limits the rows to the ones the application publishes (`status=Grant.Status.OPEN`,
   * `is_public=True`, `published=True`): what it finds is meant to be seen by everyone it serves.
   */
  publishedOnly?: true;
  /**
   * For a lookup within a queryset a helper returns (`get_object_or_404(services.open_grants(), slug=slug)`),
   * that helper's callee as written: its own query says which rows the lookup can find.
   */
  querysetFrom?: string;
  /**
   * For a ModelForm or serializer save (`form.save()`), the class whose instance saves
   * (`AddressForm`) and the model guessed without it (from the class's name or the instance
   * it was given): the fact index sets `model` to the class's `Meta.model` when the class is
   * in the repository, and to the guess otherwise.
   */
  form?: { name: string; guess: string | null };
  /**
   * For a call through a TypeORM repository imported from another module (`userRepo().update(…)` with
   * `import { userRepo } from '../db/repositories'`): the imported name, whether it is called (an accessor
   * function) or used as is, and the model its name suggests (`userRepo` → `user`; null for `users`). The fact
   * index sets `model` to the entity the exporting module's repository holds (`RepositoryExportFact`), else to
   * the guess, and drops the operation when neither says (`cache().delete(key)` is no repository).
   */
  repository?: { holder: string; accessor: boolean; guess: string | null };
  /**
   * For an operation of a generic repository class whose model is the class's type parameter (`this.repo.update(…)` with
   * `repo: Repository<T>` in `class WorkspaceRepository<T>`), the constructor parameter that names the entity
   * (`constructor(entity: EntityTarget<T>, …)` → `entity`): followed from a call on an instance made with
   * `new WorkspaceRepository(Invoice, …)`, the operation's model is the argument given there (`Invoice`).
   */
  modelArgument?: string;
}

/** `export const userRepo = () => AppDataSource.getRepository(User)`: a TypeORM repository a module exports, and its entity. */
export interface RepositoryExportFact {
  name: string;
  model: string;
  /** A function returning the repository (`userRepo()`), rather than the repository itself. */
  accessor: boolean;
}

/**
 * A DRF permission class of the repository's own (`class IsPracticeMember(BasePermission)`), as its
 * `has_permission` and `has_object_permission` bodies show it, own or inherited from a class of the same file.
 */
export interface DrfPermissionFact {
  name: string;
  line: number;
  /**
   * `has_permission` only checks that the caller is signed in and belongs to some organization
   * (`return bool(user and user.is_authenticated and user.practice_id)`): the caller's organization
   * attributes it reads, as `request.user.…`. Absent when it checks anything else (a role, a flag such as
   * `is_manager`, the method, a helper it calls) or nothing of the organization.
   */
  membershipOnly?: string[];
  /**
   * `has_object_permission` compares the object with the caller (`obj.practice_id == request.user.practice_id`):
   * the caller's value, as `request.user.…`. It limits the rows the view looks up itself (`viewObject`), no others.
   */
  objectScope?: string;
}

/** The calls and data operations inside one function body (nested closures included). */
/** Two value paths compared in a body, for ownership checks made after a load. */
export interface ComparisonFact {
  left: string;
  right: string;
  line: number;
}

export interface BodySummary {
  calls: CallFact[];
  dataOps: DataOpFact[];
  /**
   * Request headers read as properties (`req.headers.authorization`, `req.headers['x-cron-secret']`)
   * or bound to a parameter (NestJS `@Headers('authorization') auth`), lower-cased; absent when none.
   * Header reads through a call (`req.headers.get('authorization')`) are calls.
   */
  headerReads?: { name: string; line: number }[];
  /**
   * Two value paths compared (`invoice.orgId !== req.user.orgId`, `String(doc.ownerId) === this.user.id`,
   * `doc.owner.equals(user._id)`), sides as compacted texts; absent when none. A loaded row's owner or
   * organization compared with the caller's is an ownership check made after the load. Kept in bodies
   * that keep a loaded row in a local, and otherwise only those naming a path parameter
   * (`request.params.companyId !== request.user.companyId` in a guard pins that parameter to the caller).
   */
  comparisons?: ComparisonFact[];
  /**
   * The caller's identity written into the session (`req.session.userId = user.id`, `ctx.session.user = …`,
   * iron-session's `session.userId = …`, Flask's `session['user_id'] = …`), target as written; absent when
   * none, and when the same body also reads it back (a helper caching the current user in the session
   * loads it; it signs nobody in). Clearing it (`= null`) is not a write of an identity.
   */
  sessionWrites?: { target: string; line: number }[];
  /**
   * Other ids the body writes into a session when it writes no user identity (`ctx.session.tenantId = row.tenant_id`):
   * a principal that is not a user signed in (a renter through a magic link), or mere state (`session.cartId`).
   */
  sessionPrincipalWrites?: { target: string; line: number }[];
}

/** A named function, method or function-valued constant, so calls into it can be followed. */
export interface FunctionFact extends BodySummary {
  name: string;
  /** `Class.method` for methods; equal to `name` otherwise. */
  qualifiedName: string;
  exported: boolean;
  location: Location;
  /** The parameter names by position (`''` for a destructured one), for binding a caller's arguments. */
  params?: string[];
  /** The parameters with a default value (`role = 'member'`): set even when a call leaves them out. */
  defaulted?: string[];
  /**
   * For a dependency alias rather than a function (FastAPI `CurrentUser = Annotated[User,
   * Depends(get_current_user)]`): the dependencies it injects wherever it is used as a type.
   */
  injects?: CallFact[];
  /**
   * The signals it is connected to as a receiver (Django `@receiver(user_logged_in)`,
   * `post_save.connect(fn)`): a call that sends one of them (`user_logged_in.send`) runs it.
   */
  receives?: string[];
  /**
   * For a getter of a request-scoped provider that returns a value of the request it was given
   * (NestJS `@Inject(REQUEST) private readonly request` and `get userId() { return this.request.user.id; }`):
   * that value, written from the request (`request.user.id`). `this.tenant.userId` in a service the provider is
   * injected into is the caller's id. For a Python function without parameters whose body is one `return`
   * (`def current_user_id(): return int(get_jwt_identity())`): the value it returns, conversions dropped
   * (`get_jwt_identity()`), so `current_user_id()` is read as the caller's id.
   */
  returns?: string;
  /**
   * For a function that only makes an instance of a class (`const scoped = (entity, workspaceId) => new
   * WorkspaceRepository(entity, workspaceId)`), that class and the constructor's arguments as value texts, like
   * `CallFact.receiverArgs`: a method called on what it returns is that class's (see `CallFact.receiverFactory`).
   */
  constructs?: { type: string; args: string[] | null };
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
  /**
   * Declared apart from its URL (a Django view, a DRF viewset, a Flask MethodView): it is
   * served only where a URL configuration mounts it, so the linker leaves it out when no
   * mount reaches it.
   */
  needsMount?: boolean;
  /**
   * Interceptors wrapped around the handler (NestJS `@UseInterceptors(AuditInterceptor)` on the
   * class or method), as calls of their `intercept` method: they run on every request of the route.
   */
  interceptors?: CallFact[];
  /**
   * The framework-wide default the route falls back to because it declares no guards of that
   * kind itself (DRF `DEFAULT_PERMISSION_CLASSES`): the linker applies the MountFact whose
   * `parent` is this name and whose `child` is null.
   */
  defaultGuards?: string;
  /**
   * Imported names that may be dependency aliases defined in another module, used as a
   * parameter type (FastAPI `current_user: CurrentUser`) or in `dependencies=[admin_only]`:
   * the linker adds the `injects` of those that resolve to an alias.
   */
  dependencyTypes?: CallFact[];
  /**
   * The framework's own view the route is, or derives from without writing its handler
   * (Django `PasswordResetConfirmView`, a subclass that only adds `form_valid`): what the
   * endpoint does is the framework's, so it is judged where its URL is declared.
   */
  builtin?: string;
  /**
   * Rate-limit settings in the route's own options (Fastify `config: { rateLimit: {…} }`): `own` for
   * a limit of its own, `off` when it switches the service's limiter off (`rateLimit: false`).
   * They take effect where the framework's limiter plugin is registered (RateLimiterFact `opt-in` or `global`).
   * `applied` for settings that limit the route by themselves, with nothing to register (Django REST framework's
   * `@throttle_classes([LoginThrottle])` or `throttle_classes = [...]` on the view); an empty list there is `off`.
   */
  rateLimit?: 'own' | 'off' | 'applied';
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
  /**
   * The module `child` lives in when the mount names it by module path rather than by an
   * imported variable (Django `include('projects.urls')` → `projects.urls`, child `urlpatterns`; Express
   * `app.use('/account', authenticate, require('./account'))` → `./account`, child `*`: the module's export).
   */
  childModule?: string;
  /**
   * The prefix replaces the one the child router declares itself, instead of going in front of it: Flask's
   * `app.register_blueprint(bp, url_prefix='/api/v2/billing')` serves `Blueprint(…, url_prefix='/billing')`'s routes under
   * `/api/v2/billing` alone.
   */
  replacesChildPrefix?: true;
  /**
   * A hook added by a Fastify plugin wrapped with fastify-plugin (`fp(async (app) => app.addHook(…))`, or marked
   * `skip-override`): the plugin gets no context of its own, so the hook acts in the context that registers it,
   * on that context's routes and its child plugins'.
   */
  skipsEncapsulation?: true;
  /**
   * A Fastify registration that is awaited (`await app.register(routes)`): the plugin loads right there, with the hooks its
   * parent has added so far. Without `await` it loads once the parent's own code has run, so later hooks reach it too.
   */
  awaited?: true;
  /** Interceptors applied to every route under it (NestJS `APP_INTERCEPTOR`, `app.useGlobalInterceptors`), as calls of their `intercept` method. */
  interceptors?: CallFact[];
  /**
   * For a global mount, the paths its guards are limited to within `prefix`, as regular-expression sources matched
   * against the whole route path: only the paths `include` matches, and never those `exclude` matches (Clerk's
   * `if (!isPublicRoute(req)) await auth.protect()` with `isPublicRoute = createRouteMatcher([…])`). A limited mount
   * cannot be known to run for a server action, which is posted to whatever page path the caller picks.
   */
  match?: { include?: string[]; exclude?: string[] };
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
  /**
   * The name the value is bound to, so code that reads it through a settings object can be
   * followed: `sentry_dsn` for a pydantic `BaseSettings` field, `sentryDsn` for
   * `{ sentryDsn: process.env.SENTRY_DSN }`, `dsn` for `const dsn = process.env.SENTRY_DSN`.
   */
  key?: string;
}

/**
 * A value read through a settings object rather than from the environment directly: `env.CRON_SECRET`
 * (t3 `createEnv`, a Worker's `env`), `config.cronSecret`, `settings.cron_secret`. A rule follows it to
 * the environment variables behind it through the env reads bound to the same key (`resolveSetting`).
 */
export interface SettingReadFact {
  /** The member path as written, whitespace removed (`env.CRON_SECRET`, `config.auth.cronSecret`). */
  expression: string;
  location: Location;
}

export interface EnvDeclarationFact {
  name: string;
  /** Where it was declared: `.env.example`, `docker-compose.yml`… */
  location: Location;
  /** What declared it: `dotenv`, `compose`, `dockerfile`, `fly`, `render`, `vercel`, `heroku`, `kubernetes`, `helm`, `github-actions`, `terraform`. */
  source?: string;
  /**
   * The folder whose deployment reads it, when that is not the declaring file's own folder
   * (a docker-compose service's build context or mounted folder, a render.yaml service's rootDir); `.` for the
   * whole repository (CI workflows).
   */
  appliesTo?: string;
  /**
   * For Kubernetes manifests and Helm values: the names the deployment gives the workload that
   * reads it (the object's name, its app labels, the container's name and image's last path
   * segment, `nameOverride`). A manifest outside every service's folder (`deploy/k8s/api.yaml`)
   * is linked to the service folder that these, or the manifest's own path, name.
   */
  deployedAs?: string[];
  /** For `.env` files: whether a value is given (`set`), left out (`empty`) or obviously fake (`placeholder`). The value itself is never kept. */
  value?: 'empty' | 'placeholder' | 'set';
}

/** A cookie set or configured: `res.cookie(name, value, options)`, `cookies().set(…)`, `express-session`'s `cookie`, `response.set_cookie(…)`, Django's `SESSION_COOKIE_*` settings. */
export interface CookieFact {
  /** The cookie's name: a literal, the string a constant of the same file holds, or the expression as written; null for session middleware. */
  name: string | null;
  /** The constant the name was read from (`REFRESH_COOKIE`): it says what the cookie is as often as the value does. */
  constant?: string;
  /** What sets it: `express-session`, `cookie-session`, `res.cookie`, `cookies().set`, `setCookie`… */
  via: string;
  /** Attributes as written (`httpOnly` → `true`, `secure` → `process.env.NODE_ENV==='production'`); absent when not set. */
  attributes: Record<string, string>;
  /** What the setter does for attributes not given, when it differs from leaving them out (Starlette's `samesite="lax"`). */
  defaults?: Record<string, string>;
  location: Location;
}

/** A CORS policy: `cors({...})`, `enableCors`, Fastify's `@fastify/cors`, Hono's `cors`, a manual `Access-Control-Allow-Origin` header, Starlette's `CORSMiddleware`, Flask-CORS, django-cors-headers settings. */
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
  /** The name code uses for it: the class, or the variable holding a table (`sessions = Table(…)`, `export const invites = pgTable(…)`). */
  name: string;
  fields: string[];
  /** `prisma`, `django`, `sqlalchemy`, `sqlmodel`, `sqlalchemy-core` (a `Table(…)`), `drizzle`, `mongoose`, `typeorm`, `sequelize`, `knex` (a migration's `createTable`). */
  orm: string;
  location: Location;
  /** The database table's name when it is written down (`__tablename__`, `db_table`, `Table("sessions", …)`, `pgTable('invites', …)`, a Mongoose model's collection). */
  table?: string;
  /** Other names code uses for it: the variable holding a Mongoose model registered under another name (`const InviteModel = model('Invite', …)`). */
  aliases?: string[];
  /**
   * The field whose expiry makes the database delete the row itself: a MongoDB TTL index
   * (`expiresAt: { type: Date, expires: 0 }`, `schema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })`).
   */
  ttlField?: string;
}

/** A form or serializer class bound to a model: Django's `ModelForm`, DRF's `ModelSerializer` with `class Meta: model = …`. */
export interface FormClassFact {
  name: string;
  /** The model its `Meta.model` names, as written (`AddressBookEntry`). */
  model: string;
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

/**
 * A promise a privacy policy makes about what users can do with their data or how long it
 * is kept: "You can download a copy of all your data", "Invitations expire after 7 days and
 * are deleted". Denials ("we do not offer data export") are not claims.
 */
export interface PrivacyClaimFact {
  /** `export`: access/portability (GDPR Art. 15/20); `erasure`: deletion (Art. 17); `rectification` (Art. 16); `retention`: a period after which data is deleted. */
  kind: 'export' | 'erasure' | 'rectification' | 'retention';
  /**
   * How the user gets it: `self-service` (in the product: "you can … from Settings"),
   * `on-request` ("email privacy@…"), `right` (a statement of rights), `statement` (what "we" do).
   */
  channel: 'self-service' | 'on-request' | 'right' | 'statement';
  /** The sentence (or the sentences of one paragraph or list item) as written, whitespace normalised. */
  sentence: string;
  location: Location;
  /** Retention: the data the promise is about, as written (`Sign-in sessions`, `invitations`). */
  subject?: string;
  /** Retention (and erasure with a deadline): the period as written (`7 days`, `12 months`). */
  period?: string;
}

/**
 * Something that runs on a schedule: a cron callback, a repeatable queue job, a Vercel cron,
 * a scheduled workflow, a Celery beat entry, a Kubernetes CronJob… What it runs is given by
 * whichever of body, handlerRefs, task, queue, requestPath and command the scheduler offers;
 * the rules follow them into the repository.
 */
export interface ScheduledJobFact {
  /** `node-cron`, `cron`, `bullmq`, `agenda`, `vercel`, `github-actions`, `celery`, `apscheduler`, `kubernetes`… */
  scheduler: string;
  /** The job's name when it has one (`purge-invites`, the beat entry's key). */
  name: string | null;
  /** The schedule as written (`0 3 * * *`, `1 day`, `crontab(hour=3)`), or null when it is not literal. */
  schedule: string | null;
  location: Location;
  /** What an inline callback calls and writes. */
  body: BodySummary;
  /** Functions the schedule runs, by name (`purgeExpired`, `CleanupService.purge`). */
  handlerRefs: string[];
  /** A task or job the schedule starts by name (`app.tasks.purge_sessions`, Agenda's job name): run by a JobHandlerFact or function of that name. */
  task: string | null;
  /** A queue the job is put on: the queue's processors (JobHandlerFact) do the work. */
  queue: string | null;
  /** An HTTP path the schedule requests (Vercel cron, `curl` in a workflow): the route does the work. */
  requestPath: string | null;
  /** A shell command the schedule runs (workflow `run:`, a CronJob's command). */
  command: string | null;
  /** The job's data, its string-valued properties written literally (`queue.add('cleanup', { task: 'purge-sessions' }, …)`). */
  data?: Record<string, string>;
}

/** What processes jobs: `new Worker('maintenance', fn)`, `queue.process(fn)`, `agenda.define('name', fn)`. Runs only when something enqueues or schedules its jobs. */
export interface JobHandlerFact extends BodySummary {
  framework: string;
  /** The queue it consumes, when named literally. */
  queue: string | null;
  /** The job name it handles (Agenda, Bull named processors), when named literally. */
  name: string | null;
  handlerRef: string | null;
  location: Location;
  /** The inline processor's job parameter (`async (job) => …` → `job`): `job.data.task` and `job.name` are read from it. */
  jobParam?: string;
}

/** A script in a package manifest (`"db:cleanup": "tsx scripts/cleanup.ts"`), so commands like `npm run db:cleanup` can be followed. */

/**
 * Fields of a record set in one place: the keys of an ORM update's data
 * (`prisma.user.update({ data: { deactivated: true } })`, `User.objects.filter(…).update(email=…)`)
 * or attribute assignments (`user.email = None`). Tells a real anonymisation from a soft-delete flag.
 */
export interface FieldWriteFact {
  /** The model or object written, as written (`user`, `User`, `request.user`). */
  target: string;
  fields: string[];
  /** `orm` for an update call's data, `assignment` for `obj.field = value`. */
  via: 'orm' | 'assignment';
  location: Location;
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

// ── Monitoring and operations ─────────────────────────────────────────────

/** An error-tracking or telemetry SDK initialised in code (`Sentry.init({ dsn })`, `sentry_sdk.init(dsn=…)`). */
export interface ErrorTrackerFact {
  /** `sentry`, `bugsnag`, `rollbar`, `honeybadger`, `datadog`, `newrelic`, `opentelemetry`. */
  sdk: string;
  callee: string;
  /** The option that carries the DSN or key (`dsn`, `apiKey`), or null for agent-based SDKs that need none in code. */
  keyOption: string | null;
  /** Where the key comes from, as written. */
  key: ErrorTrackerKey;
  /** Variables the SDK reads by itself when the key is left unset (`SENTRY_DSN`). */
  fallbackEnv: string[];
  /** `enabled: false` written literally. */
  disabled: boolean;
  location: Location;
}

export type ErrorTrackerKey =
  | { kind: 'env'; name: string }
  | { kind: 'expression'; text: string }
  | { kind: 'literal'; empty: boolean }
  | { kind: 'absent' };

/** Code that posts an alert to a channel people watch: a Slack/Discord/Teams webhook, PagerDuty, Opsgenie. */
export interface AlertSinkFact {
  /** `slack`, `discord`, `teams`, `pagerduty`, `opsgenie`. */
  channel: string;
  /** The call that sends (`fetch`, `axios.post`, `IncomingWebhook`, `requests.post`). */
  via: string;
  /** The named function that sends (`sendAlert`, `AlertService.notify`), null at module level. */
  function: string | null;
  /** Variables the destination is read from; empty when it is written in place. */
  destinationEnv: string[];
  /** Settings-object reads the destination comes from (t3 `env.SLACK_ALERTS_WEBHOOK_URL`, `config.slackWebhookUrl`), resolved to variables by the rule; absent when there are none. */
  destinationSettings?: string[];
  location: Location;
}

/** Code that runs when something failed: a catch/except block, error middleware, a process hook, a job-failure handler. */
export interface ErrorPathFact {
  /** `failure-branch`: the body of an `if` that tests for a failure (`if (!res.ok)`, `if err:`, `if status >= 500`). */
  kind: 'catch' | 'error-handler' | 'process-hook' | 'promise-catch' | 'failure-event' | 'exception-handler' | 'failure-branch';
  startLine: number;
  endLine: number;
  /** A function registered by name as the failure handler (`process.on('unhandledRejection', shutdown)`): all of it is an error path. */
  handler?: string;
}

/** A rate limiter as declared: bound to a name, applied to a whole service, or to path prefixes (a proxy). */
export interface RateLimiterFact {
  /** The variable it is bound to (`loginLimiter`), null when it is not bound to one. */
  name: string | null;
  /** The package or mechanism: `express-rate-limit`, `slowapi`, `@nestjs/throttler`, `nginx limit_req`. */
  via: string;
  /**
   * `binding`: applies where the name is used; `global`: to every route of the service (except routes that switch it
   * off in their own options); `opt-in`: only to the routes of the service that set a limit in their own options
   * (Fastify `register(rateLimit, { global: false })`); `prefix`: to paths under `paths`.
   */
  scope: 'binding' | 'global' | 'opt-in' | 'prefix';
  paths: string[];
  location: Location;
}

/** An uptime monitor kept as code (Upptime, Checkly, Terraform monitors, a scheduled workflow that requests the site) or documented. */
export interface UptimeMonitorFact {
  tool: string;
  /** The URL or name checked, when written. */
  target: string | null;
  /** `code` for a monitor the repository defines; `document` for one a document says exists elsewhere. */
  kind: 'code' | 'document';
  location: Location;
}

/** A backup or restore command or configuration. */
export interface BackupFact {
  action: 'backup' | 'restore';
  /** `pg_dump`, `pg_restore`, `aws rds restore-db-instance-from-db-snapshot`, `aws_backup_plan`… */
  tool: string;
  /** `script` (shell, Makefile, package.json), `ci` (a workflow step), `document` (prose), `infrastructure` (Terraform, Kubernetes, compose). */
  source: 'script' | 'ci' | 'document' | 'infrastructure';
  location: Location;
}

/** A CI pipeline: a GitHub Actions workflow, `.gitlab-ci.yml` or CircleCI config. */
export interface CiWorkflowFact {
  provider: 'github-actions' | 'gitlab-ci' | 'circleci';
  name: string;
  /** Events that start it: `push`, `pull_request`, `schedule`, `workflow_dispatch`… */
  triggers: string[];
  /**
   * The branches its `push` trigger is limited to (GitHub `on.push.branches`; empty for a push
   * filtered to tags only), absent when a push to any branch starts it. A pipeline started only
   * by pushes to `main` runs after the change is merged.
   */
  pushBranches?: string[];
  /** The line of its `jobs:` key (GitHub Actions), where a job it lacks belongs. */
  jobsLine?: number;
  jobs: CiJobFact[];
  location: Location;
}

export interface CiJobFact {
  name: string;
  line: number;
  endLine: number;
  /** Events that start this job when it narrows the pipeline's own (GitLab `only`/`rules`, CircleCI scheduled workflows). */
  triggers: string[] | null;
  steps: CiStepFact[];
}

export interface CiStepFact {
  /** The shell command, for run steps. */
  run: string | null;
  /** The action used (`actions/checkout@v4`), for GitHub `uses` steps. */
  uses: string | null;
  /** Repo-relative working directory (step's, else job default), null for the root. */
  workingDirectory: string | null;
  line: number;
}

/** A package manifest's name (package.json `name`), so workspace commands (`pnpm --filter @acme/api test`) can be mapped to its folder. */
export interface PackageFact {
  name: string;
  line: number;
}

/** A named command (a package.json script), so CI steps that call it can be followed. */
export interface ScriptFact {
  runner: 'npm';
  name: string;
  command: string;
  line: number;
}

/** A dependency-update bot configuration (Dependabot, Renovate) and what stops it from working. */
export interface DependencyUpdateFact {
  tool: 'dependabot' | 'renovate';
  location: Location;
  /** Why it would not open update pull requests, in words (wrong file name, invalid, limit 0, disabled); empty when it works. */
  problems: string[];
  /** Package ecosystems it updates (Dependabot `package-ecosystem` entries that can open pull requests). */
  ecosystems: string[];
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
  /** Reads through a settings object (`env.CRON_SECRET`, `config.cronSecret`, Python `settings.cron_secret`); absent when there are none. */
  settingReads?: SettingReadFact[];
  envDeclarations: EnvDeclarationFact[];
  secrets: SecretFact[];
  cookies: CookieFact[];
  cors: CorsFact[];
  models: ModelFact[];
  formClasses: FormClassFact[];
  matches: PatternMatchFact[];
  documents: DocumentFact[];
  privacyClaims: PrivacyClaimFact[];
  scheduledJobs: ScheduledJobFact[];
  jobHandlers: JobHandlerFact[];
  /**
   * Objects ranking roles by number (`const rank = { member: 0, editor: 1, admin: 2, owner: 3 }`), as the code orders
   * them: a role guard given the least privileged one only checks membership. Absent when there are none.
   */
  roleRanks?: { line: number; ranks: Record<string, number> }[];
  /** DRF permission classes written in the file (Python); absent when there are none. */
  drfPermissions?: DrfPermissionFact[];
  /** Tables of functions picked by key (JavaScript/TypeScript); absent when there are none. */
  dispatchTables?: DispatchTableFact[];
  /** TypeORM repositories the module exports (absent when none). */
  repositoryExports?: RepositoryExportFact[];
  fieldWrites: FieldWriteFact[];
  suppressions: InlineSuppressionFact[];
  problems: FileProblem[];
  errorTrackers: ErrorTrackerFact[];
  alertSinks: AlertSinkFact[];
  errorPaths: ErrorPathFact[];
  rateLimiters: RateLimiterFact[];
  uptimeMonitors: UptimeMonitorFact[];
  backups: BackupFact[];
  ciWorkflows: CiWorkflowFact[];
  scripts: ScriptFact[];
  packages: PackageFact[];
  dependencyUpdates: DependencyUpdateFact[];
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
    formClasses: [],
    matches: [],
    documents: [],
    privacyClaims: [],
    scheduledJobs: [],
    jobHandlers: [],
    fieldWrites: [],
    suppressions: [],
    problems: [],
    errorTrackers: [],
    alertSinks: [],
    errorPaths: [],
    rateLimiters: [],
    uptimeMonitors: [],
    backups: [],
    ciWorkflows: [],
    scripts: [],
    packages: [],
    dependencyUpdates: [],
  };
}
