import { flows, policyClaims, quote, strongestClaim, where, wordsOf, type Flow } from '../data-lifecycle.js';
import type { RuleCheck } from '../types.js';
import { matchesAny, patterns } from '../types.js';

/** Calls that hand work to a queue or background task: an export route usually does only that. */
const HANDS_OFF = /(?:^|\.)(?:add|enqueue|send|delay|apply_async|add_task|trigger|publish|dispatch|sendEvent|start)$/;

export const exportPromiseIsBuilt: RuleCheck = {
  id: 'privacy/export-promise-is-built',
  check({ facts, options, config, report }) {
    const channels = options.channels as string[];
    const claims = policyClaims(facts, config, 'export').filter((c) => channels.includes(c.channel));
    if (claims.length === 0) return 'not-applicable';
    const exportWords = patterns(options, 'exportWords');
    const personalWords = patterns(options, 'personalWords');
    const all = flows(facts);
    const isExport = (flow: Flow) => namedFor(flow, exportWords, personalWords);
    const built = all.filter((f) => isExport(f) && (f.dataOps.some((op) => op.op === 'read') || f.calls.some((c) => HANDS_OFF.test(c.callee))));
    if (built.length > 0) return;
    // Exports that were considered and why they do not count: organization data, or a stub.
    const lookalikes = all.filter((f) => f.route !== null && wordsOf([f.route.fullPath]).some((w) => matchesAny(w, exportWords)));
    const considered = lookalikes.length > 0
      ? lookalikes.slice(0, 3).map((f) => (isExport(f) ? `${f.label} reads no data` : `${f.label} exports ${subjectOf(f, exportWords)}, not one user's own data`)).join('; ')
      : 'no route, job or worker is named for exporting or downloading a user\'s data';
    const claim = strongestClaim(claims);
    report({
      messageId: 'missing',
      data: { sentence: quote(claim), claimAt: where(claim.location), considered },
      location: claim.location,
      anchor: 'export',
      related: [
        ...lookalikes.slice(0, 3).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `considered: ${f.label}` })),
        ...claims.filter((c) => c !== claim).slice(0, 3).map((c) => ({ path: c.location.path, startLine: c.location.startLine, message: `also promised: "${quote(c)}"` })),
      ],
    });
  },
};

/**
 * A flow is a personal-data export when its path says so (`/account/export`, `/users/:id/export`,
 * `/me/data-export`) or one of its names does (`exportUserData`, `export_personal_data`).
 */
function namedFor(flow: Flow, exportWords: RegExp[], personalWords: RegExp[]): boolean {
  const path = flow.route?.fullPath ?? '';
  if (/(^|\/)admin(\/|$)/.test(path)) return false;
  const segments = path.split('/').filter(Boolean);
  const pathWords = wordsOf(segments.filter((s) => !/^[:{]/.test(s)));
  // `/users/:id/export` is one user's data; `/users/export` is a list of every user.
  const personalPath = pathWords.some((w) => matchesAny(w, personalWords) && !/^users?$/.test(w)) || segments.some((s, i) => /^users?$/.test(s) && /^(?::|\{|me$)/.test(segments[i + 1] ?? ''));
  if (personalPath && pathWords.some((w) => matchesAny(w, exportWords))) return true;
  return flow.names.some((name) => {
    const words = wordsOf([name]);
    return words.some((w) => matchesAny(w, exportWords)) && words.some((w) => matchesAny(w, personalWords));
  });
}

function subjectOf(flow: Flow, exportWords: RegExp[]): string {
  const words = wordsOf((flow.route?.fullPath ?? '').split('/').filter((s) => !/^[:{]/.test(s))).filter((w) => !matchesAny(w, exportWords));
  return words.length > 0 ? words.join(' ') : 'data';
}
