import { argumentsOf, unquote } from '../source.js';
import { isStringNode, routerStyleExtractor } from './router-style.js';

/** Hono: `app.METHOD(path, ...middleware, handler)`, `app.use('/x/*', mw)`, `app.route('/p', sub)`, `basePath()`. */
export const honoExtractor = routerStyleExtractor({
  framework: 'hono',
  imports: /^hono(?:\/.*)?$|^@hono\/zod-openapi$/,
  applies: /hono/,
  extraMounts(file, facts, routers) {
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^(route|basePath)$' } } } })) {
      const fn = call.field('function')!;
      const parent = fn.field('object');
      const args = argumentsOf(call.field('arguments'));
      if (!parent || !args[0] || !isStringNode(args[0])) continue;
      const prefix = unquote(args[0].text());
      if (fn.field('property')!.text() === 'route') {
        const child = args[1];
        if (parent.kind() !== 'identifier' || !child || child.kind() !== 'identifier') continue;
        facts.mounts.push({ framework: 'hono', parent: parent.text(), prefix, guards: [], child: child.text(), location: file.location(call) });
      } else {
        // const app = new Hono().basePath('/api')
        const decl = call.parent();
        const name = decl?.kind() === 'variable_declarator' ? decl.field('name')?.text() : null;
        if (name) {
          routers.add(name);
          facts.mounts.push({ framework: 'hono', parent: name, prefix, guards: [], child: name, location: file.location(call) });
        }
      }
    }
  },
});
