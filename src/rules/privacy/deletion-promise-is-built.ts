import type { FactIndex } from '../../core/fact-index.js';
import type { DataOpFact, FieldWriteFact } from '../../core/facts.js';
import { pathParams } from '../../extract/js/paths.js';
import { reachFrom } from '../reach.js';
import { declaredModels, flows, normaliseModel, policyClaims, quote, snakeCase, strongestClaim, where, wordsOf, type Flow } from '../data-lifecycle.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, optionDefaults, patterns } from '../types.js';

/** A value the client chose (`req.params.userId`, `input.userId`): the security rules' `requestValues` vocabulary, declared once. */
const REQUEST_VALUES = optionDefaults('security/object-access-is-scoped', 'requestValues').map((p) => new RegExp(p));

/** The caller's own id (`req.user.id`, `user.id`): the security rules' `ownerValues` vocabulary. */
const OWNER_VALUES = optionDefaults('security/object-access-is-scoped', 'ownerValues').map((p) => new RegExp(p));

/** How a flow's own record writes are recognised as writes to the user: `prisma.user.update`, `user.email = …`. */
const USER_TARGET = /^(?:user|users|currentuser|current_user|me|account|profile|customer|person)$/i;

export const deletionPromiseIsBuilt: RuleCheck = {
  id: 'privacy/deletion-promise-is-built',
  check({ facts, options, config, report }) {
    const channels = options.channels as string[];
    const claims = policyClaims(facts, config, 'erasure').filter((c) => channels.includes(c.channel));
    if (claims.length === 0) return 'not-applicable';
    // The patterns are in order of preference: the first that names a model of the repository is the users' model
    // (a B2B app's `User` holds the accounts; its `Customer` is a record of the business, not an account holder).
    const allUserModels = patterns(options, 'userModels');
    const declared = declaredModels(facts).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel));
    const preferred = allUserModels.find((p) => declared.some((d) => p.test(d)));
    const userModels = preferred ? [preferred] : allUserModels;
    const deletionCalls = patterns(options, 'deletionCalls');
    const personalFields = patterns(options, 'personalFields');
    const deletionWords = patterns(options, 'deletionWords');
    const personalWords = patterns(options, 'personalWords');
    const isUserModel = (model: string) => matchesAny(normaliseModel(model), userModels);
    const isUser = (target: string) => isUserModel(target) || USER_TARGET.test(target.split('.').pop()!);

    const all = flows(facts);
    const isDeletionFlow = (f: Flow) => deletionFlow(f, deletionWords, personalWords);
    const userWrites = (f: Flow): FieldWriteFact[] => f.writes.filter((w) => isUser(w.target));
    // "You can delete your account" is kept by a deletion the user makes of their own account. A route that deletes a
    // user picked by an id from the request (`remove_member(request, user_id)`) is someone removing another member.
    const selfService = claims.some((c) => c.channel === 'self-service');
    const ofAnother = (f: Flow, op: DataOpFact) => selfService && f.kind === 'route' && (op.keyedByRequestId === true || (op.filter ?? []).some((v) => matchesAny(v, REQUEST_VALUES)) || keyedByRequest(facts, f).has(opKey(op)));
    const userDeletes = (f: Flow) => f.dataOps.filter((op) => op.op === 'delete' && op.model !== null && isUserModel(op.model));
    const erases = (f: Flow) =>
      userDeletes(f).some((op) => !ofAnother(f, op)) ||
      // `prisma.user.delete` is also a data operation: when that deletes someone else's account, the call does not count either.
      f.calls.some((c) => matchesAny(c.callee, deletionCalls) && !f.dataOps.some((op) => op.callee === c.callee && ofAnother(f, op))) ||
      // In a flow about deleting the account: overwriting personal fields anonymises, and an untyped delete (`db.delete(user)`) deletes.
      (isDeletionFlow(f) && (userWrites(f).some((w) => w.fields.some((field) => matchesAny(snakeCase(field), personalFields))) || f.dataOps.some((op) => op.op === 'delete' && op.model === null && !ofAnother(f, op))));
    if (all.some(erases)) return;

    const claim = strongestClaim(claims);
    const related = claims.filter((c) => c !== claim).slice(0, 2).map((c) => ({ path: c.location.path, startLine: c.location.startLine, message: `also promised: "${quote(c)}"` }));
    const soft = all.filter((f) => isDeletionFlow(f) && userWrites(f).length > 0);
    if (soft.length > 0) {
      const flow = soft[0]!;
      const writes = userWrites(flow);
      const fields = [...new Set(writes.flatMap((w) => w.fields))];
      report({
        messageId: 'softDelete',
        data: {
          sentence: quote(claim),
          claimAt: where(claim.location),
          route: flow.label,
          fields: fields.join(', '),
          model: modelName(writes[0]!.target, declaredModels(facts).find((m) => preferred?.test(normaliseModel(m.name)))?.name),
          writeAt: where(writes[0]!.location),
        },
        location: claim.location,
        anchor: 'erasure',
        related: [
          { path: flow.location.path, startLine: flow.location.startLine, message: `${flow.label}: the account deletion` },
          ...writes.slice(0, 2).map((w) => ({ path: w.location.path, startLine: w.location.startLine, message: `sets ${w.fields.join(', ')} only` })),
          ...related,
        ],
      });
      return;
    }
    const deleting = all.filter(isDeletionFlow);
    const removals = all.filter((f) => userDeletes(f).some((op) => ofAnother(f, op)));
    const considered = removals.length > 0
      ? `the only user deletion (${removals.slice(0, 3).map((f) => f.label).join(', ')}) removes a user picked by an id from the request, someone else's account, not the caller's own`
      : deleting.length > 0
        ? `${deleting.slice(0, 3).map((f) => f.label).join(', ')} ${deleting.length === 1 ? 'deletes' : 'delete'} neither the user nor their personal fields`
        : 'no route or job deletes the user model, calls an identity provider\'s user deletion, or anonymises name and email';
    report({
      messageId: 'missing',
      data: { sentence: quote(claim), claimAt: where(claim.location), considered },
      location: claim.location,
      anchor: 'erasure',
      related: [...[...removals, ...deleting.filter((f) => !removals.includes(f))].slice(0, 3).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `considered: ${f.label}` })), ...related],
    });
  },
};

const KEYED = new WeakMap<Flow, Set<string>>();

/**
 * The data operations of a route keyed by a value the client chose, followed into its helpers with their parameters
 * bound to the handler's arguments: `MembersService.remove(companyId, userId)` from `DELETE /members/:userId` deletes
 * the user the URL names, whatever the helper calls the value. A path parameter (`:userId`, `{user_id}`) and the
 * handler's own request parameters (NestJS `@Param('userId') userId`) count, as in the security rules.
 */
function keyedByRequest(facts: FactIndex, f: Flow): Set<string> {
  let keyed = KEYED.get(f);
  if (keyed) return keyed;
  keyed = new Set();
  KEYED.set(f, keyed);
  const linked = f.route;
  if (!linked) return keyed;
  const body = linked.handler ?? linked.route;
  const bodyPath = linked.handler?.location.path ?? linked.route.location.path;
  const params = new Set([...(linked.route.params ?? []), ...pathParams(linked.fullPath)]);
  const fromRequest = (v: string) => matchesAny(v, REQUEST_VALUES) || params.has(v.split(/[.([]/)[0]!);
  // `{ _id: user.id, companyId }`: a row picked by the caller's own id is theirs, in whichever company the URL names.
  const own = (v: string) => !fromRequest(v) && matchesAny(v, OWNER_VALUES);
  const reached = reachFrom(facts, body.calls.map((call) => ({ call, path: bodyPath })), 4, undefined, body.dataOps);
  const ops = [...body.dataOps, ...reached.dataOps];
  // `target = findFirst({ where: { id: req.params.adminId } })`, then `delete({ where: { id: target.id } })`: the row the URL named.
  const loadedByRequest = new Set(ops.flatMap((op) => (op.op === 'read' && op.boundTo && (op.filter ?? []).some(fromRequest) && !(op.filter ?? []).some(own) ? [op.boundTo] : [])));
  const fromLoaded = (v: string) => loadedByRequest.has(v.split(/[.([?]/)[0]!);
  for (const op of ops) {
    const filter = op.filter ?? [];
    if ((filter.some(fromRequest) || filter.some(fromLoaded)) && !filter.some(own)) keyed.add(opKey(op));
  }
  return keyed;
}

function opKey(op: DataOpFact): string {
  return `${op.location.path}:${op.location.startLine}:${op.location.startColumn}:${op.callee}`;
}

/** `DELETE /account`, `POST /me/delete`, `deactivateAccount`, `purge_deleted_users`: a flow meant to delete an account. */
function deletionFlow(flow: Flow, deletionWords: RegExp[], personalWords: RegExp[]): boolean {
  const path = flow.route?.fullPath ?? '';
  // A tRPC procedure is named by its router too: `deactivate` of `accountRouter` is `account.deactivate`, also when
  // the router's mount (`account: accountRouter` in the root router) is not resolved.
  const route = flow.route?.route;
  const routerWords = route?.framework === 'trpc' && route.router ? wordsOf([route.router]).filter((w) => w !== 'router') : [];
  if (path) {
    const segments = path.split('/').filter(Boolean);
    const words = [...routerWords, ...wordsOf(segments.filter((s) => !/^[:{]/.test(s)))];
    const personal = words.some((w) => matchesAny(w, personalWords));
    const last = segments[segments.length - 1] ?? '';
    // DELETE /account, DELETE /me, DELETE /users/:id — the resource itself, not a child of it.
    if (personal && flow.route!.route.method === 'DELETE' && (matchesAny(last.toLowerCase(), personalWords) || (/^[:{]/.test(last) && /^users?$/.test(segments[segments.length - 2] ?? '')))) return true;
    if (personal && words.some((w) => matchesAny(w, deletionWords))) return true;
  }
  return flow.names.some((name) => {
    const words = wordsOf([name]);
    return words.some((w) => matchesAny(w, deletionWords)) && words.some((w) => matchesAny(w, personalWords));
  });
}

/**
 * The model a write is reported on: `user.deleted_at` names the user, and so does flask-login's `current_user` or a local
 * (`user = current_user`): those are the repository's users model (`User`) when it declares one, not a model of their own.
 */
function modelName(target: string, userModel: string | undefined): string {
  const last = target.split('.').pop()!;
  if (userModel && USER_TARGET.test(last)) return userModel;
  return last.charAt(0).toUpperCase() + last.slice(1);
}
