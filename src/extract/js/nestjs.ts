import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { pathParams } from './paths.js';

const HTTP_DECORATORS: Record<string, string> = { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', All: 'ANY', Options: 'OPTIONS', Head: 'HEAD' };
/** Decorators that shape documentation or responses, never access. */
const NOISE = /^(?:Controller|Api\w*|HttpCode|Header|Redirect|Render|UsePipes|UseInterceptors|UseFilters|Version|SerializeOptions|Sse|Injectable)$/;
/** Parameter decorators whose value the client chooses. */
const CLIENT_PARAMS = /^(?:Param|Body|Query|Headers)$/;

/**
 * NestJS: `@Controller('projects')` classes with `@Get/@Post/@Put/@Patch/@Delete(':id')`
 * methods. Guards are `@UseGuards(...)` arguments and every other decorator on the class or
 * method (`@Roles('admin')`, `@Public()`, `@Permissions(...)`, marked `metadata`: they only
 * label the route for a guard to read), class-level first; global guards (`APP_GUARD`
 * providers, `app.useGlobalGuards`) become mounts on `*`. A `@Headers('authorization')`
 * parameter is a header read.
 */
export const nestjsExtractor: SourceExtractor = {
  id: 'nestjs',
  languages: ['typescript', 'javascript'],
  applies: (text) => text.includes('@nestjs/') || text.includes('APP_GUARD') || text.includes('useGlobalGuards') || text.includes('APP_INTERCEPTOR') || text.includes('useGlobalInterceptors'),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    for (const cls of file.root.findAll({ rule: { kind: 'class_declaration' } })) controller(file, facts, cls);
    globalGuards(file, facts);
  },
};

function decoratorsOf(cls: SgNode): SgNode[] {
  const own = cls.children().filter((c) => c.kind() === 'decorator');
  const parent = cls.parent();
  const outer = parent?.kind() === 'export_statement' ? parent.children().filter((c) => c.kind() === 'decorator') : [];
  return [...outer, ...own];
}

function decoratorCall(decorator: SgNode): { name: string; args: SgNode[]; node: SgNode } {
  const expr = decorator.children().find((c) => c.isNamed()) ?? decorator;
  if (expr.kind() === 'call_expression') return { name: compact(expr.field('function')?.text() ?? ''), args: argumentsOf(expr.field('arguments')), node: expr };
  return { name: compact(expr.text()), args: [], node: expr };
}

function stringArg(args: SgNode[]): string | null {
  const first = args[0];
  if (first?.kind() === 'string') return unquote(first.text());
  if (first?.kind() === 'object') {
    const path = first.children().find((p) => p.kind() === 'pair' && p.field('key')?.text() === 'path')?.field('value');
    if (path?.kind() === 'string') return unquote(path.text());
  }
  return null;
}

/** `@UseGuards(JwtAuthGuard, RolesGuard)` → its arguments; `@Roles('admin')` → itself. */
function guardsOf(decorators: SgNode[]): CallFact[] {
  const out: CallFact[] = [];
  for (const d of decorators) {
    const { name, args, node } = decoratorCall(d);
    const line = node.range().start.line + 1;
    if (NOISE.test(name) || HTTP_DECORATORS[name]) continue;
    if (name === 'UseGuards') {
      for (const a of args) out.push(guardOf(a));
      continue;
    }
    // A decorator only attaches metadata to the route; a guard that reads it decides.
    const fact: CallFact = { callee: name, line, metadata: true };
    const first = args[0];
    if (first?.kind() === 'string') fact.firstArg = unquote(first.text());
    else if (first?.kind() === 'member_expression') fact.firstArg = first.text();
    out.push(fact);
  }
  return out;
}

/** `@UseInterceptors(AuditInterceptor)` → a call of `AuditInterceptor.intercept`, which runs around every request. */
function interceptorsOf(decorators: SgNode[]): CallFact[] {
  return decorators.map(decoratorCall).filter((d) => d.name === 'UseInterceptors').flatMap((d) => d.args.map(interceptorOf));
}

function interceptorOf(node: SgNode): CallFact {
  const { callee, line } = guardOf(node);
  return { callee: `${callee}.intercept`, line };
}

function guardOf(node: SgNode): CallFact {
  const line = node.range().start.line + 1;
  if (node.kind() === 'call_expression' || node.kind() === 'new_expression') {
    const fn = node.field('function') ?? node.field('constructor');
    const fact: CallFact = { callee: compact(fn?.text() ?? node.text()), line };
    const first = argumentsOf(node.field('arguments'))[0];
    if (first?.kind() === 'string') fact.firstArg = unquote(first.text());
    return fact;
  }
  return { callee: compact(node.text()), line };
}

function controller(file: SourceFile, facts: FileFacts, cls: SgNode): void {
  const decorators = decoratorsOf(cls);
  const ctrl = decorators.map(decoratorCall).find((d) => d.name === 'Controller');
  if (!ctrl) return;
  const prefix = stringArg(ctrl.args) ?? '';
  const classGuards = guardsOf(decorators);
  const classInterceptors = interceptorsOf(decorators);
  const body = cls.field('body');
  if (!body) return;
  let pending: SgNode[] = [];
  for (const member of body.children()) {
    if (member.kind() === 'decorator') {
      pending.push(member);
      continue;
    }
    if (member.kind() !== 'method_definition') {
      if (member.isNamed()) pending = [];
      continue;
    }
    const methodDecorators = pending;
    pending = [];
    const http = methodDecorators.map(decoratorCall).find((d) => HTTP_DECORATORS[d.name]);
    if (!http) continue;
    const sub = stringArg(http.args) ?? '';
    const path = `/${[prefix, sub].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
    const at = methodDecorators[0] ?? member;
    const range = at.range();
    const interceptors = [...classInterceptors, ...interceptorsOf(methodDecorators)];
    facts.routes.push({
      framework: 'nestjs',
      method: HTTP_DECORATORS[http.name]!,
      path,
      location: { ...file.location(member), startLine: range.start.line + 1, startColumn: range.start.column + 1 },
      guards: [...classGuards, ...guardsOf(methodDecorators)],
      handlerRef: null,
      router: null,
      params: [...pathParams(path), ...clientParameters(member)],
      ...(interceptors.length > 0 ? { interceptors } : {}),
      ...withHeaderParameters(file.summariseNode(member), member),
    });
  }
}

/** `@Param('id') projectId: string`, `@Body() dto` → the local names the client controls. */
function clientParameters(method: SgNode): string[] {
  const out: string[] = [];
  for (const p of method.field('parameters')?.children() ?? []) {
    const decorator = p.children().find((c) => c.kind() === 'decorator');
    if (!decorator || !CLIENT_PARAMS.test(decoratorCall(decorator).name)) continue;
    const name = p.field('pattern');
    if (name?.kind() === 'identifier') out.push(name.text());
  }
  return out;
}

/** `@Headers('authorization') authorization: string`: the handler reads that request header. */
function withHeaderParameters(summary: BodySummary, method: SgNode): BodySummary {
  const reads: { name: string; line: number }[] = [];
  for (const p of method.field('parameters')?.children() ?? []) {
    const decorator = p.children().find((c) => c.kind() === 'decorator');
    if (!decorator) continue;
    const { name, args } = decoratorCall(decorator);
    const header = name === 'Headers' ? stringArg(args) : null;
    if (header) reads.push({ name: header.toLowerCase(), line: decorator.range().start.line + 1 });
  }
  if (reads.length === 0) return summary;
  return { ...summary, headerReads: [...reads, ...(summary.headerReads ?? [])].sort((a, b) => a.line - b.line) };
}

function globalGuards(file: SourceFile, facts: FileFacts): void {
  if (file.text.includes('APP_GUARD')) {
    for (const obj of file.root.findAll({ rule: { kind: 'object', has: { kind: 'pair', has: { field: 'value', regex: '^APP_GUARD$' } } } })) {
      const use = obj.children().find((p) => p.kind() === 'pair' && /^(?:useClass|useExisting)$/.test(p.field('key')?.text() ?? ''))?.field('value');
      if (use) facts.mounts.push({ framework: 'nestjs', parent: '*', prefix: '/', guards: [guardOf(use)], child: null, location: file.location(obj) });
    }
  }
  // Global interceptors wrap every route: no guard, but what they do (record an audit event) happens on each request.
  if (file.text.includes('APP_INTERCEPTOR')) {
    for (const obj of file.root.findAll({ rule: { kind: 'object', has: { kind: 'pair', has: { field: 'value', regex: '^APP_INTERCEPTOR$' } } } })) {
      const use = obj.children().find((p) => p.kind() === 'pair' && /^(?:useClass|useExisting)$/.test(p.field('key')?.text() ?? ''))?.field('value');
      if (use) facts.mounts.push({ framework: 'nestjs', parent: '*', prefix: '/', guards: [], interceptors: [interceptorOf(use)], child: null, location: file.location(obj) });
    }
  }
  if (file.text.includes('useGlobalInterceptors')) {
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^useGlobalInterceptors$' } } } })) {
      const interceptors = argumentsOf(call.field('arguments')).map(interceptorOf);
      if (interceptors.length > 0) facts.mounts.push({ framework: 'nestjs', parent: '*', prefix: '/', guards: [], interceptors, child: null, location: file.location(call) });
    }
  }
  if (file.text.includes('useGlobalGuards')) {
    for (const call of file.root.findAll({ rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression', has: { field: 'property', regex: '^useGlobalGuards$' } } } })) {
      const guards = argumentsOf(call.field('arguments')).map(guardOf);
      if (guards.length > 0) facts.mounts.push({ framework: 'nestjs', parent: '*', prefix: '/', guards, child: null, location: file.location(call) });
    }
  }
}
