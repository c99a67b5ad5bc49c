import type { SgNode } from '@ast-grep/napi';
import type { FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { keyword } from './common.js';
import { isDevelopmentSettings, topLevelSettings } from './settings-module.js';

/**
 * Python CORS policies: Starlette/FastAPI `CORSMiddleware` (`app.add_middleware(CORSMiddleware, …)`,
 * `Middleware(CORSMiddleware, …)`), Flask-CORS (`CORS(app, …)`, `@cross_origin(…)`) and
 * django-cors-headers settings. All three echo the request's origin when any origin is allowed
 * together with credentials, so that combination is recorded as `reflect`.
 */
export const pythonCorsExtractor: SourceExtractor = {
  id: 'python-cors',
  languages: ['python'],
  kinds: [],
  applies: (text) => /CORSMiddleware|flask_cors|CORS_|cors\w*\.init_app\(/i.test(text),
  extract(file, facts) {
    if (/CORSMiddleware|flask_cors|cors\w*\.init_app\(/i.test(file.text)) middleware(file, facts);
    if (/CORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL|ALLOWED_ORIGIN_REGEXES|ORIGIN_REGEX_WHITELIST)/.test(file.text)) djangoSettings(file, facts);
  },
};

function middleware(file: SourceFile, facts: FileFacts): void {
  const flaskNames = new Set(facts.imports.filter((i) => i.source === 'flask_cors' && (i.imported === 'CORS' || i.imported === 'cross_origin')).map((i) => i.local));
  // `cors = CORS()` / `cors = CORS(supports_credentials=True)` at module level: the instance and its constructor's keywords.
  const instances = new Map<string, SgNode[]>();
  const constructors = new Map<string, SgNode>();
  for (const { node: call, callee } of file.calls) {
    const assignment = call.parent();
    const target = assignment?.kind() === 'assignment' ? assignment.field('left') : null;
    if (!flaskNames.has(callee) || target?.kind() !== 'identifier') continue;
    const args = argumentsOf(call.field('arguments'));
    if (args.some((a) => a.kind() !== 'keyword_argument')) continue;
    instances.set(target.text(), args);
    constructors.set(target.text(), call);
  }
  const initialised = new Set<number>();
  for (const { callee } of file.calls) {
    const ctor = callee.endsWith('.init_app') ? constructors.get(callee.slice(0, -'.init_app'.length)) : undefined;
    if (ctor) initialised.add(ctor.id());
  }
  for (const { node: call, callee } of file.calls) {
    const args = argumentsOf(call.field('arguments'));
    const first = args[0];
    const starlette = (/(?:^|\.)(?:add_middleware|Middleware)$/.test(callee) && first !== undefined && /(?:^|\.)CORSMiddleware$/.test(compact(first.text()))) || /(?:^|\.)CORSMiddleware$/.test(callee);
    if (starlette) {
      // Starlette allows no origin by default and no credentials.
      const credentials = booleanOf(keyword(args, 'allow_credentials'));
      const regex = keyword(args, 'allow_origin_regex');
      let origin = originsOf(keyword(args, 'allow_origins'), 'none');
      if (origin !== '*' && regex && anyOrigin(regex)) origin = 'reflect';
      facts.cors.push({ via: 'CORSMiddleware', origin: origin === '*' && credentials === true ? 'reflect' : origin, credentials: credentials ?? false, location: file.location(call) });
    } else if (flaskNames.has(callee) || isFlaskCorsInit(callee, instances)) {
      // The app factory form: `cors = CORS()` (often in extensions.py), then `cors.init_app(app, …)`: the options
      // of both apply, init_app's winning. A `CORS()` that init_app configures later is that one policy, not another.
      const receiver = callee.endsWith('.init_app') ? callee.slice(0, -'.init_app'.length) : null;
      if (!receiver && initialised.has(call.id())) continue;
      if (receiver) args.unshift(...(instances.get(receiver) ?? []));
      // Flask-CORS allows every origin by default and reflects it when credentials are supported.
      const credentials = booleanOf(lastKeyword(args, 'supports_credentials'));
      let origin = originsOf(lastKeyword(args, 'origins'), '*');
      const resources = lastKeyword(args, 'resources');
      if (lastKeyword(args, 'origins') === null && resources?.kind() === 'dictionary') {
        const nested = resources.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: '^.origins.$' } } }).map((p) => originsOf(p.field('value'), '*'));
        origin = nested.length === 0 || nested.includes('*') ? '*' : (nested[0] ?? '*');
      }
      facts.cors.push({ via: 'flask-cors', origin: origin === '*' && credentials === true ? 'reflect' : origin, credentials: credentials ?? false, location: file.location(call) });
    }
  }
}

/**
 * `cors.init_app(app, …)` on a Flask-CORS instance: one built from `CORS()` in this file, or one imported under a
 * name that says CORS (`from .extensions import cors`) and given Flask-CORS's own keywords or none besides the app.
 */
function isFlaskCorsInit(callee: string, instances: ReadonlyMap<string, unknown>): boolean {
  const m = /^(\w+)\.init_app$/.exec(callee);
  if (!m) return false;
  return instances.has(m[1]!) || /^(?:cors|\w+_cors|cors_\w+)$/i.test(m[1]!);
}

/** The last keyword argument of that name: init_app's keywords follow the constructor's and override them. */
function lastKeyword(args: readonly SgNode[], name: string): SgNode | null {
  return keyword(args.toReversed(), name);
}

/** `CORS_ALLOW_ALL_ORIGINS = True` (or the legacy `CORS_ORIGIN_ALLOW_ALL`) and `CORS_ALLOW_CREDENTIALS = True` at module level. */
function djangoSettings(file: SourceFile, facts: FileFacts): void {
  if (isDevelopmentSettings(file.path)) return;
  const settings = topLevelSettings(file.root);
  const credentials = booleanOf(settings.get('CORS_ALLOW_CREDENTIALS')?.value ?? null);
  const all = settings.get('CORS_ALLOW_ALL_ORIGINS') ?? settings.get('CORS_ORIGIN_ALLOW_ALL');
  const regexes = settings.get('CORS_ALLOWED_ORIGIN_REGEXES') ?? settings.get('CORS_ORIGIN_REGEX_WHITELIST');
  let at: SgNode | null = null;
  let origin = 'list';
  if (all && booleanOf(all.value) === true) {
    at = all.assignment;
    origin = credentials === true ? 'reflect' : '*';
  } else if (regexes && regexes.value.namedChildren().some((r) => anyOrigin(r))) {
    at = regexes.assignment;
    origin = 'reflect';
  }
  if (at) facts.cors.push({ via: 'django-cors-headers', origin, credentials: credentials ?? false, location: file.location(at) });
}

/** `["*"]`/`"*"` → `*`; named origins → `list`; anything else (a setting read at run time) as written. */
function originsOf(node: SgNode | null, fallback: string): string {
  if (!node) return fallback;
  if (node.kind() === 'string') return unquote(node.text()) === '*' ? '*' : 'list';
  if (node.kind() === 'list' || node.kind() === 'tuple' || node.kind() === 'set') {
    const items = node.namedChildren().filter((c) => c.kind() !== 'comment');
    return items.some((c) => c.kind() === 'string' && unquote(c.text()) === '*') ? '*' : 'list';
  }
  return compact(node.text()).slice(0, 80);
}

/** An origin regex that matches every origin: `.*`, `^https?://.*$`, `https://.+`. */
function anyOrigin(node: SgNode): boolean {
  if (node.kind() !== 'string') return false;
  const pattern = unquote(node.text());
  return /^\^?(?:\(?https?\??:\/\/\)?\??|https?:\/\/)?\.[*+]\$?$/.test(pattern);
}

function booleanOf(node: SgNode | null): boolean | null {
  if (!node) return null;
  if (node.kind() === 'true') return true;
  if (node.kind() === 'false') return false;
  return null;
}
