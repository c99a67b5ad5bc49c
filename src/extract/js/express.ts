import { routerStyleExtractor } from './router-style.js';

/** Express: `app.METHOD`, `router.route(path).METHOD`, `app.use(prefix, ...guards, router)`. */
export const expressExtractor = routerStyleExtractor({
  framework: 'express',
  imports: /^express$/,
  applies: /\bexpress\b/,
});
