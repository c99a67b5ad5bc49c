import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, kindOf, type SourceFile } from '../source.js';
import { objectEntries } from '../data.js';

/** Auth.js's catch-all route: `app/api/auth/[...nextauth]/route.ts`, `pages/api/auth/[...nextauth].ts`. */
const CATCH_ALL = /(?:^|\/)(?:app\/((?:.*\/)?)\[\.\.\.nextauth\]\/route|pages\/((?:.*\/)?)\[\.\.\.nextauth\])\.(?:ts|tsx|js|jsx|mjs)$/;
/** The parts of a configuration that run when someone signs in or out. */
const SIGN_IN_EVENTS = /^(?:signIn|signOut|createUser|linkAccount|session)$/;
const SIGN_IN_CALLBACKS = /^signIn$/;

/**
 * Auth.js (NextAuth): the library answers sign-in and sign-out itself, behind a catch-all route
 * whose file only hands the requests over (`export const { GET, POST } = handlers`,
 * `export default NextAuth(authOptions)`). What the app runs on those events is its
 * configuration's `events` (and `callbacks.signIn`).
 *
 * - The catch-all route file gives one route, `POST /api/auth/[...nextauth]`, that calls
 *   whatever the handlers were built from (`handlers`, `authOptions`, or an inline configuration).
 * - A configuration (`NextAuth({ … })`, or an object with `providers` assigned to a name) gives
 *   a function under the name it is reachable by (`handlers` for `const { handlers } = NextAuth(…)`,
 *   `authOptions`), whose body is its sign-in events and callback: what a sign-in runs.
 */
export const authjsExtractor: SourceExtractor = {
  id: 'authjs',
  languages: ['typescript', 'tsx', 'javascript'],
  // A catch-all route file may name nothing but `handlers` (`export const { GET, POST } = handlers`)
  // or a module called auth (`export { GET, POST } from '@/auth'`).
  applies: (text) => /next-auth|NextAuth|@auth\/|\bhandlers\b|\bproviders\s*:|from\s+['"][^'"]*\bauth['"]/.test(text),
  kinds: [],
  extract(file, facts) {
    const catchAll = CATCH_ALL.exec(file.path);
    if (catchAll) catchAllRoute(file, facts, `/${(catchAll[1] ?? catchAll[2] ?? '').split('/').filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith('@')).join('/')}/[...nextauth]`);
    // An object with `providers` is a configuration only in a file that is about Auth.js (not Angular's `ApplicationConfig`).
    if (/next-auth|NextAuth|@auth\//.test(file.text)) configurations(file, facts);
  },
};

/** What the route file hands the requests to: an identifier leading to the configuration, or an inline configuration. */
function catchAllRoute(file: SourceFile, facts: FileFacts, path: string): void {
  let at: SgNode | null = null;
  const calls: CallFact[] = [];
  let inline: BodySummary | null = null;
  // `const handler = NextAuth(authOptions)`: local names bound to a NextAuth(…) call.
  const built = new Map<string, SgNode>();
  for (const { name, value } of topLevelDeclarators(file)) if (name.kind() === 'identifier' && isNextAuthCall(value)) built.set(name.text(), value);
  const handOver = (value: SgNode | null) => {
    if (!value) return;
    if (isNextAuthCall(value)) {
      const config = argumentsOf(value.field('arguments'))[0];
      if (config?.kind() === 'identifier') calls.push({ callee: config.text(), line: config.range().start.line + 1 });
      else if (config?.kind() === 'object') inline = signInBody(file, config, calls);
    } else if (value.kind() === 'identifier') {
      const local = built.get(value.text());
      if (local) handOver(local);
      else calls.push({ callee: value.text(), line: value.range().start.line + 1 });
    } else if (value.kind() === 'member_expression') {
      // `export const GET = handlers.GET`
      const object = value.field('object');
      if (object?.kind() === 'identifier') handOver(object);
    }
  };
  for (const stmt of file.root.children()) {
    if (stmt.kind() !== 'export_statement') continue;
    const text = stmt.text();
    const decl = stmt.field('declaration');
    const value = stmt.field('value');
    if (text.startsWith('export default') && value) {
      // export default NextAuth(authOptions)
      at ??= stmt;
      handOver(value);
    } else if (decl?.kind() === 'lexical_declaration') {
      // export const { GET, POST } = handlers / export const POST = handlers.POST
      for (const v of decl.children()) {
        if (v.kind() !== 'variable_declarator' || !/\b(?:GET|POST)\b/.test(v.field('name')?.text() ?? '')) continue;
        at ??= stmt;
        handOver(v.field('value'));
      }
    } else if (/\b(?:GET|POST)\b/.test(text)) {
      // export { handler as GET, handler as POST } / export { GET, POST } from '@/auth'
      const source = stmt.field('source');
      at ??= stmt;
      if (source) calls.push({ callee: 'handlers', line: stmt.range().start.line + 1 });
      else for (const spec of stmt.findAll({ rule: { kind: 'export_specifier' } })) handOver(spec.field('name'));
    }
  }
  if (!at) return;
  const body: BodySummary = inline ?? { calls: [], dataOps: [] };
  facts.routes.push({
    framework: 'nextjs',
    method: 'POST',
    path,
    location: file.location(at),
    guards: [],
    handlerRef: null,
    router: null,
    params: [],
    calls: [...calls, ...body.calls],
    dataOps: body.dataOps,
  });
}

function isNextAuthCall(node: SgNode): boolean {
  return node.kind() === 'call_expression' && /^(?:NextAuth|default)$/.test(node.field('function')?.text() ?? '');
}

/** The sign-in events and callback of a configuration object, summarised; spread configurations (`...authConfig`) become calls. */
function signInBody(file: SourceFile, config: SgNode, spreads: CallFact[]): BodySummary {
  const calls: CallFact[] = [];
  const dataOps: BodySummary['dataOps'] = [];
  const add = (node: SgNode) => {
    const summary = file.summariseNode(node);
    calls.push(...summary.calls);
    dataOps.push(...summary.dataOps);
  };
  for (const child of config.namedChildren()) {
    if (child.kind() === 'spread_element') {
      const spread = child.namedChildren()[0];
      if (spread?.kind() === 'identifier') spreads.push({ callee: spread.text(), line: spread.range().start.line + 1 });
    }
  }
  for (const [key, value] of objectEntries(config)) {
    if (key !== 'events' && key !== 'callbacks') continue;
    if (value.kind() !== 'object') continue;
    const wanted = key === 'events' ? SIGN_IN_EVENTS : SIGN_IN_CALLBACKS;
    for (const member of value.namedChildren()) {
      const name = member.kind() === 'method_definition' ? member.field('name')?.text() : member.kind() === 'pair' ? member.field('key')?.text() : null;
      if (name && wanted.test(name)) add(member);
    }
  }
  return { calls, dataOps };
}

/**
 * Configurations: `NextAuth({ … })` bound to names (`export const { handlers, auth } = NextAuth(…)`,
 * `const handler = NextAuth(…)`), and configuration objects (`export const authOptions: NextAuthOptions = { providers, … }`).
 */
function configurations(file: SourceFile, facts: FileFacts): void {
  for (const { declarator: v, name, value: declared, exported } of topLevelDeclarators(file)) {
    let value: SgNode | null = declared;
    // `{ … } satisfies NextAuthConfig`, `{ … } as NextAuthOptions`
    while (value && (kindOf(value) === 'satisfies_expression' || kindOf(value) === 'as_expression')) value = value.namedChildren()[0] ?? null;
    if (!value) continue;
    let config: SgNode | null = null;
    let reference: SgNode | null = null;
    if (isNextAuthCall(value)) {
      const first = argumentsOf(value.field('arguments'))[0];
      if (first?.kind() === 'object') config = first;
      else if (first?.kind() === 'identifier') reference = first;
      else continue;
    } else if (value.kind() === 'object' && objectEntries(value).some(([key]) => key === 'providers')) {
      config = value;
    } else continue;
    const calls: CallFact[] = reference ? [{ callee: reference.text(), line: reference.range().start.line + 1 }] : [];
    const body = config ? signInBody(file, config, calls) : { calls: [], dataOps: [] };
    // `const { handlers, auth, signIn, signOut } = NextAuth(…)`: the route reaches it as `handlers`.
    const names = name.kind() === 'identifier' ? [name.text()] : name.kind() === 'object_pattern' ? patternNames(name).filter((n) => n === 'handlers' || n === 'GET' || n === 'POST') : [];
    for (const fnName of names) {
      facts.functions.push({
        name: fnName,
        qualifiedName: fnName,
        exported,
        location: file.location(v),
        calls: [...calls, ...body.calls],
        dataOps: body.dataOps,
      });
    }
  }
}

/** The module's own `const`/`let`/`var` declarators with a name and a value, exported or not. */
function* topLevelDeclarators(file: SourceFile): Generator<{ declarator: SgNode; name: SgNode; value: SgNode; exported: boolean }> {
  for (const stmt of file.root.children()) {
    const exported = stmt.kind() === 'export_statement';
    const decl = exported ? stmt.field('declaration') : stmt;
    if (decl?.kind() !== 'lexical_declaration' && decl?.kind() !== 'variable_declaration') continue;
    for (const declarator of decl.children()) {
      if (declarator.kind() !== 'variable_declarator') continue;
      const name = declarator.field('name');
      const value = declarator.field('value');
      if (name && value) yield { declarator, name, value, exported };
    }
  }
}

function patternNames(pattern: SgNode): string[] {
  const out: string[] = [];
  for (const p of pattern.namedChildren()) {
    if (p.kind() === 'shorthand_property_identifier_pattern') out.push(p.text());
    else if (p.kind() === 'pair_pattern') {
      const key = p.field('key')?.text();
      if (key) out.push(key);
    }
  }
  return out;
}
