import type { SgNode } from '@ast-grep/napi';
import type { BodySummary, CallFact, DataOperation, DataOpFact, DrfPermissionFact, FileFacts, ImportFact } from '../../core/facts.js';
import type { Location } from '../../core/model.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { calleeOf, classBases, classMembers, decorators, guardOf, keyword, keywordString, lastName, listElements, located, moduleClasses, paramsField, stringList } from './common.js';

const DRF = 'django-rest-framework';
/** The settings key whose permission classes apply to every DRF view that names none of its own. */
export const DRF_DEFAULT_PERMISSIONS = 'DEFAULT_PERMISSION_CLASSES';

type Action = 'list' | 'create' | 'retrieve' | 'update' | 'partial_update' | 'destroy';
const ACTIONS: Record<Action, { method: string; detail: boolean; op: DataOperation; hook: string | null }> = {
  list: { method: 'GET', detail: false, op: 'read', hook: null },
  create: { method: 'POST', detail: false, op: 'create', hook: 'perform_create' },
  retrieve: { method: 'GET', detail: true, op: 'read', hook: null },
  update: { method: 'PUT', detail: true, op: 'update', hook: 'perform_update' },
  partial_update: { method: 'PATCH', detail: true, op: 'update', hook: 'perform_update' },
  destroy: { method: 'DELETE', detail: true, op: 'delete', hook: 'perform_destroy' },
};
const ALL_ACTIONS = Object.keys(ACTIONS) as Action[];
/** The actions a DRF base class or mixin provides without the subclass writing them. */
const DRF_IMPLIED: Record<string, Action[]> = {
  ModelViewSet: ALL_ACTIONS,
  ReadOnlyModelViewSet: ['list', 'retrieve'],
  CreateModelMixin: ['create'],
  ListModelMixin: ['list'],
  RetrieveModelMixin: ['retrieve'],
  UpdateModelMixin: ['update', 'partial_update'],
  DestroyModelMixin: ['destroy'],
  CreateAPIView: ['create'],
  ListAPIView: ['list'],
  RetrieveAPIView: ['retrieve'],
  DestroyAPIView: ['destroy'],
  UpdateAPIView: ['update', 'partial_update'],
  ListCreateAPIView: ['list', 'create'],
  RetrieveUpdateAPIView: ['retrieve', 'update', 'partial_update'],
  RetrieveDestroyAPIView: ['retrieve', 'destroy'],
  RetrieveUpdateDestroyAPIView: ['retrieve', 'update', 'partial_update', 'destroy'],
};
const DRF_VIEWSETS = new Set(['ViewSet', 'GenericViewSet', 'ModelViewSet', 'ReadOnlyModelViewSet', 'ViewSetMixin']);
const DRF_VIEWS = new Set(['APIView', 'GenericAPIView', ...Object.keys(DRF_IMPLIED)]);
/** Django's generic views: the request they handle without the subclass writing a method. */
const DJANGO_IMPLIED: Record<string, { method: string; op: DataOperation | null; keyed: boolean; action: string }> = {
  DeleteView: { method: 'POST', op: 'delete', keyed: true, action: 'delete' },
  UpdateView: { method: 'POST', op: 'update', keyed: true, action: 'update' },
  CreateView: { method: 'POST', op: 'create', keyed: false, action: 'create' },
  DetailView: { method: 'GET', op: 'read', keyed: true, action: 'detail' },
  ListView: { method: 'GET', op: 'read', keyed: false, action: 'list' },
  // A form view does nothing with data itself: its POST is what `form_valid` does with the valid form.
  FormView: { method: 'POST', op: null, keyed: false, action: 'form' },
};
const DJANGO_VIEWS = new Set(['View', 'TemplateView', 'RedirectView', 'FormView', 'ArchiveIndexView', 'LoginView', 'PasswordResetView', 'PasswordResetConfirmView', ...Object.keys(DJANGO_IMPLIED)]);
const DRF_MODEL_MIXINS = new Set(['CreateModelMixin', 'ListModelMixin', 'RetrieveModelMixin', 'UpdateModelMixin', 'DestroyModelMixin']);
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
/** Decorators that restrict the HTTP method rather than guard access. */
const METHOD_DECORATORS: Record<string, string[] | null> = { require_POST: ['POST'], require_GET: ['GET'], require_safe: ['GET'], require_http_methods: null };
/** DRF function-view policy decorators other than permissions: not guards. */
const DRF_POLICIES = new Set(['authentication_classes', 'throttle_classes', 'renderer_classes', 'parser_classes', 'schema', 'api_view']);
const VIEWS_FILE = /(?:^|\/)(?:views?|api|viewsets?)(?:\/|\.py$)/;

/**
 * Django and Django REST Framework: URL configurations (`path`, `re_path`, `include`,
 * DRF routers) become mounts; function views, class-based views and viewsets become routes
 * that exist only where a URL configuration mounts them. Guards are the decorators
 * (`@login_required`, `@permission_required`, `@user_passes_test`), access mixins
 * (`LoginRequiredMixin`, `PermissionRequiredMixin`…), `permission_classes` /
 * `get_permissions` and `@permission_classes`; a DRF view with none of its own falls back to
 * `DEFAULT_PERMISSION_CLASSES` from the settings. Actions a generic view or viewset provides
 * without code (`ModelViewSet.destroy`) get the data operation they perform on the view's
 * model, scoped when its `get_queryset` filters by the caller.
 */
export const djangoExtractor: SourceExtractor = {
  id: 'django',
  languages: ['python'],
  kinds: ['assignment'],
  applies: (text) => text.includes('django') || text.includes('rest_framework') || text.includes('urlpatterns'),
  extract(file, facts) {
    if (facts.imports.some((i) => /^(?:fastapi|starlette|flask)(?:\.|$)/.test(i.source))) return;
    const text = file.text;
    if (/urlpatterns|\.register\(|Router\(/.test(text)) urlConf(file, facts);
    settings(file, facts);
    const drf = text.includes('rest_framework');
    const django = drf || facts.imports.some((i) => /^django(?:\.|$)/.test(i.source)) || VIEWS_FILE.test(file.path);
    if (!django) return;
    if (/\brequest\b|api_view/.test(text)) functionViews(file, facts, drf);
    if (/View|Mixin/.test(text)) classViews(file, facts, drf);
    if (drf && text.includes('has_')) permissionClassFacts(file, facts);
  },
};

// ---------------------------------------------------------------------------------------
// URL configuration

function urlConf(file: SourceFile, facts: FileFacts): void {
  const routers = new Set<string>();
  const lists = new Set<string>();
  for (const assignment of file.nodes('assignment')) {
    const left = assignment.field('left');
    const right = assignment.field('right');
    if (left?.kind() !== 'identifier' || !right) continue;
    if (right.kind() === 'list' || right.kind() === 'binary_operator') lists.add(left.text());
    if (right.kind() !== 'call') continue;
    const callee = lastName(compact(right.field('function')?.text() ?? ''));
    if (!callee.endsWith('Router')) continue;
    routers.add(left.text());
    // drf-nested-routers: NestedSimpleRouter(router, r'projects', lookup='project') prefixes its routes with
    // /projects/<project_pk>; its own `urls` are included separately, so it is a mount onto itself.
    const args = argumentsOf(right.field('arguments'));
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    if (positional[0]?.kind() === 'identifier' && positional[1]?.kind() === 'string') {
      const lookup = keywordString(args, 'lookup');
      const prefix = `/${unquote(positional[1].text())}${lookup ? `/<${lookup}_pk>` : ''}`;
      facts.mounts.push({ framework: DRF, parent: left.text(), prefix, guards: [], child: left.text(), location: file.location(assignment) });
    }
  }
  if (routers.size > 0) {
    for (const { node: call, callee } of file.calls) {
      if (!callee.endsWith('.register')) continue;
      const router = compact(call.field('function')?.field('object')?.text() ?? '');
      if (!routers.has(router)) continue;
      const args = argumentsOf(call.field('arguments'));
      const positional = args.filter((a) => a.kind() !== 'keyword_argument');
      const prefix = positional[0] ?? keyword(args, 'prefix');
      const viewset = positional[1] ?? keyword(args, 'viewset');
      if (prefix?.kind() !== 'string' || !viewset) continue;
      facts.mounts.push({ framework: DRF, parent: router, prefix: `/${unquote(prefix.text())}`, guards: [], child: compact(viewset.text()), location: file.location(call) });
    }
    // `urlpatterns += router.urls` / `urlpatterns = [...] + router.urls` (rare: a walk only when the text has it)
    const attributes = file.text.includes('.urls') ? file.root.findAll({ rule: { kind: 'attribute', has: { field: 'attribute', regex: '^urls$' } } }) : [];
    for (const attr of attributes) {
      const router = compact(attr.field('object')?.text() ?? '');
      if (!routers.has(router) || insideInclude(attr)) continue;
      const owner = listOwner(attr);
      if (owner) facts.mounts.push({ framework: 'django', parent: owner, prefix: '/', guards: [], child: router, location: file.location(attr) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/^(?:(?:django\.)?urls\.|django\.conf\.urls\.)?(?:path|re_path|url)$/.test(callee)) continue;
    const args = argumentsOf(call.field('arguments'));
    const positional = args.filter((a) => a.kind() !== 'keyword_argument');
    const route = positional[0] ?? keyword(args, 'route');
    const view = positional[1] ?? keyword(args, 'view');
    if (route?.kind() !== 'string' || !view) continue;
    const parent = listOwner(call);
    if (!parent) continue;
    const isRegex = lastName(compact(call.field('function')!.text())) !== 'path';
    const builtin = builtinAuthView(view, file, facts.imports, 0);
    if (builtin) {
      // Django's own sign-in and password-reset views have no code in the repository: the URL pattern is the route.
      const prefix = djangoPrefix(unquote(route.text()), isRegex);
      facts.routes.push({
        framework: 'django',
        method: 'POST',
        path: prefix,
        location: file.location(call),
        guards: builtin.guards,
        handlerRef: null,
        router: parent,
        ...paramsField([...prefix.matchAll(/<(?:\w+:)?(\w+)>/g)].map((m) => m[1]!)),
        calls: builtin.sends ? [{ callee: `${builtin.sends}.send`, line: call.range().start.line + 1 }] : [],
        dataOps: [],
        builtin: builtin.name,
      });
      continue;
    }
    const target = viewTarget(view, lists, facts.imports);
    if (!target) continue;
    facts.mounts.push({
      framework: 'django',
      parent,
      prefix: djangoPrefix(unquote(route.text()), isRegex),
      guards: target.guards,
      child: target.child,
      ...(target.childModule !== undefined ? { childModule: target.childModule } : {}),
      location: file.location(call),
    });
  }
}

/** `django.contrib.auth.views` classes that take a POST from someone not signed in, and the signal a successful one sends. */
const BUILTIN_AUTH_VIEWS: Record<string, string | null> = { LoginView: 'user_logged_in', PasswordResetView: null, PasswordResetConfirmView: null };

/**
 * `auth_views.PasswordResetView.as_view(…)`, directly or through a module-level name and
 * wrappers (`ratelimit(key="ip", rate="5/h")(…)`, which become its guards).
 */
function builtinAuthView(view: SgNode, file: SourceFile, imports: readonly ImportFact[], depth: number): { name: string; guards: CallFact[]; sends: string | null } | null {
  if (depth > 4) return null;
  if (view.kind() === 'identifier') {
    const assigned = file.root.namedChildren().flatMap((s) => (s.kind() === 'expression_statement' ? s.namedChildren() : [])).find((a) => a.kind() === 'assignment' && a.field('left')?.text() === view.text());
    const value = assigned?.field('right');
    return value ? builtinAuthView(value, file, imports, depth + 1) : null;
  }
  if (view.kind() !== 'call') return null;
  const fn = view.field('function')!;
  if (fn.kind() === 'attribute' && fn.field('attribute')?.text() === 'as_view') {
    const name = builtinAuthClass(compact(fn.field('object')!.text()), imports);
    return name ? { name, guards: [], sends: BUILTIN_AUTH_VIEWS[name] ?? null } : null;
  }
  const first = argumentsOf(view.field('arguments')).find((a) => a.kind() !== 'keyword_argument');
  if (!first) return null;
  const inner = builtinAuthView(first, file, imports, depth + 1);
  const guard = guardOf(fn);
  return inner && guard ? { ...inner, guards: [guard, ...inner.guards] } : inner;
}

/** `auth_views.PasswordResetConfirmView` (with `auth_views` imported from `django.contrib.auth`) → `PasswordResetConfirmView`; null for any other class. */
function builtinAuthClass(cls: string, imports: readonly ImportFact[]): string | null {
  const name = lastName(cls);
  if (!(name in BUILTIN_AUTH_VIEWS)) return null;
  const imp = imports.find((i) => i.local === cls.split('.')[0]);
  return imp !== undefined && /^django\.contrib\.auth(?:\.views)?$/.test(imp.source) ? name : null;
}

/** What a URL pattern routes to: a view (through wrappers like `login_required(view)`), a view class, or an included URL configuration. */
function viewTarget(view: SgNode, lists: Set<string>, imports: readonly ImportFact[]): { child: string; childModule?: string; guards: CallFact[] } | null {
  const kind = view.kind();
  if (kind === 'identifier' || kind === 'attribute') return { child: compact(view.text()), guards: [] };
  if (kind !== 'call') return null;
  const fn = view.field('function')!;
  const args = argumentsOf(view.field('arguments'));
  const first = args.find((a) => a.kind() !== 'keyword_argument');
  if (lastName(compact(fn.text())) === 'include') return first ? includeTarget(view, first, lists, imports) : null;
  if (fn.kind() === 'attribute' && fn.field('attribute')?.text() === 'as_view') return { child: compact(fn.field('object')!.text()), guards: [] };
  // `login_required(views.dashboard)`, `permission_required('x')(views.y)`: the wrapper guards the view.
  if (!first) return null;
  const inner = viewTarget(first, lists, imports);
  const guard = guardOf(fn);
  if (!inner || !guard) return inner;
  return { ...inner, guards: [guard, ...inner.guards] };
}

function includeTarget(include: SgNode, arg: SgNode, lists: Set<string>, imports: readonly ImportFact[]): { child: string; childModule?: string; guards: CallFact[] } | null {
  switch (arg.kind()) {
    case 'string':
      return { child: 'urlpatterns', childModule: unquote(arg.text()), guards: [] };
    case 'tuple':
    case 'parenthesized_expression': {
      const first = arg.namedChildren()[0];
      return first ? includeTarget(include, first, lists, imports) : null;
    }
    case 'list':
      return { child: inlineIncludeName(include), guards: [] };
    case 'attribute':
      if (arg.field('attribute')?.text() === 'urls') return { child: compact(arg.field('object')!.text()), guards: [] };
      return null;
    case 'identifier': {
      const name = arg.text();
      if (lists.has(name)) return { child: name, guards: [] };
      const imp = imports.find((i) => i.local === name);
      if (!imp) return null;
      const module = imp.imported === '*' ? imp.source : imp.source.endsWith('.') ? imp.source + imp.imported : `${imp.source}.${imp.imported}`;
      return { child: 'urlpatterns', childModule: module, guards: [] };
    }
    default:
      return null;
  }
}

/** `include([...])` inline: its patterns get a name derived from where the include is. */
function inlineIncludeName(include: SgNode): string {
  const { line, column } = include.range().start;
  return `include@${line + 1}:${column + 1}`;
}

function insideInclude(node: SgNode): boolean {
  for (let p = node.parent(); p; p = p.parent()) {
    if (p.kind() === 'call' && lastName(compact(p.field('function')?.text() ?? '')) === 'include') return true;
    if (p.kind() === 'expression_statement') return false;
  }
  return false;
}

/** The variable a URL pattern's list is assigned to (`urlpatterns`), or the name of the inline `include([...])` it sits in. */
function listOwner(node: SgNode): string | null {
  let child = node;
  for (let p = node.parent(); p; child = p, p = p.parent()) {
    const kind = p.kind();
    if (kind === 'list' || kind === 'tuple' || kind === 'binary_operator' || kind === 'parenthesized_expression' || kind === 'list_splat') continue;
    if (kind === 'assignment' || kind === 'augmented_assignment') {
      const left = p.field('left');
      return left?.kind() === 'identifier' && p.field('right')?.id() === child.id() ? left.text() : null;
    }
    if (kind === 'argument_list' && child.kind() === 'list') {
      const call = p.parent();
      if (call?.kind() === 'call' && lastName(compact(call.field('function')?.text() ?? '')) === 'include') return inlineIncludeName(call);
    }
    return null;
  }
  return null;
}

/** `projects/<int:pk>/` → `/projects/<int:pk>/`; `^projects/(?P<pk>\d+)/$` → `/projects/<pk>/`. */
function djangoPrefix(route: string, isRegex: boolean): string {
  let text = route;
  if (isRegex) {
    text = text
      .replace(/^\^/, '')
      .replace(/\$$/, '')
      .replace(/\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)/g, '<$1>')
      .replace(/\\(.)/g, '$1');
  }
  return `/${text}`;
}

// ---------------------------------------------------------------------------------------
// Settings

/** `REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': [...]}`: guards for every DRF view without its own. */
function settings(file: SourceFile, facts: FileFacts): void {
  if (!file.text.includes(DRF_DEFAULT_PERMISSIONS)) return;
  for (const pair of file.root.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: DRF_DEFAULT_PERMISSIONS } } })) {
    const value = pair.field('value');
    // A dotted import path in a string names a class: the class is the guard (`IsAuthenticated`).
    const guards: CallFact[] = listElements(value).flatMap((e) => (e.kind() === 'string' ? [{ callee: lastName(unquote(e.text())), line: e.range().start.line + 1 }] : (guardOf(e) ?? [])));
    facts.mounts.push({ framework: DRF, parent: DRF_DEFAULT_PERMISSIONS, prefix: '/', guards, child: null, location: file.location(pair) });
  }
}

// ---------------------------------------------------------------------------------------
// Function views

function functionViews(file: SourceFile, facts: FileFacts, drf: boolean): void {
  for (const statement of file.root.namedChildren()) {
    const definition = statement.kind() === 'decorated_definition' ? statement.field('definition') : statement;
    if (definition?.kind() !== 'function_definition') continue;
    const decs = decorators(located(definition));
    const apiView = decs.find((d) => lastName(calleeOf(d)) === 'api_view');
    const firstParam = definition.field('parameters')?.namedChildren()[0];
    if (!apiView && (!firstParam || paramName(firstParam) !== 'request')) continue;
    let methods: string[] = ['ANY'];
    const guards: CallFact[] = [];
    let permissionsDeclared = false;
    let rateLimit: 'applied' | 'off' | undefined;
    for (const d of decs) {
      const name = lastName(calleeOf(d));
      if (name in METHOD_DECORATORS) {
        methods = METHOD_DECORATORS[name] ?? stringList(argumentsOf(d.field('arguments'))[0] ?? null)?.map((m) => m.toUpperCase()) ?? methods;
      } else if (name === 'api_view') {
        methods = d.kind() === 'call' ? (stringList(argumentsOf(d.field('arguments'))[0] ?? keyword(argumentsOf(d.field('arguments')), 'http_method_names'))?.map((m) => m.toUpperCase()) ?? ['GET']) : ['GET'];
      } else if (name === 'permission_classes') {
        permissionsDeclared = true;
        guards.push(...permissionClasses(argumentsOf(d.field('arguments'))[0] ?? null));
      } else if (name === 'throttle_classes' && drf) {
        rateLimit = throttles(argumentsOf(d.field('arguments'))[0] ?? null);
      } else if (!DRF_POLICIES.has(name)) {
        const guard = guardOf(d);
        if (guard) guards.push(guard);
      }
    }
    const isDrf = drf && apiView !== undefined;
    const summary = file.summariseNode(definition);
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      facts.routes.push({
        framework: isDrf ? DRF : 'django',
        method,
        path: '',
        location: file.location(located(definition)),
        guards,
        handlerRef: null,
        router: definition.field('name')!.text(),
        needsMount: true,
        ...paramsField(file.pythonData.clientParams(definition)),
        ...(isDrf && !permissionsDeclared ? { defaultGuards: DRF_DEFAULT_PERMISSIONS } : {}),
        ...(isDrf && rateLimit ? { rateLimit } : {}),
        ...summary,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------
// Class-based views and viewsets

interface ViewClass {
  cls: SgNode;
  name: string;
  /** The class and its ancestors defined in this file, nearest first. */
  lineage: SgNode[];
  /** Base class names (last segment) of the whole lineage. */
  bases: string[];
  drf: boolean;
  viewset: boolean;
}

function classViews(file: SourceFile, facts: FileFacts, drf: boolean): void {
  const classes = moduleClasses(file.root);
  for (const cls of classes.values()) {
    const view = viewClassOf(cls, classes, drf);
    if (!view) continue;
    const guards = classGuards(view);
    const permissions = drfPermissions(view);
    const routeGuards = [...guards, ...(permissions ?? [])];
    const defaults = view.drf && permissions === null ? { defaultGuards: DRF_DEFAULT_PERMISSIONS } : {};
    const methods = lineageMethods(view);
    const lookup = view.viewset ? lookupName(view) : '';
    const rateLimit = view.drf ? viewThrottles(view) : undefined;
    const base = { framework: view.drf ? DRF : 'django', handlerRef: null, router: view.name, needsMount: true, ...defaults, ...(rateLimit ? { rateLimit } : {}) };
    const provided = providedActions(view);
    const first = facts.routes.length;
    // Mixins give a plain generic view the methods, not the routes: only viewsets and the concrete generics route them.
    const implied = view.viewset ? provided : providedActions(view, true);
    // Explicit handlers: HTTP methods on views, actions on viewsets.
    for (const [name, fn] of methods) {
      const action = name as Action;
      const explicit = view.viewset ? action in ACTIONS : HTTP_METHODS.has(name);
      if (!explicit) continue;
      const method = view.viewset ? ACTIONS[action].method : name.toUpperCase();
      const path = view.viewset && ACTIONS[action].detail ? `/<${lookup}>` : '';
      const summary = withImpliedCalls(file, view, methods, file.summariseNode(fn), provided);
      facts.routes.push({ ...base, method, path, location: file.location(located(fn)), guards: [...routeGuards, ...methodGuards(fn)], ...paramsField(file.pythonData.clientParams(fn, path)), ...summary });
    }
    // Actions the base classes provide without code.
    for (const action of implied) {
      const spec = ACTIONS[action];
      // A viewset that writes the action, or a generic view that writes the HTTP method, has an explicit route for it.
      if (methods.has(view.viewset ? action : spec.method.toLowerCase())) continue;
      const path = view.viewset && spec.detail ? `/<${lookup}>` : '';
      const summary = impliedSummary(file, view, methods, action);
      facts.routes.push({ ...base, method: spec.method, path, location: headerLocation(file, cls), guards: routeGuards, ...paramsField(spec.detail ? [lookup || 'pk'] : []), ...summary });
    }
    djangoGenericRoutes(file, facts, view, methods, routeGuards);
    builtinAuthSubclassRoute(file, facts, view, methods, routeGuards);
    actionRoutes(file, facts, view, methods, guards, permissions, lookup, base);
    // `http_method_names = ["get", "post", "patch"]`: `View.dispatch` answers any other method 405 before a handler
    // or viewset action runs, so a `ModelViewSet`'s implied `destroy` is no route at all.
    const allowed = allowedMethods(view);
    if (allowed) facts.routes.splice(first, facts.routes.length - first, ...facts.routes.slice(first).filter((r) => allowed.has(r.method)));
  }
}

/** The HTTP methods a view's `http_method_names` (along its lineage in this file) admits, upper-cased; null when it sets none or not as a literal list. */
function allowedMethods(view: ViewClass): Set<string> | null {
  const declared = lineageAttribute(view, 'http_method_names');
  if (!declared || (declared.kind() !== 'list' && declared.kind() !== 'tuple')) return null;
  const elements = declared.namedChildren().filter((c) => c.kind() !== 'comment');
  if (!elements.every((c) => c.kind() === 'string')) return null;
  return new Set(elements.map((c) => unquote(c.text()).toUpperCase()));
}

function viewClassOf(cls: SgNode, classes: Map<string, SgNode>, drf: boolean): ViewClass | null {
  const lineage: SgNode[] = [];
  const bases: string[] = [];
  const queue: SgNode[] = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift()!;
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const b of classBases(current).bases) {
      const name = lastName(compact(b.text()));
      bases.push(name);
      const local = classes.get(name);
      if (local && local !== current) queue.push(local);
    }
  }
  const name = cls.field('name')!.text();
  const knownDrf = bases.some((b) => DRF_VIEWS.has(b) || DRF_VIEWSETS.has(b));
  const knownDjango = bases.some((b) => DJANGO_VIEWS.has(b));
  // A base imported from elsewhere (`OrgScopedViewSet`) is judged by its name: its own code is in another file.
  const viewset = bases.some((b) => DRF_VIEWSETS.has(b) || b.endsWith('ViewSet'));
  const namedLikeView = /(?:ViewSet|APIView|View)$/.test(name) && bases.some((b) => /(?:ViewSet|APIView|View)$/.test(b));
  if (!knownDrf && !knownDjango && !namedLikeView) return null;
  const isDrf = knownDrf || (drf && !knownDjango);
  return { cls, name, lineage, bases, drf: isDrf, viewset: isDrf && viewset };
}

/** Methods defined by the class or its same-file ancestors, nearest definition winning. */
function lineageMethods(view: ViewClass): Map<string, SgNode> {
  const methods = new Map<string, SgNode>();
  for (const c of view.lineage) for (const [name, fn] of classMembers(c).methods) if (!methods.has(name)) methods.set(name, fn);
  return methods;
}

/** The nearest assignment of a class attribute along the lineage. */
function lineageAttribute(view: ViewClass, name: string): SgNode | null {
  for (const c of view.lineage) {
    const value = classMembers(c).assignments.get(name);
    if (value) return value;
  }
  return null;
}

function providedActions(view: ViewClass, routedOnly = false): Action[] {
  if (!view.drf) return [];
  const actions = new Set<Action>();
  for (const b of view.bases) if (!(routedOnly && DRF_MODEL_MIXINS.has(b))) for (const a of DRF_IMPLIED[b] ?? []) actions.add(a);
  return [...actions];
}

function lookupName(view: ViewClass): string {
  const kwarg = lineageAttribute(view, 'lookup_url_kwarg') ?? lineageAttribute(view, 'lookup_field');
  return kwarg?.kind() === 'string' ? unquote(kwarg.text()) : 'pk';
}

/** Access mixins along the lineage (`LoginRequiredMixin`, `PermissionRequiredMixin` with its permission) and `@method_decorator(...)` on the class. */
function classGuards(view: ViewClass): CallFact[] {
  const guards: CallFact[] = [];
  const line = view.cls.range().start.line + 1;
  const permission = lineageAttribute(view, 'permission_required');
  const demanded = permission?.kind() === 'string' ? unquote(permission.text()) : (stringList(permission)?.[0] ?? null);
  for (const c of view.lineage) {
    for (const b of classBases(c).bases) {
      const text = compact(b.text());
      const name = lastName(text);
      if (!name.endsWith('Mixin') || DRF_MODEL_MIXINS.has(name) || name === 'ViewSetMixin') continue;
      const guard: CallFact = { callee: text, line };
      if (name === 'PermissionRequiredMixin' && demanded !== null) guard.firstArg = demanded;
      // A mixin written in this file is named, and so are its own bases as the lineage walks on.
      if (!guards.some((g) => g.callee === guard.callee)) guards.push(guard);
    }
  }
  for (const d of decorators(located(view.cls))) guards.push(...unwrapMethodDecorator(d));
  return guards;
}

/** `@method_decorator(login_required, name='dispatch')` → login_required; any other decorator as itself. */
function unwrapMethodDecorator(d: SgNode): CallFact[] {
  if (d.kind() === 'call' && lastName(calleeOf(d)) === 'method_decorator') {
    const first = argumentsOf(d.field('arguments')).find((a) => a.kind() !== 'keyword_argument') ?? null;
    return listElements(first).flatMap((g) => guardOf(g) ?? []);
  }
  const guard = guardOf(d);
  return guard ? [guard] : [];
}

function methodGuards(fn: SgNode): CallFact[] {
  return decorators(located(fn))
    .filter((d) => lastName(calleeOf(d)) !== 'action')
    .flatMap(unwrapMethodDecorator);
}

/** DRF permission classes from `permission_classes` or `get_permissions()`; null when the view declares neither. */
function drfPermissions(view: ViewClass): CallFact[] | null {
  if (!view.drf) return null;
  let getter: SgNode | null = null;
  for (const c of view.lineage) {
    const members = classMembers(c);
    getter ??= members.methods.get('get_permissions') ?? null;
    const declared = members.assignments.get('permission_classes');
    // A `get_permissions()` that falls back to `super().get_permissions()` returns the declared classes on some branches and its own on others.
    if (declared) return getter ? [...permissionsIn(getter), ...(getter.text().includes('super(') ? permissionClasses(declared) : [])] : permissionClasses(declared);
    if (getter) return permissionsIn(getter);
  }
  return null;
}

/**
 * A list of DRF permission classes as guards, each named by its class (`IsAuthenticated` for
 * `permissions.IsAuthenticated` or `rest_framework.permissions.IsAuthenticated`): the module
 * it was reached through says nothing about what it checks.
 */
function permissionClasses(list: SgNode | null): CallFact[] {
  return listElements(list).flatMap((p) => {
    const guard = guardOf(p);
    return guard ? [{ ...guard, callee: lastName(guard.callee) }] : [];
  });
}

/** The permission classes a `get_permissions()` may return (every branch: which one applies depends on the action). */
function permissionsIn(fn: SgNode): CallFact[] {
  const out: CallFact[] = [];
  for (const node of fn.findAll({ rule: { any: [{ kind: 'call' }, { kind: 'identifier' }, { kind: 'attribute' }] } })) {
    const callee = lastName(calleeOf(node));
    if (!/^[A-Z]\w*$/.test(callee) || node.parent()?.kind() === 'attribute' || (node.kind() !== 'call' && node.parent()?.kind() === 'call')) continue;
    if (!out.some((g) => g.callee === callee)) out.push({ callee, line: node.range().start.line + 1 });
  }
  return out;
}

/**
 * DRF throttles a view sets itself: any class in `throttle_classes` is a throttle (DRF calls its
 * `allow_request` before the handler), so a non-empty list limits the route; an empty one switches
 * `DEFAULT_THROTTLE_CLASSES` off for it.
 */
function throttles(list: SgNode | null): 'applied' | 'off' | undefined {
  if (!list) return undefined;
  return listElements(list).length > 0 ? 'applied' : 'off';
}

/** `throttle_classes = [...]` along the lineage, or a `get_throttles()` of its own. */
function viewThrottles(view: ViewClass): 'applied' | 'off' | undefined {
  for (const c of view.lineage) {
    const members = classMembers(c);
    const declared = members.assignments.get('throttle_classes');
    if (declared) return throttles(declared);
    if (members.methods.has('get_throttles')) return 'applied';
  }
  return undefined;
}

/** The data operation an action performs without code: the view's model, scoped by its `get_queryset`, keyed by the URL's lookup. */
function impliedOp(file: SourceFile, view: ViewClass, op: DataOperation, keyed: boolean, action: string): DataOpFact {
  const classes = view.lineage.map((c) => file.pythonData.viewClass(c));
  const data = classes.find((d) => d.model !== null || d.source !== null) ?? { model: null, source: null, scoped: false, filter: [] };
  const fact: DataOpFact = {
    op,
    model: data.model,
    callee: `${view.name}.${action}`,
    via: view.drf ? DRF : 'django',
    location: data.source ? file.location(data.source) : headerLocation(file, view.cls),
    // A create adds a row rather than reaching existing ones: the queryset does not scope it.
    scopedToCaller: op !== 'create' && classes.some((c) => c.scoped),
    keyedByRequestId: keyed,
    // The row DRF's `get_object()` looks up: object permissions run on it.
    ...(keyed && view.drf ? { viewObject: true as const } : {}),
  };
  const filter = op === 'create' ? [] : [...(keyed ? [view.viewset ? lookupName(view) : 'pk'] : []), ...classes.flatMap((c) => c.filter)];
  if (filter.length > 0) fact.filter = [...new Set(filter)];
  return fact;
}

/** An implied DRF action: its operation unless a hook replaces it, plus the hooks it runs (`get_queryset`, `get_object`, `perform_*`). */
function impliedSummary(file: SourceFile, view: ViewClass, methods: Map<string, SgNode>, action: Action): BodySummary {
  const spec = ACTIONS[action];
  const summary: BodySummary = { calls: [], dataOps: [] };
  const hooks = spec.op === 'create' ? [] : ['get_queryset', 'get_object'];
  if (spec.hook) hooks.push(spec.hook);
  // `destroy` overridden on a generic view (whose DELETE route is implied) is the action's body.
  if (!view.viewset) hooks.push(action);
  let replaced = false;
  for (const hook of hooks) {
    const fn = methods.get(hook);
    if (!fn) continue;
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
    // An override that does not call super() does the work its own way (a soft delete…).
    if ((hook === spec.hook || hook === action) && !body.calls.some((c) => c.callee === `super().${hook}`)) replaced = true;
  }
  // A list is the queryset itself; retrieve, update and destroy pick one row of it by the URL's key.
  if (!replaced && !(action === 'list' && summary.dataOps.some((o) => o.op === 'read'))) summary.dataOps.unshift(impliedOp(file, view, spec.op, spec.detail, action));
  return summary;
}

/** An explicit handler that delegates (`return self.destroy(request, *args)`, `super().update(…)`) gets what the delegated action does. */
function withImpliedCalls(file: SourceFile, view: ViewClass, methods: Map<string, SgNode>, summary: BodySummary, implied: Action[]): BodySummary {
  const delegated = implied.filter((a) => summary.calls.some((c) => c.callee === `self.${a}` || c.callee === `super().${a}`));
  if (delegated.length === 0) return summary;
  const extra = delegated.map((a) => impliedSummary(file, view, methods, a));
  return { calls: [...summary.calls, ...extra.flatMap((e) => e.calls)], dataOps: [...summary.dataOps, ...extra.flatMap((e) => e.dataOps)] };
}

/** Django's generic editing and display views: the request they handle without a method written. */
function djangoGenericRoutes(file: SourceFile, facts: FileFacts, view: ViewClass, methods: Map<string, SgNode>, guards: CallFact[]): void {
  if (view.drf) return;
  const generic = view.bases.map((b) => DJANGO_IMPLIED[b]).find((g) => g !== undefined);
  if (!generic || methods.has(generic.method.toLowerCase())) return;
  const hooks = ['get_queryset', 'get_object', 'form_valid', generic.op === 'delete' ? 'delete' : ''].flatMap((h) => (methods.get(h) ? [methods.get(h)!] : []));
  // A form view that writes no `form_valid` of its own only renders and validates the form: no request worth judging.
  if (generic.op === null && !methods.has('form_valid')) return;
  const summary: BodySummary = { calls: [], dataOps: generic.op ? [impliedOp(file, view, generic.op, generic.keyed, generic.action)] : [] };
  for (const fn of hooks) {
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
  }
  // Django's generic views find their object by the URL's `pk` or `slug`.
  const params = paramsField(generic.keyed ? ['pk', 'slug'] : []);
  facts.routes.push({ framework: 'django', method: generic.method, path: '', location: headerLocation(file, view.cls), guards, handlerRef: null, router: view.name, needsMount: true, ...params, ...summary });
}

/**
 * A subclass of Django's `LoginView`, `PasswordResetView` or `PasswordResetConfirmView` that
 * does not write `post` itself (`class AuditedPasswordResetConfirmView(auth_views.PasswordResetConfirmView)`
 * with a `form_valid` hook) takes the same POST as the built-in view, run through its hooks.
 */
function builtinAuthSubclassRoute(file: SourceFile, facts: FileFacts, view: ViewClass, methods: Map<string, SgNode>, guards: CallFact[]): void {
  if (view.drf || methods.has('post')) return;
  let builtin: string | null = null;
  for (const c of view.lineage) for (const b of classBases(c).bases) builtin ??= builtinAuthClass(compact(b.text()), facts.imports);
  if (!builtin) return;
  const summary: BodySummary = { calls: [], dataOps: [] };
  for (const hook of ['form_valid', 'get_user', 'dispatch']) {
    const fn = methods.get(hook);
    if (!fn) continue;
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
  }
  const location = headerLocation(file, view.cls);
  const sends = BUILTIN_AUTH_VIEWS[builtin];
  if (sends) summary.calls.push({ callee: `${sends}.send`, line: location.startLine });
  facts.routes.push({ framework: 'django', method: 'POST', path: '', location, guards, handlerRef: null, router: view.name, needsMount: true, builtin, ...summary });
}

/** `@action(detail=True, methods=['post'], url_path='archive', permission_classes=[…])` on a viewset. */
function actionRoutes(
  file: SourceFile,
  facts: FileFacts,
  view: ViewClass,
  methods: Map<string, SgNode>,
  classGuardList: CallFact[],
  permissions: CallFact[] | null,
  lookup: string,
  base: { framework: string; handlerRef: null; router: string; needsMount: boolean; defaultGuards?: string; rateLimit?: 'applied' | 'off' },
): void {
  if (!view.viewset) return;
  for (const [name, fn] of methods) {
    const action = decorators(located(fn)).find((d) => lastName(calleeOf(d)) === 'action' && d.kind() === 'call');
    if (!action) continue;
    const args = argumentsOf(action.field('arguments'));
    const detail = keyword(args, 'detail')?.text() === 'True';
    const urlPath = keywordString(args, 'url_path') ?? name;
    const own = keyword(args, 'permission_classes');
    const guards = [...classGuardList, ...(own ? permissionClasses(own) : (permissions ?? [])), ...methodGuards(fn)];
    const { defaultGuards: _, ...withoutDefaults } = base;
    const ownThrottles = keyword(args, 'throttle_classes');
    const routeBase = { ...(own ? withoutDefaults : base), ...(ownThrottles ? { rateLimit: throttles(ownThrottles) } : {}) };
    for (const method of stringList(keyword(args, 'methods'))?.map((m) => m.toUpperCase()) ?? ['GET']) {
      facts.routes.push({
        ...routeBase,
        method,
        path: detail ? `/<${lookup}>/${urlPath}` : `/${urlPath}`,
        location: file.location(located(fn)),
        guards,
        ...paramsField(file.pythonData.clientParams(fn, detail ? `/<${lookup}>` : '')),
        ...file.summariseNode(fn),
      });
    }
  }
}

function paramName(param: SgNode): string | null {
  if (param.kind() === 'identifier') return param.text();
  return param.field('name')?.text() ?? param.namedChildren().find((c) => c.kind() === 'identifier')?.text() ?? null;
}

/** The `class X(Bases):` line of a class, not its whole body. */
function headerLocation(file: SourceFile, cls: SgNode): Location {
  const whole = file.location(cls);
  const end = (cls.field('superclasses') ?? cls.field('name'))!;
  const { end: e } = end.range();
  return { ...whole, endLine: e.line + 1, endColumn: e.column + 2 };
}

// ---------------------------------------------------------------------------------------
// Permission classes

/** Attributes of the caller that say only that someone is signed in. */
const SIGNED_IN_ATTRIBUTE = /^(?:is_authenticated|is_active|is_anonymous|id|pk|email|username)$/;
/** Attributes of the caller that grant something beyond membership: a role, a flag, a level. */
const PERMISSION_ATTRIBUTE = /^(?:is_|has_|can_)|admin|owner|role|perm|staff|manager|superuser|group|editor|level|verified|plan|tier|scope|flag/i;
/** Calls a `has_permission` may make without checking anything of its own. */
const NEUTRAL_CALLS = new Set(['bool', 'getattr', 'hasattr']);

/**
 * DRF permission classes of the file, judged by their bodies: whether `has_permission` only checks that the caller
 * belongs to some organization (`user.practice_id`), and what `has_object_permission` compares the object with.
 */
function permissionClassFacts(file: SourceFile, facts: FileFacts): void {
  const classes = moduleClasses(file.root);
  const out: DrfPermissionFact[] = [];
  for (const [name, cls] of classes) {
    const lineage = permissionLineage(cls, classes);
    if (!lineage) continue;
    const membership = membershipRead(lineage, 0, classes);
    const objectScope = objectComparison(lineage);
    if (!membership && !objectScope) continue;
    out.push({ name, line: cls.range().start.line + 1, ...(membership && membership.length > 0 ? { membershipOnly: membership } : {}), ...(objectScope ? { objectScope } : {}) });
  }
  if (out.length > 0) facts.drfPermissions = out;
}

/** The class and its same-file ancestors, nearest first, when it is a DRF permission class (`BasePermission` among the bases). */
function permissionLineage(cls: SgNode, classes: Map<string, SgNode>): SgNode[] | null {
  const lineage: SgNode[] = [];
  let permission = false;
  const queue = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift()!;
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const b of classBases(current).bases) {
      const base = lastName(compact(b.text()));
      if (base === 'BasePermission') permission = true;
      const local = classes.get(base);
      if (local && local !== current) queue.push(local);
    }
  }
  return permission ? lineage : null;
}

/** The nearest `name` method along a lineage, with the lineage from the class that defines it. */
function lineageMethod(lineage: readonly SgNode[], name: string): { fn: SgNode; from: SgNode[] } | null {
  for (let i = 0; i < lineage.length; i++) {
    const fn = classMembers(lineage[i]!).methods.get(name);
    if (fn) return { fn, from: lineage.slice(i) };
  }
  return null;
}

/**
 * The caller's organization attributes `has_permission` reads, as `request.user.…`, when that and signing in is all it
 * checks; null when it checks anything else. `super().has_permission(…)` is the base's, `BasePermission`'s allows all.
 */
function membershipRead(lineage: readonly SgNode[], depth: number, classes: Map<string, SgNode>): string[] | null {
  const found = lineageMethod(lineage, 'has_permission');
  if (!found) return [];
  if (depth > 4) return null;
  const { fn, from } = found;
  const params = (fn.field('parameters')?.namedChildren() ?? []).map((p) => p.text());
  const requestName = params[1] ?? 'request';
  const callers = new Set([`${requestName}.user`]);
  const body = fn.field('body');
  if (!body) return null;
  // `user = request.user` (or `getattr(request, "user", None)`): the local stands for the caller.
  for (const assignment of body.findAll({ rule: { kind: 'assignment' } })) {
    const left = assignment.field('left');
    const right = compact(assignment.field('right')?.text() ?? '');
    if (left?.kind() === 'identifier' && (callers.has(right) || new RegExp(`^getattr\\(${requestName},["']user["'](?:,None)?\\)$`).test(right))) callers.add(left.text());
    else return null;
  }
  const reads: string[] = [];
  const caller = (text: string): string | null => {
    for (const c of callers) if (text === c || text.startsWith(`${c}.`)) return text === c ? '' : text.slice(c.length + 1);
    return null;
  };
  const readAttribute = (attribute: string): boolean => {
    const first = attribute.split('.')[0]!;
    if (first === '' || SIGNED_IN_ATTRIBUTE.test(first)) return true;
    if (PERMISSION_ATTRIBUTE.test(first)) return false;
    if (!reads.includes(`request.user.${first}`)) reads.push(`request.user.${first}`);
    return true;
  };
  for (const node of body.findAll({ rule: { any: [{ kind: 'call' }, { kind: 'attribute' }, { kind: 'identifier' }, { kind: 'comparison_operator' }, { kind: 'subscript' }] } })) {
    const kind = node.kind();
    if (kind === 'subscript') return null;
    if (kind === 'comparison_operator') {
      // Only `is None` / `is not None`: a comparison with anything else (a role, a method) is a check of its own.
      if (!/^[\w.]+is(?:not)?None$/.test(compact(node.text()))) return null;
      continue;
    }
    if (kind === 'call') {
      const callee = compact(node.field('function')?.text() ?? '');
      if (callee === 'super().has_permission') {
        const base = from.slice(1);
        const inherited = base.length > 0 ? membershipRead(base, depth + 1, classes) : directBaseIsBasePermission(from[0]!) ? [] : null;
        if (inherited === null) return null;
        for (const r of inherited) if (!reads.includes(r)) reads.push(r);
        continue;
      }
      if (!NEUTRAL_CALLS.has(callee)) return null;
      if (callee === 'getattr' || callee === 'hasattr') {
        const [target, attribute] = argumentsOf(node.field('arguments'));
        const path = caller(compact(target?.text() ?? ''));
        if (path !== null && attribute?.kind() === 'string' && !readAttribute(path ? `${path}.${unquote(attribute.text())}` : unquote(attribute.text()))) return null;
      }
      continue;
    }
    // Attributes and names: only the outermost, and not a call's callee.
    const parent = node.parent();
    if (parent?.kind() === 'attribute' || (parent?.kind() === 'call' && parent.field('function')?.id() === node.id())) continue;
    const text = compact(node.text());
    if (kind === 'identifier' && (parent?.kind() === 'keyword_argument' || parent?.kind() === 'assignment')) continue;
    const path = caller(text);
    if (path !== null) {
      if (!readAttribute(path)) return null;
      continue;
    }
    if (kind === 'identifier' && (text === requestName || params.includes(text))) continue;
    return null;
  }
  return reads;
}

/** `class IsPracticeMember(BasePermission)`: its `super()` is DRF's, which allows everyone. */
function directBaseIsBasePermission(cls: SgNode): boolean {
  const bases = classBases(cls).bases.map((b) => lastName(compact(b.text())));
  return bases.length === 1 && bases[0] === 'BasePermission';
}

/** The caller's value `has_object_permission` compares the object with (`request.user.practice_id`), as `request.user.…`. */
function objectComparison(lineage: readonly SgNode[]): string | null {
  const found = lineageMethod(lineage, 'has_object_permission');
  if (!found) return null;
  const params = (found.fn.field('parameters')?.namedChildren() ?? []).map((p) => p.text());
  const requestName = params[1] ?? 'request';
  for (const comparison of found.fn.findAll({ rule: { kind: 'comparison_operator' } })) {
    const text = compact(comparison.text());
    const m = /^(.+?)(==|!=)(.+)$/.exec(text);
    if (!m || /==.*==|!=.*!=/.test(text)) continue;
    for (const [side, other] of [[m[1]!, m[3]!], [m[3]!, m[1]!]] as const) {
      if (!(side === `${requestName}.user` || side.startsWith(`${requestName}.user.`)) || other.startsWith(`${requestName}.`)) continue;
      const rest = side.slice(`${requestName}.user`.length);
      if (rest !== '' && SIGNED_IN_ATTRIBUTE.test(rest.slice(1)) && rest !== '.id' && rest !== '.pk') continue;
      return `request.user${rest}`;
    }
  }
  return null;
}
