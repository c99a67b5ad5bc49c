import type { TextExtractor } from '../types.js';

const NGINX = /(?:^|\/)(?:nginx[\w.-]*\.conf|[\w.-]+\.conf\.template|(?:nginx|conf\.d|sites-(?:available|enabled))\/[\w.-]+(?:\.conf)?)$/;

/**
 * nginx in front of the application: `limit_req` in a `location` limits the paths under it,
 * as the application sees them (a `proxy_pass` with a URI replaces the location's prefix with
 * that URI); in a `server` or `http` block it limits everything.
 */
export const nginxExtractor: TextExtractor = {
  id: 'nginx',
  accepts: (p) => NGINX.test(p),
  extract(p, content, facts) {
    if (!content.includes('limit_req')) return;
    const lines = content.split('\n');
    // `upstream` is the path prefix the application sees, from a `proxy_pass` with a URI.
    const stack: { location: string | null; start: number; limited: boolean; upstream: string | null }[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.replace(/#.*$/, '');
      const opened = /^\s*(location\s+(?:[=~^*]+\s+)?(\S+)|server|http)\s*\{/.exec(line);
      if (opened) stack.push({ location: opened[2] ?? null, start: i + 1, limited: false, upstream: null });
      const top = stack[stack.length - 1];
      if (top && /^\s*limit_req\s+zone=/.test(line)) top.limited = true;
      const proxied = /^\s*proxy_pass\s+https?:\/\/[^/\s;]+(\/[^\s;]*)?\s*;/.exec(line);
      if (top && proxied?.[1]) top.upstream = proxied[1];
      for (const ch of line.replace(/^\s*(?:location\s+(?:[=~^*]+\s+)?\S+|server|http)\s*\{/, '')) {
        if (ch !== '}') continue;
        const block = stack.pop();
        if (!block?.limited) continue;
        const location = { path: p, startLine: block.start, endLine: i + 1, startColumn: 1, endColumn: 1 };
        if (block.location === null) facts.rateLimiters.push({ name: null, via: 'nginx limit_req', scope: 'global', paths: [], location });
        else {
          const prefix = (block.upstream ?? block.location).replace(/\/$/, '') || '/';
          facts.rateLimiters.push({ name: null, via: 'nginx limit_req', scope: 'prefix', paths: [prefix], location });
        }
      }
    }
  },
};
