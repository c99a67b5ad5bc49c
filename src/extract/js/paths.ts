/** Parameter names in a route path: Express/Koa/Hono `:id`, Next.js `[id]`/`[...slug]`, FastAPI/Fastify-style `{id}`. */
export function pathParams(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/:(\w+)|\[\[?(?:\.\.\.)?(\w+)\]?\]|\{(\w+)(?::[^}]*)?\}/g)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
