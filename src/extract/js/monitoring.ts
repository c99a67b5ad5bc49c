import type { SgNode } from '@ast-grep/napi';
import type { ErrorPathFact, ErrorTrackerKey, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, kindOf, type SourceFile, unquote } from '../source.js';
import { alertChannel, channelOfHost, FAILURE_CONDITION } from '../monitoring-vocabulary.js';

interface Sdk {
  sdk: string;
  source: RegExp;
  /** Methods that initialise it (`Sentry.init`), or null when it is built with `new`. */
  methods: RegExp | null;
  constructors: RegExp | null;
  keyOption: string | null;
  fallbackEnv: string[];
}

const SDKS: Sdk[] = [
  { sdk: 'sentry', source: /^@sentry\//, methods: /^init$/, constructors: null, keyOption: 'dsn', fallbackEnv: ['SENTRY_DSN'] },
  { sdk: 'bugsnag', source: /^@bugsnag\/(?:js|node|browser|expo|react-native)$/, methods: /^(?:start|init)$/, constructors: null, keyOption: 'apiKey', fallbackEnv: [] },
  { sdk: 'rollbar', source: /^rollbar$/, methods: /^init$/, constructors: /^Rollbar$/, keyOption: 'accessToken', fallbackEnv: [] },
  { sdk: 'honeybadger', source: /^@honeybadger-io\//, methods: /^configure$/, constructors: null, keyOption: 'apiKey', fallbackEnv: ['HONEYBADGER_API_KEY'] },
  { sdk: 'datadog', source: /^dd-trace$/, methods: /^init$/, constructors: null, keyOption: null, fallbackEnv: [] },
  { sdk: 'opentelemetry', source: /^@opentelemetry\/exporter-/, methods: null, constructors: /Exporter$/, keyOption: 'url', fallbackEnv: [] },
];

const ENV_OBJECT = /^(?:process\.env|import\.meta\.env|Deno\.env)$/;
const HTTP_CALL = /^(?:fetch|axios|axios\.post|axios\.request|got|got\.post|ky\.post|request\.post|superagent\.post|needle|\$fetch|ofetch|undici\.request|undici\.fetch|(?:this\.)?(?:http|httpService|httpClient)\.post)$/;
const SINK_CONSTRUCTOR = /^(?:IncomingWebhook|WebhookClient|WebClient)$/;
/** `promise.catch(…)`, `emitter.on('error', …)`, `queue.onFailure(…)`, Fastify `app.setErrorHandler(…)` and `app.addHook('onError', …)`. */
const ERROR_CALLBACK = /\.(?:catch|on|once|onError|onFailure|onFailed|setErrorHandler|addHook)$/;
const ERROR_OPTION_TEXT = /onError|onFailure|onFailed|beforeSend|errorHandler|onUncaughtException/;
const FUNCTION_KINDS = new Set(['function_declaration', 'generator_function_declaration', 'method_definition', 'function_expression', 'arrow_function', 'function']);
const FAILURE_EVENTS = /^(?:error|failed|stalled|job failed|task failed)$/;

/**
 * Monitoring in JavaScript/TypeScript: error-tracking SDKs and where their key comes from,
 * code that posts alerts (and from which function), and the code that runs on failure
 * (catch blocks, error middleware, Fastify error handlers and `onError` hooks, process hooks,
 * job-failure handlers).
 */
export const jsMonitoring: SourceExtractor = {
  id: 'js-monitoring',
  languages: ['typescript', 'tsx', 'javascript'],
  applies: (text) => /catch|\.on\(|\.once\(|onError|onFailure|beforeSend|sentry|bugsnag|rollbar|honeybadger|dd-trace|opentelemetry|slack|discord|teams|pagerduty|opsgenie|webhook|err|fail|\.ok\b|status/i.test(text),
  // From the file's one query: constructors, catch blocks, conditionals and four-parameter
  // lists (Express error middleware); calls come from the call index.
  kinds: ['new_expression', 'catch_clause', 'if_statement', { kind: 'formal_parameters', where: { has: { nthChild: 4 }, not: { has: { nthChild: 5 } } } }],
  extract(file, facts) {
    errorTrackers(file, facts);
    alertSinks(file, facts);
    errorPaths(file, facts);
  },
};

function errorTrackers(file: SourceFile, facts: FileFacts): void {
  if (!/sentry|bugsnag|rollbar|honeybadger|dd-trace|opentelemetry/.test(file.text)) return;
  const sources = new Map<string, { source: string; imported: string }>();
  for (const imp of facts.imports) sources.set(imp.local, { source: imp.source, imported: imp.imported });
  const nodes = [...file.calls.map((c) => ({ node: c.node, callee: c.callee, isNew: false, at: c.start })), ...file.nodes('new_expression').map((node) => ({ node, callee: '', isNew: true, at: node.range().start.index }))].sort((a, b) => a.at - b.at);
  for (const candidate of nodes) {
    const { node, isNew } = candidate;
    const callee = isNew ? compact(node.field('constructor')?.text() ?? '') : candidate.callee;
    const target = sdkOf(callee, isNew, sources);
    if (!target) continue;
    const first = argumentsOf(node.field('arguments'))[0] ?? null;
    let key: ErrorTrackerKey = target.sdk.keyOption ? keyFrom(first, target.sdk.keyOption) : { kind: 'absent' };
    let keyOption = target.sdk.keyOption;
    // An OpenTelemetry exporter without a URL sends to the local collector it is deployed with.
    if (target.sdk.sdk === 'opentelemetry' && key.kind === 'absent') keyOption = null;
    if (key.kind === 'absent' && first && first.kind() !== 'object' && keyOption) key = valueKey(first);
    facts.errorTrackers.push({
      sdk: target.sdk.sdk,
      callee,
      keyOption,
      key,
      fallbackEnv: key.kind === 'absent' ? target.sdk.fallbackEnv : [],
      disabled: first?.kind() === 'object' && propertyValue(first, 'enabled')?.text() === 'false',
      location: file.location(node),
    });
  }
}

function sdkOf(callee: string, isNew: boolean, sources: Map<string, { source: string; imported: string }>): { sdk: Sdk } | null {
  const required = /^require\(['"]([^'"]+)['"]\)\.(\w+)$/.exec(callee);
  const parts = callee.split('.');
  const head = parts[0]!;
  const imp = required ? { source: required[1]!, imported: '*' } : sources.get(head);
  if (!imp) return null;
  const method = required ? required[2]! : parts.length === 2 ? parts[1]! : parts.length === 1 ? (imp.imported === 'default' || imp.imported === '*' ? '' : imp.imported) : '';
  for (const sdk of SDKS) {
    if (!sdk.source.test(imp.source)) continue;
    if (isNew) {
      const name = parts.length === 1 ? (imp.imported === 'default' ? head : imp.imported) : parts[parts.length - 1]!;
      if (sdk.constructors?.test(name)) return { sdk };
    } else if (sdk.methods?.test(method)) {
      return { sdk };
    }
  }
  return null;
}

function propertyValue(object: SgNode, name: string): SgNode | null {
  for (const child of object.children()) {
    if (child.kind() === 'pair' && unquote(child.field('key')?.text() ?? '') === name) return child.field('value');
  }
  return null;
}

function keyFrom(node: SgNode | null, option: string): ErrorTrackerKey {
  if (!node) return { kind: 'absent' };
  if (node.kind() !== 'object') return { kind: 'absent' };
  let spread = false;
  for (const child of node.children()) {
    if (child.kind() === 'pair' && unquote(child.field('key')?.text() ?? '') === option) return valueKey(child.field('value'));
    if (child.kind() === 'shorthand_property_identifier' && child.text() === option) return { kind: 'expression', text: option };
    if (child.kind() === 'spread_element') spread = true;
  }
  // `{ ...options }` may carry the key: what it holds is not known here.
  return spread ? { kind: 'expression', text: '...' } : { kind: 'absent' };
}

function valueKey(node: SgNode | null): ErrorTrackerKey {
  if (!node) return { kind: 'absent' };
  const env = envName(node);
  if (env) return { kind: 'env', name: env };
  const kind = kindOf(node);
  if (kind === 'string' || (kind === 'template_string' && !node.text().includes('${'))) return { kind: 'literal', empty: unquote(node.text()).trim() === '' };
  if (kind === 'binary_expression' || kind === 'parenthesized_expression') {
    // `process.env.SENTRY_DSN ?? ''`, `(process.env.SENTRY_DSN)`
    const left = node.field('left') ?? node.children().find((c) => c.isNamed()) ?? null;
    if (left) {
      const inner = valueKey(left);
      if (inner.kind === 'env') return inner;
    }
  }
  if (kind === 'undefined' || kind === 'null') return { kind: 'literal', empty: true };
  return { kind: 'expression', text: compact(node.text()).slice(0, 200) };
}

/** `process.env.X`, `process.env['X']`, `import.meta.env.X` → X. */
export function envName(node: SgNode): string | null {
  const kind = node.kind();
  if (kind !== 'member_expression' && kind !== 'subscript_expression') return null;
  const object = node.field('object');
  if (!object || !ENV_OBJECT.test(compact(object.text()))) return null;
  if (kind === 'member_expression') return node.field('property')?.text() ?? null;
  const index = node.field('index');
  return index && index.kind() === 'string' ? unquote(index.text()) : null;
}

/** The named function around a node (`sendAlert`, `AlertService.notify`) and the node of the function it runs in. */
function enclosing(node: SgNode): { name: string | null; body: SgNode | null } {
  let body: SgNode | null = null;
  for (let p = node.parent(); p; p = p.parent()) {
    const kind = kindOf(p);
    if (!FUNCTION_KINDS.has(kind)) continue;
    body ??= p;
    if (kind === 'function_declaration' || kind === 'generator_function_declaration') return { name: p.field('name')?.text() ?? null, body: p };
    if (kind === 'method_definition') {
      const cls = p.parent()?.parent()?.field('name')?.text();
      const name = p.field('name')?.text() ?? null;
      return { name: cls && name ? `${cls}.${name}` : name, body: p };
    }
    const parent = p.parent();
    if (parent?.kind() === 'variable_declarator') return { name: parent.field('name')?.text() ?? null, body: p };
    // `const notify = wrap(async () => …)`
    const declarator = parent?.kind() === 'arguments' ? parent.parent()?.parent() : null;
    if (declarator?.kind() === 'variable_declarator') return { name: declarator.field('name')?.text() ?? null, body: p };
  }
  return { name: null, body };
}

function alertSinks(file: SourceFile, facts: FileFacts): void {
  if (!/slack|discord|teams|pagerduty|opsgenie|webhook|alert/i.test(file.text)) return;
  const moduleEnv = facts.envReads.filter((r) => r.key && !insideFunction(facts, r.location.startLine));
  const sinkNodes = [
    ...file.calls.filter((c) => HTTP_CALL.test(c.callee)).map((c) => ({ node: c.node, via: c.callee, isNew: false })),
    ...file.nodes('new_expression').map((node) => ({ node, via: compact(node.field('constructor')?.text() ?? ''), isNew: true })).filter((n) => SINK_CONSTRUCTOR.test(n.via)),
  ];
  for (const { node, via, isNew } of sinkNodes) {
    const { name, body } = enclosing(node);
    const scope = body ?? node;
    const scopeText = scope.text();
    const { startLine, endLine } = lines(scope);
    const env = facts.envReads.filter((r) => r.location.startLine >= startLine && r.location.endLine <= endLine).map((r) => r.name);
    for (const r of moduleEnv) if (new RegExp(`\\b${r.key}\\b`).test(scopeText)) env.push(r.name);
    // Through a settings object: t3 `env.SLACK_ALERTS_WEBHOOK_URL` (createEnv), `config.slackWebhookUrl`.
    const settings = [...new Set((facts.settingReads ?? []).filter((r) => r.location.startLine >= startLine && r.location.endLine <= endLine).map((r) => r.expression).filter((e) => alertChannel(e.split('.').pop()!)))];
    const channel = env.map(alertChannel).find(Boolean) ?? settings.map((e) => alertChannel(e.split('.').pop()!)).find(Boolean) ?? channelOfHost(scopeText);
    if (!channel) continue;
    const destinationEnv = [...new Set(env.filter((e) => alertChannel(e)))];
    const destinationSettings = settings.length > 0 ? { destinationSettings: settings } : {};
    if (isNew && !name) {
      // `const webhook = new IncomingWebhook(url)` at module level: the functions that use it send.
      const bound = node.parent()?.kind() === 'variable_declarator' ? node.parent()!.field('name')?.text() : null;
      const users = bound ? facts.functions.filter((f) => f.calls.some((c) => c.callee.startsWith(`${bound}.`))) : [];
      for (const fn of users) facts.alertSinks.push({ channel, via, function: fn.qualifiedName, destinationEnv, ...destinationSettings, location: fn.location });
      if (users.length > 0) continue;
    }
    facts.alertSinks.push({ channel, via, function: name, destinationEnv, ...destinationSettings, location: file.location(node) });
  }
}

function insideFunction(facts: FileFacts, line: number): boolean {
  return facts.functions.some((f) => f.location.startLine < line && line <= f.location.endLine) || facts.routes.some((r) => r.location.startLine <= line && line <= r.location.endLine);
}

function lines(node: SgNode): { startLine: number; endLine: number } {
  const range = node.range();
  return { startLine: range.start.line + 1, endLine: range.end.line + 1 };
}

function errorPaths(file: SourceFile, facts: FileFacts): void {
  const push = (kind: ErrorPathFact['kind'], node: SgNode | null | undefined) => {
    if (node) facts.errorPaths.push({ kind, ...lines(node) });
  };
  const nodes: SgNode[] = [
    ...file.nodes('catch_clause'),
    ...file.calls.filter((c) => ERROR_CALLBACK.test(c.callee)).map((c) => c.node),
    // Only four-parameter lists come from the query: Express error middleware `(err, req, res, next)`.
    ...file.nodes('formal_parameters'),
    ...file.nodes('if_statement'),
  ];
  // Object pairs are everywhere: query them only in files that name an error-handler option.
  if (ERROR_OPTION_TEXT.test(file.text)) {
    nodes.push(...file.root.findAll({ rule: { kind: 'pair', has: { field: 'key', regex: '^[\'"]?(onError|onFailure|onFailed|beforeSend|errorHandler|onUncaughtException)[\'"]?$' } } }));
  }
  for (const node of nodes) {
    switch (node.kind()) {
      case 'if_statement':
        if (FAILURE_CONDITION.test(node.field('condition')?.text() ?? '')) push('failure-branch', node.field('consequence'));
        break;
      case 'catch_clause':
        push('catch', node.field('body') ?? node);
        break;
      case 'pair': {
        const value = node.field('value');
        if (value?.kind() === 'identifier') facts.errorPaths.push({ kind: 'error-handler', ...lines(node), handler: value.text() });
        else if (value && FUNCTION_KINDS.has(kindOf(value))) push('error-handler', value);
        break;
      }
      case 'formal_parameters': {
        // Express error middleware: (err, req, res, next)
        const params = node.children().filter((c) => c.isNamed() && c.kind() !== 'comment');
        if (params.length === 4 && /^(?:err|error|e|ex|exception)\b/.test(params[0]!.text()) && FUNCTION_KINDS.has(kindOf(node.parent() ?? node))) push('error-handler', node.parent());
        break;
      }
      default: {
        const fn = node.field('function')!;
        const method = fn.field('property')!.text();
        const args = argumentsOf(node.field('arguments'));
        if (method === 'catch') {
          if (args[0]?.kind() === 'identifier') facts.errorPaths.push({ kind: 'promise-catch', ...lines(node), handler: args[0].text() });
          else push('promise-catch', args.find((a) => FUNCTION_KINDS.has(kindOf(a))) ?? null);
        }
        else if (method === 'onError' || method === 'onFailure' || method === 'onFailed' || method === 'setErrorHandler' || method === 'addHook') {
          // Fastify hooks other than `onError` (`onRequest`, `preHandler`…) run on every request.
          const handler = method === 'addHook' ? (args[0]?.kind() === 'string' && unquote(args[0].text()) === 'onError' ? args[1] : undefined) : args[0];
          if (!handler) break;
          if (handler.kind() === 'identifier') facts.errorPaths.push({ kind: 'error-handler', ...lines(node), handler: handler.text() });
          else push('error-handler', handler);
        }
        else {
          const event = args[0] && args[0].kind() === 'string' ? unquote(args[0].text()) : '';
          const handler = args.find((a) => FUNCTION_KINDS.has(kindOf(a)) || a.kind() === 'identifier' && a !== args[0]);
          const kind = compact(fn.field('object')?.text() ?? '') === 'process' && /^(?:uncaughtException|unhandledRejection)$/.test(event) ? 'process-hook' : FAILURE_EVENTS.test(event) ? 'failure-event' : null;
          if (!kind) break;
          if (handler?.kind() === 'identifier') facts.errorPaths.push({ kind, ...lines(node), handler: handler.text() });
          else push(kind, handler ?? node);
        }
      }
    }
  }
}
