import type { SgNode } from '@ast-grep/napi';
import type { ErrorTrackerKey, FileFacts } from '../../core/facts.js';
import type { SourceExtractor } from '../types.js';
import { argumentsOf, compact, type SourceFile, unquote } from '../source.js';
import { alertChannel, channelOfHost, FAILURE_CONDITION } from '../monitoring-vocabulary.js';

interface Sdk {
  sdk: string;
  keyOption: string | null;
  /** Position of the key when passed positionally (`rollbar.init(token)`). */
  position: number | null;
  /** Variables the SDK falls back to when the key is None or missing. */
  fallbackEnv: string[];
}

const SDKS: Record<string, Sdk> = {
  'sentry_sdk.init': { sdk: 'sentry', keyOption: 'dsn', position: 0, fallbackEnv: ['SENTRY_DSN'] },
  'bugsnag.configure': { sdk: 'bugsnag', keyOption: 'api_key', position: null, fallbackEnv: ['BUGSNAG_API_KEY'] },
  'rollbar.init': { sdk: 'rollbar', keyOption: 'access_token', position: 0, fallbackEnv: [] },
  'honeybadger.configure': { sdk: 'honeybadger', keyOption: 'api_key', position: null, fallbackEnv: ['HONEYBADGER_API_KEY'] },
  'ddtrace.patch_all': { sdk: 'datadog', keyOption: null, position: null, fallbackEnv: [] },
  patch_all: { sdk: 'datadog', keyOption: null, position: null, fallbackEnv: [] },
  'newrelic.agent.initialize': { sdk: 'newrelic', keyOption: null, position: null, fallbackEnv: [] },
};

const ENV_CALL = /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|env\.\w+|config)$/;
const HTTP_CALL = /^(?:requests|httpx|session|client|self\.client|self\.session|http|aiohttp)\.(?:post|request)$|^(?:urllib\.request\.)?urlopen$|^(?:WebhookClient|AsyncWebhookClient|EventsAPISession|connectorcard|pymsteams\.connectorcard)$|\.(?:chat_postMessage|post)$/;

/**
 * Monitoring in Python: error-tracking SDKs (`sentry_sdk.init(dsn=…)`…), code that posts
 * alerts, and code that runs on failure (except blocks, exception handlers, job-failure hooks).
 */
export const pythonMonitoring: SourceExtractor = {
  id: 'python-monitoring',
  languages: ['python'],
  applies: (text) => /except|exception_handler|errorhandler|on_failure|task_failure|sentry_sdk|bugsnag|rollbar|honeybadger|ddtrace|newrelic|slack|discord|teams|pagerduty|opsgenie|webhook|err|fail|\.ok\b|status/i.test(text),
  // From the file's one query; calls come from the call index.
  kinds: ['if_statement', 'except_clause', 'decorated_definition', 'function_definition'],
  extract(file, facts) {
    errorTrackers(file, facts);
    alertSinks(file, facts);
    errorPaths(file, facts);
  },
};

function errorTrackers(file: SourceFile, facts: FileFacts): void {
  if (!/sentry_sdk|bugsnag|rollbar|honeybadger|ddtrace|newrelic|patch_all/.test(file.text)) return;
  for (const { node, callee } of file.calls) {
    const sdk = Object.hasOwn(SDKS, callee) ? SDKS[callee] : undefined;
    if (!sdk) continue;
    const args = argumentsOf(node.field('arguments'));
    let key: ErrorTrackerKey = { kind: 'absent' };
    let disabled = false;
    for (const arg of args) {
      if (arg.kind() === 'keyword_argument') {
        const name = arg.field('name')?.text();
        if (name === sdk.keyOption) key = valueKey(arg.field('value'));
        if (name === 'enabled' && arg.field('value')?.text() === 'False') disabled = true;
      }
    }
    const positional = args.filter((a) => a.kind() !== 'keyword_argument' && a.kind() !== 'dictionary_splat' && a.kind() !== 'list_splat');
    if (key.kind === 'absent' && sdk.position !== null && positional[sdk.position]) key = valueKey(positional[sdk.position]!);
    if (key.kind === 'absent' && args.some((a) => a.kind() === 'dictionary_splat')) key = { kind: 'expression', text: '**' };
    // sentry_sdk and bugsnag read their variable themselves whenever the key is None.
    const fallbackEnv = key.kind === 'absent' || sdk.sdk === 'sentry' || sdk.sdk === 'bugsnag' || sdk.sdk === 'honeybadger' ? sdk.fallbackEnv : [];
    facts.errorTrackers.push({ sdk: sdk.sdk, callee, keyOption: sdk.keyOption, key, fallbackEnv, disabled, location: file.location(node) });
  }
}

function valueKey(node: SgNode | null): ErrorTrackerKey {
  if (!node) return { kind: 'absent' };
  const env = envName(node);
  if (env) return { kind: 'env', name: env };
  if (node.kind() === 'string') return { kind: 'literal', empty: unquote(node.text()).trim() === '' };
  if (node.kind() === 'none') return { kind: 'literal', empty: true };
  if (node.kind() === 'boolean_operator') {
    const left = node.field('left');
    const inner = left ? valueKey(left) : null;
    if (inner?.kind === 'env') return inner;
  }
  return { kind: 'expression', text: compact(node.text()).slice(0, 200) };
}

function envName(node: SgNode): string | null {
  if (node.kind() === 'call' && ENV_CALL.test(compact(node.field('function')?.text() ?? ''))) {
    const first = argumentsOf(node.field('arguments'))[0];
    return first?.kind() === 'string' ? unquote(first.text()) : null;
  }
  if (node.kind() === 'subscript' && /^(?:os\.)?environ$/.test(node.field('value')?.text() ?? '')) {
    const key = node.field('subscript');
    return key?.kind() === 'string' ? unquote(key.text()) : null;
  }
  return null;
}

function enclosingFunction(node: SgNode): SgNode | null {
  for (let p = node.parent(); p; p = p.parent()) if (p.kind() === 'function_definition') return p;
  return null;
}

function qualifiedName(fn: SgNode): string {
  const name = fn.field('name')?.text() ?? '';
  const owner = fn.parent()?.kind() === 'block' ? fn.parent()?.parent() : fn.parent()?.parent()?.parent();
  const cls = owner?.kind() === 'class_definition' ? owner.field('name')?.text() : undefined;
  return cls ? `${cls}.${name}` : name;
}

function alertSinks(file: SourceFile, facts: FileFacts): void {
  if (!/slack|discord|teams|pagerduty|opsgenie|webhook|alert/i.test(file.text)) return;
  const moduleEnv = facts.envReads.filter((r) => r.key && !facts.functions.some((f) => f.location.startLine <= r.location.startLine && r.location.endLine <= f.location.endLine));
  for (const { node, callee: via } of file.calls) {
    if (!HTTP_CALL.test(via)) continue;
    const fn = enclosingFunction(node);
    const scope = fn ?? node;
    const scopeText = scope.text();
    const start = scope.range().start.line + 1;
    const end = scope.range().end.line + 1;
    const env = facts.envReads.filter((r) => r.location.startLine >= start && r.location.endLine <= end).map((r) => r.name);
    for (const r of moduleEnv) if (new RegExp(`\\b${r.key}\\b`).test(scopeText)) env.push(r.name);
    // Django settings: `settings.SLACK_WEBHOOK_URL` names the variable.
    for (const m of scopeText.matchAll(/\bsettings\.([A-Z][A-Z0-9_]+)\b/g)) env.push(m[1]!);
    const channel = env.map(alertChannel).find(Boolean) ?? channelOfHost(scopeText);
    if (!channel) continue;
    facts.alertSinks.push({ channel, via, function: fn ? qualifiedName(fn) : null, destinationEnv: [...new Set(env.filter((e) => alertChannel(e)))], location: file.location(node) });
  }
}

function errorPaths(file: SourceFile, facts: FileFacts): void {
  for (const node of file.nodes('if_statement')) {
    const body = node.field('consequence');
    if (body && FAILURE_CONDITION.test(node.field('condition')?.text() ?? '')) facts.errorPaths.push({ kind: 'failure-branch', startLine: body.range().start.line + 1, endLine: body.range().end.line + 1 });
  }
  const failureHandlers = file.nodes('function_definition').filter((fn) => /^(?:on_failure|handle_exception|handle_error)$/.test(fn.field('name')?.text() ?? ''));
  for (const node of [...file.nodes('except_clause'), ...file.nodes('decorated_definition'), ...failureHandlers]) {
    const range = node.range();
    const lines = { startLine: range.start.line + 1, endLine: range.end.line + 1 };
    if (node.kind() === 'except_clause') facts.errorPaths.push({ kind: 'catch', ...lines });
    else if (node.kind() === 'function_definition') facts.errorPaths.push({ kind: 'failure-event', ...lines });
    else {
      const decorators = node.children().filter((c) => c.kind() === 'decorator').map((d) => compact(d.text()));
      if (decorators.some((d) => /\.(?:exception_handler|errorhandler)\(|^@(?:\w+\.)?register_error_handler/.test(d))) facts.errorPaths.push({ kind: 'exception-handler', ...lines });
      else if (decorators.some((d) => /task_failure\.connect|\.on_failure/.test(d))) facts.errorPaths.push({ kind: 'failure-event', ...lines });
    }
  }
}
