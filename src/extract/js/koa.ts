import { argumentsOf, unquote } from '../source.js';
import { routerStyleExtractor } from './router-style.js';

/** Koa with koa-router / @koa/router: `new Router({ prefix })`, `router.use(guard)`, `app.use(router.routes())`. */
export const koaExtractor = routerStyleExtractor({
  framework: 'koa',
  imports: /^(?:@koa\/router|koa-router)$/,
  applies: /koa/,
  extraMounts(file, facts) {
    for (const decl of file.root.findAll({ rule: { kind: 'variable_declarator', has: { field: 'value', kind: 'new_expression' } } })) {
      const name = decl.field('name')?.text();
      const value = decl.field('value')!;
      if (!name || !/^(?:Router|KoaRouter)$/.test(value.field('constructor')?.text() ?? '')) continue;
      const options = argumentsOf(value.field('arguments'))[0];
      const prefix = options?.kind() === 'object' ? options.children().find((p) => p.kind() === 'pair' && p.field('key')?.text() === 'prefix')?.field('value') : null;
      // The router's own prefix applies to every route registered on it: a mount of the router onto itself.
      if (prefix?.kind() === 'string') facts.mounts.push({ framework: 'koa', parent: name, prefix: unquote(prefix.text()), guards: [], child: name, location: file.location(decl) });
    }
  },
});
