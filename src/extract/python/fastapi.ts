import type { SgNode } from '@ast-grep/napi';
import type { CallFact, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'api_route']);

/**
 * FastAPI: `@router.METHOD(path, dependencies=[Depends(x)])` on a function whose parameters
 * may carry `Depends(y)` / `Security(y)`; `APIRouter(prefix=…, dependencies=[…])` and
 * `app.include_router(router, prefix=…, dependencies=[…])` become mounts.
 */
export const fastapiExtractor: SourceExtractor = {
  id: 'fastapi',
  languages: ['python'],
  kinds: ['decorated_definition', 'assignment'],
  applies: (text) => text.includes('fastapi') || text.includes('APIRouter'),
  extract(file, facts) {
    for (const decorated of file.nodes('decorated_definition')) {
      const definition = decorated.field('definition');
      if (!definition || definition.kind() !== 'function_definition') continue;
      for (const decorator of decorated.children().filter((c) => c.kind() === 'decorator')) {
        const call = decorator.children().find((c) => c.kind() === 'call');
        const fn = call?.field('function');
        if (!call || !fn || fn.kind() !== 'attribute') continue;
        const method = fn.field('attribute')?.text() ?? '';
        if (!METHODS.has(method)) continue;
        const args = argumentsOf(call.field('arguments'));
        const first = args[0];
        if (!first || first.kind() !== 'string') continue;
        const guards = [...otherDecorators(decorated, decorator), ...keywordDependencies(file, args), ...parameterDependencies(file, definition)];
        facts.routes.push({
          framework: 'fastapi',
          method: method === 'api_route' ? 'ANY' : method.toUpperCase(),
          path: unquote(first.text()),
          location: file.location(decorated),
          guards,
          handlerRef: null,
          router: fn.field('object')?.text() ?? null,
          ...file.summariseNode(definition),
        });
      }
    }
    collectRouters(file, facts);
  },
};

/** The route's other decorators (`@limiter.limit("5/minute")`), outermost first. */
function otherDecorators(decorated: SgNode, route: SgNode): CallFact[] {
  const out: CallFact[] = [];
  for (const decorator of decorated.children()) {
    if (decorator.kind() !== 'decorator' || decorator === route || decorator.range().start.index === route.range().start.index) continue;
    const expression = decorator.children().find((c) => c.isNamed());
    if (!expression) continue;
    const isCall = expression.kind() === 'call';
    if (isCall && METHODS.has(compact(expression.field('function')?.text() ?? '').split('.').pop() ?? '')) continue;
    const fact: CallFact = { callee: compact((isCall ? expression.field('function') : expression)?.text() ?? ''), line: decorator.range().start.line + 1 };
    const first = isCall ? argumentsOf(expression.field('arguments'))[0] : undefined;
    if (first?.kind() === 'string') fact.firstArg = unquote(first.text());
    out.push(fact);
  }
  return out;
}

/** `dependencies=[Depends(a), Security(b)]` keyword arguments. */
function keywordDependencies(file: SourceFile, args: SgNode[]): CallFact[] {
  const out: CallFact[] = [];
  for (const arg of args) {
    if (arg.kind() !== 'keyword_argument' || arg.field('name')?.text() !== 'dependencies') continue;
    for (const call of arg.findAll({ rule: { kind: 'call' } })) out.push(...dependencyOf(file, call));
  }
  return out;
}

/** `user: User = Depends(get_current_user)` / `Annotated[User, Depends(x)]` parameters. */
function parameterDependencies(file: SourceFile, definition: SgNode): CallFact[] {
  const params = definition.field('parameters');
  if (!params) return [];
  return params.findAll({ rule: { kind: 'call' } }).flatMap((call) => dependencyOf(file, call));
}

function dependencyOf(_file: SourceFile, call: SgNode): CallFact[] {
  const callee = compact(call.field('function')?.text() ?? '');
  if (callee !== 'Depends' && callee !== 'Security' && !callee.endsWith('.Depends') && !callee.endsWith('.Security')) return [];
  const first = argumentsOf(call.field('arguments'))[0];
  if (!first) return [];
  const line = call.range().start.line + 1;
  // Depends(require_role("admin")) → require_role with its argument
  if (first.kind() === 'call') {
    const inner = argumentsOf(first.field('arguments'))[0];
    const fact: CallFact = { callee: compact(first.field('function')?.text() ?? ''), line };
    if (inner && inner.kind() === 'string') fact.firstArg = unquote(inner.text());
    return [fact];
  }
  return [{ callee: compact(first.text()), line }];
}

function collectRouters(file: SourceFile, facts: FileFacts): void {
  for (const assignment of file.nodes('assignment')) {
    const call = assignment.field('right');
    if (!call || call.kind() !== 'call' || !/^(?:fastapi\.)?(?:APIRouter|FastAPI)$/.test(call.field('function')?.text() ?? '')) continue;
    const name = assignment.field('left')?.text();
    const args = argumentsOf(call.field('arguments'));
    const prefix = keywordString(args, 'prefix');
    const guards = keywordDependencies(file, args);
    if (name && (prefix || guards.length > 0)) {
      // Router-level settings apply to every route registered on it: a mount of the router onto itself.
      facts.mounts.push({ framework: 'fastapi', parent: name, prefix: prefix ?? '/', guards, child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!callee.endsWith('.include_router')) continue;
    const args = argumentsOf(call.field('arguments'));
    const child = args[0] && args[0].kind() !== 'keyword_argument' ? args[0].text() : null;
    facts.mounts.push({
      framework: 'fastapi',
      parent: call.field('function')?.field('object')?.text() ?? 'app',
      prefix: keywordString(args, 'prefix') ?? '/',
      guards: keywordDependencies(file, args),
      child,
      location: file.location(call),
    });
  }
}

function keywordString(args: SgNode[], keyword: string): string | null {
  for (const arg of args) {
    if (arg.kind() === 'keyword_argument' && arg.field('name')?.text() === keyword) {
      const value = arg.field('value');
      if (value?.kind() === 'string') return unquote(value.text());
    }
  }
  return null;
}
