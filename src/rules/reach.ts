import type { FactIndex } from '../core/fact-index.js';
import type { CallFact, DataOpFact, FunctionFact } from '../core/facts.js';

/** A call and the file it is in. */
export interface LocatedCall {
  call: CallFact;
  path: string;
}

export interface Reached {
  calls: LocatedCall[];
  dataOps: DataOpFact[];
  via: FunctionFact[];
}

/**
 * Like `FactIndex.reach`, but keeps the file of every call (for `related` locations) and
 * does not follow calls `skip` rejects (an authentication helper's session lookup is not
 * the route's object access; an audit helper's insert is not the route's change).
 */
export function reachFrom(facts: FactIndex, start: readonly LocatedCall[], depth: number, skip: (c: CallFact) => boolean = () => false): Reached {
  const calls: LocatedCall[] = [];
  const dataOps: DataOpFact[] = [];
  const via: FunctionFact[] = [];
  const seen = new Set<FunctionFact>();
  let frontier = start.filter((c) => !skip(c.call));
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: LocatedCall[] = [];
    for (const { call, path } of frontier) {
      const resolved = facts.resolveFunction(path, call.callee, call.receiverType);
      // A signal sent runs its receivers (Django `login()` sends `user_logged_in`).
      for (const fn of resolved ? [resolved, ...facts.receiversOf(call.callee)] : facts.receiversOf(call.callee)) {
        if (seen.has(fn)) continue;
        seen.add(fn);
        via.push(fn);
        const inner = fn.calls.map((c) => ({ call: c, path: fn.location.path }));
        calls.push(...inner);
        dataOps.push(...fn.dataOps);
        next.push(...inner.filter((c) => !skip(c.call)));
      }
    }
    frontier = next;
  }
  return { calls, dataOps, via };
}
