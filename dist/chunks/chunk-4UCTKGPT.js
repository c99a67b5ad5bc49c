import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/facts.ts
function emptyFileFacts(path, language, lines) {
  return {
    path,
    language,
    lines,
    routes: [],
    mounts: [],
    functions: [],
    imports: [],
    moduleBody: { calls: [], dataOps: [] },
    envReads: [],
    envDeclarations: [],
    secrets: [],
    models: [],
    matches: [],
    documents: [],
    suppressions: [],
    problems: []
  };
}

// src/extract/data.ts
var PRISMA_METHODS = {
  create: "create",
  createMany: "create",
  createManyAndReturn: "create",
  upsert: "update",
  update: "update",
  updateMany: "update",
  updateManyAndReturn: "update",
  delete: "delete",
  deleteMany: "delete",
  findUnique: "read",
  findUniqueOrThrow: "read",
  findFirst: "read",
  findFirstOrThrow: "read",
  findMany: "read"
};
var PRISMA_CLIENT = /^(?:this\.)?(?:prisma|db|tx|client|ctx\.prisma|ctx\.db|prismaClient|database)$/i;
var MODEL_METHODS = {
  destroy: "delete",
  deleteOne: "delete",
  deleteMany: "delete",
  findByIdAndDelete: "delete",
  findOneAndDelete: "delete",
  remove: "delete",
  softDelete: "update",
  findByIdAndUpdate: "update",
  findOneAndUpdate: "update",
  updateOne: "update",
  updateMany: "update",
  bulkWrite: "update",
  insertMany: "create",
  insert: "create",
  bulkCreate: "create",
  save: "update",
  findById: "read",
  findOne: "read",
  findByPk: "read",
  findAll: "read",
  findOneBy: "read",
  findBy: "read"
};
var DJANGO_METHODS = {
  create: "create",
  get_or_create: "create",
  update_or_create: "update",
  bulk_create: "create",
  update: "update",
  bulk_update: "update",
  delete: "delete",
  get: "read",
  filter: "read",
  all: "read",
  exclude: "read"
};
function classifyDataCall(callee, language) {
  const parts = callee.split(".");
  const method = parts[parts.length - 1];
  if (language === "python") {
    const objects = parts.indexOf("objects");
    if (objects > 0 && objects === parts.length - 2 && DJANGO_METHODS[method]) {
      return { op: DJANGO_METHODS[method], model: parts[objects - 1], via: "django" };
    }
    if (objects > 0 && objects < parts.length - 2 && (method === "delete" || method === "update")) {
      return { op: method, model: parts[objects - 1], via: "django" };
    }
    const receiver = parts.slice(0, -1).join(".");
    if (/^(?:self\.)?(?:db|session|db_session|database)$/i.test(receiver)) {
      if (method === "add" || method === "add_all") return { op: "create", model: null, via: "sqlalchemy" };
      if (method === "delete") return { op: "delete", model: null, via: "sqlalchemy" };
      if (method === "merge") return { op: "update", model: null, via: "sqlalchemy" };
    }
    return null;
  }
  if (parts.length >= 3) {
    const client = parts.slice(0, -2).join(".");
    const op = PRISMA_METHODS[method];
    if (op && PRISMA_CLIENT.test(client)) return { op, model: parts[parts.length - 2], via: "prisma" };
  }
  if (parts.length === 2) {
    const [receiver] = parts;
    const op = MODEL_METHODS[method];
    if (op && /^[A-Z][A-Za-z0-9]*$/.test(receiver)) return { op, model: receiver, via: "orm" };
    if (/^(?:db|knex|trx)$/.test(receiver) && (method === "delete" || method === "insert" || method === "update")) {
      return { op: method === "insert" ? "create" : method, model: null, via: "query-builder" };
    }
  }
  return null;
}
var SQL = /^\s*(insert\s+into|update|delete\s+from|select\b[\s\S]*?\bfrom)\s+["`[]?([A-Za-z_][\w.]*)/i;
var SQL_CALLEES = /(?:^|\.)(?:query|execute|exec|run|all|\$executeRaw|\$executeRawUnsafe|\$queryRaw|\$queryRawUnsafe|raw|sql|text)$/;
function classifySql(callee, firstString) {
  if (!SQL_CALLEES.test(callee)) return null;
  const m = SQL.exec(firstString);
  if (!m) return null;
  const verb = m[1].toLowerCase();
  const op = verb.startsWith("insert") ? "create" : verb.startsWith("update") ? "update" : verb.startsWith("delete") ? "delete" : "read";
  return { op, model: m[2], via: "sql" };
}

// src/extract/source.ts
var CALL_KINDS = {
  typescript: "call_expression",
  tsx: "call_expression",
  javascript: "call_expression",
  python: "call"
};
var NodeQueries = class {
  kinds;
  rule;
  constructor(queries) {
    const byKind = /* @__PURE__ */ new Map();
    for (const q of queries) {
      const kind = typeof q === "string" ? q : q.kind;
      const current = byKind.get(kind);
      if (typeof q === "string" || current === null) byKind.set(kind, null);
      else byKind.set(kind, [...current ?? [], q.where]);
    }
    this.kinds = [...byKind.keys()].sort();
    this.rule = {
      any: this.kinds.map((kind) => {
        const wheres = byKind.get(kind);
        return wheres ? { kind, any: wheres } : { kind };
      })
    };
  }
};
var SourceFile = class {
  constructor(path, language, text, root, queries) {
    this.path = path;
    this.language = language;
    this.text = text;
    this.root = root;
    for (const kind of queries.kinds) this.buckets.set(kind, []);
    for (const node of root.findAll({ rule: queries.rule })) this.buckets.get(kindOf(node))?.push(node);
  }
  path;
  language;
  text;
  root;
  indexedCalls = null;
  buckets = /* @__PURE__ */ new Map();
  /** The nodes of one kind, in source order; the kind must be declared by an extractor of this language. */
  nodes(kind) {
    const bucket = this.buckets.get(kind);
    if (!bucket) throw new Error(`node kind '${kind}' was not declared by any ${this.language} extractor`);
    return bucket;
  }
  get isPython() {
    return this.language === "python";
  }
  /**
   * Every call in the file, in source order. Each node costs native calls, so only the
   * call's and its callee's ranges are asked for; the callee text and a leading string
   * argument are read from the source by offset.
   */
  get calls() {
    if (this.indexedCalls) return this.indexedCalls;
    const calls = [];
    const text = this.text;
    for (const node of this.nodes(CALL_KINDS[this.language])) {
      const fn = node.field("function");
      if (!fn) continue;
      const { start, end } = node.range();
      const fnEnd = fn.range().end.index;
      const firstString = leadingString(text, fnEnd, end.index, this.language === "python");
      const call = {
        callee: compact(text.slice(start.index, fnEnd)),
        line: start.line + 1,
        start: start.index,
        end: end.index,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        firstString,
        node
      };
      if (firstString !== null && firstString.length <= 200) call.firstArg = firstString;
      calls.push(call);
    }
    this.indexedCalls = calls;
    return calls;
  }
  /** The calls and data operations between two byte offsets. */
  summarise(start, end) {
    const calls = [];
    const dataOps = [];
    const all = this.calls;
    for (let i = lowerBound(all, start); i < all.length && all[i].start < end; i++) {
      const call = all[i];
      if (call.end > end) continue;
      calls.push(call.firstArg === void 0 ? { callee: call.callee, line: call.line } : { callee: call.callee, line: call.line, firstArg: call.firstArg });
      const op = classifyDataCall(call.callee, this.language) ?? (call.firstString ? classifySql(call.callee, call.firstString) : null);
      if (op) {
        dataOps.push({
          ...op,
          callee: call.callee,
          location: { path: this.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn }
        });
      }
    }
    return { calls, dataOps };
  }
  summariseNode(node) {
    const range = node.range();
    return this.summarise(range.start.index, range.end.index);
  }
  location(node) {
    return this.locationOf(node.range());
  }
  locationOf({ start, end }) {
    return { path: this.path, startLine: start.line + 1, endLine: end.line + 1, startColumn: start.column + 1, endColumn: end.column + 1 };
  }
};
function leadingString(text, from, to, python2) {
  let i = from;
  if (text[i] === "`") return templateBody(text, i, to);
  if (text[i] === "<") return null;
  if (text[i] === "?" && text[i + 1] === ".") i += 2;
  while (i < to && /\s/.test(text[i])) i++;
  if (text[i] !== "(") return null;
  i++;
  while (i < to && /\s/.test(text[i])) i++;
  if (python2) while (i < to && /[rRbBuUfF]/.test(text[i])) i++;
  const quote = text[i];
  if (quote === "`") return templateBody(text, i, to);
  if (quote !== '"' && quote !== "'") return null;
  const triple = python2 && text.startsWith(quote.repeat(3), i);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = i + delimiter.length;
  for (let j = bodyStart; j < to; j++) {
    if (text[j] === "\\") j++;
    else if (text.startsWith(delimiter, j)) return text.slice(bodyStart, j);
    else if (!triple && text[j] === "\n") return null;
  }
  return null;
}
function templateBody(text, at, to) {
  for (let j = at + 1; j < to; j++) {
    if (text[j] === "\\") j++;
    else if (text[j] === "`") return text.slice(at + 1, j);
  }
  return null;
}
function kindOf(node) {
  return String(node.kind());
}
function argumentsOf(args) {
  if (!args) return [];
  return args.children().filter((c) => c.isNamed() && c.kind() !== "comment");
}
function lowerBound(calls, offset) {
  let lo = 0;
  let hi = calls.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (calls[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function compact(text) {
  return text.replace(/\s+/g, "").replace(/\?\./g, ".").replace(/!\./g, ".");
}
function unquote(text) {
  const m = /^[rRbBuUfF]{0,2}('''|"""|'|"|`)([\s\S]*)\1$/.exec(text);
  return m ? m[2] : text;
}

// src/extract/js/express.ts
var FRAMEWORKS = [
  [/^express$/, "express"],
  [/^hono(\/.*)?$/, "hono"],
  [/^(@koa\/router|koa-router)$/, "koa"]
];
var ROUTER_FACTORY = /^(?:new)?(?:express|express\.Router|Router|Hono|KoaRouter|OpenAPIHono)$/;
var ROUTER_NAME = /^(?:app|router|server|api|[a-z]\w*Router|[a-z]\w*App|[a-z]\w*Routes)$/;
var ROUTE_CALLEE = /\.(?:get|post|put|patch|delete|del|all|options|head|use)$/;
var FUNCTION_KINDS = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var expressExtractor = {
  id: "express",
  languages: ["typescript", "tsx", "javascript"],
  kinds: [{ kind: "variable_declarator", where: { has: { field: "value", any: [{ kind: "call_expression" }, { kind: "new_expression" }] } } }],
  applies: (text) => /\b(?:express|hono|koa|Router)\b/.test(text),
  extract(file, facts) {
    const framework = frameworkOf(facts);
    if (!framework) return;
    const routers = routerVariables(file);
    for (const indexed of file.calls) {
      if (!ROUTE_CALLEE.test(indexed.callee)) continue;
      const call = indexed.node;
      const fn = call.field("function");
      if (!fn || fn.kind() !== "member_expression") continue;
      const method = fn.field("property").text();
      const receiver = fn.field("object");
      const target = routeTarget(receiver, routers);
      if (!target) continue;
      const args = argumentsOf(call.field("arguments"));
      if (method === "use") {
        mount(file, facts, framework, target.router, call, args);
        continue;
      }
      let path = target.path;
      let rest = args;
      if (path === null) {
        const first = args[0];
        if (!first || !isStringNode(first)) continue;
        path = unquote(first.text());
        rest = args.slice(1);
      }
      if (!path.startsWith("/") && path !== "*") continue;
      const handler = rest[rest.length - 1];
      if (!handler) continue;
      const guards = rest.slice(0, -1).flatMap((g) => guardCalls(file, g));
      const handlerIsFunction = FUNCTION_KINDS.has(kindOf(handler)) || handler.kind() === "call_expression" && argumentsOf(handler.field("arguments")).some((a) => FUNCTION_KINDS.has(kindOf(a)));
      const body = handlerIsFunction ? file.summariseNode(handler) : { calls: [], dataOps: [] };
      facts.routes.push({
        framework,
        method: method === "all" ? "ANY" : method === "del" ? "DELETE" : method.toUpperCase(),
        path,
        location: file.location(call),
        guards,
        handlerRef: handlerIsFunction ? null : handlerReference(handler),
        router: target.router,
        ...body
      });
    }
  }
};
function frameworkOf(facts) {
  for (const imp of facts.imports) {
    for (const [pattern, name] of FRAMEWORKS) if (pattern.test(imp.source)) return name;
  }
  return null;
}
function routerVariables(file) {
  const names = /* @__PURE__ */ new Set();
  for (const decl of file.nodes("variable_declarator")) {
    const value = decl.field("value");
    if (!value || value.kind() !== "call_expression" && value.kind() !== "new_expression") continue;
    const callee = compact((value.field("function") ?? value.field("constructor"))?.text() ?? "");
    const name = decl.field("name")?.text();
    if (name && ROUTER_FACTORY.test(callee.replace(/^new/, ""))) names.add(name);
  }
  return names;
}
function routeTarget(receiver, routers) {
  if (receiver.kind() === "identifier") {
    const name = receiver.text();
    return routers.has(name) || ROUTER_NAME.test(name) ? { router: name, path: null } : null;
  }
  let node = receiver;
  while (node && node.kind() === "call_expression") {
    const fn = node.field("function");
    if (!fn || fn.kind() !== "member_expression") return null;
    if (fn.field("property")?.text() === "route") {
      const object = fn.field("object");
      const first = argumentsOf(node.field("arguments"))[0];
      if (object?.kind() === "identifier" && first && isStringNode(first)) {
        return { router: object.text(), path: unquote(first.text()) };
      }
      return null;
    }
    node = fn.field("object");
  }
  return null;
}
function mount(file, facts, framework, parent, call, args) {
  let prefix = "/";
  let rest = args;
  if (args[0] && isStringNode(args[0])) {
    prefix = unquote(args[0].text());
    rest = args.slice(1);
  }
  const last = rest[rest.length - 1];
  let child = null;
  if (last && (last.kind() === "identifier" || last.kind() === "member_expression") && /(?:router|routes|api|app)$/i.test(last.text())) {
    child = last.text();
    rest = rest.slice(0, -1);
  }
  facts.mounts.push({
    framework,
    parent,
    prefix,
    guards: rest.flatMap((g) => guardCalls(file, g)),
    child,
    location: file.location(call)
  });
}
function guardCalls(file, node) {
  const line = node.range().start.line + 1;
  switch (node.kind()) {
    case "identifier":
    case "member_expression":
      return [{ callee: compact(node.text()), line }];
    case "call_expression": {
      const fn = node.field("function");
      const first = argumentsOf(node.field("arguments"))[0];
      const fact = { callee: compact(fn?.text() ?? node.text()), line };
      if (first && isStringNode(first)) fact.firstArg = unquote(first.text());
      return [fact];
    }
    case "array":
      return node.children().filter((c) => c.isNamed()).flatMap((c) => guardCalls(file, c));
    default:
      if (FUNCTION_KINDS.has(kindOf(node))) return file.summariseNode(node).calls;
      return [];
  }
}
function handlerReference(node) {
  const kind = node.kind();
  if (kind === "identifier" || kind === "member_expression") return compact(node.text());
  if (kind === "call_expression") {
    const inner = argumentsOf(node.field("arguments"))[0];
    return inner ? handlerReference(inner) : null;
  }
  return null;
}
function isStringNode(node) {
  return node.kind() === "string" || node.kind() === "template_string" && !node.text().includes("${");
}

// src/extract/js/structure.ts
var FUNCTION_VALUES = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var DECLARATIONS = ["function_declaration", "generator_function_declaration", "method_definition", "variable_declarator"];
var FUNCTION_DECLARATOR = {
  kind: "variable_declarator",
  where: { has: { field: "value", any: [{ kind: "arrow_function" }, { kind: "function_expression" }, { kind: "call_expression" }] } }
};
var jsStructure = {
  id: "js-structure",
  languages: ["typescript", "tsx", "javascript"],
  kinds: ["function_declaration", "generator_function_declaration", "method_definition", FUNCTION_DECLARATOR, "export_statement", "class_declaration", "import_statement", "import_specifier", "import_clause", "namespace_import"],
  extract(file, facts) {
    collectFunctions(file, facts);
    collectImports(file, facts);
    collectEnvReads(file, facts);
  }
};
function spans(nodes) {
  return nodes.map((n) => {
    const r = n.range();
    return { start: r.start.index, end: r.end.index };
  });
}
function exportedBy(exports, start, end) {
  return exports.some((e) => e.start < start && end <= e.end && e.end - end <= 1);
}
function collectFunctions(file, facts) {
  const nodes = DECLARATIONS.flatMap((k) => file.nodes(k));
  if (nodes.length === 0) return;
  const exports = spans(file.nodes("export_statement"));
  const classes = file.nodes("class_declaration").map((n) => ({ node: n, ...spans([n])[0] }));
  for (const node of nodes) {
    const kind = kindOf(node);
    let body = node;
    if (kind === "variable_declarator") {
      const value = node.field("value");
      if (!value) continue;
      const valueKind = kindOf(value);
      body = FUNCTION_VALUES.has(valueKind) ? value : valueKind === "call_expression" ? lastFunctionArgument(value) : null;
      if (!body) continue;
    }
    const nameNode = node.field("name");
    if (!nameNode) continue;
    const name = nameNode.text();
    const range = node.range();
    let qualifiedName = name;
    let exported = exportedBy(exports, range.start.index, range.end.index);
    if (kind === "method_definition") {
      const owner = classes.filter((c) => c.start < range.start.index && range.end.index <= c.end).sort((a, b) => b.start - a.start)[0];
      const className = owner?.node.field("name")?.text();
      if (className) qualifiedName = `${className}.${name}`;
      exported = owner ? exportedBy(exports, owner.start, owner.end) : false;
    } else if (kind === "variable_declarator") {
      exported = exports.some((e) => e.start < range.start.index && range.end.index <= e.end && file.text.slice(e.start, range.start.index).replace(/\s+/g, " ").trim().match(/^export (const|let|var)$/) !== null);
    }
    const bodyRange = body === node ? range : body.range();
    facts.functions.push({
      name,
      qualifiedName,
      exported,
      location: file.locationOf(range),
      ...file.summarise(bodyRange.start.index, bodyRange.end.index)
    });
  }
}
function lastFunctionArgument(call) {
  const args = call.field("arguments")?.children() ?? [];
  for (let i = args.length - 1; i >= 0; i--) if (FUNCTION_VALUES.has(kindOf(args[i]))) return args[i];
  return null;
}
function collectImports(file, facts) {
  const statements = file.nodes("import_statement");
  if (statements.length > 0) {
    const within = (nodes) => nodes.map((n) => ({ node: n, start: n.range().start.index }));
    const specifiers = within(file.nodes("import_specifier"));
    const clauses = within(file.nodes("import_clause"));
    const namespaces = within(file.nodes("namespace_import"));
    for (const stmt of statements) {
      const sourceNode = stmt.field("source");
      if (!sourceNode) continue;
      const source = unquote(sourceNode.text());
      const { start, end } = stmt.range();
      const inside = (list) => list.filter((x) => x.start >= start.index && x.start < end.index).map((x) => x.node);
      for (const spec of inside(specifiers)) {
        const imported = spec.field("name")?.text() ?? spec.text();
        facts.imports.push({ local: spec.field("alias")?.text() ?? imported, imported, source });
      }
      for (const clause of inside(clauses)) {
        const def = clause.children().find((c) => c.kind() === "identifier");
        if (def) facts.imports.push({ local: def.text(), imported: "default", source });
      }
      for (const ns of inside(namespaces)) {
        const nsName = ns.children().find((c) => c.kind() === "identifier");
        if (nsName) facts.imports.push({ local: nsName.text(), imported: "*", source });
      }
    }
  }
  for (const call of file.calls) {
    if (call.callee !== "require" || call.firstString === null) continue;
    facts.imports.push({ local: "*", imported: "*", source: call.firstString });
  }
}
var ENV_OBJECT = "^(process\\.env|import\\.meta\\.env)$";
function collectEnvReads(file, facts) {
  if (file.text.includes("process.env") || file.text.includes("import.meta.env")) {
    const rule = { any: [{ kind: "member_expression" }, { kind: "subscript_expression" }], has: { field: "object", regex: ENV_OBJECT } };
    for (const node of file.root.findAll({ rule })) {
      let name = null;
      if (node.kind() === "member_expression") name = node.field("property")?.text() ?? null;
      else {
        const index = node.field("index");
        if (index && index.kind() === "string") name = unquote(index.text());
      }
      if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) facts.envReads.push({ name, location: file.location(node) });
    }
  }
  for (const call of file.calls) {
    if (call.callee === "Deno.env.get" && call.firstString) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
}

// src/extract/python/fastapi.ts
var METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "options", "head", "api_route"]);
var fastapiExtractor = {
  id: "fastapi",
  languages: ["python"],
  kinds: ["decorated_definition", "assignment"],
  applies: (text) => text.includes("fastapi") || text.includes("APIRouter"),
  extract(file, facts) {
    for (const decorated of file.nodes("decorated_definition")) {
      const definition = decorated.field("definition");
      if (!definition || definition.kind() !== "function_definition") continue;
      for (const decorator of decorated.children().filter((c) => c.kind() === "decorator")) {
        const call = decorator.children().find((c) => c.kind() === "call");
        const fn = call?.field("function");
        if (!call || !fn || fn.kind() !== "attribute") continue;
        const method = fn.field("attribute")?.text() ?? "";
        if (!METHODS.has(method)) continue;
        const args = argumentsOf(call.field("arguments"));
        const first = args[0];
        if (!first || first.kind() !== "string") continue;
        const guards = [...keywordDependencies(file, args), ...parameterDependencies(file, definition)];
        facts.routes.push({
          framework: "fastapi",
          method: method === "api_route" ? "ANY" : method.toUpperCase(),
          path: unquote(first.text()),
          location: file.location(decorated),
          guards,
          handlerRef: null,
          router: fn.field("object")?.text() ?? null,
          ...file.summariseNode(definition)
        });
      }
    }
    collectRouters(file, facts);
  }
};
function keywordDependencies(file, args) {
  const out = [];
  for (const arg of args) {
    if (arg.kind() !== "keyword_argument" || arg.field("name")?.text() !== "dependencies") continue;
    for (const call of arg.findAll({ rule: { kind: "call" } })) out.push(...dependencyOf(file, call));
  }
  return out;
}
function parameterDependencies(file, definition) {
  const params = definition.field("parameters");
  if (!params) return [];
  return params.findAll({ rule: { kind: "call" } }).flatMap((call) => dependencyOf(file, call));
}
function dependencyOf(_file, call) {
  const callee = compact(call.field("function")?.text() ?? "");
  if (callee !== "Depends" && callee !== "Security" && !callee.endsWith(".Depends") && !callee.endsWith(".Security")) return [];
  const first = argumentsOf(call.field("arguments"))[0];
  if (!first) return [];
  const line = call.range().start.line + 1;
  if (first.kind() === "call") {
    const inner = argumentsOf(first.field("arguments"))[0];
    const fact = { callee: compact(first.field("function")?.text() ?? ""), line };
    if (inner && inner.kind() === "string") fact.firstArg = unquote(inner.text());
    return [fact];
  }
  return [{ callee: compact(first.text()), line }];
}
function collectRouters(file, facts) {
  for (const assignment of file.nodes("assignment")) {
    const call = assignment.field("right");
    if (!call || call.kind() !== "call" || !/^(?:fastapi\.)?(?:APIRouter|FastAPI)$/.test(call.field("function")?.text() ?? "")) continue;
    const name = assignment.field("left")?.text();
    const args = argumentsOf(call.field("arguments"));
    const prefix = keywordString(args, "prefix");
    const guards = keywordDependencies(file, args);
    if (name && (prefix || guards.length > 0)) {
      facts.mounts.push({ framework: "fastapi", parent: name, prefix: prefix ?? "/", guards, child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!callee.endsWith(".include_router")) continue;
    const args = argumentsOf(call.field("arguments"));
    const child = args[0] && args[0].kind() !== "keyword_argument" ? args[0].text() : null;
    facts.mounts.push({
      framework: "fastapi",
      parent: call.field("function")?.field("object")?.text() ?? "app",
      prefix: keywordString(args, "prefix") ?? "/",
      guards: keywordDependencies(file, args),
      child,
      location: file.location(call)
    });
  }
}
function keywordString(args, keyword) {
  for (const arg of args) {
    if (arg.kind() === "keyword_argument" && arg.field("name")?.text() === keyword) {
      const value = arg.field("value");
      if (value?.kind() === "string") return unquote(value.text());
    }
  }
  return null;
}

// src/extract/python/structure.ts
var pythonStructure = {
  id: "python-structure",
  languages: ["python"],
  kinds: ["function_definition", "import_from_statement", "import_statement"],
  extract(file, facts) {
    for (const fn of file.nodes("function_definition")) {
      const name = fn.field("name")?.text();
      if (!name) continue;
      const owner = fn.parent()?.kind() === "block" ? fn.parent()?.parent() : fn.parent()?.parent()?.parent();
      const className = owner?.kind() === "class_definition" ? owner.field("name")?.text() : void 0;
      const located = fn.parent()?.kind() === "decorated_definition" ? fn.parent() : fn;
      facts.functions.push({
        name,
        qualifiedName: className ? `${className}.${name}` : name,
        exported: !name.startsWith("_"),
        location: file.location(located),
        ...file.summariseNode(fn)
      });
    }
    collectImports2(file, facts);
    collectEnvReads2(file, facts);
  }
};
function collectImports2(file, facts) {
  for (const stmt of file.nodes("import_from_statement")) {
    const source = stmt.field("module_name")?.text() ?? "";
    for (const name of stmt.children()) {
      if (name === stmt.field("module_name")) continue;
      if (name.kind() === "dotted_name") facts.imports.push({ local: name.text(), imported: name.text(), source });
      if (name.kind() === "aliased_import") {
        const imported = name.field("name")?.text() ?? "";
        facts.imports.push({ local: name.field("alias")?.text() ?? imported, imported, source });
      }
    }
  }
  for (const stmt of file.nodes("import_statement")) {
    for (const name of stmt.children()) {
      if (name.kind() === "dotted_name") facts.imports.push({ local: name.text(), imported: "*", source: name.text() });
      if (name.kind() === "aliased_import") {
        const source = name.field("name")?.text() ?? "";
        facts.imports.push({ local: name.field("alias")?.text() ?? source, imported: "*", source });
      }
    }
  }
}
var ENV_CALLS = /^(?:os\.environ\.get|os\.getenv|environ\.get|env|env\.str|env\.bool|env\.int|config)$/;
function collectEnvReads2(file, facts) {
  if (!/environ|getenv|env\(/.test(file.text)) return;
  for (const call of file.calls) {
    if (call.firstString && ENV_CALLS.test(call.callee) && /^[A-Z_][A-Z0-9_]*$/.test(call.firstString)) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
  if (!file.text.includes("environ[")) return;
  for (const node of file.root.findAll({ rule: { kind: "subscript", has: { field: "value", regex: "^(os\\.)?environ$" } } })) {
    const key = node.field("subscript");
    if (key && key.kind() === "string") facts.envReads.push({ name: unquote(key.text()), location: file.location(node) });
  }
}

// src/extract/secrets.ts
import { createHash } from "node:crypto";
var KNOWN_FORMATS = [
  { kind: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { kind: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b/ },
  { kind: "Stripe live key", pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{20,247}\b/ },
  { kind: "Stripe webhook secret", pattern: /\bwhsec_[0-9A-Za-z]{24,}\b/ },
  { kind: "Slack token", pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,250}\b/ },
  { kind: "Slack webhook URL", pattern: /https:\/\/hooks\.slack\.com\/services\/T[0-9A-Z]{6,}\/B[0-9A-Z]{6,}\/[0-9A-Za-z]{20,}/ },
  { kind: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: "SendGrid API key", pattern: /\bSG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}\b/ },
  { kind: "OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b/ },
  { kind: "Anthropic API key", pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b/ },
  { kind: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: "Twilio API key", pattern: /\bSK[0-9a-f]{32}\b/ },
  { kind: "database URL with password", pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?):\/\/[^\s:@/'"`]+:([^\s@/'"`]{6,})@[^\s'"`]+/ }
];
var COMBINED = new RegExp(KNOWN_FORMATS.map((f) => `(${f.pattern.source})`).join("|"), "g");
var GROUP_OF = [];
{
  let group = 1;
  for (const format of KNOWN_FORMATS) {
    GROUP_OF.push(group);
    group += 1 + new RegExp(`${format.pattern.source}|`).exec("").length - 1;
  }
}
var PLACEHOLDER = /example|sample|dummy|placeholder|changeme|change_me|your[_-]|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|redacted|fake|localhost|password@|:password|:pass@|:secret@|:postgres@|:root@|:admin@/i;
var SECRET_NAME = /(?:^|[_.-]|[a-z])(?:secret|password|passwd|pwd|api_?key|apikey|access_?key|auth_?token|access_?token|private_?key|client_?secret|signing_?key|encryption_?key)$/i;
function redact(value) {
  return `${value.slice(0, 4)}\u2026[redacted ${value.length} chars]`;
}
function hashValue(value) {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
function looksRandom(value) {
  return value.length >= 16 && value.length <= 512 && !/\s/.test(value) && /[A-Za-z]/.test(value) && /\d/.test(value) && shannonEntropy(value) >= 3.5;
}
function scanKnownFormats(path, text, facts) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 4e3) continue;
    COMBINED.lastIndex = 0;
    let m;
    while (m = COMBINED.exec(line)) {
      const index = GROUP_OF.findIndex((g) => m[g] !== void 0);
      const format = KNOWN_FORMATS[index];
      const value = m[0];
      const secretPart = format.kind === "database URL with password" ? m[GROUP_OF[index] + 1] ?? value : value;
      if (PLACEHOLDER.test(value) || PLACEHOLDER.test(secretPart)) continue;
      pushSecret(facts, path, format.kind, secretPart, i + 1, m.index + value.indexOf(secretPart));
    }
  }
}
function pushSecret(facts, path, kind, value, line, index) {
  const fact = {
    kind,
    redacted: redact(value),
    valueHash: hashValue(value),
    location: { path, startLine: line, endLine: line, startColumn: index + 1, endColumn: index + 1 + value.length }
  };
  if (!facts.secrets.some((s) => s.location.startLine === line && s.location.startColumn === fact.location.startColumn)) facts.secrets.push(fact);
}
var NAMED_LITERAL_HINT = /(?:secret|passw|pwd|api_?key|apikey|access_?key|token|private_?key|signing_?key|encryption_?key)\w*['"]?\s*[:=]\s*[rbuRBU]?['"`]/i;
var named = (kind, valueField) => ({ kind, has: { field: valueField, kind: "string" } });
var JS_NAMED = { any: [named("variable_declarator", "value"), named("pair", "value"), named("assignment_expression", "right"), named("public_field_definition", "value")] };
var PY_NAMED = { any: [named("assignment", "right"), named("keyword_argument", "value"), named("pair", "value")] };
var sourceSecrets = {
  id: "secrets",
  languages: ["typescript", "tsx", "javascript", "python"],
  // Its own query, and only in the few files the text hint selects.
  kinds: [],
  extract(file, facts) {
    scanKnownFormats(file.path, file.text, facts);
    if (NAMED_LITERAL_HINT.test(file.text)) scanNamedLiterals(file, facts);
  }
};
function scanNamedLiterals(file, facts) {
  for (const node of file.root.findAll({ rule: file.isPython ? PY_NAMED : JS_NAMED })) {
    const nameNode = node.field("name") ?? node.field("key") ?? node.field("left");
    const valueNode = node.field("value") ?? node.field("right");
    if (!nameNode || !valueNode) continue;
    const name = unquote(nameNode.text()).replace(/^.*\./, "");
    if (!SECRET_NAME.test(name)) continue;
    const value = unquote(valueNode.text());
    if (!looksRandom(value) || PLACEHOLDER.test(value)) continue;
    const { start } = valueNode.range();
    pushSecret(facts, file.path, `hard-coded ${name}`, value, start.line + 1, start.column + 1);
  }
}
var ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*["']?([^\s"'#]+)["']?/;
var TEXT_CONFIG = /(?:^|\/)(?:\.env[^/]*|[^/]+\.(?:ya?ml|json|toml|ini|cfg|conf|properties|tfvars|tf|sh|xml)|Dockerfile[^/]*)$/i;
var textSecrets = {
  id: "text-secrets",
  accepts: (path) => TEXT_CONFIG.test(path),
  extract(path, text, facts) {
    scanKnownFormats(path, text, facts);
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = ENV_ASSIGNMENT.exec(lines[i]);
      if (!m) continue;
      const [, name, value] = m;
      if (!SECRET_NAME.test(name) || !looksRandom(value) || PLACEHOLDER.test(value)) continue;
      pushSecret(facts, path, `hard-coded ${name}`, value, i + 1, lines[i].indexOf(value));
    }
  }
};

// src/extract/suppressions.ts
var MARKER = /(?:\/\/|#|\/\*|<!--)\s*shipshape-ignore\b(.*)$/;
var WITH_REASON = /^\s+([a-z]+\/[a-z0-9-]+)\s*:\s*(.*?)\s*(?:\*\/|-->)?\s*$/;
function collectSuppressions(text, facts) {
  if (!text.includes("shipshape-ignore")) return;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]);
    if (!m) continue;
    const parsed = WITH_REASON.exec(m[1]);
    if (!parsed || parsed[2].length === 0) {
      facts.problems.push({ kind: "notice", line: i + 1, message: "shipshape-ignore needs a rule id and a reason: `shipshape-ignore <rule-id>: <reason>`; this one is not applied" });
      continue;
    }
    facts.suppressions.push({ ruleId: parsed[1], reason: parsed[2], line: i + 1 });
  }
}

// src/extract/text/documents.ts
var PROSE = /\.(?:md|mdx|markdown|txt|rst|html?)$/i;
var documentsExtractor = {
  id: "documents",
  accepts: (path) => PROSE.test(path),
  extract(path, text, facts) {
    const doc = { path, headings: [], lines: 0 };
    const lines = text.split("\n");
    doc.lines = lines.length;
    const html = /\.html?$/i.test(path);
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) continue;
      const md = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      if (md && !html) {
        doc.headings.push({ level: md[1].length, text: md[2], line: i + 1 });
        continue;
      }
      const h = /<h([1-6])[^>]*>(.*?)<\/h\1>/i.exec(line);
      if (h) doc.headings.push({ level: Number(h[1]), text: h[2].replace(/<[^>]+>/g, "").trim(), line: i + 1 });
      if (!html && i > 0 && /^(={3,}|-{3,}|~{3,})\s*$/.test(line) && /\S/.test(lines[i - 1]) && path.endsWith(".rst")) {
        doc.headings.push({ level: line.startsWith("=") ? 1 : 2, text: lines[i - 1].trim(), line: i });
      }
    }
    facts.documents.push(doc);
  }
};

// src/extract/text/env-declarations.ts
var DOTENV = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
var envDeclarationsExtractor = {
  id: "env-declarations",
  accepts: (path) => DOTENV.test(path),
  extract(path, text, facts) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(lines[i]);
      if (m) facts.envDeclarations.push({ name: m[1], location: { path, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: lines[i].length + 1 } });
    }
  }
};

// src/extract/text/prisma-schema.ts
var prismaSchemaExtractor = {
  id: "prisma-schema",
  accepts: (path) => path.endsWith(".prisma"),
  extract(path, text, facts) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*model\s+(\w+)\s*\{/.exec(lines[i]);
      if (!m) continue;
      const fields = [];
      let j = i + 1;
      for (; j < lines.length && !/^\s*\}/.test(lines[j]); j++) {
        const f = /^\s*(\w+)\s+\w/.exec(lines[j]);
        if (f && !lines[j].trim().startsWith("//")) fields.push(f[1]);
      }
      facts.models.push({
        name: m[1],
        fields,
        orm: "prisma",
        location: { path, startLine: i + 1, endLine: j + 1, startColumn: 1, endColumn: (lines[j] ?? "").length + 1 }
      });
      i = j;
    }
  }
};

// src/extract/index.ts
var SOURCE_EXTRACTORS = [jsStructure, pythonStructure, expressExtractor, fastapiExtractor, sourceSecrets];
var TEXT_EXTRACTORS = [documentsExtractor, prismaSchemaExtractor, envDeclarationsExtractor, textSecrets];
var EXTRACTOR_VERSION = 1;
var QUERIES = /* @__PURE__ */ new Map();
function queriesFor(language) {
  let queries = QUERIES.get(language);
  if (!queries) {
    const all = ["ERROR", CALL_KINDS[language]];
    for (const e of SOURCE_EXTRACTORS) if (e.languages.includes(language)) all.push(...e.kinds);
    queries = new NodeQueries(all);
    QUERIES.set(language, queries);
  }
  return queries;
}
function compilePattern(ruleId, spec) {
  const names = /* @__PURE__ */ new Set();
  for (const m of JSON.stringify([spec.rule, spec.constraints ?? {}, spec.utils ?? {}]).matchAll(/\$\$?\$?([A-Z_][A-Z0-9_]*)/g)) names.add(m[1]);
  return { ruleId, spec, metavariables: [...names].sort() };
}
function extractSource(path, language, text, tree, lines, patterns) {
  const facts = emptyFileFacts(path, language, lines);
  const root = tree.root();
  const file = new SourceFile(path, language, text, root, queriesFor(language));
  const [syntaxError] = file.nodes("ERROR");
  if (syntaxError) {
    const line = syntaxError.range().start.line + 1;
    facts.problems.push({ kind: "error", line, message: `syntax error near line ${line}; facts from this file may be incomplete` });
  }
  for (const extractor of SOURCE_EXTRACTORS) {
    if (!extractor.languages.includes(language)) continue;
    if (extractor.applies && !extractor.applies(text)) continue;
    extractor.extract(file, facts);
  }
  for (const pattern of patterns) {
    if (!pattern.spec.languages.includes(language)) continue;
    const config = { rule: pattern.spec.rule };
    if (pattern.spec.constraints) config.constraints = pattern.spec.constraints;
    if (pattern.spec.utils) config.utils = pattern.spec.utils;
    for (const node of root.findAll(config)) {
      const vars = {};
      for (const name of pattern.metavariables) {
        const single = node.getMatch(name);
        if (single) vars[name] = single.text();
        else {
          const multi = node.getMultipleMatches(name);
          if (multi.length > 0) vars[name] = multi.map((n) => n.text()).join("");
        }
      }
      facts.matches.push({ ruleId: pattern.ruleId, location: file.location(node), vars, anchor: compact(node.text()).slice(0, 400) });
    }
  }
  collectSuppressions(text, facts);
  return facts;
}
function extractTest(path, language, text, lines) {
  const facts = emptyFileFacts(path, language, lines);
  scanKnownFormats(path, text, facts);
  collectSuppressions(text, facts);
  return facts;
}
function extractText(path, text, lines) {
  const facts = emptyFileFacts(path, null, lines);
  for (const extractor of TEXT_EXTRACTORS) if (extractor.accepts(path)) extractor.extract(path, text, facts);
  collectSuppressions(text, facts);
  return facts;
}

// src/core/errors.ts
var ShipshapeError = class extends Error {
  file;
  line;
  key;
  constructor(message, where = {}) {
    super(message);
    this.name = "ShipshapeError";
    this.file = where.file ?? null;
    this.line = where.line ?? null;
    this.key = where.key ?? null;
  }
};
var ConfigError = class extends ShipshapeError {
  problems;
  constructor(problems) {
    const [first] = problems;
    const text = problems.map((p) => `  ${p.message}`).join("\n");
    super(`invalid configuration:
${text}`, { file: first?.file ?? null, line: first?.line ?? null, key: first?.key ?? null });
    this.name = "ConfigError";
    this.problems = problems;
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/core/parse.ts
import { Lang, parseAsync, registerDynamicLanguage } from "@ast-grep/napi";
import python from "@ast-grep/lang-python";
var pythonRegistered = false;
function ensureLanguages() {
  if (pythonRegistered) return;
  registerDynamicLanguage({ python });
  pythonRegistered = true;
}
var NAPI_LANG = {
  typescript: Lang.TypeScript,
  tsx: Lang.Tsx,
  // The TSX grammar is a superset that also reads JSX in .js files.
  javascript: Lang.Tsx,
  python: "python"
};
function napiLanguage(language) {
  ensureLanguages();
  return NAPI_LANG[language];
}
async function parseSource(language, text) {
  ensureLanguages();
  return parseAsync(NAPI_LANG[language], text);
}

export {
  __require,
  __commonJS,
  __toESM,
  EXTRACTOR_VERSION,
  compilePattern,
  extractSource,
  extractTest,
  extractText,
  ShipshapeError,
  ConfigError,
  errorMessage,
  napiLanguage,
  parseSource
};
