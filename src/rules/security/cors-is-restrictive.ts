import type { RuleCheck } from '../types.js';

export const corsIsRestrictive: RuleCheck = {
  id: 'security/cors-is-restrictive',
  check({ facts, options, report }) {
    const flagWildcard = options.flagWildcardWithoutCredentials === true;
    let policies = 0;
    for (const file of facts.fileFacts) {
      for (const cors of file.cors) {
        policies++;
        const reflected = cors.origin === 'reflect';
        const wildcard = cors.origin === '*';
        let messageId: string | null = null;
        if (reflected && cors.credentials === true) messageId = 'reflectedWithCredentials';
        else if (wildcard && cors.credentials === true) messageId = 'wildcardWithCredentials';
        else if (flagWildcard && wildcard) messageId = 'wildcard';
        if (!messageId) continue;
        report({
          messageId,
          data: { via: cors.via, path: file.path, line: cors.location.startLine },
          location: cors.location,
          anchor: `${cors.via} ${cors.origin} ${cors.credentials}`,
        });
      }
    }
    if (policies === 0) return 'not-applicable';
  },
};
