import type { FactIndex, LinkedRoute } from '../../core/fact-index.js';
import type { CallFact, DataOpFact, DrfPermissionFact, FunctionFact, MountFact } from '../../core/facts.js';
import type { Location, RelatedLocation } from '../../core/model.js';
import { pathParams } from '../../extract/js/paths.js';
import { loaderBodies, originalValue, reachFrom, revealingCalls, withLoaderModels, type LocatedCall, type LocatedComparison } from '../reach.js';
import { auditMatchers, isAuditCall as matchesAuditCall, isAuditModel as matchesAuditModel } from '../audit/audit-calls.js';
import { resolveSetting } from '../environment.js';
import { isHeldByAnotherUnit } from '../organization-models.js';
import { globalMiddleware } from '../global-middleware.js';
import { Limiters } from '../rate-limits.js';
import { optionDefaults } from '../types.js';

/**
 * How a route is protected, decided once from facts and shared by the three access rules
 * (`security/mutations-require-authentication`, `security/mutations-require-authorization`,
 * `security/object-access-is-scoped`) so that one problem is reported by exactly one of them:
 *
 * - a route that changes data or reveals a secret with no authentication → authentication;
 * - the same with authentication but no authorization (guard, call, or every change scoped
 *   to the caller) → authorization, even when the change is also keyed by an id from the
 *   request (the fix is a permission check, not a `where` clause);
 * - otherwise, an object read or changed by an id from the request with no scoping and no
 *   authorization on an authenticated route → object access (IDOR).
 */

/** The options the three rules share, compiled. */
export interface AccessOptions {
  authenticationGuards: RegExp[];
  authenticationCalls: RegExp[];
  authorizationGuards: RegExp[];
  authorizationCalls: RegExp[];
  authorizationErrors: RegExp[];
  membershipChecks: RegExp[];
  membershipErrors: RegExp[];
  baseRoles: RegExp[];
  publicMarkers: RegExp[];
  ownerValues: RegExp[];
  tenantValues: RegExp[];
  requestValues: RegExp[];
  tokenValues: RegExp[];
  privilegedActions: RegExp[];
  revealCalls: RegExp[];
  webhookVerification: RegExp[];
  publicEndpoints: RegExp[];
  publicForms: RegExp[];
  publicCheckouts: RegExp[];
  sharedSecretHeaders: RegExp[];
  sharedSecretEnv: RegExp[];
  maxDepth: number;
}

const CASE_INSENSITIVE = new Set(['baseRoles', 'privilegedActions', 'publicEndpoints', 'publicForms', 'publicCheckouts', 'sharedSecretHeaders', 'authorizationErrors', 'membershipErrors']);
/** A name that says more than membership (`orgAdminProcedure`, `requireTeamOwner`) is a permission check. */
const PERMISSION_WORDS = /admin|owner|role|permission|polic|abilit|staff|manager|editor|superuser/i;
/** Calls that read a request header by name: `req.headers.get('authorization')`, `req.get('x-cron-secret')`, `headers().get(…)`. */
const HEADER_READ = /(?:^|\.)(?:get|header|getHeader)$/;
/** Calls that raise or answer an error, whose message can say why the caller was refused (Django's `PermissionDenied("Not a member…")` too). */
const ERROR_CALL = /(?:^|\.)(?:\w*Error|\w*Exception|abort|error|throw|fail|reject|PermissionDenied)$/;

export function accessOptions(options: Record<string, unknown>): AccessOptions {
  const list = (key: string) => (Array.isArray(options[key]) ? (options[key] as unknown[]).map((p) => new RegExp(String(p), CASE_INSENSITIVE.has(key) ? 'i' : '')) : []);
  return {
    authenticationGuards: list('authenticationGuards'),
    authenticationCalls: list('authenticationCalls'),
    authorizationGuards: list('authorizationGuards'),
    authorizationCalls: list('authorizationCalls'),
    authorizationErrors: list('authorizationErrors'),
    membershipChecks: list('membershipChecks'),
    membershipErrors: list('membershipErrors'),
    baseRoles: list('baseRoles'),
    publicMarkers: list('publicMarkers'),
    ownerValues: list('ownerValues'),
    tenantValues: list('tenantValues'),
    requestValues: list('requestValues'),
    tokenValues: list('tokenValues'),
    privilegedActions: list('privilegedActions'),
    revealCalls: list('revealCalls'),
    webhookVerification: list('webhookVerification'),
    publicEndpoints: list('publicEndpoints'),
    publicForms: list('publicForms'),
    publicCheckouts: list('publicCheckouts'),
    sharedSecretHeaders: list('sharedSecretHeaders'),
    sharedSecretEnv: list('sharedSecretEnv'),
    maxDepth: typeof options.maxDepth === 'number' ? options.maxDepth : 3,
  };
}

/** A value naming a row by its public slug (`slug`, `grant_slug`, `req.params.orgSlug`). */
const SLUG_KEY = /^(?:(?:[a-z][a-z0-9]*_)*slug|[a-z][A-Za-z0-9]*Slug)$/;

/** A `public` path segment (`/public/clinics/:slug`, `/api/public/forms/[slug]`). */
const PUBLIC_SEGMENT = /(?:^|\/)public(?:\/|$)/i;

/** A path parameter naming an object by its id (`:id`, `:orderId`, `{booking_id}`, `<int:pk>`), not by a public slug. */
const ID_PARAMETER = /^(?:id|pk|uuid)$|(?:_id|_pk|_uuid|Id|Pk|Uuid|ID)$/;
/** A rate limit on the route: a limiter guard or decorator (`@ratelimit`, `rateLimit(…)`, `@Throttle`) or a limiter call in the handler. */
const RATE_LIMIT_CALL = /(?:^|\.)(?:\w*rate_?limit\w*|\w*RateLimit\w*|\w*[lL]imiter\w*|[tT]hrottle\w*)$/i;
/** The limiter names the rate-limit rule knows: a route is rate-limited here on the same evidence as there. */
const LIMITER_NAMES = optionDefaults('operations/public-endpoints-are-rate-limited', 'limiterNames').map((p) => new RegExp(p));

/** Calls that only open (decrypt) a session cookie and check nothing: iron-session's route and page wrappers. */
const SESSION_OPENER = /^(?:withIronSessionApiRoute|withIronSessionSsr|withIronSession|getIronSession|unsealData)$/;

/** A piece of evidence: what was found and where. */
export interface Evidence {
  what: string;
  path: string;
  line: number;
}

export type ValueKind = 'owner' | 'tenant' | 'request' | 'token';

/** A data operation with what its filter (or, for a create, its values) says about who it is limited to. */
export interface ScopedOp {
  op: DataOpFact;
  owner: string | null;
  tenant: string | null;
  request: string[];
  token: string | null;
}

export interface RouteAccess {
  linked: LinkedRoute;
  /** `DELETE /projects/:projectId/members/:userId`, `server action updateProject`, `mutation project.remove`. */
  label: string;
  /** The fingerprint anchor: method and full path, never a line. */
  anchor: string;
  authentication: Evidence | null;
  authorization: Evidence | null;
  /**
   * A check that only establishes the caller's membership of an organization or team (`orgProcedure`,
   * `requireOrgMember`, "Not a member of this organization"): authorization for ordinary actions, not for privileged ones.
   */
  membership: Evidence | null;
  /** Changes made (audit records excluded) and secrets revealed. */
  writes: ScopedOp[];
  reads: ScopedOp[];
  reveals: Evidence[];
  /** The secret revealed was loaded from the caller's own records (their API key, their 2FA secret). */
  revealsOwnSecret: boolean;
  privileged: Evidence | null;
  /** Why the route needs no authentication (a verified webhook, a token link, a sign-in endpoint). */
  publicByDesign: string | null;
  /** A webhook-looking route that verifies no signature. */
  unverifiedWebhook: boolean;
  /** Writes not limited to the caller (for a privileged action, owner scoping only counts). */
  unscopedWrites: ScopedOp[];
  /** Reads and changes keyed by a value from the request with no scoping to the caller. */
  unscopedByRequest: ScopedOp[];
  /** Of those, the ones keyed by other request values than the one a membership check (the only check) looked up. */
  unscopedPastMembership: ScopedOp[];
  /** The only authorization is a guard's role or type-level permission: it says what kind of object the caller may touch, not which one. */
  typeLevelOnly: boolean;
  /**
   * The only check is a guard's membership of an organization (`loadMembership` refusing "Not a member…") that never
   * sees the object: it says the caller belongs to an organization, not that the object is that organization's.
   */
  membershipOnly: boolean;
  /** What was considered: guards, mounts, helpers. */
  related: RelatedLocation[];
  /** The names of the guards that apply, for messages. */
  guardNames: string[];
  helperNames: string[];
}

export type AccessVerdict = 'authentication' | 'authorization' | 'object-access' | null;

/** Which of the three rules owns the route's problem, if it has one. */
export function verdict(access: RouteAccess): AccessVerdict {
  const mutates = access.writes.length > 0 || access.reveals.length > 0;
  if (mutates && !access.authentication && !access.authorization && !access.publicByDesign) return 'authentication';
  if (!access.authentication && !access.authorization) return null;
  if (access.authorization) return ((access.typeLevelOnly || access.membershipOnly) && access.unscopedByRequest.length > 0) || access.unscopedPastMembership.length > 0 ? 'object-access' : null;
  if (mutates && (access.unscopedWrites.length > 0 || (access.reveals.length > 0 && !access.revealsOwnSecret))) return 'authorization';
  if (access.unscopedByRequest.length > 0) return 'object-access';
  return null;
}

/** Who may ask, as a permission check's argument: the caller's membership, user, role or ability, never an object. */
const CALLER_ARGUMENT = /^(?:req|request|ctx|c|context|res\.locals|this|self|event\.locals|locals)?\.?(?:state\.|session\.|auth\.|var\.)?(?:membership|member|user|currentUser|current_user|session|role|roles|ability|actor|principal|auth|viewer|account)$/i;

/**
 * A permission check handed only the caller and strings (`policy.authorize(req.membership, 'payments:read')`,
 * `authorize(user, 'read', 'Payment')`): a permission on a kind of object. A check handed anything else (the
 * loaded row, an id) may look at the object.
 */
function onKindOnly(call: CallFact, loaded: ReadonlySet<string>): boolean {
  if (!call.stringsOnly || !call.args) return false;
  const values = call.args.filter((a) => a !== '');
  return values.length > 0 && values.every((a) => CALLER_ARGUMENT.test(a) && !loaded.has(a));
}

/** What the checks on a route's way establish: authorization, or only the caller's membership. */
interface Checks {
  authorization: Evidence | null;
  membership: Evidence | null;
}

/** Guards that check an ability on a subject type: `can('read', 'Payment')` middleware, NestJS `@CheckPolicies(…)` and the policies guard that runs them. */
const ABILITY_GUARD = /^(?:can|cannot|\w+\.(?:can|cannot)|CheckPolicies|CheckAbilit(?:y|ies)|Policies|\w*(?:Policies|Ability|Abilities|Casl)Guard)$/;
/**
 * A permission guard named for it and handed only literals (`requirePermission('payroll', 'manage')` asking casbin,
 * `requirePermission('task:write')`): like an ability on a subject type, it says the caller's role may act on that kind
 * of object, any organization's. A role guard (`requireRole('admin')`) is not one: it grants its holders every object on purpose.
 */
const PERMISSION_GUARD = /(?:^|\.)(?:require|check|ensure|assert|has|verify)Permissions?$/;
const isKindGuard = (call: CallFact): boolean => ABILITY_GUARD.test(call.callee) || (PERMISSION_GUARD.test(call.callee) && call.firstArg !== undefined);

/** A guard and, when it came from a builder alias (`orgProcedure = protectedProcedure.use(…)`), the alias's name. */
type Located = LocatedCall & { alias?: string };

const SHARED = new WeakMap<FactIndex, Map<string, AccessAnalysis>>();

/** Per-scan state: alias mounts and global guards indexed once. */
export class AccessAnalysis {
  /** The analysis for a scan and a set of options: the three access rules share defaults, so one scan analyses routes once. */
  static of(facts: FactIndex, options: Record<string, unknown>): AccessAnalysis {
    let byOptions = SHARED.get(facts);
    if (!byOptions) SHARED.set(facts, (byOptions = new Map()));
    const key = JSON.stringify(options);
    let analysis = byOptions.get(key);
    if (!analysis) byOptions.set(key, (analysis = new AccessAnalysis(facts, accessOptions(options))));
    return analysis;
  }

  private readonly aliases = new Map<string, MountFact[]>();
  private readonly cache = new Map<LinkedRoute, RouteAccess>();
  private limitersOfScan: Limiters | null = null;
  /** The file of every mount, for `related` locations (mount locations carry it too, but facts from a cache may not). */
  private readonly mountPath = new Map<MountFact, string>();

  constructor(
    readonly facts: FactIndex,
    readonly options: AccessOptions,
  ) {
    for (const f of facts.fileFacts) {
      for (const m of facts.mountsOf(f)) {
        this.mountPath.set(m, f.path);
        if (m.parent !== '*' && m.prefix === '' && m.child) {
          const list = this.aliases.get(m.child) ?? [];
          list.push(m);
          this.aliases.set(m.child, list);
        }
      }
    }
  }

  private get limiters(): Limiters {
    return (this.limitersOfScan ??= new Limiters(this.facts, LIMITER_NAMES));
  }

  routes(): RouteAccess[] {
    return this.facts.routes().map((r) => this.analyse(r));
  }

  analyse(linked: LinkedRoute): RouteAccess {
    const cached = this.cache.get(linked);
    if (cached) return cached;
    const o = this.options;
    const { route } = linked;
    const routePath = route.location.path;
    const related: RelatedLocation[] = [];

    // Guards: the mount chain's and the route's, builder aliases expanded, then global guards.
    const guards: Located[] = [];
    const mountPaths = this.mountPath;
    for (const g of linked.guards) {
      const mount = linked.mounts.find((m) => m.guards.includes(g));
      guards.push({ call: g, path: mount ? (mountPaths.get(mount) ?? routePath) : routePath });
    }
    this.expandAliases(guards, related);
    const publicMarker = guards.find((g) => matches(g.call.callee, o.publicMarkers));
    // Guards of a middleware in front of the whole service: a session it establishes is not the route's own choice.
    const global = new Set<Located>();
    if (!publicMarker) {
      for (const g of globalMiddleware(this.facts, linked)) {
        for (const call of g.mount.guards) {
          const located = { call, path: g.path };
          guards.push(located);
          global.add(located);
        }
        related.push({ path: g.path, startLine: g.mount.location.startLine, message: `global guard ${g.mount.guards.map((c) => c.callee).join(', ')}` });
      }
    }
    for (const m of linked.mounts) {
      const names = m.guards.map((c) => c.callee).filter(isGuardName);
      if (names.length > 0) related.push({ path: mountPaths.get(m) ?? routePath, startLine: m.location.startLine, message: `router-level guard ${names.join(', ')}` });
    }

    // Evidence in the guards themselves, then inside the guard functions.
    let authentication: Evidence | null = null;
    const checks: Checks = { authorization: null, membership: null };
    // Guards in force: a metadata decorator (`@Roles`) only with a guard that enforces it, a metadata-reading guard only with its metadata.
    const inForce = this.inForce(guards, related);
    // A DRF permission class of the repository's own is judged by its body, not its name: one whose `has_permission`
    // only reads the caller's organization (`user.practice_id`) checks membership, whatever it is called.
    const drfMembers = inForce.filter((g) => this.drfPermission(g)?.membershipOnly !== undefined);
    for (const g of inForce) {
      if (drfMembers.includes(g)) {
        if (!checks.authorization) checks.membership ??= { what: `${g.call.callee} (its has_permission only checks ${this.drfPermission(g)!.membershipOnly!.join(', ')})`, path: g.path, line: g.call.line };
        continue;
      }
      // A refusal inside `orgProcedure` is the membership check that builder stands for.
      const inMembershipBuilder = g.alias !== undefined && this.isMembershipAlias(g.alias);
      this.recordCheck(checks, g.call, true, inMembershipBuilder, (byBuilder) => ({ what: byBuilder ? `${describeCall(g.call)} in ${g.alias}` : describeCall(g.call), path: g.path, line: g.call.line }));
      if (!authentication && (matches(g.call.callee, o.authenticationGuards) || this.isAuthenticationCall(g.call)) && !this.opensSessionOnly(g)) authentication = { what: describeCall(g.call), path: g.path, line: g.call.line };
    }
    const guardReach = reachFrom(this.facts, guardStarts(this.facts, inForce), 2, () => false);
    // The body of a membership builder (`orgProcedure = protectedProcedure.use(async …)`) checks membership, whatever it throws.
    // So does the body of a role guard given the base role (`requireWorkspaceRole('member')`): its refusal turns away non-members only.
    const baseRoleGuards = inForce.filter((g) => !g.call.callee.includes('(') && this.isBaseRoleGuard(g.call, true));
    const membershipBodies = [
      ...guardReach.via.filter((f) => this.isMembershipAlias(f.name)),
      ...(baseRoleGuards.length > 0 ? reachFrom(this.facts, baseRoleGuards, 2, () => false).via : []),
    ].map((f) => f.location);
    const inMembershipBody = (c: LocatedCall) => membershipBodies.some((l) => l.path === c.path && l.startLine <= c.call.line && c.call.line <= l.endLine);
    for (const c of guardReach.calls) {
      const inGuard = () => ({ what: `${describeCall(c.call)} in a guard`, path: c.path, line: c.call.line });
      this.recordCheck(checks, c.call, false, inMembershipBody(c), inGuard);
      if (!authentication && this.isAuthenticationCall(c.call)) authentication = inGuard();
    }
    const guardAuthorization = checks.authorization;

    // The handler and the helpers and services it calls; authentication and audit helpers are not followed.
    const body = linked.handler ?? route;
    const bodyPath = linked.handler?.location.path ?? routePath;
    const skip = (c: CallFact) => this.isAuthenticationCall(c) || isAuditCall(c.callee);
    const handlerCalls = body.calls.map((call) => ({ call, path: bodyPath }));
    const reach = reachFrom(this.facts, handlerCalls, o.maxDepth, skip, body.dataOps);
    const calls = [...handlerCalls, ...reach.calls];
    // A check in the handler or its helpers runs where the object is at hand: it may be on the object.
    let objectChecked = false;
    // `policy.authorize(req.membership, 'payments:read')`: handed only who asks and an action, it cannot see the object.
    const loaded = new Set([...body.dataOps, ...reach.dataOps].flatMap((op) => (op.op === 'read' && op.boundTo ? [op.boundTo] : [])));
    const kindChecks = calls.filter((c) => this.isAuthorizationCall(c.call) && !this.isMembershipCheck(c.call) && onKindOnly(c.call, loaded));
    // What such a check runs inside (`authorize` calling `can(membership, action)`) is handed no object either.
    const key = (c: LocatedCall) => `${c.path}:${c.call.line}:${c.call.callee}`;
    const insideKindChecks = new Set(kindChecks.length > 0 ? reachFrom(this.facts, kindChecks, o.maxDepth, skip).calls.map(key) : []);
    for (const c of calls) {
      if (kindChecks.includes(c) || insideKindChecks.has(key(c))) {
        // judged below: a permission on a kind of object
      } else if (this.isAuthorizationCall(c.call) || this.isMembershipCheck(c.call)) objectChecked = true;
      const evidence = () => ({ what: describeCall(c.call), path: c.path, line: c.call.line });
      this.recordCheck(checks, c.call, false, false, evidence);
      if (!authentication && this.isAuthenticationCall(c.call)) authentication = evidence();
    }
    // Whether the handler or its helpers check anything themselves: only then may the object have been looked at.
    const checkedInHandler = objectChecked;
    let { authorization } = checks;
    const { membership } = checks;
    for (const fn of reach.via) related.push({ path: fn.location.path, startLine: fn.location.startLine, message: `helper ${fn.qualifiedName} was followed` });
    authentication ??= authorization ?? membership;

    const params = new Set([...(route.params ?? []), ...pathParams(linked.fullPath)]);
    // A guard runs before the handler loads anything: it checks the object only through the request's id
    // (`requireProjectRole('projectId')`, a lookup by `req.params.projectId` in its body); a role or an
    // action on a type (`can('read', 'Payment')`, `@CheckPolicies(a => a.can(Action.Read, 'Ticket'))`) limits no object.
    const namesRequest = (v: string) => params.has(v.split(/[.([]/)[0]!) || matches(v, o.requestValues);
    if (guards.some((g) => (g.call.firstArg !== undefined && namesRequest(g.call.firstArg)) || (g.call.args ?? []).some((a) => a !== '' && namesRequest(a)))) objectChecked = true;
    if (guardReach.calls.some((c) => (c.call.args ?? []).some((a) => a !== '' && namesRequest(a)))) objectChecked = true;
    if (guardReach.dataOps.some((op) => this.scope(op, params).request.length > 0)) objectChecked = true;
    // A membership check sees the object only when it is in the handler (above) or handed the request's id.
    const objectSeen = objectChecked;
    // The permission that passed the route is a handler's check on a kind of object, and nothing else looked at the object.
    const kindLevel = !objectSeen && checks.authorization !== null && kindChecks.some((k) => k.path === checks.authorization!.path && k.call.line === checks.authorization!.line);
    if (membership) objectChecked = true;
    // Only ability checks on a subject type are judged type-level: CASL's `can('read', 'Ticket')` is true when the caller may
    // read some ticket, any organization's. A role guard (`requireAdmin`, `@Roles('admin')`) grants its holders every object on purpose.
    const authorizationGuards = inForce.filter((g) => !drfMembers.includes(g) && (matches(g.call.callee, o.authorizationGuards) || this.isAuthorizationCall(g.call)));
    if (authorizationGuards.length === 0 || !authorizationGuards.every((g) => isKindGuard(g.call))) objectChecked = true;
    const ops = withMixinQuerysets(this.facts, inForce, withLoaderModels(dedupe([...body.dataOps, ...reach.dataOps]), reach.via).filter((op) => !isAuditModel(op.model)));
    // Locals holding a row the route loaded (`target = get_object_or_404(User, pk=pk, …)`): handed to a helper whose
    // parameter is called `user`, they are still that row, not the caller.
    const loadedRows = new Set(ops.flatMap((op) => (op.op === 'read' && op.boundTo ? [op.boundTo] : [])));
    const scoped = ops.map((op) => this.scope(op, params, loadedRows));
    // DRF runs `has_object_permission` on the row the view looks up itself (`self.get_object()`, a viewset's `update`):
    // comparing it with the caller's organization or identity limits that row, and no row the handler queries on its own.
    const objectScope = inForce.map((g) => this.drfPermission(g)?.objectScope).find((v) => v !== undefined);
    if (objectScope) {
      for (const s of scoped) {
        if (!s.op.viewObject || s.owner || s.tenant) continue;
        const by = this.scope({ ...s.op, filter: [objectScope], values: [] }, new Set());
        s.owner = by.owner;
        if (!s.owner) s.tenant = by.tenant;
      }
    }
    // `@UseGuards(CompanyScopeGuard)` refusing unless `request.params.companyId === request.user.companyId`: by the
    // handler, the URL's `companyId` is the caller's company, so a query keyed by it is limited to the caller.
    const pinned = this.pinnedParameters(inForce, guardReach.via, pathParams(linked.fullPath));
    if (pinned.size > 0) for (const s of scoped) pinToCaller(s, pinned);
    // `const invoice = await Invoice.findById(id)` then `if (invoice.orgId !== req.user.orgId) throw …`: the row is
    // checked against the caller after the load, which limits it as much as a filter would.
    const comparisons = [...(body.comparisons ?? []).map((c) => ({ ...c, path: bodyPath })), ...reach.comparisons];
    if (comparisons.length > 0) for (const s of scoped) this.checkedAfterLoad(s, comparisons, params, loadedRows);
    const writes = scoped.filter((s) => s.op.op !== 'read');
    const reads = scoped.filter((s) => s.op.op === 'read');
    // A secret decrypted only to sign something (an outgoing webhook's HMAC) is used, not revealed.
    const reveals = revealingCalls(this.facts, calls, (c) => matches(c.callee, o.revealCalls)).map((c) => ({ what: c.call.callee, path: c.path, line: c.call.line }));

    const label = describeRoute(linked);
    const spoken = splitWords(label);
    let privileged: Evidence | null = null;
    if (matches(withoutRecordNames(spoken, scoped.map((s) => s.op.model)), o.privilegedActions)) privileged = { what: label, path: routePath, line: route.location.startLine };
    for (const w of writes) {
      // Creating an organization or a membership row is how sign-up and invites work; changing one is an admin's act.
      if (privileged) break;
      // A `tenants` table of renters with an `org_id` column, beside an `organizations` model, is held by the organization: not it.
      if (w.op.op !== 'create' && w.op.model && matches(w.op.model, o.privilegedActions) && !isHeldByAnotherUnit(this.facts, w.op.model) && !isRecordModel(w.op.model)) privileged = { what: `changes to ${displayModel(w.op)}`, path: w.op.location.path, line: w.op.location.startLine };
      // …unless the client picks the role it grants (`invitation.create({ role: input.role })`): any member could invite an admin.
      else if (w.op.op === 'create' && w.op.model && matches(w.op.model, o.privilegedActions) && grantsRequestedRole(w)) {
        privileged = { what: `a grant of the role the client chooses (${w.request.find((v) => ROLE_VALUE.test(v)) ?? (w.op.values ?? []).find((v) => BARE_ROLE_LOCAL.test(v))} written to ${displayModel(w.op)})`, path: w.op.location.path, line: w.op.location.startLine };
      }
    }
    if (!privileged && reveals.length > 0) privileged = { what: `revealing a secret (${reveals[0]!.what})`, path: reveals[0]!.path, line: reveals[0]!.line };

    // Membership decides who is in the organization, not who in it may act: enough for ordinary actions only,
    // and for reading what the organization holds (its member list too): a read changes nothing.
    const byMembership = !authorization && membership !== null && (!privileged || (writes.length === 0 && reveals.length === 0));
    if (byMembership) authorization = membership;
    const token = [...reads, ...writes].find((s) => s.token !== null);

    // A change is limited to the caller when its own filter is, or when the object it changes was loaded
    // by a scoped read. A privileged action (member, role, export…) needs more than tenant scoping, and a
    // create's owner field is attribution, not permission.
    const scopedReads = reads.filter((r) => r.owner || (r.tenant && !privileged));
    // `findFirst({ id, organizationId })` then `update({ where: { id } })`: the change is as scoped as the load that found it.
    // A change keyed by a value the load did not look at picks another row than the one the load found: after loading the
    // caller's own membership by `workspaceId` (or `RoomMembership` by `room_id` and the caller's id),
    // `membership.update({ where: { workspaceId, userId: memberId } })` changes another member's row.
    const loadedScoped = (s: ScopedOp) => scopedReads.some((r) => modelKey(r.op.model) === modelKey(s.op.model) && (s.request.length === 0 || s.request.every((v) => r.request.includes(v))));
    // `const project = await …findFirst({ where: { id, teamId: session.user.teamId } })` then
    // `file.create({ data: { projectId: project.id } })`: the new record hangs under a row the caller may use.
    const underScopedRow = (s: ScopedOp): boolean =>
      (s.op.values ?? []).some((v) => {
        const root = /^[A-Za-z_$][\w$]*/.exec(v)?.[0];
        return root !== undefined && scopedReads.some((r) => r.op.boundTo === root && r.op.location.path === s.op.location.path && r.op.location.startLine <= s.op.location.startLine);
      });
    // `POST /workspaces` inserting the workspace and the caller as its member with a role the code fixes (`role: 'owner'`), at
    // a path naming no existing object: the caller founds something of their own, which is how sign-up works.
    const founds = params.size === 0 && writes.some((w) => w.op.op === 'create' && w.owner !== null && w.op.model !== null && MEMBERSHIP_MODEL.test(w.op.model) && (w.op.values ?? []).some((v) => ROLE_FIELD.test(v)) && !grantsRequestedRole(w));
    // `vehicle = get_vehicle_for(session, user, vehicle_id)` then `session.add(vehicle)`: the row is the one the helper's
    // scoped load returned.
    const loadedByScopedHelper = (s: ScopedOp): boolean => {
      if (!s.op.loadedBy) return false;
      const helpers = loaderBodies(s.op.loadedBy, reach.via);
      return scopedReads.some((r) => helpers.some((f) => f.location.path === r.op.location.path && f.location.startLine <= r.op.location.startLine && r.op.location.startLine <= f.location.endLine));
    };
    // `item = session.get(LineItem, item_id)` then `get_quote_for_org(session, user.org_id, item.quote_id)`, which 404s unless the
    // item's quote is in the caller's organization: the item is as limited as the load of its parent that refuses it.
    const refuses = (p: ScopedOp): boolean => {
      if (REFUSING_LOAD.test(p.op.callee)) return true;
      const inside = reach.via.find((f) => f.location.path === p.op.location.path && f.location.startLine <= p.op.location.startLine && p.op.location.startLine <= f.location.endLine);
      return (inside ? inside.calls : body.calls).some((c) => REFUSAL.test(c.callee) && c.line >= p.op.location.startLine);
    };
    const parentLimits = (r: ScopedOp): boolean => {
      const row = r.op.boundTo;
      return row !== undefined && scopedReads.some((p) => p !== r && modelKey(p.op.model) !== modelKey(r.op.model) && (p.op.filter ?? []).some((v) => v.startsWith(`${row}.`)) && refuses(p));
    };
    const loadedUnderParent = (s: ScopedOp): boolean =>
      reads.some((r) => !r.owner && !r.tenant && modelKey(r.op.model) === modelKey(s.op.model) && (s === r || s.request.length === 0 || s.request.some((v) => r.request.includes(v))) && parentLimits(r));
    // `_room_in_org(session, user, room_id)` loading the room within the caller's organization and answering 404 when it is not
    // there, then `select(RoomMembership).where(RoomMembership.room_id == room_id)`: a read keyed only by values that load
    // already checked reads under that parent. Reading is not acting, so this holds on privileged routes too; changes are left
    // to the rules above (a check may run after the change).
    const readUnderCheckedParent = (s: ScopedOp): boolean =>
      s.op.op === 'read' && s.request.length > 0 &&
      reads.some((p) => p !== s && (p.owner || p.tenant) && modelKey(p.op.model) !== modelKey(s.op.model) && s.request.every((v) => p.request.includes(v)) && refuses(p));
    // `POST /account/export` writing `dataExport.create({ data: { userId: user.id } })`: at the caller's own account, a record
    // that belongs to the caller alone (no organization, nothing the request names, no privileged model) is the caller's own,
    // not an attribution of an act on others.
    const ownAccount = SELF_PATH.test(linked.fullPath);
    const ownRecord = (s: ScopedOp): boolean =>
      ownAccount && s.owner !== null && s.tenant === null && s.request.length === 0 && !(s.op.model !== null && matches(s.op.model, o.privilegedActions));
    // `const ticket = await tx.ticket.create({ data: { organizationId, … } })`: a row the handler creates within the caller's scope is
    // the caller's, and so is what it then hangs under it (`comment.create({ data: { ticketId: ticket.id } })`), found to a fixed point.
    const scopedCreates: ScopedOp[] = [];
    const createdRow = (root: string, s: ScopedOp, ordered: boolean) =>
      scopedCreates.some((c) => c.op.boundTo === root && c !== s && c.op.location.path === s.op.location.path && (!ordered || c.op.location.startLine <= s.op.location.startLine));
    const underCreatedRow = (s: ScopedOp): boolean =>
      (s.op.values ?? []).some((v) => {
        const root = /^[A-Za-z_$][\w$]*/.exec(v)?.[0];
        return root !== undefined && createdRow(root, s, true);
      });
    // …and changing it by its own id (`dataExport.update({ where: { id: requested.id } })`, also in a helper handed `requested.id`)
    // changes that row, unless another operation keeps a row under the same name.
    const otherRows = new Set(ops.flatMap((op) => (op.boundTo && op.op !== 'create' ? [op.boundTo] : [])));
    const createdScoped = (s: ScopedOp): boolean =>
      s.request.length === 0 &&
      (s.op.filter ?? []).some((v) => {
        const root = /^([A-Za-z_$][\w$]*)\.(?:id|_id|pk|uuid)$/.exec(v)?.[1];
        if (root === undefined || otherRows.has(root) || writes.some((w) => w.op.op === 'create' && w.op.boundTo === root && !scopedCreates.includes(w))) return false;
        return scopedCreates.some((c) => c.op.boundTo === root && modelKey(c.op.model) === modelKey(s.op.model) && c.op.location.path === s.op.location.path);
      });
    // `user.upsert({ where: { email: 'deleted-user@…' }, create: {…}, update: {} })`: a find-or-create of a row the code names
    // (a shared placeholder), taking nothing from the request or the caller, lets the client pick no one's row.
    const fixedRow = (s: ScopedOp): boolean => /(?:^|\.)upsert$/.test(s.op.callee) && s.request.length === 0 && s.owner === null && s.tenant === null && s.token === null;
    const createLimited = (s: ScopedOp): boolean => (!privileged && (s.owner !== null || s.tenant !== null || founds)) || ownRecord(s) || underScopedRow(s) || underCreatedRow(s) || fixedRow(s);
    for (let grew = true; grew; ) {
      grew = false;
      for (const w of writes) {
        if (w.op.op !== 'create' || !w.op.boundTo || scopedCreates.includes(w) || !createLimited(w)) continue;
        scopedCreates.push(w);
        grew = true;
      }
    }
    const limited = (s: ScopedOp): boolean => {
      if (s.op.op === 'create') return createLimited(s);
      if (s.owner || (s.tenant && !privileged)) return true;
      return loadedScoped(s) || loadedByScopedHelper(s) || createdScoped(s) || (!privileged && loadedUnderParent(s));
    };
    const unscopedWrites = writes.filter((w) => !limited(w));
    // `Customer.update(…, { where: { id, organizationId } })` then `Customer.findByPk(id)` to answer: the change already limited that id to the caller.
    const rereadScoped = (s: ScopedOp) => s.op.op === 'read' && writes.some((w) => (w.owner || w.tenant) && modelKey(w.op.model) === modelKey(s.op.model) && s.request.every((v) => w.request.includes(v)));
    // `get_object_or_404(services.open_grants(), slug=slug)`, `Grant.objects.get(slug=slug, is_public=True)`: a read by a public
    // slug among the rows the application publishes is a lookup of what everyone it serves may see, not of someone's object.
    // A slug alone proves nothing (a private document has one too), and neither does a published filter on a lookup by id.
    const publishedBySlug = (s: ScopedOp): boolean => {
      if (s.op.op !== 'read' || !s.request.every((v) => SLUG_KEY.test(lastName(v)))) return false;
      // `GET /public/clinics/:slug`: a path under a `public` segment declares what it serves by slug public.
      if (s.op.publishedOnly || PUBLIC_SEGMENT.test(linked.fullPath)) return true;
      const helper = s.op.querysetFrom;
      return helper !== undefined && loaderBodies(helper.slice(helper.lastIndexOf('.') + 1), reach.via).some((f) => f.dataOps.some((d) => d.op === 'read' && d.publishedOnly === true && !d.keyedByRequestId));
    };
    const unscopedByRequest = [...reads, ...writes].filter((s) => s.op.op !== 'create' && s.request.length > 0 && !s.owner && !s.tenant && !s.token && !loadedScoped(s) && !loadedByScopedHelper(s) && !rereadScoped(s) && !(!privileged && loadedUnderParent(s)) && !readUnderCheckedParent(s) && !publishedBySlug(s));
    // A DRF permission class checking only that the caller belongs to some organization leaves the objects to the view's
    // queryset and object permissions: a change to a row the handler finds by its own query with an id from the request
    // (`Appointment.objects.filter(pk=pk).update(…)`, or `Appointment.objects.get(pk=pk)` handed to a service that saves it)
    // passes neither, so nothing authorized it.
    const bypassing = (w: ScopedOp) =>
      w.op.op !== 'create' && !w.op.viewObject && (unscopedByRequest.includes(w) || unscopedByRequest.some((r) => r.op.op === 'read' && !r.op.viewObject && modelKey(r.op.model) === modelKey(w.op.model)));
    if (drfMembers.length > 0 && byMembership && authorization === membership && unscopedWrites.some(bypassing)) authorization = null;
    // A membership check of the workspace the URL names (`requireWorkspaceMember` looking up `params.workspaceId`) limits
    // the objects of that workspace only: a row then picked by another id of the request alone (`documents` by
    // `params.documentId`) may be any workspace's.
    const memberKeys = new Set(guardReach.dataOps.flatMap((op) => this.scope(op, params).request).map(lastName));
    // The same holds for a membership check the handler makes itself through a helper handed the request's value (a Next.js
    // server action's `withWorkspace(slug)` looking the caller's membership up by `slug`, refusing "Not a member…"):
    // it limits the workspace `slug` names, not a share link then picked by `linkId` alone.
    // What that helper returned (`const { workspace } = await withWorkspace(slug)`) is the workspace it checked: a query
    // filtered by `workspace.id` is limited to it, and so is a row loaded by such a query (`existing.id`).
    const checkedNames = new Set<string>();
    if (memberKeys.size === 0 && membership && !guardReach.calls.some((c) => c.path === membership.path && c.call.line === membership.line)) {
      // The evidence is inside the helper (its "Not a member…" refusal), or is the handler's call of it (`requireWorkspaceMember(userId, workspaceId)`).
      const called = calls.find((c) => c.path === membership.path && c.call.line === membership.line && c.call.callee === membership.what);
      const calledHelper = called ? this.facts.resolveCall(called.path, called.call) : null;
      const helper =
        reach.via.find((f) => f.location.path === membership.path && f.location.startLine < membership.line && membership.line <= f.location.endLine) ??
        (calledHelper ? reach.via.find((f) => f === calledHelper) : undefined);
      const inHelper = (s: ScopedOp) => helper !== undefined && s.op.location.path === helper.location.path && helper.location.startLine <= s.op.location.startLine && s.op.location.startLine <= helper.location.endLine;
      for (const r of reads) if (inHelper(r) && r.owner) for (const v of r.request) memberKeys.add(lastName(v));
      if (helper && memberKeys.size > 0) {
        for (const c of calls) if (c.call.assignedTo && this.facts.resolveCall(c.path, c.call) === helper) for (const name of c.call.assignedTo) checkedNames.add(name);
      }
    }
    const rootName = (v: string) => /^[A-Za-z_$][\w$]*/.exec(v)?.[0] ?? '';
    const filteredByChecked = (s: ScopedOp) => (s.op.filter ?? []).some((v) => v.includes('.') && checkedNames.has(rootName(v)));
    const checkedRows = new Set(reads.filter(filteredByChecked).flatMap((r) => (r.op.boundTo ? [r.op.boundTo] : [])));
    const inCheckedWorkspace = (s: ScopedOp) => checkedNames.size > 0 && (filteredByChecked(s) || (s.request.length > 0 && s.request.every((v) => checkedRows.has(rootName(v)))));
    // So does a role guard of that workspace (`requireWorkspaceRole('editor')` ranking the caller's membership of
    // `params.workspaceId`): it decides what the caller may do in that workspace, not which workspace the object is in.
    // A global role (`requireAdmin` reading the user's own row) looks up no workspace from the request.
    const roleKeys = guardAuthorization !== null && authorization === guardAuthorization && !checkedInHandler ? this.workspaceRoleKeys(inForce, guardAuthorization, params) : null;
    const pastKeys = membership && authorization === membership && memberKeys.size > 0 ? memberKeys : roleKeys;
    const pastMembership = pastKeys ? unscopedByRequest.filter((s) => s.request.every((v) => !pastKeys.has(lastName(v))) && !inCheckedWorkspace(s)) : [];

    const verification = [...inForce, ...calls, ...guardReach.calls].find((c) => matches(c.call.callee, o.webhookVerification));
    const publicEndpoint = o.publicEndpoints.find((p) => p.test(spoken));
    const webhookLike = /hook/i.test(label);
    // A waitlist, contact or job application form is public by design while it only adds rows; changing or deleting is not a form's job.
    const publicForm = writes.length > 0 && writes.every((w) => w.op.op === 'create') && reveals.length === 0 && matches(spoken, o.publicForms);
    // A short link or tracked link: a GET that answers with a redirect and whose only writes add analytics rows (`clicks`,
    // `page_views`, `link_visits`) records who followed it; it changes nothing that exists and is opened by anonymous visitors.
    const trackedRedirect = (route.method === 'GET' || route.method === 'HEAD') && writes.length > 0 && reveals.length === 0
      && writes.every((w) => w.op.op === 'create' && isEventModel(w.op.model))
      && handlerCalls.some((c) => REDIRECT_CALL.test(c.call.callee));
    // A storefront checkout, a booking form or an embeddable lead form (`POST /e/:org_slug/:event_slug/checkout`, `POST /api/public/book`,
    // `POST /api/public/lead-forms/:slug`) is how a guest buys, books or gets in touch: public by design when it only adds records,
    // under no privileged word (`/billing/checkout` changes a subscription), at a path naming no private object by id (slugs are
    // public), creating no privileged model, and behind a rate limit — the sign that the public is meant to reach it (the same
    // evidence the rate-limit rule accepts: a limiter guard or call, DRF `throttle_classes`, a service-wide limiter).
    const guestCheckout = !publicForm && writes.length > 0 && writes.every((w) => w.op.op === 'create') && reveals.length === 0
      && matches(spoken, o.publicCheckouts) && !matches(spoken, o.privilegedActions)
      && !writes.some((w) => w.op.model !== null && matches(w.op.model, o.privilegedActions))
      && !pathParams(linked.fullPath).some((p) => ID_PARAMETER.test(p))
      && ([...inForce.map((g) => g.call), ...calls.map((c) => c.call)].some((c) => RATE_LIMIT_CALL.test(c.callee)) || this.limiters.covers(linked));
    // With no session of the route's own, a header compared with a secret from the environment is the caller's credential (a cron
    // job's bearer secret): the route is for the scheduler, not for users, even when a global middleware signs users in.
    // A bare 401 answers whoever fails the check, a session or a shared secret: alone, it says nothing about which.
    const bySession = (c: CallFact) => this.isAuthenticationCall(c) && !this.isBareUnauthorized(c);
    const statusOnly = authentication !== null && !authorization && !membership
      && !inForce.some((g) => !global.has(g) && (matches(g.call.callee, o.authenticationGuards) || bySession(g.call)))
      && !calls.some((c) => bySession(c.call))
      && !(global.size === 0 ? guardReach : reachFrom(this.facts, guardStarts(this.facts, inForce.filter((g) => !global.has(g))), 2, () => false)).calls.some((c) => bySession(c.call));
    const headerReads = [
      ...(body.headerReads ?? []).map((h) => ({ ...h, path: bodyPath })),
      ...reach.via.flatMap((f) => (f.headerReads ?? []).map((h) => ({ ...h, path: f.location.path }))),
    ];
    const sharedSecret = authentication && !statusOnly ? null : this.sharedSecret(calls, headerReads, [{ path: bodyPath, location: body.location }, ...reach.via.map((f) => ({ path: f.location.path, location: f.location }))]);
    let publicByDesign: string | null = null;
    if (verification) publicByDesign = `it verifies the caller's signature (${verification.call.callee})`;
    else if (sharedSecret) publicByDesign = `it checks a shared secret (${sharedSecret})`;
    else if (token) publicByDesign = `the token in the request authorizes it (${token.token} in ${token.op.callee})`;
    else if (publicEndpoint && !webhookLike) publicByDesign = 'it is a sign-in or sign-up style endpoint';
    else if (publicForm && !webhookLike) publicByDesign = 'it is a public form that only adds records (waitlist, newsletter, contact, job application)';
    else if (trackedRedirect && !webhookLike) publicByDesign = 'it is a public redirect that only records the visit (a short or tracked link)';
    else if (guestCheckout && !webhookLike) publicByDesign = 'it is a rate-limited public checkout, booking or lead form that only adds records';
    // A verified webhook, a token link or a sign-in endpoint is authorized by design: its 401 for a bad signature or password is not a session.
    if (publicByDesign && !authorization) authorization = { what: publicByDesign, path: routePath, line: route.location.startLine };
    if (publicByDesign) objectChecked = true;

    const access: RouteAccess = {
      linked,
      label,
      anchor: anchorOf(linked),
      authentication,
      authorization,
      membership,
      writes,
      reads,
      reveals,
      // The caller's own membership row (read to check it) holds no secret: a key then loaded by the workspace is the workspace's.
      revealsOwnSecret: reads.some((r) => r.owner !== null && !(r.op.model !== null && MEMBERSHIP_MODEL.test(r.op.model))),
      privileged,
      publicByDesign,
      unverifiedWebhook: webhookLike && !verification,
      unscopedWrites,
      unscopedByRequest,
      unscopedPastMembership: pastMembership,
      typeLevelOnly: authorization !== null && (!objectChecked || (kindLevel && !publicByDesign)),
      membershipOnly: byMembership && authorization !== null && !objectSeen && !publicByDesign,
      related: dedupeRelated(related),
      guardNames: [...new Set(guards.filter((g) => isGuardName(g.call.callee)).map((g) => (inForce.includes(g) ? g.call.callee : `${g.call.callee} (${g.call.metadata ? 'not enforced by any guard' : 'no metadata on this route'})`)))],
      helperNames: reach.via.map((f) => f.qualifiedName),
    };
    this.cache.set(linked, access);
    return access;
  }

  /**
   * The URL parameters the role guard that authorized the route looks its rows up by (`requireWorkspaceRole('editor')`
   * loading the caller's membership of `params.workspaceId`): the workspace it ranks the caller in. Null for a guard keyed
   * by no URL parameter (`requireAdmin`, a superuser flag): a global role.
   */
  private workspaceRoleKeys(inForce: readonly Located[], evidence: Evidence, params: ReadonlySet<string>): Set<string> | null {
    for (const g of inForce) {
      if (g.call.callee.includes('(')) continue;
      const reached = reachFrom(this.facts, [g], 2, () => false);
      const decided = (g.path === evidence.path && g.call.line === evidence.line) || reached.calls.some((c) => c.path === evidence.path && c.call.line === evidence.line);
      if (!decided) continue;
      const keys = new Set(reached.dataOps.flatMap((op) => this.scope(op, params).request).map(lastName).filter((k) => params.has(k)));
      return keys.size > 0 ? keys : null;
    }
    return null;
  }

  /**
   * The guards that decide something for this route. NestJS metadata decorators (`@Roles('admin')`,
   * `@CheckPolicies(…)`) and the guards that read them (`RolesGuard`, `PoliciesGuard`) come in pairs:
   * a decorator with no guard enforcing it bound to the route (its class or method, or globally)
   * decides nothing, and a guard that reads metadata lets a route without any through
   * (`if (!requiredRoles) return true`, `handlers.every(…)` over none).
   */
  private inForce(guards: readonly Located[], related: RelatedLocation[]): Located[] {
    const o = this.options;
    // A decorator of the repository's own that binds guards too (`applyDecorators(SetMetadata(…), UseGuards(RolesGuard))`) is judged as before, by its name.
    const label = (g: Located) => g.call.metadata === true && !this.bindsGuards(g);
    const labels = guards.filter((g) => label(g) && !matches(g.call.callee, o.publicMarkers) && !NOT_ACCESS_METADATA.test(g.call.callee));
    const runtime = guards.filter((g) => !label(g));
    // A guard that signs the caller in (`JwtAuthGuard` reading `@Public()`) still does so on a route with no labels.
    const labelReader = (g: Located) => !label(g) && this.guardClass(g).readsMetadata && this.guardClass(g).enforces && !matches(g.call.callee, o.authenticationGuards);
    if (labels.length === 0 && !runtime.some(labelReader)) return [...guards];
    const enforcing = runtime.filter((g) => this.guardClass(g).enforces);
    const out: Located[] = [];
    for (const g of guards) {
      if (label(g)) {
        if (labels.includes(g) && enforcing.length === 0) {
          related.push({ path: g.path, startLine: g.call.line, message: `@${g.call.callee} only labels the route: no guard that enforces it (a roles, permissions or policies guard) is bound to it` });
          continue;
        }
      } else if (labels.length === 0 && labelReader(g)) {
        const cls = this.guardClass(g);
        related.push({ path: cls.path ?? g.path, startLine: cls.line ?? g.call.line, message: `${g.call.callee} reads metadata this route does not set (no decorator such as @Roles or @CheckPolicies on it or its class), so it lets every caller through` });
        continue;
      }
      out.push(g);
    }
    return out;
  }

  /** `export const Auth = (...roles) => applyDecorators(SetMetadata('roles', roles), UseGuards(JwtAuthGuard, RolesGuard))`. */
  private bindsGuards(g: Located): boolean {
    const fn = this.facts.resolveFunction(g.path, g.call.callee);
    return fn !== null && fn.calls.some((c) => c.callee === 'UseGuards');
  }

  private readonly guardClasses = new Map<string, GuardClass>();
  private drfClasses: Map<string, DrfPermissionFact | null> | null = null;

  /**
   * A guard that is a DRF permission class written in the repository (`IsPracticeMember` in permissions.py), as its
   * bodies show it; null for a class it cannot see (DRF's own, a package's), which its name still judges. A name
   * defined differently in two files is judged by neither.
   */
  private drfPermission(g: Located): DrfPermissionFact | null {
    if (!g.path.endsWith('.py') || !/^[A-Z]\w*$/.test(g.call.callee)) return null;
    if (!this.drfClasses) {
      this.drfClasses = new Map();
      for (const f of this.facts.fileFacts) {
        for (const p of f.drfPermissions ?? []) {
          const known = this.drfClasses.get(p.name);
          if (known === undefined) this.drfClasses.set(p.name, p);
          else if (known !== null && (known.membershipOnly?.join() !== p.membershipOnly?.join() || known.objectScope !== p.objectScope)) this.drfClasses.set(p.name, null);
        }
      }
    }
    return this.drfClasses.get(g.call.callee) ?? null;
  }

  /**
   * What a NestJS guard class bound by name does, from its `canActivate` and the methods it calls: whether it reads
   * route metadata (`this.reflector.get(ROLES_KEY, …)`) and whether it decides permission (its name, a 403, `ability.can`).
   */
  private guardClass(g: Located): GuardClass {
    const name = g.call.callee;
    const key = `${g.path}\0${name}`;
    let known = this.guardClasses.get(key);
    if (known) return known;
    const named = matches(name, this.options.authorizationGuards);
    const fn = /^[A-Z][\w$]*$/.test(name) ? this.facts.resolveFunction(g.path, 'canActivate', name) : null;
    if (!fn || fn.qualifiedName !== `${name}.canActivate`) known = { readsMetadata: false, enforces: named, bodies: [], path: null, line: null };
    else {
      const reached = reachFrom(this.facts, fn.calls.map((call) => ({ call, path: fn.location.path })), 2);
      // `super.canActivate(context)` hands over to the base guard (Passport's `AuthGuard('jwt')`): not a permission check.
      const calls = [...fn.calls, ...reached.calls.map((c) => c.call)].filter((c) => !/(?:^|\.)canActivate$/.test(c.callee));
      known = {
        readsMetadata: calls.some((c) => c.receiverType === 'Reflector' || METADATA_READ.test(c.callee)),
        enforces: named || calls.some((c) => this.isAuthorizationCall(c) && !this.isMembershipCheck(c)),
        bodies: [fn, ...reached.via],
        path: fn.location.path,
        line: fn.location.startLine,
      };
    }
    this.guardClasses.set(key, known);
    return known;
  }

  /**
   * `CRON_SECRET in the authorization header` when a header is read (`req.headers.get('authorization')`,
   * `req.headers.authorization`) and a secret env var is read in the same bodies or on the header's line, else null.
   */
  private sharedSecret(calls: readonly LocatedCall[], headerReads: readonly { name: string; line: number; path: string }[], bodies: readonly { path: string; location: Location }[]): string | null {
    const o = this.options;
    const byCall = calls.find((c) => c.call.firstArg !== undefined && HEADER_READ.test(c.call.callee) && matches(c.call.firstArg, o.sharedSecretHeaders));
    const header = byCall ? { name: byCall.call.firstArg!, line: byCall.call.line, path: byCall.path } : headerReads.find((h) => matches(h.name, o.sharedSecretHeaders));
    if (!header) return null;
    // `verify(token, process.env.JWT_SECRET)` checks a session token the app signed itself, not a secret a scheduler sends.
    const secret = (e: { name: string }) => matches(e.name, o.sharedSecretEnv) && !SESSION_SIGNING_KEY.test(e.name);
    // A branch of a Next.js pages handler checks the secret before it branches: the header's line holds both.
    const onHeaderLine = this.facts.byPath.get(header.path)?.envReads.find((e) => e.location.startLine === header.line && secret(e));
    if (onHeaderLine) return `${onHeaderLine.name} in the ${header.name} header`;
    for (const { path, location } of bodies) {
      const env = this.facts.byPath.get(path)?.envReads.find((e) => e.location.startLine >= location.startLine && e.location.startLine <= location.endLine && secret(e));
      if (env) return `${env.name} in the ${header.name} header`;
    }
    // Through a settings object (`Bearer ${env.CRON_SECRET}` with t3 `createEnv`, `config.cronSecret` built from process.env).
    const throughSetting = (path: string, within: (line: number) => boolean): string | null => {
      for (const read of this.facts.byPath.get(path)?.settingReads ?? []) {
        if (!within(read.location.startLine)) continue;
        const name = resolveSetting(this.facts, path, read.expression)?.find((n) => secret({ name: n }));
        if (name) return `${name} (${read.expression}) in the ${header.name} header`;
      }
      return null;
    };
    const settingOnLine = throughSetting(header.path, (line) => line === header.line);
    if (settingOnLine) return settingOnLine;
    for (const { path, location } of bodies) {
      const found = throughSetting(path, (line) => line >= location.startLine && line <= location.endLine);
      if (found) return found;
    }
    return null;
  }

  /**
   * Records a check as authorization or as membership only, until authorization is found. A membership check
   * (`requireOrgMember`, "Not a member…") is membership, and so is a refusal inside a membership builder or its body
   * (`orgProcedure` throwing FORBIDDEN) that names no permission: `evidence` is told when the builder decided.
   * A guard counts by the authorization guard names as well as by what it calls.
   */
  private recordCheck(checks: Checks, call: CallFact, asGuard: boolean, inMembershipBuilder: boolean, evidence: (byBuilder: boolean) => Evidence): void {
    if (checks.authorization) return;
    if (this.isBaseRoleGuard(call, asGuard)) {
      checks.membership ??= evidence(false);
      return;
    }
    if ((asGuard && matches(call.callee, this.options.authorizationGuards)) || this.isAuthorizationCall(call)) {
      const byBuilder = inMembershipBuilder && !this.namesPermission(call);
      if (this.isMembershipCheck(call) || byBuilder) checks.membership ??= evidence(byBuilder);
      else checks.authorization = evidence(false);
    } else if (this.isMembershipCheck(call)) checks.membership ??= evidence(false);
  }

  /**
   * `res.status(401)`, `ctx.throw(401)`, `throw new UnauthorizedException()`: a refusal that does not say who was asked
   * for (a session or a secret). Looking the session up (`getSession`, `jwt.verify`) does.
   */
  private isBareUnauthorized(call: CallFact): boolean {
    if (ERROR_CALL.test(call.callee)) return call.firstArg === '401' || call.firstArg === 'UNAUTHORIZED' || matches(call.callee, this.options.authenticationCalls);
    return (call.firstArg === '401' || call.firstArg === 'UNAUTHORIZED') && !matches(call.callee, this.options.authenticationCalls);
  }

  /** `requireOrgMember`, `orgProcedure`, a refusal saying the caller is not a member, or a role guard given the least role. */
  private isMembershipCheck(call: CallFact): boolean {
    // The message decides, wherever it stands: `new ForbiddenError('Not a member…')`, `new HttpError(403, 'Not a member…')`,
    // `new TRPCError({ code: 'FORBIDDEN', message: 'Not a member…' })`. Beside a named code it only narrows a refusal the
    // code already makes a check (FORBIDDEN): a `NOT_FOUND` saying so is left as it was.
    const message = call.message !== undefined && (call.firstArg === undefined || /^\d{3}$/.test(call.firstArg) || call.firstArg === 'FORBIDDEN') ? call.message : undefined;
    if (ERROR_CALL.test(call.callee) && [call.firstArg, message].some((text) => text !== undefined && matches(text, this.options.membershipErrors))) return true;
    return this.isMembershipAlias(call.callee) || this.isBaseRoleGuard(call, false);
  }

  /**
   * `requireWorkspaceRole('member')`, `requireRole('viewer')`: a role check given the role every member holds lets every
   * member through. Which role that is the code says when it ranks its roles (`{ member: 0, editor: 1, admin: 2, owner: 3 }`:
   * the least privileged); otherwise the usual names of the base role (`baseRoles`).
   */
  private isBaseRoleGuard(call: CallFact, asGuard: boolean): boolean {
    const role = call.firstArg;
    if (role === undefined || call.metadata || ERROR_CALL.test(call.callee) || !/role/i.test(call.callee.split('.').pop()!)) return false;
    if (!asGuard && !matches(call.callee, this.options.authorizationGuards) && !matches(call.callee, this.options.authorizationCalls)) return false;
    const wanted = role.toLowerCase();
    const ranked = this.roleRanks().filter((r) => r.has(wanted));
    if (ranked.length > 0) return ranked.every((r) => r.get(wanted) === Math.min(...r.values()));
    return matches(role, this.options.baseRoles);
  }

  private ranks: Map<string, number>[] | null = null;

  /** The repository's role rankings, lower-cased and turned so that the least privileged role ranks lowest. */
  private roleRanks(): Map<string, number>[] {
    if (this.ranks) return this.ranks;
    this.ranks = [];
    for (const f of this.facts.fileFacts) {
      for (const { ranks } of f.roleRanks ?? []) {
        const entries = Object.entries(ranks).map(([k, v]) => [k.toLowerCase(), v] as const);
        // `{ owner: 0, admin: 1, member: 2 }` counts down: the roles that administer rank below the others.
        const high = entries.filter(([k]) => HIGH_ROLE.test(k)).map(([, v]) => v);
        const rest = entries.filter(([k]) => !HIGH_ROLE.test(k)).map(([, v]) => v);
        const descending = high.length > 0 && rest.length > 0 && Math.max(...high) < Math.min(...rest);
        this.ranks.push(new Map(entries.map(([k, v]) => [k, descending ? -v : v])));
      }
    }
    return this.ranks;
  }

  /** A check that says which permission it wants (`requireRole('admin')`, `ability.can`, "Only admins can…"), not a bare refusal. */
  private namesPermission(call: CallFact): boolean {
    // A bare 403 or FORBIDDEN is a refusal; "Only organization admins can…" names the role it wants.
    const said = call.message ?? call.firstArg;
    if (said !== undefined && ERROR_CALL.test(call.callee)) return PERMISSION_WORDS.test(said) && !matches(said, this.options.membershipErrors);
    return !ERROR_CALL.test(call.callee) && (matches(call.callee, this.options.authorizationGuards) || matches(call.callee, this.options.authorizationCalls)) && !this.isMembershipCheck(call);
  }

  private isMembershipAlias(name: string): boolean {
    return matches(name, this.options.membershipChecks) && !PERMISSION_WORDS.test(name);
  }

  /** Per call, memoised: routes reach the same helpers' calls again and again. */
  private readonly authorizationMemo = new WeakMap<CallFact, boolean>();
  private readonly authenticationMemo = new WeakMap<CallFact, boolean>();

  private isAuthorizationCall(call: CallFact): boolean {
    let known = this.authorizationMemo.get(call);
    if (known === undefined) {
      known =
        (call.firstArg === '403' && !call.inCatch) ||
        call.firstArg === 'FORBIDDEN' ||
        (call.firstArg !== undefined && ERROR_CALL.test(call.callee) && matches(call.firstArg, this.options.authorizationErrors)) ||
        matches(call.callee, this.options.authorizationCalls);
      this.authorizationMemo.set(call, known);
    }
    return known;
  }

  /**
   * A guard named like authentication whose body, in the repository, only opens the session and calls the handler
   * (`withSessionRoute = (h) => withIronSessionApiRoute(h, options)`): judged by its body, it checks nobody. A body
   * calling anything it cannot see into (another library, an unresolved helper) is trusted by its name as before.
   */
  private opensSessionOnly(g: Located): boolean {
    if (g.call.callee.includes('(')) return false;
    const fn = this.facts.resolveFunction(g.path, g.call.callee);
    if (!fn || fn.calls.length === 0) return false;
    const reached = this.facts.reach(fn.location.path, fn, 2);
    const params = new Set(reached.via.flatMap((f) => f.params ?? []).concat(fn.params ?? []));
    let opens = false;
    for (const call of reached.calls) {
      if (this.isAuthenticationCall(call) || matches(call.callee, this.options.authenticationGuards) || call.firstArg === '403') return false;
      if (SESSION_OPENER.test(call.callee)) opens = true;
      else if (!params.has(call.callee) && this.facts.resolveFunction(fn.location.path, call.callee) === null) return false;
    }
    const bodies = [fn, ...reached.via];
    if (bodies.some((b) => (b.comparisons?.length ?? 0) > 0 || (b.headerReads?.length ?? 0) > 0)) return false;
    return opens;
  }

  private isAuthenticationCall(call: CallFact): boolean {
    let known = this.authenticationMemo.get(call);
    if (known === undefined) {
      known = call.firstArg === '401' || call.firstArg === 'UNAUTHORIZED' || matches(call.callee, this.options.authenticationCalls);
      this.authenticationMemo.set(call, known);
    }
    return known;
  }

  /** `adminProcedure` → what `adminProcedure = protectedProcedure.use(isAdmin)` adds, down to the base builder. */
  private expandAliases(guards: Located[], related: RelatedLocation[]): void {
    const seen = new Set<string>();
    for (let i = 0; i < guards.length && i < 64; i++) {
      const name = guards[i]!.call.callee;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const m of this.aliases.get(name) ?? []) {
        const path = this.pathOfMount(m);
        guards.push(...m.guards.map((call) => ({ call, path, alias: name })), { call: { callee: m.parent, line: m.location.startLine }, path, alias: name });
        related.push({ path, startLine: m.location.startLine, message: `${name} is built on ${m.parent}${m.guards.length > 0 ? ` with ${m.guards.map((g) => g.callee).join(', ')}` : ''}` });
      }
    }
  }

  private pathOfMount(mount: MountFact): string {
    return this.mountPath.get(mount) ?? mount.location.path;
  }

  /**
   * Path parameters a guard in force compares with the caller's own value (`request.params.companyId !== request.user.companyId`
   * in a NestJS guard's `canActivate` or in a middleware), refusing otherwise: the caller's value each stands for, and whether it is
   * the caller's identity (owner) or organization (tenant). Only parameters of this route's path are pinned.
   */
  private pinnedParameters(inForce: readonly Located[], reached: readonly FunctionFact[], pathNames: readonly string[]): Map<string, Pin> {
    const out = new Map<string, Pin>();
    if (pathNames.length === 0) return out;
    const bodies = [...reached, ...inForce.flatMap((g) => this.guardClass(g).bodies)];
    for (const fn of bodies) {
      for (const c of fn.comparisons ?? []) {
        for (const [param, other] of [[c.left, c.right], [c.right, c.left]] as const) {
          const name = GUARDED_PARAMETER.exec(param)?.[1];
          if (!name || !pathNames.includes(name) || out.has(name) || matches(other, this.options.requestValues)) continue;
          if (matches(other, this.options.ownerValues)) out.set(name, { value: other, owner: true });
          else if (matches(other, this.options.tenantValues)) out.set(name, { value: other, owner: false });
        }
      }
    }
    return out;
  }

  /** A read kept in a local whose owner or organization field is later compared with the caller's: scoped by that comparison. */
  private checkedAfterLoad(s: ScopedOp, comparisons: readonly LocatedComparison[], params: ReadonlySet<string>, loadedRows: ReadonlySet<string>): void {
    const local = s.op.boundTo;
    if (s.op.op !== 'read' || !local || s.owner || s.tenant) return;
    for (const c of comparisons) {
      if (c.path !== s.op.location.path || c.line < s.op.location.startLine) continue;
      const other = c.left.startsWith(`${local}.`) ? c.right : c.right.startsWith(`${local}.`) ? c.left : null;
      if (!other || other.startsWith(`${local}.`)) continue;
      const caller = this.scope({ ...s.op, filter: [other], values: [] }, params);
      // `@CurrentUser() caller` handed to `get(user, id)`: when the caller's text says nothing about whose value it is
      // (not the request's, not a row the route loaded), the followed function's own name (`user.companyId`) still may.
      const written = c.written ? (other === c.right ? c.written.right : c.written.left) : undefined;
      const root = other.split(/[.([]/)[0]!;
      const byName = !caller.owner && !caller.tenant && caller.request.length === 0 && written !== undefined && !params.has(root) && !loadedRows.has(root)
        ? this.scope({ ...s.op, filter: [written], values: [] }, new Set())
        : null;
      s.owner = caller.owner ?? byName?.owner ?? null;
      if (!s.owner) s.tenant = caller.tenant ?? byName?.tenant ?? null;
      if (s.owner || s.tenant) return;
    }
  }

  /**
   * `this.tenant.userId` with `tenant: TenantContext`, a request-scoped provider whose `get userId()` returns
   * `this.request.user.id`: the value is the caller's `request.user.id`.
   */
  private throughGetter(op: DataOpFact, value: string): string {
    const m = /^this\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)(.*)$/.exec(value);
    const type = m ? op.fieldTypes?.[m[1]!] : undefined;
    if (!m || !type) return value;
    const getter = this.facts.resolveFunction(op.location.path, m[2]!, type);
    return getter?.returns && getter.qualifiedName === `${type}.${m[2]}` ? `${getter.returns}${m[3]}` : value;
  }

  /**
   * `current_user_id()` with `def current_user_id(): return int(get_jwt_identity())` (see `FunctionFact.returns`): the
   * value the accessor returns (`get_jwt_identity()`), what follows the call kept (`current_membership().org_id`).
   * Conversions around a value (`int(get_jwt_identity())`) keep what it stands for.
   */
  private throughAccessor(op: DataOpFact, value: string): string {
    let v = value;
    for (let m = CONVERSION.exec(v); m; m = CONVERSION.exec(v)) v = m[1]!;
    const m = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)(.*)$/s.exec(v);
    if (!m) return v;
    const fn = this.facts.resolveFunction(op.location.path, m[1]!);
    return fn?.returns && !fn.params && fn.location.path.endsWith('.py') ? `${fn.returns}${m[2]}` : v;
  }

  private scope(op: DataOpFact, params: ReadonlySet<string>, loadedRows: ReadonlySet<string> = new Set()): ScopedOp {
    const o = this.options;
    const values = op.op === 'create' ? [...(op.values ?? []), ...(op.filter ?? [])] : (op.filter ?? []);
    // A token authorizes a lookup by it; a token a create writes (`insert(invitations).values({ token })`) is one it hands out.
    const filters = new Set(op.filter ?? []);
    const out: ScopedOp = { op, owner: null, tenant: null, request: [], token: null };
    // `org.id` passed as a helper's `orgId` says nothing by itself: then the parameter's name is judged, as it was written.
    const says = (v: string) => params.has(v.split(/[.([]/)[0]!) || [o.ownerValues, o.tenantValues, o.requestValues, o.tokenValues].some((list) => matches(byAttribute(this.throughAccessor(op, v)), list));
    for (const written of values) {
      // `.field` entries name the fields written, not values: they say nothing about whose row it is.
      if (written.startsWith('.')) continue;
      const original = originalValue(op, written);
      // A field read by key is the field (`g.user["id"]` is `g.user.id`): the patterns are written for attribute access.
      const v = this.throughAccessor(op, this.throughGetter(op, byAttribute(original !== undefined && !says(written) && !loadedRows.has(written.split(/[.([]/)[0]!) ? original : written)));
      const root = v.split(/[.([]/)[0]!;
      if (params.has(root)) {
        if (!out.token && filters.has(written) && matches(v, o.tokenValues)) out.token = v;
        out.request.push(v);
        continue;
      }
      if (!out.owner && matches(v, o.ownerValues)) out.owner = v;
      else if (!out.tenant && matches(v, o.tenantValues)) out.tenant = v;
      else if (matches(v, o.requestValues)) out.request.push(v);
      if (!out.token && filters.has(written) && matches(v, o.tokenValues)) out.token = v;
    }
    return out;
  }
}

/** A route at the caller's own account (`/account/export`, `/users/me/api-keys`, `/profile`): what it creates for the caller alone is theirs. */
const SELF_PATH = /(?:^|\/)(?:me|my|account|profile|self)(?:\/|$)/i;

/** Python conversions that keep what a value stands for: `int(get_jwt_identity())` is still the caller's id. */
const CONVERSION = /^(?:int|str|UUID|uuid\.UUID)\(([^()]*(?:\(\))?[^()]*)\)$/;

/** `g.user["id"]` → `g.user.id`, `session['user']['org_id']` → `session.user.org_id`: a string key read like an attribute. */
function byAttribute(value: string): string {
  return value.includes('[') ? value.replace(/\[\s*(["'])(\w+)\1\s*\]/g, '.$2') : value;
}

/** The access hooks of a Django view mixin: what `View.dispatch` runs before the handler (`AccessMixin`'s `dispatch`, `UserPassesTestMixin`'s `test_func`). */
const MIXIN_HOOKS = ['dispatch', 'test_func'];

/**
 * Where following a route's guards starts: each guard function, and for a Python class guard (a mixin of the
 * repository's own, `OrganizerRequiredMixin` imported from orgs/mixins.py) its `dispatch` and `test_func`, so what
 * their bodies check decides, not the class's name.
 */
function guardStarts(facts: FactIndex, guards: readonly Located[]): LocatedCall[] {
  const out: LocatedCall[] = [];
  for (const g of guards) {
    if (g.call.callee.includes('(')) continue;
    out.push(g);
    const name = g.call.callee.split('.').pop()!;
    if (!g.path.endsWith('.py') || !/^[A-Z]\w*Mixin$/.test(name)) continue;
    // Only the class's own method: Django's `LoginRequiredMixin` is not in the repository, and another class's `dispatch` is not what it runs.
    for (const hook of MIXIN_HOOKS) {
      const call = { callee: `${name}.${hook}`, line: g.call.line };
      if (facts.resolveFunction(g.path, call.callee)?.qualifiedName === call.callee) out.push({ call, path: g.path });
    }
  }
  return out;
}

/** What a Django generic view does without code (`OrderDetailView.detail`): the row it works on comes from `get_queryset`. */
const IMPLIED_VIEW_OP = /^\w+\.(?:detail|list|update|delete)$/;

/**
 * A Django generic view's implied operation narrowed by a queryset mixin of the app's own (`OrgScopedQuerysetMixin`
 * in another module, `super().get_queryset().filter(**{self.org_field: self.request.organization})`): the values the
 * mixin's `get_queryset` selects by scope the view's row as if the view had written them. Only for a view whose
 * queryset says nothing of its own beyond the URL's key.
 */
function withMixinQuerysets(facts: FactIndex, guards: readonly Located[], ops: DataOpFact[]): DataOpFact[] {
  const implied = ops.filter((op) => op.via === 'django' && IMPLIED_VIEW_OP.test(op.callee) && (op.filter ?? []).every((v) => v === 'pk' || v === 'slug'));
  if (implied.length === 0) return ops;
  const added: string[] = [];
  for (const g of guards) {
    const name = g.call.callee.split('.').pop()!;
    if (!g.path.endsWith('.py') || !/^[A-Z]\w*Mixin$/.test(name)) continue;
    const callee = `${name}.get_queryset`;
    const fn = facts.resolveFunction(g.path, callee);
    if (fn?.qualifiedName !== callee) continue;
    for (const op of fn.dataOps) if (op.op === 'read' && op.model === null) for (const v of op.filter ?? []) if (!added.includes(v)) added.push(v);
  }
  if (added.length === 0) return ops;
  return ops.map((op) => (implied.includes(op) ? { ...op, filter: [...(op.filter ?? []), ...added] } : op));
}

/** What a guard class does with route metadata. */
interface GuardClass {
  readsMetadata: boolean;
  enforces: boolean;
  /** Its `canActivate` and the functions that calls: where it compares the request with the caller. */
  bodies: FunctionFact[];
  path: string | null;
  line: number | null;
}

/** Reading route metadata: NestJS's `Reflector` (`this.reflector.getAllAndOverride(ROLES_KEY, …)`) or `Reflect.getMetadata`. */
const METADATA_READ = /(?:^|\.)(?:reflector\.(?:get|getAll\w*)|Reflect\.getMetadata|getMetadata)$/;
/** Keys that sign the app's own sessions or tokens (`JWT_SECRET`, `SESSION_SECRET`, `NEXTAUTH_SECRET`): a header checked with one carries a session. */
const SESSION_SIGNING_KEY = /^(?:JWT|SESSION|NEXTAUTH|AUTH|COOKIE|ACCESS_TOKEN|REFRESH_TOKEN)(?:_|$)/;
/** Decorators that label a route for rate limiting or caching, never for access. */
const NOT_ACCESS_METADATA = /^(?:Throttle|SkipThrottle|CacheKey|CacheTTL|Timeout)$/;

/** Middleware that parses, logs or limits requests: not worth naming when listing the guards looked at. */
const PLUMBING = /^(?:helmet|cors|compression|morgan|cookieParser|express\.(?:json|raw|urlencoded|static|text)|bodyParser\.\w+|\w*[Ll]imiter|rateLimit|multer|upload\.\w+|logger|requestLogger|pinoHttp|csrf\w*|get_db|get_session|Depends)$/;

/** A guard worth naming: not plumbing, and not the refusal a hook's body makes (`abort(401)` inside `require_login`). */
function isGuardName(name: string): boolean {
  return !PLUMBING.test(name) && !ERROR_CALL.test(name);
}

/** `server action updateBillingEmail` → `server action update Billing Email`, so word patterns see camelCase names. */
export function splitWords(label: string): string {
  return label.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

function matches(value: string, list: readonly RegExp[]): boolean {
  return list.some((p) => p.test(value));
}

/** Audit records are bookkeeping of an action, not the action: the audit pack's defaults say what they look like. */
const AUDIT = auditMatchers({});

function isAuditModel(model: string | null): boolean {
  return matchesAuditModel(model, AUDIT);
}

function isAuditCall(callee: string): boolean {
  return matchesAuditCall({ callee, line: 0 }, AUDIT);
}

function dedupe(ops: DataOpFact[]): DataOpFact[] {
  const seen = new Set<string>();
  return ops.filter((op) => {
    const key = `${op.location.path}:${op.location.startLine}:${op.location.startColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dedupeRelated(list: RelatedLocation[]): RelatedLocation[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.path}:${r.startLine}:${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function modelKey(model: string | null): string {
  return (model ?? '').toLowerCase().replace(/_/g, '').replace(/(?:ies)$/, 'y').replace(/s$/, '');
}

function describeCall(call: CallFact): string {
  return call.firstArg !== undefined && call.firstArg.length <= 40 ? `${call.callee}('${call.firstArg}')` : call.callee;
}

/** `ProjectMember` for Prisma's `projectMember` delegate; tables and models as written otherwise. */
/** A written field, or a value, that says which role or permissions a record grants. */
/** Roles that administer: in a ranking that puts them lowest, the numbers count down. */
const HIGH_ROLE = /owner|admin/;
/** A load that refuses a missing row by itself (`get_object_or_404`, `findOneOrFail`, `firstOrThrow`). */
const REFUSING_LOAD = /(?:^|\.)(?:get_object_or_404|\w*_or_404|\w*OrFail|\w*OrThrow)$/;
/** A refusal raised after a load comes back empty (`raise HTTPException(status_code=404)`, `throw new NotFoundException()`, `abort(404)`). */
const REFUSAL = /(?:^|\.)(?:HTTPException|HttpException|Http404|abort|NotFound\w*|\w*(?:NotFound|Forbidden|Permission)\w*(?:Error|Exception))$/;
/** A membership row: `memberships`, `OrgMember`, `workspace_members`. */
const MEMBERSHIP_MODEL = /members?(?:hips?)?$/i;
const ROLE_FIELD = /^\.(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;
const ROLE_VALUE = /(?:^|\.)(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;

/** A create that writes a role or permission field with a value the request supplies. */
function grantsRequestedRole(s: ScopedOp): boolean {
  const values = s.op.values ?? [];
  if (!values.some((v) => ROLE_FIELD.test(v))) return false;
  if (s.request.some((v) => ROLE_VALUE.test(v))) return true;
  // `const { email, role } = schema.parse(req.body)` then `create({ data: { email, role } })`: the local is listed with the
  // request value it was read from. A fixed literal among the values (`const role = 'member'`) may be the role: not judged.
  return values.some((v) => BARE_ROLE_LOCAL.test(v)) && s.request.length > 0 && !values.some((v) => /^['"`]/.test(v));
}

/** A local named for the role it holds (`role`, `permissions`), as a create's written value. */
const BARE_ROLE_LOCAL = /^(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;

export function displayModel(op: DataOpFact): string {
  if (op.model === null) {
    // SQLAlchemy `db.add(export)` where `export = ReportExport(…)`: the constructor names the model.
    const constructed = [...(op.values ?? []), ...(op.filter ?? [])].map((v) => /^([A-Z]\w*)\(/.exec(v)?.[1]).find(Boolean);
    return constructed ?? `a record (${op.callee})`;
  }
  return op.via === 'prisma' ? op.model.charAt(0).toUpperCase() + op.model.slice(1) : op.model;
}

/** `projectId, req.params.projectId` → `req.params.projectId`: a local and the request value it was read from are one value. */
export function requestKeys(values: readonly string[]): string[] {
  return values.filter((v) => !values.some((w) => w !== v && w.endsWith(`.${v}`))).slice(0, 3);
}

/** `DELETE /projects/:id`, `server action updateProject`, `mutation project.remove`. */
export function describeRoute(linked: LinkedRoute): string {
  const { route } = linked;
  if (route.framework === 'next-action') return `server action ${route.path.replace(/^\//, '')}`;
  if (route.framework === 'trpc') return `${route.method === 'POST' ? 'mutation' : 'query'} ${linked.fullPath.replace(/^\//, '').replace(/\//g, '.')}`;
  return `${route.method} ${linked.fullPath}`;
}

function anchorOf(linked: LinkedRoute): string {
  return `${linked.route.framework} ${describeRoute(linked)}`;
}

const VERBS: Record<DataOpFact['op'], string> = { create: 'creates', update: 'updates', delete: 'deletes', read: 'reads' };

/** "deletes ProjectMember, updates Project" / "decrypts a secret (decryptSecret)". */
export function describeActions(ops: readonly ScopedOp[], reveals: readonly Evidence[]): string {
  const parts: string[] = [];
  for (const s of ops) {
    const text = `${VERBS[s.op.op]} ${displayModel(s.op)}`;
    if (!parts.includes(text)) parts.push(text);
  }
  if (reveals.length > 0) parts.push(`reveals a secret (${reveals[0]!.what})`);
  return parts.slice(0, 4).join(', ') || 'changes data';
}

export function whereOf(s: ScopedOp): string {
  return `${s.op.callee} in ${s.op.location.path}:${s.op.location.startLine}`;
}

/** What a guard pinned a path parameter to: the caller's value it was compared with. */
interface Pin {
  value: string;
  owner: boolean;
}

/** A path parameter as a guard reads it: `request.params.companyId`, `req.params.orgId`, `params.teamId`. */
const GUARDED_PARAMETER = /^(?:(?:req|request|ctx|ctx\.request|context|c\.req)\.)?params\.([A-Za-z_$][\w$]*)$/;

/** A query keyed by a path parameter a guard pinned to the caller (the bare parameter or `req.params.<name>`) is limited to the caller. */
function pinToCaller(s: ScopedOp, pinned: ReadonlyMap<string, Pin>): void {
  if (s.owner || s.tenant) return;
  for (const v of s.request) {
    const name = /^[A-Za-z_$][\w$]*$/.test(v) ? v : /(?:^|\.)params\.([A-Za-z_$][\w$]*)$/.exec(v)?.[1];
    const pin = name ? pinned.get(name) : undefined;
    if (!pin) continue;
    if (pin.owner) s.owner = pin.value;
    else s.tenant = pin.value;
    return;
  }
}

/** The last name of a value path (`request.params.workspaceId` → `workspaceId`): the same request value however it is reached. */
/** A redirect answer: Hono's `c.redirect`, Express's `res.redirect`, Fastify's `reply.redirect`, `NextResponse.redirect`, Next.js `redirect()`. */
const REDIRECT_CALL = /(?:^|\.)redirect$/;

/** A table of visit or click events (`clicks`, `linkClicks`, `page_views`, `LinkVisit`, `email_opens`, `analytics_events`), not `reviews` or `events`. */
function isEventModel(model: string | null): boolean {
  if (!model) return false;
  const words = model.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return /(?:^|[\s_.-])(?:clicks?|visits?|page[\s_]?views?|views?|hits?|impressions?|scans?|opens?)(?:[\s_](?:events?|logs?))?$|(?:^|[\s_.-])(?:analytics|tracking|click|visit)[\s_](?:events?|logs?)$/.test(words);
}

function lastName(value: string): string {
  // `c.req.param('teamId')!`, `req.query.orgId as string`: an assertion or cast leaves the value what it was.
  let v = value.trim();
  for (let previous = ''; previous !== v; ) {
    previous = v;
    v = v.replace(/!+$/, '').replace(/\s+(?:as|satisfies)\s+[\w$.<>[\]|' ]+$/, '').replace(/^\((.*)\)$/, '$1').trim();
  }
  // A key read through an accessor or by string index names that key: `c.req.param('teamId')`, `req.params['teamId']`.
  const keyed = /(?:\.(?:param|query|params)\(\s*|\[\s*)(['"`])([\w$]+)\1\s*[)\]]$/.exec(v);
  if (keyed) return keyed[2]!;
  return /[\w$]+$/.exec(v)?.[0] ?? v;
}

/**
 * A model named `Owner` is a person the app keeps records of (a clinic's pet owners, a building's owners), not the
 * ownership of anything: ownership is a field (`owner_id`) or a role. Changing such a row is no privileged action.
 */
const RECORD_MODEL = /^owners?$/i;

function isRecordModel(model: string | null): boolean {
  return model !== null && RECORD_MODEL.test(model);
}

/** The route's words without those naming a record model it works on (`/api/owners/<pk>` changing `Owner` rows). */
function withoutRecordNames(spoken: string, models: readonly (string | null)[]): string {
  const names = new Set(models.filter(isRecordModel).map((m) => m!.toLowerCase().replace(/s$/, '')));
  if (names.size === 0) return spoken;
  return spoken.replace(/[A-Za-z]+/g, (word) => (names.has(word.toLowerCase().replace(/s$/, '')) ? '' : word));
}
