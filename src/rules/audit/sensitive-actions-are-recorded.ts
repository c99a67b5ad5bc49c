import type { BodySummary, DataOpFact, FunctionFact } from '../../core/facts.js';
import type { RelatedLocation } from '../../core/model.js';
import { pathParams } from '../../extract/js/paths.js';
import { declaredModels, normaliseModel, scheduledRequestPaths } from '../data-lifecycle.js';
import { isHeldByAnotherUnit } from '../organization-models.js';
import { reachFrom, revealingCalls, withLoaderModels, type LocatedCall } from '../reach.js';
import { globalMiddleware } from '../global-middleware.js';
import { describeRoute, displayModel, splitWords } from '../security/access.js';
import type { RuleCheck } from '../types.js';
import { auditMatchers, findAuditRecord, isAuditCall, isAuditModel } from './audit-calls.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** A route that registers an account (`POST /auth/signup`, `server action register`). */
const REGISTRATION = /(?:^|[/._\s-])(?:sign[\s_-]?up|register|registration)(?:$|[/._\s-])/i;
/** The models a sign-up creates: the account itself. */
const ACCOUNT_MODEL = /^(?:auth_?)?(?:users?|accounts?)$/i;
/** An action named for exporting (`exportPatientRecord`, `export_users`, `export-csv`), not `exporter` or `exported`. */
const EXPORT_ACTION = /^export(?:[A-Z_-]\w*|s)$/;
/** What follows `/exports/` when it is about the exports themselves (their status, their files), not data being exported. */
const EXPORT_META = /^(?:status|statuses|history|recent|latest|pending|jobs?|list|downloads?|files?|settings|schedules?|formats?|templates?|config|options|count)$/i;

function compile(options: Record<string, unknown>, key: string, flags = 'i'): RegExp[] {
  const list = options[key];
  return Array.isArray(list) ? list.map((p) => new RegExp(String(p), flags)) : [];
}

const any = (value: string, list: readonly RegExp[]) => list.some((p) => p.test(value));
/** Whether an update writes a field the patterns name (`.status`): its field names, not the values it reads to compute them. */
const writesField = (op: DataOpFact, fields: readonly RegExp[]) => (op.values ?? []).some((v) => v.startsWith('.') && any(v, fields));
const at = (op: DataOpFact, message: string): RelatedLocation => ({ path: op.location.path, startLine: op.location.startLine, message });

/** A status word names a status change only when the route changes rows; a route that only creates them writes no status. */
const STATUS_WORD = /^[/._\s-]?status(?:es)?[/._\s-]?$/i;

/** The first match of a sensitive-route pattern in the route's words, passing over the status word of a create-only route. */
function routeWord(pattern: RegExp, spoken: string, createsOnly: boolean): RegExpExecArray | null {
  for (let from = 0; from < spoken.length; ) {
    const match = pattern.exec(spoken.slice(from));
    if (!match) return null;
    if (!(createsOnly && STATUS_WORD.test(match[0]))) return match;
    from += match.index + Math.max(1, match[0].length - 1);
  }
  return null;
}

/** The first sign of a session being established: an identity written into the session, or a sign-in call. */
function signsIn(
  body: BodySummary,
  bodyPath: string,
  via: readonly FunctionFact[],
  calls: readonly LocatedCall[],
  signInCalls: readonly RegExp[],
  principal: (target: string) => boolean,
): { what: string; path: string; line: number } | null {
  const bodies = [[body, bodyPath] as const, ...via.map((f) => [f, f.location.path] as const)];
  for (const [summary, path] of bodies) {
    const write = summary.sessionWrites?.[0];
    if (write) return { what: `${write.target} = …`, path, line: write.line };
  }
  for (const [summary, path] of bodies) {
    const write = summary.sessionPrincipalWrites?.find((w) => principal(w.target));
    if (write) return { what: `${write.target} = …`, path, line: write.line };
  }
  const call = calls.find((c) => any(c.call.callee, signInCalls));
  return call ? { what: call.call.callee, path: call.path, line: call.call.line } : null;
}

/** A request value that carries a token: `:token`, `params.code`, `hashToken(ctx.params.token)`, `otp`. */
const TOKEN_PARAM = /(?:^|[._(\s])(?:token|code|otp|magic\w*|nonce)\w*\)?$/i;
/** A column that makes a row someone who can sign in: an email address, a phone number or a password hash. */
const ACCOUNT_FIELD = /^(?:e?mail|email_?address|phone|phone_?number|mobile|password\w*|hashed_?password)$/i;

export const sensitiveActionsAreRecorded: RuleCheck = {
  id: 'audit/sensitive-actions-are-recorded',
  check({ facts, options, report }) {
    const routes = facts.routes();
    if (routes.length === 0) return 'not-applicable';
    const audit = auditMatchers(options);
    const sensitiveModels = compile(options, 'sensitiveModels');
    const sensitiveRoutes = compile(options, 'sensitiveRoutes');
    const systemRoutes = compile(options, 'systemRoutes');
    const signInRoutes = compile(options, 'signInRoutes');
    const sensitiveCalls = compile(options, 'sensitiveCalls', '');
    const signInCalls = compile(options, 'signInCalls', '');
    const statusFields = compile(options, 'statusFields', '');
    const roleFields = compile(options, 'roleFields', '');
    const ignoredModels = compile(options, 'ignoredModels');
    const queueModels = compile(options, 'queueModels');
    // A queue's `jobs` table is bookkeeping; a `Job` the app declares in its own schema is a business record.
    // Model names compared the way the data-lifecycle rules compare them (casing, table plurals, `Model.objects`).
    // Tables a migration creates (SQL, Knex) say nothing of whose they are: a queue's own migration creates `jobs` too.
    const declared = new Set(declaredModels(facts).filter((m) => m.orm !== 'sql' && m.orm !== 'knex').flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
    const ignored = (model: string | null) => model !== null && (any(model, ignoredModels) || (any(model, queueModels) && !declared.has(normaliseModel(model))));
    const revealCalls = compile(options, 'revealCalls', '');
    const depth = typeof options.maxDepth === 'number' ? options.maxDepth : 3;

    // An app that records sign-ins through Django's `user_logged_in` signal (a receiver writing an audit record) audits the
    // authentication flows Django owns: its password reset confirmation is judged to be recorded there.
    const signInReceivers = facts.receiversOf('user_logged_in.send');
    const signalAudited = signInReceivers.length > 0 && (() => {
      const start = signInReceivers.flatMap((fn) => fn.calls.map((call) => ({ call, path: fn.location.path })));
      const reached = reachFrom(facts, start, depth);
      return findAuditRecord([...start, ...reached.calls].map((c) => c.call), [...signInReceivers.flatMap((fn) => fn.dataOps), ...reached.dataOps], audit) !== null;
    })();

    // Models a person signs in as: they carry an email, a phone or a password (`tenants` of a property manager, `patients`).
    const accountModels = new Set(declaredModels(facts).filter((m) => m.fields.some((f) => ACCOUNT_FIELD.test(f))).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
    const accountLike = (name: string) => name.length > 0 && accountModels.has(normaliseModel(name));

    // A route only a schedule requests (a Vercel cron, a workflow's curl) is the scheduler's, not a user's action.
    const scheduled = scheduledRequestPaths(facts);
    for (const linked of routes) {
      const { route } = linked;
      if (scheduled.has(linked.fullPath.replace(/\/+$/, '') || '/')) continue;
      const body = linked.handler ?? route;
      const bodyPath = linked.handler?.location.path ?? route.location.path;
      // An interceptor around the route (`@UseInterceptors(AuditInterceptor)`) runs its `intercept` on every request: a middleware on it.
      const interceptors = [
        ...globalMiddleware(facts, linked).flatMap((g) => (g.mount.interceptors ?? []).map((call) => ({ call, path: g.path }))),
        ...(route.interceptors ?? []).map((call) => ({ call, path: route.location.path })),
      ];
      const start = [...interceptors, ...body.calls.map((call) => ({ call, path: bodyPath }))];
      const reached = reachFrom(facts, start, depth, undefined, body.dataOps);
      const calls = [...start, ...reached.calls];
      const ops = withLoaderModels([...body.dataOps, ...reached.dataOps], reached.via);
      const recorded = findAuditRecord([...linked.guards, ...calls.map((c) => c.call)], ops, audit);
      if (recorded) continue;

      const label = describeRoute(linked);
      const spoken = splitWords(label);
      // Writing an audit row is the record itself; purging or rewriting the trail is a deletion like any other,
      // and "who cleared the audit log, and when?" is exactly what the log must answer.
      const writes = ops.filter((op) => op.op !== 'read' && !(op.op === 'create' && isAuditModel(op.model, audit)) && !ignored(op.model));
      // A secret decrypted only to sign something (an outgoing webhook's HMAC) is used, not revealed.
      const reveal = revealingCalls(facts, calls, (c) => any(c.callee, revealCalls) && !isAuditCall(c, audit))[0];
      const sensitiveCall = calls.find((c) => any(c.call.callee, sensitiveCalls));
      const readOnly = READ_METHODS.has(route.method);
      const reasons: { text: string; at: RelatedLocation }[] = [];
      // Establishing a session is signing someone in, whatever the route is called and whatever its method
      // (`GET /auth/magic-link/verify` that sets `req.session.userId`, an OAuth callback calling `req.login(user)`).
      // Signing in the account the route has just created is the end of a sign-up, not a sign-in to an existing account.
      const registers = REGISTRATION.test(spoken) || ops.some((op) => op.op === 'create' && op.model !== null && ACCOUNT_MODEL.test(op.model));
      // `ctx.session.tenantId = row.tenant_id` in a route that consumes a token (a magic link): a renter, a patient, a customer
      // signed in. Their ids count when they name an account-like model (one with an email, a phone or a password) and the route
      // takes a token from the request; an id kept as state (`session.cartId`, the active `orgId`) does not.
      const consumesToken = (route.params ?? []).concat(pathParams(linked.fullPath)).some((p) => TOKEN_PARAM.test(p)) || ops.some((op) => op.op === 'read' && (op.filter ?? []).some((v) => TOKEN_PARAM.test(v)));
      const principal = (target: string) => consumesToken && accountLike(target.replace(/^.*session\W*/, '').replace(/['"\]]/g, '').replace(/_?[iI][dD]$/, ''));
      const session = registers ? null : signsIn(body, bodyPath, reached.via, calls, signInCalls, principal);
      if (session) reasons.push({ text: `signs the user in (${session.what})`, at: { path: session.path, startLine: session.line, message: `session established by ${session.what}` } });

      if (reveal) reasons.push({ text: `reveals a secret (${reveal.call.callee})`, at: { path: reveal.path, startLine: reveal.call.line, message: `decrypts or reveals via ${reveal.call.callee}` } });
      if (!readOnly) {
        const removal = writes.find((op) => op.op === 'delete');
        if (removal) reasons.push({ text: `deletes ${displayModel(removal)}`, at: at(removal, `delete via ${removal.callee}`) });
        // Changing a membership, role or the organization is sensitive; creating one (sign-up) is judged by the route's words.
        // A `tenants` table of renters that rows of `organizations` hold (an `org_id` column) is not the organization.
        const privileged = writes.find((op) => op.op === 'update' && op.model !== null && any(op.model, sensitiveModels) && !isHeldByAnotherUnit(facts, op.model));
        if (privileged) reasons.push({ text: `changes ${displayModel(privileged)}`, at: at(privileged, `${privileged.op} via ${privileged.callee}`) });
        // Writing a role field is a role change on any model (a `User` row under `/staff/:id`).
        const roleChange = privileged ? undefined : writes.find((op) => op.op === 'update' && writesField(op, roleFields));
        if (roleChange) reasons.push({ text: `changes the role of ${displayModel(roleChange)}`, at: at(roleChange, `role written via ${roleChange.callee}`) });
        // A field written, not a value read: `cancelledAt: event.status === 'cancelled' ? new Date() : null` writes no status.
        const status = writes.find((op) => op.op === 'update' && writesField(op, statusFields));
        if (status) reasons.push({ text: `changes the status of ${displayModel(status)}`, at: at(status, `status written via ${status.callee}`) });
        // A provider's callback (`/webhooks/twilio/status`) is not a user's action: its path words say nothing; what it changes still does.
        // A status is judged by the fields written: `status` in the path of a route that only creates rows (`POST /status/:slug/subscribe`
        // of a status page product, `POST /status-pages`) changes no status; other sensitive words in the same path still count.
        const createsOnly = writes.length > 0 && writes.every((op) => op.op === 'create');
        const word = any(linked.fullPath, systemRoutes) ? null : sensitiveRoutes.map((p) => routeWord(p, spoken, createsOnly)).find(Boolean);
        if (word && reasons.length === 0 && (writes.length > 0 || sensitiveCall)) reasons.push({ text: `is a sensitive action (${word[0]!.replace(/^[/._\s-]|[/._\s-]$/g, '')})`, at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        const signIn = signInRoutes.map((p) => p.exec(spoken)).find(Boolean);
        // Django's own PasswordResetConfirmView (mounted as it is, or subclassed) sets the new password through its
        // SetPasswordForm and may sign the user in: the write is Django's, so no code of the app's shows it.
        const setsPassword = route.builtin === 'PasswordResetConfirmView' && !session && !signalAudited;
        if (setsPassword) reasons.push({ text: "sets a new password (Django's PasswordResetConfirmView)", at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        // Asking for a reset email (Django's PasswordResetView) changes no account: the password route that sets one writes.
        const passwordRequest = !!signIn && /password|reset/i.test(signIn[0]) && writes.length === 0 && !sensitiveCall && !setsPassword;
        // Auth.js's catch-all route is where its sign-ins and sign-outs happen.
        const signInWord = signIn && /nextauth/i.test(signIn[0]) ? 'Auth.js sign-in and sign-out' : signIn?.[0]!.replace(/^[/._\s-]|[/._\s-]$/g, '');
        if (signIn && !passwordRequest && !session && !setsPassword) reasons.push({ text: `is a sign-in event (${signInWord})`, at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        if (sensitiveCall && (writes.length > 0 || reasons.length === 0)) reasons.push({ text: `calls ${sensitiveCall.call.callee}`, at: { path: sensitiveCall.path, startLine: sensitiveCall.call.line, message: `sensitive call ${sensitiveCall.call.callee}` } });
      }
      // An export is the route itself (`POST /exports`, `GET /reports/export`, `/users.csv`, a server action or procedure
      // `exportPatientRecord`), whatever its method, even when it only reads: not a status lookup under it, and not one file's download.
      const last = linked.fullPath.split('/').filter((s) => s && !/^[:[{]/.test(s)).pop() ?? '';
      // `POST /exports/invoices`: an export collection followed by what it exports (not `/exports/:id`, `/exports/history`).
      const segments = linked.fullPath.split('/').filter(Boolean);
      const exportOf = segments.length >= 2 && /^exports?$/i.test(segments[segments.length - 2]!) && !EXPORT_META.test(last);
      // `GET /exports` (a tRPC query `payroll.exports`) lists the exports made so far; `POST /exports` makes one.
      const listsExports = /^exports$/i.test(last) && READ_METHODS.has(route.method);
      const exportsData = !listsExports && (/^(?:exports?|dump)$|\.(?:csv|xlsx|zip)$/i.test(last) || ((EXPORT_ACTION.test(last) || exportOf) && ops.some((op) => op.op === 'read')));
      if (exportsData && linked.fullPath.split('/').pop() === last && !reasons.some((r) => r.text.startsWith('is a sensitive action'))) {
        reasons.push({ text: 'exports data', at: { path: route.location.path, startLine: route.location.startLine, message: label } });
      }
      if (reasons.length === 0) continue;
      const action = [...new Set(reasons.map((r) => r.text))].slice(0, 3).join(', ');
      report({
        messageId: 'missing',
        data: {
          route: label,
          action,
          helpers: reached.via.length > 0 ? reached.via.slice(0, 6).map((f) => f.qualifiedName).join(', ') : 'none',
          evidence: 'audit.*, auditLog.create, createAuditLog, recordAudit, record_audit, AuditLog.objects.create…',
        },
        location: route.location,
        anchor: `${route.framework} ${label}`,
        related: [...reasons.map((r) => r.at), ...reached.via.slice(0, 5).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `helper ${f.qualifiedName} was followed` }))],
      });
    }
  },
};
