/** Parameter names in a route path: Express/Koa/Hono `:id`, Next.js `[id]`/`[...slug]`, FastAPI `{id}`, Django/Flask `<int:pk>`. */
export function pathParams(path: string): string[] {
  const out: string[] = [];
  for (const m of path.matchAll(/:(\w+)|\[\[?(?:\.\.\.)?(\w+)\]?\]|\{(\w+)(?::[^}]*)?\}|<(?:\w+:)?(\w+)>|\(\?P<(\w+)>/g)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
