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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines2 = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines2.push(`%TAG ${handle} ${prefix}`);
        }
        return lines2.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value3, arg, ctx) {
      if (Array.isArray(value3))
        return value3.map((v, i) => toJS(v, String(i), ctx));
      if (value3 && typeof value3.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value3))
          return value3.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value3, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value3.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value3 === "bigint" && !ctx?.keep)
        return Number(value3);
      return value3;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value3) => !value3 || typeof value3 !== "function" && typeof value3 !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value3) {
        super(identity.SCALAR);
        this.value = value3;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value3, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value3) && !t.format);
    }
    function createNode(value3, tagName, ctx) {
      if (identity.isDocument(value3))
        value3 = value3.contents;
      if (identity.isNode(value3))
        return value3;
      if (identity.isPair(value3)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value3);
        return map;
      }
      if (value3 instanceof String || value3 instanceof Number || value3 instanceof Boolean || typeof BigInt !== "undefined" && value3 instanceof BigInt) {
        value3 = value3.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value3 && typeof value3 === "object") {
        ref = sourceObjects.get(value3);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value3));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value3, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value3, tagName, schema.tags);
      if (!tagObj) {
        if (value3 && typeof value3.toJSON === "function") {
          value3 = value3.toJSON();
        }
        if (!value3 || typeof value3 !== "object") {
          const node2 = new Scalar.Scalar(value3);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value3 instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value3) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value3, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value3, ctx) : new Scalar.Scalar(value3);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value3) {
      let v = value3;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value3) {
        if (isEmptyPath(path2))
          this.add(value3);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value3);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value3));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value3) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value3);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value3);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value3));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value3, ctx) {
      const json = JSON.stringify(value3);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value3) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value3, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value3.includes("\n") || /[ \t]\n|\n[ \t]/.test(value3))
        return doubleQuotedString(value3, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value3) ? "  " : "");
      const res = "'" + value3.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value3, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value3.includes('"');
        const hasSingle = value3.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value3, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value: value3 }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value3)) {
        return quotedString(value3, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value3) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value3, lineWidth, indent.length);
      if (!value3)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value3.length; endStart > 0; --endStart) {
        const ch = value3[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value3.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value3 === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value3 = value3.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value3.length; ++startEnd) {
        const ch = value3[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value3.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value3 = value3.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value3.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value3 = value3.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value3}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value: value3 } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value3.includes("\n") || inFlow && /[[\]{},]/.test(value3)) {
        return quotedString(value3, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value3)) {
        return implicitKey || inFlow || !value3.includes("\n") ? quotedString(value3, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value3.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value3)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value3, ctx);
        }
      }
      const str = value3.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value3, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value: value3 }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value3 == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value3 == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value3 == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value3)) {
        vsb = !!value3.spaceBefore;
        vcb = value3.commentBefore;
        valueComment = value3.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value3 && typeof value3 === "object")
          value3 = doc.createNode(value3);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value3))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value3) && !value3.flow && !value3.tag && !value3.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value3, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value3)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value3.flow ?? value3.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value3) => value3 === MERGE_KEY || typeof value3 === "symbol" && value3.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value3) {
      const source = resolveAliasValue(ctx, value3);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value3) {
      const source = resolveAliasValue(ctx, value3);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value4] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value4);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value4,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value3) {
      return ctx && identity.isAlias(value3) ? value3.resolve(ctx.doc, ctx) : value3;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value: value3 }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value3);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value3);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value3, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value3, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value3, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value3, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value3 = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value3;
      }
      clone(schema) {
        let { key, value: value3 } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value3))
          value3 = value3.clone(schema);
        return new _Pair(key, value3);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines2 = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines2.push(blockItemPrefix + str2);
      }
      let str;
      if (lines2.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines2[0];
        for (let i = 1; i < lines2.length; ++i) {
          const line = lines2[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines2 = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines2.push("");
          addCommentBefore(ctx, lines2, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines2.push("");
            addCommentBefore(ctx, lines2, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines2.length > linesAtValue || str.includes("\n"));
        if (i < items2.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines2.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines2.push(str);
        linesAtValue = lines2.length;
      }
      const { start, end } = flowChars;
      if (lines2.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines2.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines2)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines2.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines2, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines2.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value3) => {
          if (typeof replacer === "function")
            value3 = replacer.call(obj, key, value3);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value3 !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value3, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value3] of obj)
            add(key, value3);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value3) {
        this.add(new Pair.Pair(key, value3), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value3) {
        this.items.push(value3);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value3) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value3))
          prev.value = value3;
        else
          this.items[idx] = value3;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value3) => typeof value3 === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value3) => value3 == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value3) => typeof value3 === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value: value3 }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value3 === sv)
            return source;
        }
        return value3 ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value: value3 }) {
      if (typeof value3 === "bigint")
        return String(value3);
      const num = typeof value3 === "number" ? value3 : Number(value3);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value3, -0) ? "-0" : JSON.stringify(value3);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value3) => typeof value3 === "bigint" || Number.isInteger(value3);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value: value3 } = node;
      if (intIdentify(value3) && value3 >= 0)
        return prefix + value3.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value3) => intIdentify(value3) && value3 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value3) => intIdentify(value3) && value3 >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value3) {
      return typeof value3 === "bigint" || Number.isInteger(value3);
    }
    var stringifyJSON = ({ value: value3 }) => JSON.stringify(value3);
    var jsonScalars = [
      {
        identify: (value3) => typeof value3 === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value3) => value3 == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value3) => typeof value3 === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value: value3 }) => intIdentify(value3) ? value3.toString() : JSON.stringify(value3)
      },
      {
        identify: (value3) => typeof value3 === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value3) => value3 instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value: value3 }, ctx, onComment, onChompKeep) {
        if (!value3)
          return "";
        const buf = value3;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines2 = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines2[i] = str.substr(o, lineWidth);
          }
          str = lines2.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs4 = new YAMLSeq.YAMLSeq(schema);
      pairs4.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value3;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value3 = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value3 = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs4.items.push(Pair.createPair(key, value3, ctx));
        }
      return pairs4;
    }
    var pairs3 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs3;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs3 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value3;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value3 = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value3);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs3.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value3) => value3 instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs3.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value: value3, source }, ctx) {
      const boolObj = value3 ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value3 ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value3) => value3 === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value3) => value3 === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value3) => typeof value3 === "bigint" || Number.isInteger(value3);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value: value3 } = node;
      if (intIdentify(value3)) {
        const str = value3.toString(radix);
        return value3 < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value3) {
        if (typeof value3 !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value3}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value3) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value3) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value3 of iterable) {
            if (typeof replacer === "function")
              value3 = replacer.call(iterable, value3, value3);
            set2.items.push(Pair.createPair(value3, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value3) => value3 instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value: value3 } = node;
      let num = (n) => n;
      if (typeof value3 === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value3) || !isFinite(value3))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value3 < 0) {
        sign = "-";
        value3 *= num(-1);
      }
      const _60 = num(60);
      const parts = [value3 % _60];
      if (value3 < 60) {
        parts.unshift(0);
      } else {
        value3 = (value3 - parts[0]) / _60;
        parts.unshift(value3 % _60);
        if (value3 >= 60) {
          value3 = (value3 - parts[0]) / _60;
          parts.unshift(value3);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value3) => typeof value3 === "bigint" || Number.isInteger(value3),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value3) => typeof value3 === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value3) => value3 instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value: value3 }) => value3?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs3 = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs3.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs3 = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs3.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs3.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines2 = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines2.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines2.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines2.length !== 1)
          lines2.unshift("");
        const cs = commentString(doc.commentBefore);
        lines2.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines2.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines2.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines2[lines2.length - 1] === "---") {
          lines2[lines2.length - 1] = `--- ${body}`;
        } else
          lines2.push(body);
      } else {
        lines2.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines2.push("...");
            lines2.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines2.push(`... ${cs}`);
          }
        } else {
          lines2.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines2[lines2.length - 1] !== "")
            lines2.push("");
          lines2.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines2.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value3, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value3 === void 0 ? null : this.createNode(value3, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value3) {
        if (assertCollection(this.contents))
          this.contents.add(value3);
      }
      /** Adds a value to the document. */
      addIn(path2, value3) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value3);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value3, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value3 = replacer.call({ "": value3 }, "", value3);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value3, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value3, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value3, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value3) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value3);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value3);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value3) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value3;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value3);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value3);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value: value3 } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value3,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value3?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value3 ? composeNode(ctx, value3, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value3, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value: value3 } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value3,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value3) {
            if (value3?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value3 ? composeNode(ctx, value3, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value3, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value: value3 } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value3) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value3 ? composeNode(ctx, value3, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value3))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value3,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value3) {
            if ("source" in value3 && value3.source?.[0] === ":")
              onError(value3, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value3 ? composeNode(ctx, value3, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value3))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines2 = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines2.length;
      for (let i = lines2.length - 1; i >= 0; --i) {
        const content = lines2[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value4 = header.chomp === "+" && lines2.length > 0 ? "\n".repeat(Math.max(1, lines2.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value4, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines2[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines2.length - 1; i >= chompStart; --i) {
        if (lines2[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value3 = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value3 += lines2[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines2[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value3 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value3 += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value3 += "\n";
          else
            sep = "\n";
        } else {
          value3 += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines2.length; ++i)
            value3 += "\n" + lines2[i][0].slice(trimIndent);
          if (value3[value3.length - 1] !== "\n")
            value3 += "\n";
          break;
        default:
          value3 += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value: value3, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines2 = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines2.push([split[i], split[i + 1]]);
      return lines2;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value3;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value3 = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value3 = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value3 = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value: value3,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value: value3, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value3, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value3, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value3, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value3);
      }
      scalar.range = range;
      scalar.source = value3;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value3, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value3))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value3, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value3)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value3)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value: value3, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value3 ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value3 && (value3.type === "block-map" || value3.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value3 ? composeNode.composeNode(ctx, value3, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value3, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value: value3 }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value3, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value: value3 }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value: value3 }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value3)
        res += stringifyToken(value3);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value3, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value3 === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value3) && !_replacer)
        return value3.toString(options);
      return new Document.Document(value3, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

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
async function parseSource(language, text2) {
  ensureLanguages();
  return parseAsync(NAPI_LANG[language], text2);
}

// src/extract/index.ts
import { kind } from "@ast-grep/napi";

// src/core/facts.ts
function emptyFileFacts(path2, language, lines2) {
  return {
    path: path2,
    language,
    lines: lines2,
    routes: [],
    mounts: [],
    functions: [],
    imports: [],
    moduleBody: { calls: [], dataOps: [] },
    envReads: [],
    envDeclarations: [],
    secrets: [],
    cookies: [],
    cors: [],
    models: [],
    formClasses: [],
    matches: [],
    documents: [],
    privacyClaims: [],
    scheduledJobs: [],
    jobHandlers: [],
    fieldWrites: [],
    suppressions: [],
    problems: [],
    errorTrackers: [],
    alertSinks: [],
    errorPaths: [],
    rateLimiters: [],
    uptimeMonitors: [],
    backups: [],
    ciWorkflows: [],
    scripts: [],
    packages: [],
    dependencyUpdates: []
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
var PRISMA_CLIENT = /^(?:this\.)?(?:prisma|db|tx|client|ctx\.prisma|ctx\.db|prismaClient|database|(?:ctx\.)?db\.query|tx\.query)$/i;
var MODEL_METHODS = {
  destroy: "delete",
  deleteOne: "delete",
  deleteMany: "delete",
  findByIdAndDelete: "delete",
  findOneAndDelete: "delete",
  findByIdAndRemove: "delete",
  findOneAndRemove: "delete",
  remove: "delete",
  softDelete: "update",
  findByIdAndUpdate: "update",
  findOneAndUpdate: "update",
  updateOne: "update",
  updateMany: "update",
  bulkWrite: "update",
  update: "update",
  upsert: "update",
  replaceOne: "update",
  insertMany: "create",
  insert: "create",
  bulkCreate: "create",
  create: "create",
  save: "update",
  findById: "read",
  findOne: "read",
  findByPk: "read",
  findAll: "read",
  findOneBy: "read",
  findBy: "read",
  find: "read"
};
var NOT_MODELS = /^(?:Object|Array|Promise|Math|JSON|Date|Reflect|Symbol|Buffer|Intl|Number|String|Boolean|Error|Map|Set|WeakMap|WeakSet|URL|URLSearchParams|Response|Request|Headers|NextResponse|React|Atomics|Proxy|BigInt|Stripe|Sentry|z)$/;
var REPOSITORY_METHODS = {
  save: "update",
  insert: "create",
  update: "update",
  upsert: "update",
  delete: "delete",
  remove: "delete",
  softDelete: "update",
  softRemove: "update",
  findOne: "read",
  findOneBy: "read",
  findBy: "read",
  find: "read",
  findOneOrFail: "read",
  findOneByOrFail: "read",
  findAndCount: "read"
};
var ENTITY_MANAGER = /^(?:this\.)?(?:(?:\w+\.)*manager|\w*(?:Manager|EntityManager)|em|tx|trx)$/;
var REPOSITORY_RECEIVER = /^(?:this\.)?([A-Za-z_]\w*?)(?:Repository|Repo|repository|repo)$/;
function repositoryNameGuess(name) {
  return REPOSITORY_RECEIVER.exec(name.replace(/^(?:get|use)(?=[A-Z])/, ""))?.[1] || null;
}
var TYPEORM_TYPE = /^(?:Repository|MongoRepository|TreeRepository)<([A-Za-z_$][\w$]*)>$/;
var MONGOOSE_TYPE = /^(?:Model|SoftDeleteModel|PaginateModel)<([A-Za-z_$][\w$]*?)(?:Document|Doc)?>$/;
var INJECT_REPOSITORY = /^InjectRepository\(([A-Za-z_$][\w$]*)/;
var INJECT_MODEL = /^InjectModel\((?:([A-Za-z_$][\w$]*)(?:\.name)?|['"]([A-Za-z_$][\w$]*)['"])/;
function repositoryOfField(type, decorators2) {
  for (const d of decorators2) {
    const repo = INJECT_REPOSITORY.exec(d);
    if (repo) return { model: repo[1], orm: "typeorm" };
    const model = INJECT_MODEL.exec(d);
    if (model) return { model: model[1] ?? model[2], orm: "model" };
  }
  const typeorm = type ? TYPEORM_TYPE.exec(type) : null;
  if (typeorm) return { model: typeorm[1], orm: "typeorm" };
  const mongoose = type ? MONGOOSE_TYPE.exec(type) : null;
  if (mongoose) return { model: mongoose[1], orm: "model" };
  return null;
}
function classifyInjectedRepository(call, method, repository, leaves) {
  const args = argumentNodes(call);
  if (repository.orm === "typeorm") {
    const base = REPOSITORY_METHODS[method];
    if (!base) return null;
    const op2 = method === "save" ? saveOperation(args[0]) : base;
    return { op: op2, model: repository.model, via: "typeorm", ...modelArguments(method, op2, args, leaves) };
  }
  const op = MODEL_METHODS[method];
  if (!op) return null;
  return { op, model: repository.model, via: "orm", ...modelArguments(method, op, args, leaves) };
}
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
var KNEX_TERMINALS = { del: "delete", delete: "delete", update: "update", insert: "create", first: "read" };
var KNEX_ROOT = /^(?:knex|db|trx|k|this\.knex|this\.db)$/;
var FILTER_KEYS = /* @__PURE__ */ new Set(["where", "filter", "criteria"]);
var VALUE_KEYS = /* @__PURE__ */ new Set(["data", "create", "update", "values", "$set", "set"]);
var FILTER_CALLS = /^(?:where|andWhere|orWhere|whereIn|filter|filter_by|exclude|get)$/;
var VALUE_CALLS = /^(?:set|values)$/;
var JS_DATA_METHODS = /* @__PURE__ */ new Set([...Object.keys(PRISMA_METHODS), ...Object.keys(MODEL_METHODS), ...Object.keys(REPOSITORY_METHODS), ...Object.keys(KNEX_TERMINALS), "from"]);
var PY_DATA_METHODS = /* @__PURE__ */ new Set([...Object.keys(DJANGO_METHODS), "add", "add_all", "merge", "delete", "update"]);
function mightBeDataCall(callee, language) {
  const method = callee.slice(callee.lastIndexOf(".") + 1);
  return language === "python" ? PY_DATA_METHODS.has(method) : JS_DATA_METHODS.has(method);
}
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
  if (parts.length >= 3 && !callee.includes("(")) {
    const client = parts.slice(0, -2).join(".");
    const op = PRISMA_METHODS[method];
    if (op && PRISMA_CLIENT.test(client)) return { op, model: parts[parts.length - 2], via: client.endsWith(".query") ? "drizzle" : "prisma" };
  }
  if (parts.length === 2) {
    const [receiver] = parts;
    const op = MODEL_METHODS[method];
    if (op && /^[A-Z][A-Za-z0-9]*$/.test(receiver) && !NOT_MODELS.test(receiver)) return { op, model: receiver, via: "orm" };
    if (/^(?:db|knex|trx)$/.test(receiver) && (method === "delete" || method === "insert" || method === "update")) {
      return { op: method === "insert" ? "create" : method, model: null, via: "query-builder" };
    }
  }
  return null;
}
function classifyDataNode(call, callee, language, leaves) {
  const fn = call.field("function");
  const args = argumentNodes(call);
  if (language === "python") {
    const found = classifyDataCall(callee, language);
    if (!found) return null;
    const filter = [];
    const values = [];
    for (const a of args) if (found.op === "create") write(a, values, leaves);
    else leaves(a, filter);
    for (const link of chainBelow(fn)) if (FILTER_CALLS.test(link.method)) for (const a of link.args) leaves(a, filter);
    return { ...found, filter, values };
  }
  if (!fn || fn.kind() !== "member_expression") return null;
  const method = fn.field("property")?.text() ?? "";
  const object = fn.field("object");
  const simple = !callee.includes("(");
  if (simple) {
    const found = classifyDataCall(callee, language);
    if (found?.via === "prisma" && method === "upsert" && emptyUpdate(args[0])) return { ...found, op: "create", ...prismaArguments(args[0], leaves) };
    if (found?.via === "prisma" || found?.via === "drizzle" && callee.includes(".query.")) return { ...found, ...prismaArguments(args[0], leaves) };
    if (found?.via === "orm") return { ...found, ...modelArguments(method, found.op, args, leaves) };
    const repo = REPOSITORY_RECEIVER.exec(callee.slice(0, callee.length - method.length - 1));
    if (repo && REPOSITORY_METHODS[method]) {
      const op = method === "save" ? saveOperation(args[0]) : REPOSITORY_METHODS[method];
      return { op, model: repo[1] || null, via: "typeorm", ...modelArguments(method, op, args, leaves) };
    }
    const entity = args[0];
    if (ENTITY_MANAGER.test(object?.text() ?? "") && REPOSITORY_METHODS[method] && entity?.kind() === "identifier" && /^[A-Z]/.test(entity.text()) && !NOT_MODELS.test(entity.text()) && (args.length >= 2 || REPOSITORY_METHODS[method] === "read")) {
      const rest = args.slice(1);
      const op = method === "save" ? saveOperation(rest[0]) : REPOSITORY_METHODS[method];
      return { op, model: entity.text(), via: "typeorm", ...modelArguments(method, op, rest, leaves) };
    }
    if (/^(?:this\.)?(?:db|tx|trx|database|ctx\.db)$/.test(object?.text() ?? "") && (method === "insert" || method === "update" || method === "delete")) {
      const table = args[0];
      const op = method === "insert" ? "create" : method;
      if (table && (table.kind() === "identifier" || table.kind() === "member_expression")) {
        const { filter, values } = chainAbove(call, leaves);
        return { op, model: table.text(), via: "drizzle", filter, values };
      }
      if (found) return { ...found, filter: [], values: [] };
    }
    return found ? { ...found, filter: [], values: [] } : null;
  }
  const links = chainBelow(fn);
  const root = links[links.length - 1];
  if (root && /(?:^|\.)getRepository$/.test(root.callee) && links.length === 1 && REPOSITORY_METHODS[method]) {
    const op = method === "save" ? saveOperation(args[0]) : REPOSITORY_METHODS[method];
    return { op, model: root.args[0]?.text() ?? null, via: "typeorm", ...modelArguments(method, op, args, leaves) };
  }
  if (method === "from" && links.some((l) => /^(?:this\.)?(?:db|tx|database|ctx\.db)\.select$/.test(l.callee))) {
    const { filter } = chainAbove(call, leaves);
    return { op: "read", model: args[0]?.text() ?? null, via: "drizzle", filter, values: [] };
  }
  const terminal = KNEX_TERMINALS[method];
  if (terminal && root && KNEX_ROOT.test(root.callee) && root.args[0]?.kind() === "string") {
    const filter = [];
    const values = [];
    for (const link of links) if (FILTER_CALLS.test(link.method)) for (const a of link.args) leaves(a, filter);
    if (terminal !== "delete" && terminal !== "read") for (const a of args) write(a, values, leaves);
    return { op: terminal, model: stringValue(root.args[0]), via: "knex", filter, values };
  }
  return null;
}
function classifySql(callee, firstString2) {
  if (!SQL_CALLEES.test(callee)) return null;
  const m = SQL.exec(firstString2);
  if (!m) return null;
  const verb = m[1].toLowerCase();
  const op = verb.startsWith("insert") ? "create" : verb.startsWith("update") ? "update" : verb.startsWith("delete") ? "delete" : "read";
  return { op, model: m[2], via: "sql" };
}
var SQL = /^\s*(insert\s+into|update|delete\s+from|select\b[\s\S]*?\bfrom)\s+["`[]?([A-Za-z_][\w.]*)/i;
var SQL_CALLEES = /(?:^|\.)(?:query|execute|exec|run|all|\$executeRaw|\$executeRawUnsafe|\$queryRaw|\$queryRawUnsafe|raw|sql|text)$/;
function sqlParameters(call, leaves) {
  const out = [];
  const args = call.field("arguments");
  if (args?.kind() === "template_string") {
    for (const sub of args.children()) if (sub.kind() === "template_substitution") leaves(sub, out);
    return out;
  }
  const list = argumentNodes(call);
  const first = list[0];
  if (first?.kind() === "template_string") {
    for (const sub of first.children()) if (sub.kind() === "template_substitution") leaves(sub, out);
  }
  for (const a of list.slice(1)) leaves(a, out);
  return out;
}
function saveOperation(arg) {
  const built = builtEntity(arg);
  if (built) return saveOperation(built);
  return arg?.kind() === "object" && !objectEntries(arg).some(([k]) => k === "id") ? "create" : "update";
}
function builtEntity(arg) {
  if (arg?.kind() !== "call_expression") return null;
  const fn = arg.field("function");
  if (fn?.kind() !== "member_expression" || fn.field("property")?.text() !== "create") return null;
  let first = argumentNodes(arg)[0];
  while (first && (first.kind() === "as_expression" || first.kind() === "satisfies_expression" || first.kind() === "parenthesized_expression")) first = first.namedChildren()[0];
  return first?.kind() === "object" ? first : null;
}
function emptyUpdate(arg) {
  if (arg?.kind() !== "object") return false;
  const update = objectEntries(arg).find(([k]) => k === "update")?.[1];
  return update?.kind() === "object" && update.namedChildren().filter((c) => c.kind() !== "comment").length === 0;
}
function prismaArguments(arg, leaves) {
  const filter = [];
  const values = [];
  if (arg?.kind() !== "object") return { filter, values };
  for (const [key, value3] of objectEntries(arg)) {
    if (FILTER_KEYS.has(key)) leaves(value3, filter);
    else if (VALUE_KEYS.has(key)) write(value3, values, leaves);
  }
  return { filter, values };
}
function modelArguments(method, op, args, leaves) {
  const filter = [];
  const values = [];
  if (op === "create" || method === "save" || method === "bulkCreate" || method === "insertMany") {
    for (const a of args) write(a, values, leaves);
    return { filter, values };
  }
  const withWhere = args.find((a) => a.kind() === "object" && objectEntries(a).some(([k]) => FILTER_KEYS.has(k)));
  if (withWhere) {
    for (const [key, value3] of objectEntries(withWhere)) if (FILTER_KEYS.has(key)) leaves(value3, filter);
    for (const a of args) if (a !== withWhere) write(a, values, leaves);
    return { filter, values };
  }
  leaves(args[0], filter);
  for (const a of args.slice(1)) write(a, values, leaves);
  return { filter, values };
}
function chainBelow(fn) {
  const links = [];
  let node = fn?.field("object") ?? fn?.field("function") ?? null;
  for (let hops = 0; node && hops < 12; hops++) {
    if (node.kind() === "call_expression" || node.kind() === "call") {
      const inner = node.field("function");
      const args = argumentNodes(node);
      const method = inner && (inner.kind() === "member_expression" || inner.kind() === "attribute") ? (inner.field("property") ?? inner.field("attribute"))?.text() ?? "" : inner?.text() ?? "";
      links.push({ method, callee: inner?.text().replace(/\s+/g, "") ?? "", args });
      node = inner && (inner.kind() === "member_expression" || inner.kind() === "attribute") ? inner.field("object") : null;
    } else if (node.kind() === "member_expression" || node.kind() === "attribute") {
      node = node.field("object");
    } else if (node.kind() === "await_expression" || node.kind() === "parenthesized_expression") {
      node = node.children().find((c) => c.isNamed()) ?? null;
    } else break;
  }
  return links;
}
function chainAbove(call, leaves) {
  const filter = [];
  const values = [];
  let node = call;
  for (let hops = 0; hops < 12; hops++) {
    const member = node.parent();
    if (!member || member.kind() !== "member_expression") break;
    const next = member.parent();
    if (!next || next.kind() !== "call_expression") break;
    const method = member.field("property")?.text() ?? "";
    const args = argumentNodes(next);
    if (FILTER_CALLS.test(method)) for (const a of args) leaves(a, filter);
    else if (VALUE_CALLS.test(method)) for (const a of args) write(a, values, leaves);
    node = next;
  }
  return { filter, values };
}
function write(node, values, leaves) {
  if (!node) return;
  const built = builtEntity(node);
  if (built) node = built;
  leaves(node, values);
  if (node.kind() === "object" || node.kind() === "dictionary") {
    for (const [key] of objectEntries(node)) if (!values.includes(`.${key}`) && values.length < 40) values.push(`.${key}`);
  }
  if (node.kind() === "keyword_argument") {
    const key = node.field("name")?.text();
    if (key && !values.includes(`.${key}`)) values.push(`.${key}`);
  }
}
function argumentNodes(call) {
  const args = call.field("arguments");
  if (!args || args.kind() === "template_string") return [];
  return args.namedChildren().filter((c) => c.kind() !== "comment");
}
function objectEntries(object) {
  const out = [];
  for (const child of object.namedChildren()) {
    if (child.kind() === "pair") {
      const key = child.field("key");
      const value3 = child.field("value");
      if (key && value3) out.push([stringValue(key), value3]);
    } else if (child.kind() === "shorthand_property_identifier") {
      out.push([child.text(), child]);
    }
  }
  return out;
}
function stringValue(node) {
  return node.text().replace(/^['"`]|['"`]$/g, "");
}

// src/extract/python/orm.ts
var MANAGERS = /* @__PURE__ */ new Set(["objects", "all_objects", "_default_manager", "_base_manager"]);
var DJANGO_WRITES = {
  create: "create",
  acreate: "create",
  get_or_create: "create",
  aget_or_create: "create",
  bulk_create: "create",
  abulk_create: "create",
  update_or_create: "update",
  aupdate_or_create: "update",
  update: "update",
  aupdate: "update",
  bulk_update: "update",
  abulk_update: "update",
  delete: "delete",
  adelete: "delete"
};
var CREATED_BY = /* @__PURE__ */ new Set(["create", "acreate", "get_or_create", "aget_or_create"]);
var ROW_RESULTS = /* @__PURE__ */ new Set([
  "get",
  "aget",
  "first",
  "afirst",
  "last",
  "alast",
  "latest",
  "earliest",
  "create",
  "acreate",
  "get_or_create",
  "aget_or_create",
  "update_or_create",
  "aupdate_or_create",
  "one",
  "one_or_none",
  "scalar",
  "scalar_one",
  "scalar_one_or_none",
  "get_or_404",
  "first_or_404",
  "one_or_404"
]);
var QUERY_WRITES = { delete: "delete", update: "update" };
var RELATED_WRITES = { add: "create", create: "create", remove: "delete", clear: "delete", set: "update" };
var SESSION_RECEIVER = /^(?:self\.)?(?:db|session|db_session|dbsession|sess|database|async_session|tx|uow\.session|db\.session)$/;
var EXECUTE = /* @__PURE__ */ new Set(["execute", "exec", "scalars", "scalar", "exec_driver_sql", "executemany", "first_or_404", "one_or_404"]);
var BUILDERS = { select: "read", delete: "delete", update: "update", insert: "create" };
var SHORTCUTS = /* @__PURE__ */ new Set(["get_object_or_404", "get_list_or_404", "aget_object_or_404", "aget_list_or_404"]);
var QUERY_CALLEE = /\.(?:objects|all_objects|_default_manager|_base_manager|query)\b|query\(|^(?:self|super\(\))\.get_queryset\(\)\./;
var STATEMENT_CALLEE = /(?:^|\.)(?:execute|exec|scalars?|exec_driver_sql|executemany|first_or_404|one_or_404)(?:\(|$)/;
var ROW_METHODS = /* @__PURE__ */ new Set(["delete", "adelete", "save", "asave", "update", "add", "create", "remove", "clear", "set"]);
var TUPLE_ATTRIBUTE_ASSIGNMENT = { kind: "assignment", has: { field: "left", any: [{ kind: "pattern_list" }, { kind: "tuple_pattern" }], has: { kind: "attribute" } } };
function attributeTargets(assignment) {
  const left = assignment.field("left");
  if (!left) return [];
  if (left.kind() === "attribute") return [left];
  return left.kind() === "pattern_list" || left.kind() === "tuple_pattern" ? left.namedChildren().filter((c) => c.kind() === "attribute") : [];
}
var LOADER_NAME = /^_*(?:get|load|fetch|find|lookup|retrieve|require|ensure|one)(?:_|$)/;
var SESSION_METHODS = /* @__PURE__ */ new Set(["add", "add_all", "merge", "delete", "get", "get_or_404", "bulk_save_objects", "bulk_insert_mappings", "bulk_update_mappings", "commit", "acommit"]);
var SQL_CALLEE = /(?:^|\.)(?:execute|executemany|exec|raw|text|query|run)$/;
var SQL_CLOCK_FILTER = /\bwhere\b[\s\S]*(?:\bnow\s*\(\s*\)|\bcurrent_(?:timestamp|date)\b|\blocaltimestamp\b|\bgetdate\s*\(|\bsysdate\b|\bdatetime\s*\(\s*'now')/i;
var SQL_HELPER = /(?:^|\.)(?:fetch_?(?:one|all|val|value|row|rows|first|scalar|many)|query_?(?:one|all|db|first|scalar|rows?)|select_?(?:one|all)|(?:execute|exec|run)_?(?:sql|query|statement))$/i;
var SQL_TEXT = /^(?:\w+\.)*text$/;
var PUBLISHED_FLAG = /^(?:is_)?(?:published|public|publicly_visible|listed|live)$/;
var STATE_FIELD = /^(?:status|state|visibility|stage)$/;
var PUBLISHED_STATE = /^(?:open|published|public|live|listed)$/i;
function publishedFilter(args) {
  return args.some((a) => {
    if (a.kind() !== "keyword_argument") return false;
    const name = a.field("name")?.text() ?? "";
    const value3 = compact(a.field("value")?.text() ?? "");
    if (PUBLISHED_FLAG.test(name)) return value3 === "True";
    if (!STATE_FIELD.test(name)) return false;
    const last = unquote(value3.slice(value3.lastIndexOf(".") + 1));
    return PUBLISHED_STATE.test(last);
  });
}
var FILTER_STEPS = /* @__PURE__ */ new Set(["filter", "filter_by", "where", "get", "aget", "get_or_404", "get_or_create", "aget_or_create", "update_or_create", "aupdate_or_create"]);
var VALUE_STEPS = /* @__PURE__ */ new Set(["values", "create", "acreate", "update", "aupdate", "bulk_create", "bulk_update"]);
var LITERALS = /* @__PURE__ */ new Set(["None", "True", "False", "self", "cls"]);
var MAX_LEAVES = 32;
var CALLER_TEXT = /\b(?:request\.(?:user|auth|tenant|organization|org)|current_user|current_tenant|current_org(?:anization)?|g\.(?:user|current_user|tenant|org|organization)|info\.context\.user|request\.state\.(?:user|tenant))\b/;
var CALLER_PARAM = /^(?:current_|active_|auth_|authenticated_|logged_in_|request_|acting_)?(?:user|account|member|principal|actor|identity|tenant|org|organization|membership|me|superuser|admin)$/;
var CALLER_TYPE = /^(?:Current|Active|Auth|Authenticated|Admin|Superuser|LoggedIn)\w*$/;
var CALLER_DEPENDENCY = /user|auth|tenant|principal|member|account|identity|token|current|admin|superuser|login/i;
var INJECTED = /\b(?:Depends|Security)\s*\(/;
var SESSION_PARAM = /Session|\bDb\b|DbDep|DBDep|get_db\b|get_session\b/;
var NOT_INPUT = /* @__PURE__ */ new Set(["self", "cls", "request", "req", "response", "background_tasks", "args", "kwargs"]);
var REQUEST_DATA = /\b(?:request\.(?:data|POST|GET|query_params|json|get_json|args|form|values|view_args|path_params|match_info|body)|self\.kwargs|kwargs)\b/;
var KEY_KEYWORD = /^(?:pk|id|uuid|slug|\w+_(?:id|pk|uuid|slug)|\w+__(?:pk|id|uuid|slug)(?:__in)?|(?:pk|id)__in)$/;
var KEY_COLUMN = /\.(?:\w+_)?(?:id|pk|uuid|slug)$/i;
var FunctionScope = class {
  constructor(fn, module) {
    this.fn = fn;
    this.module = module;
    if (!fn) return;
    for (const p of parameters(fn)) {
      if (NOT_INPUT.has(p.name)) continue;
      const injected = INJECTED.test(p.annotation) || INJECTED.test(p.default);
      if (SESSION_PARAM.test(p.annotation) || SESSION_PARAM.test(p.default) || SESSION_RECEIVER.test(p.name)) this.sessionParams.add(p.name);
      else if (CALLER_PARAM.test(p.name) || CALLER_TYPE.test(p.annotation) || injected && CALLER_DEPENDENCY.test(`${p.annotation} ${p.default}`)) {
        this.callerParams.add(p.name);
        if (!p.annotation && !injected && /member/.test(p.name)) this.memberships.add(p.name);
        if (!injected && /^(?:Organi[sz]ation|Org|Tenant|Workspace|Team|Account)$/.test(typeName(p.annotation))) this.typed.set(p.name, typeName(p.annotation));
      } else if (injected) this.injected.set(p.name, typeName(p.annotation));
      else {
        this.inputParams.add(p.name);
        if (typeName(p.annotation)) this.typed.set(p.name, typeName(p.annotation));
      }
    }
  }
  fn;
  module;
  callerParams = /* @__PURE__ */ new Set();
  sessionParams = /* @__PURE__ */ new Set();
  inputParams = /* @__PURE__ */ new Set();
  /** Parameters filled by a dependency (`project: Project = Depends(get_project)`), with their type. */
  injected = /* @__PURE__ */ new Map();
  /** Other parameters annotated with a class (`case: Case`), with the class: what a service is handed. */
  typed = /* @__PURE__ */ new Map();
  /**
   * Caller-named parameters that hold a membership row, not a user (`def remove_member(membership)`), with no class
   * to say which model: the caller's handler may well pass someone else's membership, and it is no `User` row.
   */
  memberships = /* @__PURE__ */ new Set();
  assignments = null;
  checked = /* @__PURE__ */ new Map();
  tracked = null;
  get name() {
    return this.fn?.field("name")?.text() ?? "";
  }
  /**
   * The value last assigned to `name` before `before` (the first assignment when none precedes it). In
   * `entries = entries.filter(…)` the name on the right is what `entries` held before that assignment.
   */
  origin(name, before) {
    const list = this.assignmentMap().get(name);
    if (!list) return null;
    let found = list[0];
    for (const a of list) if (a.start < before && !(a.valueStart <= before && before < a.valueEnd)) found = a;
    return found;
  }
  /**
   * Whether a text mentions a name that can carry the caller or the request: a parameter or a
   * local. When it mentions none, no identifier in it needs looking at.
   */
  mentionsTracked(text2) {
    if (!this.tracked) {
      const names = [...this.callerParams, ...this.inputParams, ...this.injected.keys(), ...this.assignmentMap().keys()];
      this.tracked = names.length > 0 ? new RegExp(`\\b(?:${names.join("|")})\\b`) : /(?!)/;
    }
    return this.tracked.test(text2);
  }
  assignmentMap() {
    if (this.assignments) return this.assignments;
    const map = /* @__PURE__ */ new Map();
    const add = (target, value3, loop, start) => {
      if (!target || !value3) return;
      const kind2 = target.kind();
      const name = kind2 === "identifier" ? target.text() : kind2 === "pattern_list" || kind2 === "tuple_pattern" ? target.namedChildren().find((c) => c.kind() === "identifier")?.text() : void 0;
      if (!name) return;
      const list = map.get(name) ?? [];
      const range = value3.range();
      list.push({ start, valueStart: range.start.index, valueEnd: range.end.index, value: value3, loop });
      map.set(name, list);
    };
    const nodes = this.fn ? this.fn.findAll({ rule: { any: [{ kind: "assignment" }, { kind: "for_statement" }, { kind: "named_expression" }] } }) : this.module.children().flatMap((s) => s.kind() === "expression_statement" ? s.namedChildren().filter((c) => c.kind() === "assignment") : []);
    for (const node of nodes) {
      const start = node.range().start.index;
      if (node.kind() === "named_expression") add(node.field("name"), node.field("value"), false, start);
      else add(node.field("left"), node.field("right"), node.kind() === "for_statement", start);
    }
    this.assignments = map;
    return map;
  }
  /**
   * The conditions and comparisons that test `name` (the row it loaded) against the caller
   * (`if project.owner != request.user: raise PermissionDenied`): the caller's side of each.
   */
  callerChecks(name, analysis) {
    const known = this.checked.get(name);
    if (known) return known;
    this.checked.set(name, []);
    const found = [];
    if (this.fn) {
      const tests = this.fn.findAll({ rule: { any: [{ kind: "comparison_operator" }, { kind: "if_statement" }, { kind: "elif_clause" }, { kind: "assert_statement" }] } });
      for (const node of tests) {
        const test = node.kind() === "comparison_operator" || node.kind() === "assert_statement" ? node : node.field("condition");
        if (!test || !rootIdentifiers(test).some((id) => id.text() === name) || !analysis.refersToCaller(test, this, 1)) continue;
        if (refusesOwnRow(test, name)) continue;
        const sides = test.kind() === "comparison_operator" ? test.namedChildren().filter((o) => !rootIdentifiers(o).some((id) => id.text() === name)) : [test];
        for (const side of sides) analysis.callerLeaves(side, found, this);
      }
    }
    this.checked.set(name, found);
    return found;
  }
};
var PythonDataAnalysis = class {
  constructor(text2, root) {
    this.root = root;
    this.statementVia = text2.includes("sqlmodel") ? "sqlmodel" : "sqlalchemy";
  }
  root;
  scopes = /* @__PURE__ */ new Map();
  viewClasses = /* @__PURE__ */ new Map();
  /** Answers per node and depth: the same expressions are asked about by several operations. */
  callerMemo = /* @__PURE__ */ new Map();
  requestMemo = /* @__PURE__ */ new Map();
  statementVia;
  functions = null;
  /** The data operation a call performs, or null. `callee` is the call's compacted callee text. */
  classify(node, callee, firstString2) {
    const dot = callee.lastIndexOf(".");
    const last = callee.slice(dot + 1);
    const receiver = dot >= 0 ? callee.slice(0, dot) : "";
    const query = QUERY_CALLEE.test(callee);
    const statement = STATEMENT_CALLEE.test(callee);
    const shortcut = SHORTCUTS.has(last);
    const row = ROW_METHODS.has(last) && dot >= 0;
    const session = SESSION_METHODS.has(last) && (SESSION_RECEIVER.test(receiver) || /^\w+$/.test(receiver)) && !(firstString2 !== null && /get/.test(last));
    const sql = firstString2 !== null && (SQL_CALLEE.test(callee) || SQL_HELPER.test(callee));
    const viewRow = callee === "self.get_object";
    if (!query && !statement && !shortcut && !row && !session && !sql && !viewRow) return null;
    if (continuesChain(node)) return null;
    const chain = chainOf(node);
    const scope = this.scopeOf(node);
    return (query ? this.managerQuery(node, chain, scope) ?? this.sessionQuery(node, chain, scope) : null) ?? (statement ? this.statement(node, chain, scope) : null) ?? (session ? this.sessionMethod(node, chain, scope) : null) ?? (shortcut ? this.shortcut(node, chain, scope) : null) ?? (row ? this.instanceMethod(node, chain, scope) : null) ?? (sql ? this.rawSql(node, callee, firstString2, scope) : null) ?? (viewRow ? this.viewObjectRead(node, scope) : null);
  }
  /**
   * `membership = self.get_object()` in a class-based view: a read of the view's model, by the URL's key within its
   * queryset, bound to the local. Handed on (`services.remove_member(membership)`), the row is still that model's.
   */
  viewObjectRead(node, scope) {
    const bound = boundName(node);
    const view = bound !== null ? this.viewInstance(node, true) : null;
    if (!bound || !view?.model) return null;
    const checks = scope.callerChecks(bound, this);
    return {
      op: "read",
      model: view.model,
      callee: "self.get_object",
      via: view.via,
      filter: union(view.filter, checks),
      values: [],
      scopedToCaller: view.scoped || checks.length > 0,
      keyedByRequestId: true,
      viewObject: true
    };
  }
  /** The model and queryset scoping of a class-based view (its own body; bases are the caller's business). */
  viewClass(classNode) {
    const key = classNode.id();
    const known = this.viewClasses.get(key);
    if (known) return known;
    let model = null;
    let queryset = null;
    let getQueryset = null;
    let getObject = null;
    for (const statement of classNode.field("body")?.namedChildren() ?? []) {
      const assignment = statement.kind() === "expression_statement" ? statement.namedChildren().find((c) => c.kind() === "assignment") : null;
      const left = assignment?.field("left")?.text();
      const right = assignment?.field("right");
      if (left === "model" && right) model = right.text();
      if (left === "queryset" && right) queryset = right;
      const fn = statement.kind() === "decorated_definition" ? statement.field("definition") : statement;
      if (fn?.kind() === "function_definition" && fn.field("name")?.text() === "get_queryset") getQueryset = fn;
      if (fn?.kind() === "function_definition" && fn.field("name")?.text() === "get_object") getObject = fn;
    }
    const source = getQueryset ?? queryset;
    if (!model && source) {
      for (const call of [source, ...source.findAll({ rule: { kind: "call" } })]) {
        const found = call.kind() === "call" ? managerModel(chainOf(call)) : null;
        if (found) {
          model = found;
          break;
        }
      }
    }
    const filter = [];
    let scoped = false;
    if (getQueryset) {
      const body = getQueryset.field("body") ?? getQueryset;
      const scope = this.scopeOf(body);
      scoped = this.refersToCaller(body, scope, 0);
      for (const call of body.findAll({ rule: { kind: "call" } })) {
        const op = this.classify(call, compact(call.field("function")?.text() ?? ""), null);
        if (op) for (const v of op.filter) push(filter, v);
      }
    }
    const returned = getObject ? ownRecordReturned(getObject) : null;
    if (returned) {
      scoped = true;
      push(filter, returned);
    }
    const data = { model, source: source ?? modelAssignment(classNode), scoped, filter };
    this.viewClasses.set(key, data);
    return data;
  }
  /**
   * The values of a handler the client chooses: its parameters that are not the request, the
   * caller, a session or an injected dependency, and the path's `{id}` / `<int:id>` parameters.
   */
  clientParams(fn, path2 = "") {
    const out = [];
    for (const m of path2.matchAll(/\{(\w+)(?::[^}]*)?\}|<(?:\w+:)?(\w+)>/g)) push(out, m[1] ?? m[2]);
    if (fn) for (const name of this.scopeOf(fn.field("body") ?? fn).inputParams) push(out, name);
    return out;
  }
  /** Whether an expression names the caller: `request.user`, `current_user`, an injected user parameter, or a variable assigned from one. */
  refersToCaller(expr, scope, depth) {
    const key = `${expr.id()}:${depth}`;
    let known = this.callerMemo.get(key);
    if (known === void 0) this.callerMemo.set(key, known = this.refersToCallerUncached(expr, scope, depth));
    return known;
  }
  refersToCallerUncached(expr, scope, depth) {
    const text2 = expr.text();
    if (CALLER_TEXT.test(text2)) return true;
    if (!scope.mentionsTracked(text2)) return false;
    for (const id of rootIdentifiers(expr)) {
      const name = id.text();
      if (scope.callerParams.has(name)) return true;
      if (depth < 3) {
        const origin = scope.origin(name, id.range().start.index);
        if (origin && !containsNode(origin.value, id) && this.refersToCaller(origin.value, scope, depth + 1)) return true;
      }
    }
    return false;
  }
  /** The value texts under a node that name the caller. */
  callerLeaves(node, out, scope) {
    const all = [];
    this.leaves(node, all, scope, 0);
    for (const v of all) if (CALLER_TEXT.test(v) || scope.callerParams.has(v.split(/[.([]/)[0])) push(out, v);
  }
  scopeOf(node) {
    let fn = null;
    for (let p = node.parent(); p; p = p.parent()) {
      if (p.kind() === "function_definition") {
        fn = p;
        break;
      }
    }
    const key = fn ? fn.id() : -1;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new FunctionScope(fn, this.root);
      this.scopes.set(key, scope);
    }
    return scope;
  }
  /**
   * The value texts under a node, as the other extractors write them: names, attribute paths,
   * subscripts and short calls, with locals followed to where they were read. Model columns
   * (`Project.owner_id`) and literals are not values. `self.request` is the request.
   */
  leaves(node, out, scope, depth) {
    if (!node || out.length >= MAX_LEAVES) return;
    switch (node.kind()) {
      case "identifier": {
        const name = node.text();
        if (LITERALS.has(name) || /^[A-Z]/.test(name)) return;
        push(out, name);
        this.followLocal(node, out, scope, depth);
        return;
      }
      case "attribute":
      case "subscript": {
        const root = chainOf(node).root;
        if (root.kind() === "identifier" && /^[A-Z]/.test(root.text())) return;
        push(out, requestText(compact(node.text())));
        if (root.kind() === "identifier") this.followLocal(root, out, scope, depth);
        return;
      }
      case "call": {
        const text2 = compact(node.text());
        if (text2.length <= 80) push(out, requestText(text2));
        const fn = node.field("function");
        if (fn?.kind() === "attribute") this.leaves(fn.field("object"), out, scope, depth);
        for (const arg of argumentsOf(node.field("arguments"))) this.leaves(arg, out, scope, depth);
        return;
      }
      case "keyword_argument":
      case "pair":
        this.leaves(node.field("value"), out, scope, depth);
        return;
      case "string":
        for (const part of node.findAll({ rule: { kind: "interpolation" } })) this.leaves(part.namedChildren()[0] ?? null, out, scope, depth);
        return;
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
      case "comment":
      case "lambda":
        return;
      default:
        for (const child of node.namedChildren()) this.leaves(child, out, scope, depth);
    }
  }
  /**
   * The values an argument writes: like `leaves`, with each field named as a `.field` entry
   * first (`update(status="archived")`, `Project(owner=user)`, `.update({"status": s})` →
   * `.status`), so a write of a constant still says which field it sets.
   */
  written(node, out, scope) {
    if (!node) return;
    if (node.kind() === "keyword_argument") {
      push(out, `.${node.field("name")?.text() ?? ""}`);
      this.leaves(node.field("value"), out, scope, 0);
    } else if (node.kind() === "dictionary") {
      for (const pair of node.namedChildren()) {
        if (pair.kind() !== "pair") continue;
        const key = pair.field("key");
        if (key?.kind() === "string") push(out, `.${unquote(key.text())}`);
        this.leaves(pair.field("value"), out, scope, 0);
      }
    } else {
      this.leaves(node, out, scope, 0);
    }
  }
  followLocal(id, out, scope, depth) {
    if (depth >= 2) return;
    const origin = scope.origin(id.text(), id.range().start.index);
    if (!origin || containsNode(origin.value, id)) return;
    const row = this.instanceOf(origin.value, scope, depth + 1);
    if (row?.scoped && row.keyed && !row.created && !row.queryset) {
      const followed = [];
      this.leaves(origin.value, followed, scope, depth + 1);
      for (const v of followed) if (CALLER_TEXT.test(v) || scope.callerParams.has(v.split(/[.([]/)[0])) push(out, v);
      return;
    }
    this.leaves(origin.value, out, scope, depth + 1);
  }
  /** `Model.objects.filter(…).delete()`, `Model.query.filter_by(…).first()`. */
  managerQuery(node, chain, scope) {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args) return null;
    const model = managerModel(chain);
    if (model) return this.op(node, chain, scope, DJANGO_WRITES[last.name] ?? "read", model, "django");
    if (chain.steps.length > 1 && prefixText(chain, 1) === "self.get_queryset()") {
      const view = this.viewInstance(node, false);
      if (!view?.model) return null;
      const draft = this.op(node, chain, scope, DJANGO_WRITES[last.name] ?? "read", view.model, "django", [], 1);
      for (const v of view.filter) push(draft.filter, v);
      return view.scoped ? { ...draft, scopedToCaller: true } : draft;
    }
    if (chain.steps.length > 1 && prefixText(chain, 1) === "super().get_queryset()" && scope.name === "get_queryset") {
      return this.op(node, chain, scope, "read", null, "django", [], 1);
    }
    const legacy = chain.steps.findIndex((s) => s.name === "query" && s.args === null);
    if (legacy >= 0 && legacy < chain.steps.length - 1) {
      const name = legacy === 0 ? chain.root.text() : chain.steps[legacy - 1].name;
      if (/^[A-Z]\w*$/.test(name)) return this.op(node, chain, scope, QUERY_WRITES[last.name] ?? "read", name, "sqlalchemy");
    }
    return null;
  }
  /** SQLAlchemy 1.x: `session.query(Model).filter(…).delete()`. */
  sessionQuery(node, chain, scope) {
    const at = chain.steps.findIndex((s) => s.name === "query" && s.args !== null);
    if (at < 0 || !this.isSession(prefixText(chain, at), scope)) return null;
    const model = modelName(firstArgument(chain.steps[at].args));
    const last = chain.steps[chain.steps.length - 1];
    const op = chain.steps.length - 1 > at ? QUERY_WRITES[last.name] ?? "read" : "read";
    return this.op(node, chain, scope, op, model, "sqlalchemy", [], at + 1);
  }
  /** SQLAlchemy 2.0 / SQLModel: `session.execute(delete(Model).where(…))`, raw `cursor.execute("DELETE …", params)`. */
  statement(node, chain, scope) {
    const at = chain.steps.findIndex((s) => EXECUTE.has(s.name) && s.args !== null);
    if (at < 0) return null;
    const args = argumentsOf(chain.steps[at].args);
    let stmt = args[0] ? unwrap(args[0]) : null;
    if (stmt?.kind() === "identifier") stmt = scope.origin(stmt.text(), stmt.range().start.index)?.value ?? stmt;
    if (!stmt) return null;
    const sql = sqlText(stmt);
    if (sql !== null) {
      const classified = classifySql("execute", sql);
      if (!classified) return null;
      return this.rawStatement(classified, calleeText(chain), sql, sqlString(stmt), args.slice(1), scope);
    }
    const builder = builderOf(stmt);
    if (!builder) return null;
    const op = this.op(node, chain, scope, builder.op, builder.model, this.statementVia, [stmt]);
    this.chainValues(chainOf(stmt), builder.after, scope, op.filter, op.values, builder.op);
    return op;
  }
  /** `session.add(obj)`, `db.delete(obj)`, `session.get(Model, id)`, `db.commit()` after changing a loaded row. */
  sessionMethod(node, chain, scope) {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args || !this.isSession(prefixText(chain, chain.steps.length - 1), scope)) return null;
    const args = argumentsOf(last.args);
    const via = this.statementVia;
    const callee = calleeText(chain);
    switch (last.name) {
      case "add":
      case "add_all":
      case "merge":
      case "delete": {
        if (args.length === 0) return null;
        const target = args[0] ? unwrap(args[0]) : null;
        const element = target && (target.kind() === "list" || target.kind() === "tuple") ? firstArgument(target) : target;
        const instance = element ? this.instanceOf(element, scope, 0) : null;
        const loadedBy = !instance && element ? this.helperLoad(element, scope) : null;
        const op = last.name === "delete" ? "delete" : last.name === "merge" || instance && !instance.created || loadedBy ? "update" : "create";
        const checks = element?.kind() === "identifier" ? scope.callerChecks(element.text(), this) : [];
        return {
          ...loadedBy ? { loadedBy } : {},
          op,
          model: instance?.model ?? null,
          callee,
          via,
          filter: union(instance?.filter ?? [], checks),
          values: op === "delete" ? [] : instance?.values ?? [],
          scopedToCaller: (instance?.scoped ?? false) || checks.length > 0,
          keyedByRequestId: instance?.keyed ?? false,
          ...instance?.viewObject ? { viewObject: true } : {}
        };
      }
      case "get":
      case "get_or_404": {
        const model = modelName(args[0] ?? null);
        if (!model) return null;
        const bound = boundName(node);
        const checks = bound !== null ? scope.callerChecks(bound, this) : [];
        const filter = [];
        for (const a of args.slice(1)) this.leaves(a, filter, scope, 0);
        return {
          op: "read",
          model,
          callee,
          via,
          filter: union(filter, checks),
          values: [],
          scopedToCaller: checks.length > 0 || args.some((a) => this.refersToCaller(a, scope, 0)),
          keyedByRequestId: args.slice(1).some((a) => this.fromRequest(a, scope, 0))
        };
      }
      case "bulk_save_objects":
      case "bulk_insert_mappings":
        return { op: "create", model: last.name === "bulk_insert_mappings" ? modelName(args[0] ?? null) : null, callee, via, filter: [], values: [], scopedToCaller: false, keyedByRequestId: false };
      case "bulk_update_mappings":
        return { op: "update", model: modelName(args[0] ?? null), callee, via, filter: [], values: [], scopedToCaller: false, keyedByRequestId: false };
      case "commit":
      case "acommit":
        return this.dirtyCommit(callee, scope, via);
      default:
        return null;
    }
  }
  /** `get_object_or_404(Model, pk=pk)`. */
  shortcut(node, chain, scope) {
    if (chain.steps.length > 0 || chain.root.kind() !== "call") return null;
    const fn = compact(chain.root.field("function")?.text() ?? "");
    if (!SHORTCUTS.has(fn.slice(fn.lastIndexOf(".") + 1))) return null;
    const args = argumentsOf(chain.root.field("arguments"));
    const source = args[0] ? this.queryModel(args[0], scope) : null;
    const op = this.op(node, chain, scope, "read", source?.model ?? modelName(args[0] ?? null), "django");
    for (const a of args.slice(1)) this.leaves(a, op.filter, scope, 0);
    if (source) {
      for (const v of source.filter) push(op.filter, v);
      if (source.scoped) op.scopedToCaller = true;
    }
    if (publishedFilter(args.slice(1))) op.publishedOnly = true;
    const first = args[0] ? unwrap(args[0]) : null;
    if (!source && first?.kind() === "call" && argumentsOf(first.field("arguments")).length === 0) {
      const helper = compact(first.field("function")?.text() ?? "");
      if (/^[A-Za-z_][\w.]*$/.test(helper) && !helper.includes("objects")) op.querysetFrom = helper;
    }
    return op;
  }
  /** `obj.delete()`, `obj.save()`, `project.members.remove(user)`, `serializer.save(owner=request.user)`. */
  instanceMethod(node, chain, scope) {
    const last = chain.steps[chain.steps.length - 1];
    if (!last?.args) return null;
    const args = argumentsOf(last.args);
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    const callee = calleeText(chain);
    const receiverSteps = chain.steps.length - 1;
    if ((last.name === "save" || last.name === "asave") && receiverSteps === 0 && chain.root.kind() === "identifier" && this.isFormOrSerializer(chain.root, scope)) {
      return this.formSave(node, chain.root, scope, callee);
    }
    const isRowMethod = last.name === "delete" || last.name === "adelete" || last.name === "save" || last.name === "asave" || last.name === "update";
    if (isRowMethod && positional.length === 0) {
      const handed = receiverSteps === 0 && last.name !== "update" ? this.handedRow(chain.root, scope) : null;
      const receiver = receiverSteps > 0 ? unwrap(node).field("function")?.field("object") : null;
      const instance = this.receiverInstance(chain, receiverSteps, scope) ?? handed ?? (receiver && chain.root.kind() === "identifier" ? this.instanceOf(receiver, scope, 0) : null);
      if (!instance || last.name === "update" && !instance.queryset) return null;
      const op = last.name.endsWith("delete") ? "delete" : instance.created && last.name !== "update" ? "create" : "update";
      const name = receiverSteps === 0 && chain.root.kind() === "identifier" ? chain.root.text() : null;
      const checks = name !== null ? scope.callerChecks(name, this) : [];
      const values = op === "create" ? [...instance.values] : [];
      for (const a of args) this.written(a, values, scope);
      if (op === "update" && name !== null) for (const v of this.assignedValues(name, scope)) push(values, v);
      return {
        op,
        model: instance.model,
        callee,
        via: "django",
        filter: union(instance.filter, checks),
        values,
        scopedToCaller: instance.scoped || checks.length > 0 || this.refersToCaller(node, scope, 0),
        keyedByRequestId: instance.keyed,
        ...instance.viewObject ? { viewObject: true } : {}
      };
    }
    const related = RELATED_WRITES[last.name];
    if (related && receiverSteps >= 1 && chain.steps[receiverSteps - 1].args === null) {
      const owner = this.receiverInstance(chain, receiverSteps - 1, scope);
      if (!owner || owner.queryset) return null;
      const name = receiverSteps === 1 && chain.root.kind() === "identifier" ? chain.root.text() : null;
      const checks = name !== null ? scope.callerChecks(name, this) : [];
      const filter = union(owner.filter, checks);
      const values = [];
      for (const a of args) {
        if (related === "create") this.written(a, values, scope);
        else this.leaves(a, filter, scope, 0);
      }
      return {
        op: related,
        model: chain.steps[receiverSteps - 1].name,
        callee,
        via: "django",
        filter,
        values,
        scopedToCaller: owner.scoped || checks.length > 0,
        keyedByRequestId: owner.keyed || args.some((a) => this.fromRequest(a, scope, 0))
      };
    }
    return null;
  }
  /** Raw SQL outside an execute call: `text("DELETE …")` kept for later, `Model.objects.raw(…)` is a manager query. */
  rawSql(node, callee, firstString2, scope) {
    if (firstString2 === null) return null;
    const classified = classifySql(SQL_HELPER.test(callee) ? "execute" : callee, firstString2);
    if (!classified) return null;
    if (SQL_TEXT.test(callee) && isExecuteArgument(node)) return null;
    const args = argumentsOf(node.field("arguments"));
    const statement = args[0] && args[0].kind() !== "keyword_argument" ? args[0] : null;
    return this.rawStatement(classified, callee, firstString2, statement, statement ? args.slice(1) : args, scope);
  }
  /**
   * A raw SQL statement and the parameters passed with it. The values its WHERE clause binds
   * select the rows (the filter: what scopes it to the caller or keys it by the request); the
   * values an UPDATE's SET clause binds are written, not filters. The statement's own text is
   * not a value; what it interpolates counts as a filter.
   */
  rawStatement(classified, callee, sql, statement, params, scope) {
    const split = splitSqlParameters(sql, classified.op, params);
    const filterNodes = classified.op === "create" ? [] : [...statement ? [statement] : [], ...split.filter];
    const writtenNodes = classified.op === "create" ? [...statement ? [statement] : [], ...params] : split.written;
    const filter = [];
    const values = [];
    for (const n of filterNodes) this.leaves(n === statement ? sqlString(n) : n, filter, scope, 0);
    for (const n of writtenNodes) this.leaves(n === statement ? sqlString(n) : n, values, scope, 0);
    if (classified.op !== "create" && SQL_CLOCK_FILTER.test(sql)) push(filter, "now()");
    return {
      ...classified,
      callee,
      filter,
      values,
      scopedToCaller: filterNodes.some((p) => this.refersToCaller(p, scope, 0)),
      keyedByRequestId: /\bwhere\b/i.test(sql) && filterNodes.some((p) => this.fromRequest(p, scope, 0))
    };
  }
  isFormOrSerializer(receiver, scope) {
    if (/(?:serializer|form)$/i.test(receiver.text())) return true;
    const origin = scope.origin(receiver.text(), receiver.range().start.index)?.value;
    return origin?.kind() === "call" && /(?:Serializer|Form)$/.test(compact(origin.field("function")?.text() ?? ""));
  }
  formSave(node, receiver, scope, callee) {
    const origin = scope.origin(receiver.text(), receiver.range().start.index)?.value;
    const ctor = origin?.kind() === "call" ? origin : null;
    const ctorName = compact(ctor?.field("function")?.text() ?? "");
    const ctorArgs = argumentsOf(ctor?.field("arguments") ?? null);
    const serializer = /serializer$/i.test(receiver.text()) || ctorName.endsWith("Serializer");
    const instanceArg = ctorArgs.find((a) => a.kind() === "keyword_argument" && a.field("name")?.text() === "instance")?.field("value") ?? (serializer && ctorArgs[0]?.kind() !== "keyword_argument" ? ctorArgs[0] : void 0);
    const instance = instanceArg ? this.instanceOf(instanceArg, scope, 0) : null;
    const method = scope.name;
    const updating = instanceArg !== void 0 || method === "perform_update" || method === "update";
    const formClass = /(?:Serializer|Form)$/.test(ctorName) ? ctorName.slice(ctorName.lastIndexOf(".") + 1) : null;
    const named2 = formClass ? formClass.replace(/(?:Model)?(?:Serializer|Form)$/, "") || null : null;
    const checks = instanceArg?.kind() === "identifier" ? scope.callerChecks(instanceArg.text(), this) : [];
    const values = [];
    for (const a of argumentsOf(node.field("arguments"))) if (a.field("name")?.text() !== "commit") this.written(a, values, scope);
    for (const a of ctorArgs) if (a.kind() === "keyword_argument" && a.field("name")?.text() === "data") this.leaves(a, values, scope, 0);
    const bound = boundName(node);
    if (bound !== null) for (const v of this.assignedValues(bound, scope)) push(values, v);
    const guess = instance?.model ?? named2 ?? this.viewInstance(node, false)?.model ?? null;
    return {
      op: updating ? "update" : "create",
      model: guess,
      ...formClass ? { form: { name: formClass, guess } } : {},
      callee,
      via: serializer ? "django-rest-framework" : "django",
      filter: union(instance?.filter ?? [], checks),
      values,
      // A new row placed under the caller (`entry.company = request.user.company`) is theirs; setting the caller on a row loaded by id is not a scope.
      scopedToCaller: (instance?.scoped ?? false) || this.refersToCaller(node, scope, 0) || checks.length > 0 || !updating && values.some((v) => CALLER_TEXT.test(v)),
      keyedByRequestId: instance?.keyed ?? method === "perform_update",
      // `perform_update(serializer)` saves the row the view looked up itself.
      ...instance?.viewObject || !instance && method === "perform_update" ? { viewObject: true } : {}
    };
  }
  /** `db.commit()` after assigning to a row loaded in the same function is an update of that row. */
  dirtyCommit(callee, scope, via) {
    const fn = scope.fn;
    if (!fn) return null;
    const text2 = fn.text();
    const handed = new Set([...text2.matchAll(/\.(?:add|add_all|merge|delete)\(\s*([A-Za-z_]\w*)\s*[,)]/g)].map((m) => m[1]));
    const targets = fn.findAll({ rule: { any: [{ kind: "assignment", has: { field: "left", kind: "attribute" } }, { kind: "call", has: { field: "function", regex: "^setattr$" } }, TUPLE_ATTRIBUTE_ASSIGNMENT] } });
    const subjects = targets.flatMap((target) => target.kind() === "assignment" ? attributeTargets(target).map((t) => chainOf(t).root) : [firstArgument(target.field("arguments"))]);
    for (const subject of subjects) {
      if (!subject || subject.kind() !== "identifier" || subject.text() === "self" || handed.has(subject.text())) continue;
      const instance = this.instanceOf(subject, scope, 0) ?? this.handedRow(subject, scope);
      const loadedBy = !instance ? this.helperLoad(subject, scope) : null;
      if (loadedBy) {
        const checks2 = scope.callerChecks(subject.text(), this);
        return { loadedBy, op: "update", model: null, callee, via, filter: checks2, values: this.assignedValues(subject.text(), scope), scopedToCaller: checks2.length > 0, keyedByRequestId: false };
      }
      if (!instance || instance.created) continue;
      const checks = scope.callerChecks(subject.text(), this);
      return {
        op: "update",
        model: instance.model,
        callee,
        via,
        filter: union(instance.filter, checks),
        values: this.assignedValues(subject.text(), scope),
        scopedToCaller: instance.scoped || checks.length > 0,
        keyedByRequestId: instance.keyed,
        ...instance.viewObject ? { viewObject: true } : {}
      };
    }
    return null;
  }
  /**
   * What a row changed by attribute assignment is written with: the attributes assigned
   * (`project.status`, so a status change shows as one even when the new value is a constant)
   * and the values assigned (`body.status`); `setattr(project, k, v)` values too.
   */
  assignedValues(name, scope) {
    const out = [];
    if (!scope.fn) return out;
    for (const a of scope.fn.findAll({ rule: { any: [{ kind: "assignment", has: { field: "left", kind: "attribute" } }, TUPLE_ATTRIBUTE_ASSIGNMENT] } })) {
      const mine = attributeTargets(a).filter((t) => chainOf(t).root.text() === name);
      if (mine.length === 0) continue;
      for (const target of mine) push(out, `.${target.field("attribute")?.text() ?? ""}`);
      this.leaves(a.field("right"), out, scope, 0);
    }
    for (const call of scope.fn.findAll({ rule: { kind: "call", has: { field: "function", regex: "^setattr$" } } })) {
      const args = argumentsOf(call.field("arguments"));
      if (args[0]?.text() === name) this.leaves(args[2] ?? null, out, scope, 0);
    }
    return out;
  }
  op(node, chain, scope, op, model, via, extra = [], from = 0) {
    const bound = boundName(node);
    const last = chain.steps[chain.steps.length - 1];
    const positionalKey = last?.args && /^a?get(?:_or_404)?$/.test(last.name) ? firstArgument(last.args) : null;
    const checks = bound !== null ? scope.callerChecks(bound, this) : [];
    const filter = [];
    const values = [];
    this.chainValues(chain, from, scope, filter, values, op);
    for (const v of checks) push(filter, v);
    const published = op === "read" && chain.steps.slice(from).some((step) => step.args !== null && FILTER_STEPS.has(step.name) && publishedFilter(argumentsOf(step.args)));
    return {
      op,
      model,
      callee: calleeText(chain),
      via,
      filter,
      values,
      ...published ? { publishedOnly: true } : {},
      scopedToCaller: [node, ...extra].some((n) => this.refersToCaller(n, scope, 0)) || checks.length > 0,
      keyedByRequestId: [node, ...extra].some((n) => this.keyed(n, scope, 0)) || positionalKey !== null && positionalKey.kind() !== "keyword_argument" && this.fromRequest(positionalKey, scope, 0)
    };
  }
  /** The filter and value texts of a query chain's steps from `from` on: `filter(…)`/`where(…)` narrow, `update(…)`/`values(…)` write. */
  chainValues(chain, from, scope, filter, values, op) {
    for (const step of chain.steps.slice(from)) {
      if (!step.args) continue;
      const args = argumentsOf(step.args);
      if (FILTER_STEPS.has(step.name)) {
        for (const a of args) {
          const written = a.kind() === "keyword_argument" && a.field("name")?.text() === "defaults";
          if (written) this.written(a.field("value"), values, scope);
          else this.leaves(a, filter, scope, 0);
        }
      } else if (VALUE_STEPS.has(step.name) && op !== "read") {
        for (const a of args) this.written(a, values, scope);
      }
    }
  }
  /** The row (or queryset) held by the receiver made of the chain's root and its first `steps` steps. */
  receiverInstance(chain, steps, scope) {
    if (steps === 0) return this.instanceOf(chain.root, scope, 0);
    const text2 = prefixText(chain, steps);
    const step = chain.steps[steps - 1];
    if (/^(?:self\.)?request\.user$|^current_user$|^g\.user$/.test(text2)) return callerRow(requestText(text2));
    if (text2 === "self.object" || text2 === "self.get_object()" && step.args) return this.viewInstance(chain.root, true);
    if (steps === 1 && step.args === null && chain.root.kind() === "identifier" && /^[a-z][a-z_]*$/.test(step.name)) {
      const owner = this.instanceOf(chain.root, scope, 0);
      if (owner && !owner.queryset && !owner.created && owner.model !== null) {
        const model = step.name.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
        return { ...owner, model, filter: [...owner.filter], values: [] };
      }
    }
    return null;
  }
  /** What a variable or expression holds when it is a row or queryset of a model. */
  instanceOf(expr, scope, depth) {
    const e = unwrap(expr);
    if (e.kind() === "identifier") {
      const name = e.text();
      if (scope.callerParams.has(name)) return { ...callerRow(name), model: scope.typed.get(name) ?? (scope.memberships.has(name) ? null : "User") };
      const injected = scope.injected.get(name);
      if (injected !== void 0) return { model: injected || null, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] };
      if ((name === "instance" || name === "obj") && /^perform_(?:update|destroy)$/.test(scope.name)) return this.viewInstance(e, true);
      if (depth >= 3) return null;
      const origin = scope.origin(name, e.range().start.index);
      if (!origin || containsNode(origin.value, e)) return null;
      const found = this.instanceOf(origin.value, scope, depth + 1);
      return found && origin.loop ? { ...found, queryset: false, created: false } : found;
    }
    if (/^(?:self\.)?request\.user$|^current_user$|^g\.user$/.test(e.text())) return callerRow(requestText(e.text()));
    if (e.text() === "self.object") return this.viewInstance(e, true);
    if (e.kind() !== "call") return null;
    const chain = chainOf(e);
    const last = chain.steps[chain.steps.length - 1];
    if (prefixText(chain, chain.steps.length) === "self.get_object()") return this.viewInstance(e, true);
    if (prefixText(chain, chain.steps.length) === "self.get_queryset()") {
      const view = this.viewInstance(e, false);
      return view ? { ...view, queryset: true } : null;
    }
    if (chain.root.kind() === "identifier" && last !== void 0 && chain.steps.every((s) => s.args !== null) && depth < 3) {
      const held = this.instanceOf(chain.root, scope, depth + 1);
      if (held?.queryset && !held.created) {
        const filter = [...held.filter];
        this.chainValues(chain, 0, scope, filter, [], "read");
        return { ...held, queryset: !ROW_RESULTS.has(last.name), scoped: held.scoped || this.refersToCaller(e, scope, 0), keyed: held.keyed || this.keyed(e, scope, 0), filter };
      }
    }
    if (chain.steps.length === 0 && chain.root.kind() === "call") {
      const fn = compact(chain.root.field("function")?.text() ?? "");
      if (SHORTCUTS.has(fn)) {
        const op2 = this.shortcut(e, chain, scope);
        return { model: op2.model, created: false, queryset: fn.includes("list"), scoped: op2.scopedToCaller ?? false, keyed: op2.keyedByRequestId ?? false, via: "django", filter: op2.filter, values: [] };
      }
      if (/^[A-Z]\w*$/.test(fn) && !/(?:Serializer|Form|Error|Exception|Response)$/.test(fn)) {
        const values = [];
        for (const a of argumentsOf(chain.root.field("arguments"))) this.written(a, values, scope);
        return { model: fn, created: true, queryset: false, scoped: this.refersToCaller(e, scope, 0), keyed: false, via: this.statementVia, filter: [], values };
      }
      if (/^\w+$/.test(fn) && depth < 3) return this.helperRow(fn, depth);
      return null;
    }
    const getAt = chain.steps.findIndex((s) => (s.name === "get" || s.name === "get_or_404") && s.args !== null);
    if (getAt >= 0 && this.isSession(prefixText(chain, getAt), scope) && managerModel(chain) === null) {
      const args = argumentsOf(chain.steps[getAt].args);
      const filter = [];
      for (const a of args.slice(1)) this.leaves(a, filter, scope, 0);
      return { model: modelName(args[0] ?? null), created: false, queryset: false, scoped: args.some((a) => this.refersToCaller(a, scope, 0)), keyed: args.slice(1).some((a) => this.fromRequest(a, scope, 0)), via: this.statementVia, filter, values: [] };
    }
    const op = this.managerQuery(e, chain, scope) ?? this.sessionQuery(e, chain, scope) ?? this.statement(e, chain, scope);
    if (op && (op.op === "read" || op.op === "create" && last !== void 0 && CREATED_BY.has(last.name))) {
      const row = last !== void 0 && ROW_RESULTS.has(last.name);
      return { model: op.model, created: op.op === "create", queryset: !row, scoped: op.scopedToCaller ?? false, keyed: op.keyedByRequestId ?? false, via: op.via, filter: op.filter, values: op.values };
    }
    return null;
  }
  /**
   * The row a function of this module returns: what its `return` holds (its query says how the
   * row was selected), else the class its return annotation names (`-> Application`).
   */
  helperRow(name, depth) {
    const fn = this.moduleFunction(name);
    if (!fn) return null;
    const body = fn.field("body");
    for (const ret of body?.findAll({ rule: { kind: "return_statement" } }) ?? []) {
      if (!this.sameFunction(ret, fn)) continue;
      const value3 = ret.namedChildren()[0];
      if (!value3 || value3.kind() === "none") continue;
      const found = this.instanceOf(value3, this.scopeOf(value3), depth + 1);
      if (found) return found;
    }
    const annotated = typeName(fn.field("return_type")?.text() ?? "");
    return annotated && !NOT_MODELS2.test(annotated) ? { model: annotated, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] } : null;
  }
  /**
   * A row handed to a service by its caller (`def close_case(case: Case)`), for the writes made
   * to it by attribute assignment and `save()`: the class comes from the annotation. How the row
   * was selected is the caller's business.
   */
  /**
   * The helper a local was loaded by when it holds what a plain function call returned (`vehicle =
   * get_vehicle_for(session, user, vehicle_id)`, `services.load_order(db, order_id)`) and the helper is named for a lookup:
   * its name, else null. A class (`Vehicle(…)`) or a `build_…` helper makes a new row, and a method of the session or a
   * query is judged by its own query.
   */
  helperLoad(element, scope) {
    const e = unwrap(element);
    if (e.kind() !== "identifier") return null;
    const origin = scope.origin(e.text(), e.range().start.index);
    if (!origin || origin.loop || containsNode(origin.value, e)) return null;
    let value3 = unwrap(origin.value);
    if (value3.kind() === "await") value3 = unwrap(value3.namedChildren()[0] ?? value3);
    if (value3.kind() !== "call") return null;
    const fn = compact(value3.field("function")?.text() ?? "");
    const m = /^(?:([a-z_]\w*)\.)?([a-z_]\w*)$/.exec(fn);
    if (!m || m[1] !== void 0 && this.isSession(m[1], scope) || SHORTCUTS.has(m[2]) || !LOADER_NAME.test(m[2])) return null;
    return m[2];
  }
  handedRow(subject, scope) {
    if (subject.kind() !== "identifier") return null;
    const model = scope.typed.get(subject.text());
    if (!model || NOT_MODELS2.test(model)) return null;
    const origin = scope.origin(subject.text(), subject.range().start.index);
    if (origin && origin.value.range().start.index < subject.range().start.index) return null;
    return { model, created: false, queryset: false, scoped: false, keyed: false, via: this.statementVia, filter: [], values: [] };
  }
  moduleFunction(name) {
    this.functions ??= new Map(
      this.root.namedChildren().map((s) => s.kind() === "decorated_definition" ? s.field("definition") : s).filter((d) => d?.kind() === "function_definition").map((d) => [d.field("name")?.text() ?? "", d])
    );
    return this.functions.get(name) ?? null;
  }
  sameFunction(node, fn) {
    for (let p = node.parent(); p; p = p.parent()) if (p.kind() === "function_definition") return p.id() === fn.id();
    return false;
  }
  /** The row a class-based view works on (`self.get_object()`, `self.object`): its queryset decides the scoping. */
  viewInstance(node, keyed) {
    let cls = null;
    for (let p = node.parent(); p; p = p.parent()) {
      if (p.kind() === "class_definition") {
        cls = p;
        break;
      }
    }
    if (!cls) return null;
    const data = this.viewClass(cls);
    return { model: data.model, created: false, queryset: false, scoped: data.scoped, keyed, via: "django", filter: keyed ? ["pk", ...data.filter] : [...data.filter], values: [], ...keyed ? { viewObject: true } : {} };
  }
  /** The model and scoping of a queryset expression given to `get_object_or_404`. */
  queryModel(expr, scope) {
    const e = unwrap(expr);
    if (e.kind() !== "call") return null;
    const chain = chainOf(e);
    if (prefixText(chain, 1) === "self.get_queryset" || prefixText(chain, chain.steps.length) === "self.get_queryset()") {
      const view = this.viewInstance(e, false);
      return view ? { model: view.model, scoped: view.scoped, filter: view.filter } : null;
    }
    const model = managerModel(chain);
    if (!model) return null;
    const filter = [];
    this.chainValues(chain, 0, scope, filter, [], "read");
    return { model, scoped: this.refersToCaller(e, scope, 0), filter };
  }
  isSession(receiver, scope) {
    return SESSION_RECEIVER.test(receiver) || scope.sessionParams.has(receiver);
  }
  /** Whether the expression picks rows by an id from the request: an id-like keyword, comparison or statement traced to request input. */
  keyed(expr, scope, depth) {
    for (const kw of expr.findAll({ rule: { any: [{ kind: "keyword_argument" }, { kind: "pair" }] } })) {
      const name = kw.kind() === "pair" ? unquote(kw.field("key")?.text() ?? "") : kw.field("name")?.text() ?? "";
      const value3 = kw.field("value");
      if (value3 && KEY_KEYWORD.test(name) && this.fromRequest(value3, scope, 0)) return true;
    }
    for (const cmp of expr.findAll({ rule: { kind: "comparison_operator" } })) {
      const operands = cmp.namedChildren();
      const column = operands.find((o) => o.kind() === "attribute" && KEY_COLUMN.test(o.text()));
      if (column && operands.some((o) => o.id() !== column.id() && this.fromRequest(o, scope, 0))) return true;
    }
    if (depth >= 2) return false;
    for (const id of rootIdentifiers(expr)) {
      const origin = scope.origin(id.text(), id.range().start.index);
      if (origin && origin.value.kind() === "call" && !containsNode(origin.value, id) && this.keyed(origin.value, scope, depth + 1)) return true;
    }
    return false;
  }
  /** Whether an expression carries input from the request: request data, URL kwargs, a parameter, or a variable assigned from one. */
  fromRequest(expr, scope, depth) {
    const key = `${expr.id()}:${depth}`;
    let known = this.requestMemo.get(key);
    if (known === void 0) this.requestMemo.set(key, known = this.fromRequestUncached(expr, scope, depth));
    return known;
  }
  fromRequestUncached(expr, scope, depth) {
    const text2 = expr.text();
    if (REQUEST_DATA.test(text2)) return true;
    if (!scope.mentionsTracked(text2)) return false;
    for (const id of rootIdentifiers(expr)) {
      const name = id.text();
      if (scope.inputParams.has(name)) return true;
      if (depth < 3 && !scope.callerParams.has(name)) {
        const origin = scope.origin(name, id.range().start.index);
        if (origin && !containsNode(origin.value, id) && !this.refersToCaller(origin.value, scope, 2) && this.fromRequest(origin.value, scope, depth + 1)) return true;
      }
    }
    return false;
  }
};
function callerRow(text2) {
  const filter = /^\w+$/.test(text2) ? [text2, `${text2}.id`] : [text2];
  return { model: "User", created: false, queryset: false, scoped: true, keyed: false, via: "django", filter, values: [] };
}
function requestText(text2) {
  return text2.startsWith("self.request.") ? text2.slice("self.".length) : text2;
}
function push(out, text2) {
  if (out.length < MAX_LEAVES && !out.includes(text2)) out.push(text2);
}
function union(a, b) {
  const out = [...a];
  for (const v of b) push(out, v);
  return out;
}
function chainOf(node) {
  const steps = [];
  let current = unwrap(node);
  for (; ; ) {
    const kind2 = current.kind();
    if (kind2 === "call") {
      const fn = current.field("function");
      if (fn?.kind() !== "attribute") return { root: current, steps };
      steps.unshift({ name: fn.field("attribute")?.text() ?? "", args: current.field("arguments") });
      current = unwrap(fn.field("object"));
    } else if (kind2 === "attribute") {
      steps.unshift({ name: current.field("attribute")?.text() ?? "", args: null });
      current = unwrap(current.field("object"));
    } else {
      return { root: current, steps };
    }
  }
}
function unwrap(node) {
  let current = node;
  while (current.kind() === "await" || current.kind() === "parenthesized_expression") {
    const inner = current.namedChildren()[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}
function continuesChain(node) {
  let child = node;
  let parent = node.parent();
  while (parent && (parent.kind() === "await" || parent.kind() === "parenthesized_expression")) {
    child = parent;
    parent = parent.parent();
  }
  return parent?.kind() === "attribute" && parent.field("object")?.id() === child.id() && parent.parent()?.kind() === "call";
}
function isExecuteArgument(node) {
  const list = node.parent();
  const call = list?.kind() === "argument_list" ? list.parent() : null;
  const fn = call?.kind() === "call" ? call.field("function") : null;
  return fn?.kind() === "attribute" && EXECUTE.has(fn.field("attribute")?.text() ?? "");
}
function managerModel(chain) {
  const at = chain.steps.findIndex((s) => s.args === null && MANAGERS.has(s.name));
  if (at < 0 || at === chain.steps.length - 1) return null;
  const name = at === 0 ? chain.root.text() : chain.steps[at - 1].args === null ? chain.steps[at - 1].name : "";
  return /^[A-Z]\w*$/.test(name) ? name : null;
}
function builderOf(stmt) {
  const chain = chainOf(stmt);
  const qualified = chain.root.kind() === "identifier" && /^(?:sa|sqlalchemy|sqlmodel|db)$/.test(chain.root.text()) && chain.steps[0]?.args ? chain.steps[0] : null;
  if (chain.root.kind() !== "call" && !qualified) return null;
  const fn = qualified ? `${chain.root.text()}.${qualified.name}` : compact(chain.root.field("function")?.text() ?? "");
  const op = BUILDERS[fn.slice(fn.lastIndexOf(".") + 1)];
  if (!op || !/^(?:(?:sa|sqlalchemy|sqlmodel|db)\.)?(?:select|delete|update|insert)$/.test(fn)) return null;
  const target = firstArgument(qualified ? qualified.args : chain.root.field("arguments"));
  return { op, model: modelName(target) ?? tableHandle(target), after: qualified ? 1 : 0 };
}
function tableHandle(node) {
  if (!node) return null;
  const text2 = compact(node.text());
  const m = /^(?:([a-z_]\w*)|(?:[a-z_]\w*\.)?([a-z_]\w*)(?:\.c\.\w+)?)$/.exec(text2);
  const name = m?.[1] ?? m?.[2];
  if (!name || node.kind() !== "identifier" && node.kind() !== "attribute" || /^(?:self|cls)\./.test(text2)) return null;
  return name;
}
function splitSqlParameters(sql, op, params) {
  if (op !== "update") return { filter: params, written: [] };
  const where = /\bwhere\b/i.exec(sql);
  const cut = where ? where.index : sql.length;
  const setNames = /* @__PURE__ */ new Set();
  const whereNames = /* @__PURE__ */ new Set();
  let setPositions = 0;
  for (const m of sql.matchAll(/(?<![:\w]):(\w+)|%\((\w+)\)s|(%s|\?|\$\d+)/g)) {
    const name = m[1] ?? m[2];
    if (name) (m.index < cut ? setNames : whereNames).add(name);
    else if (m.index < cut) setPositions++;
  }
  const filter = [];
  const written = [];
  const byName = (name, value3) => (setNames.has(name) && !whereNames.has(name) ? written : filter).push(value3);
  for (const p of params) {
    const kind2 = p.kind();
    if (kind2 === "keyword_argument") {
      byName(p.field("name")?.text() ?? "", p.field("value") ?? p);
    } else if (kind2 === "dictionary") {
      for (const pair of p.namedChildren()) {
        const key = pair.field("key");
        const value3 = pair.field("value");
        if (pair.kind() === "pair" && key?.kind() === "string" && value3) byName(unquote(key.text()), value3);
        else if (pair.kind() !== "comment") filter.push(pair);
      }
    } else if ((kind2 === "tuple" || kind2 === "list") && setPositions > 0) {
      p.namedChildren().forEach((e, i) => (i < setPositions ? written : filter).push(e));
    } else {
      filter.push(p);
    }
  }
  return { filter, written };
}
function sqlText(node) {
  if (node.kind() === "string") return unquote(node.text());
  if (node.kind() === "call" && SQL_TEXT.test(compact(node.field("function")?.text() ?? ""))) {
    const first = firstArgument(node.field("arguments"));
    return first?.kind() === "string" ? unquote(first.text()) : null;
  }
  return null;
}
function sqlString(node) {
  if (node.kind() === "string") return node;
  const first = firstArgument(node.field("arguments"));
  return first?.kind() === "string" ? first : null;
}
function modelName(node) {
  if (!node || node.kind() !== "identifier" && node.kind() !== "attribute") return null;
  const parts = node.text().split(".");
  const capitalised = parts.find((p) => /^[A-Z]/.test(p));
  return capitalised ?? null;
}
var NOT_MODELS2 = /^(?:Any|Optional|Union|List|Dict|Set|Tuple|Iterable|Sequence|Mapping|Callable|Annotated|Request|HttpRequest|Response|HttpResponse|JsonResponse|Session|AsyncSession|Connection|Engine|Decimal|UUID|Path|Enum|BaseModel|QuerySet|Manager)$|(?:In|Out|Create|Update|Patch|Schema|Request|Response|Payload|Params|Dto|DTO|Form|Serializer|Settings|Config|Client|Service|Repository)$/;
function typeName(annotation) {
  const m = /^(?:Annotated\[)?\s*([A-Z]\w*)/.exec(annotation);
  return m ? m[1] : "";
}
function boundName(node) {
  let child = node;
  let parent = node.parent();
  while (parent && (parent.kind() === "await" || parent.kind() === "parenthesized_expression")) {
    child = parent;
    parent = parent.parent();
  }
  if (parent?.kind() !== "assignment" || parent.field("right")?.id() !== child.id()) return null;
  const left = parent.field("left");
  return left?.kind() === "identifier" ? left.text() : null;
}
function modelAssignment(classNode) {
  return classNode.find({ rule: { kind: "assignment", has: { field: "left", regex: "^model$" } } });
}
function calleeText(chain) {
  const rootText = chain.root.kind() === "call" ? `${compact(chain.root.field("function")?.text() ?? "")}(\u2026)` : compact(chain.root.text());
  const steps = chain.steps.map((s, i) => `.${s.name}${s.args && i < chain.steps.length - 1 ? argumentsOf(s.args).length > 0 ? "(\u2026)" : "()" : ""}`);
  const text2 = chain.root.kind() === "call" && chain.steps.length === 0 ? compact(chain.root.field("function")?.text() ?? "") : rootText + steps.join("");
  return text2.length > 160 ? `${text2.slice(0, 159)}\u2026` : text2;
}
function prefixText(chain, steps) {
  let text2 = compact(chain.root.text());
  for (const s of chain.steps.slice(0, steps)) text2 += `.${s.name}${s.args ? "()" : ""}`;
  return text2;
}
var VARIABLE = {
  kind: "identifier",
  not: { any: [{ inside: { kind: "attribute", field: "attribute" } }, { inside: { kind: "keyword_argument", field: "name" } }] }
};
function rootIdentifiers(expr) {
  if (expr.kind() === "identifier") return [expr];
  return expr.findAll({ rule: VARIABLE });
}
function containsNode(outer, inner) {
  const a = outer.range();
  const b = inner.range();
  return a.start.index <= b.start.index && b.end.index <= a.end.index;
}
function parameters(fn) {
  const out = [];
  for (const p of fn.field("parameters")?.namedChildren() ?? []) {
    const kind2 = p.kind();
    if (kind2 === "identifier") out.push({ name: p.text(), annotation: "", default: "" });
    else if (kind2 === "typed_parameter") {
      const name = p.namedChildren().find((c) => c.kind() === "identifier");
      if (name) out.push({ name: name.text(), annotation: p.field("type")?.text() ?? "", default: "" });
    } else if (kind2 === "default_parameter" || kind2 === "typed_default_parameter") {
      const name = p.field("name");
      if (name) out.push({ name: name.text(), annotation: p.field("type")?.text() ?? "", default: p.field("value")?.text() ?? "" });
    }
  }
  return out;
}
function ownRecordReturned(fn) {
  const returns = fn.findAll({ rule: { kind: "return_statement" } });
  if (returns.length === 0) return null;
  let found = null;
  for (const r of returns) {
    const value3 = compact(r.namedChildren()[0]?.text() ?? "").replace(/^self\./, "");
    if (!/^request\.user(?:\.\w+)*$/.test(value3)) return null;
    found ??= value3;
  }
  return found;
}
function refusesOwnRow(test, name) {
  const comparison = test.kind() === "comparison_operator" ? test : null;
  if (!comparison) return false;
  const operators = comparison.children().filter((c) => !c.isNamed()).map((c) => c.text());
  if (operators.length !== 1 || operators[0] !== "==" && operators[0] !== "is") return false;
  for (let child = comparison, p = comparison.parent(); p; child = p, p = p.parent()) {
    const kind2 = p.kind();
    if (kind2 === "boolean_operator" || kind2 === "parenthesized_expression") continue;
    if (kind2 !== "if_statement" && kind2 !== "elif_clause" || p.field("condition")?.id() !== child.id()) return false;
    const block = p.field("consequence");
    if (!block || block.find({ rule: { any: [{ kind: "return_statement" }, { kind: "raise_statement" }] } }) === null) return false;
    return !block.findAll({ rule: { kind: "identifier" } }).some((id) => id.text() === name);
  }
  return false;
}

// src/extract/source.ts
var JS_SIMPLE_CALLEE = /[A-Za-z_$][\w$]*(?:\s*\??\.\s*#?[A-Za-z_$][\w$]*)*/y;
var PY_SIMPLE_CALLEE = /[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*/y;
function simpleCalleeEnd(text2, at, python2, alone) {
  if (!alone) return -1;
  const pattern = python2 ? PY_SIMPLE_CALLEE : JS_SIMPLE_CALLEE;
  pattern.lastIndex = at;
  const m = pattern.exec(text2);
  if (!m) return -1;
  let next = at + m[0].length;
  while (next < text2.length && (text2[next] === " " || text2[next] === "	")) next++;
  return text2[next] === "(" ? at + m[0].length : -1;
}
var CALL_KINDS = {
  typescript: "call_expression",
  tsx: "call_expression",
  javascript: "call_expression",
  python: "call"
};
var CODE_KEYS = /^(?:code|status|statusCode|status_code)$/;
var LITERAL_IDENTIFIERS = /* @__PURE__ */ new Set(["undefined", "null", "true", "false", "None", "True", "False", "this", "self"]);
var FUNCTION_SCOPES = /* @__PURE__ */ new Set(["function_declaration", "function_expression", "arrow_function", "method_definition", "generator_function_declaration", "function_definition", "function"]);
var MAX_LEAVES2 = 32;
var INSTANCE_METHODS = { save: "update", update: "update", increment: "update", decrement: "update", destroy: "delete", remove: "delete", deleteOne: "delete" };
var INSTANCE_WRITE = /^([A-Za-z_$][\w$]*)\.(save|update|increment|decrement|destroy|remove|deleteOne)$/;
var THIS_FIELD_CALL = /^this\.(\w+)\.(\w+)$/;
var NodeQueries = class {
  kinds;
  rule;
  /** `isKind(kind)` says whether the language's grammar has that node kind (extractors may span languages). */
  constructor(queries, isKind) {
    const byKind = /* @__PURE__ */ new Map();
    for (const q of queries) {
      const kind2 = typeof q === "string" ? q : q.kind;
      const current = byKind.get(kind2);
      if (typeof q === "string" || current === null) byKind.set(kind2, null);
      else byKind.set(kind2, [...current ?? [], q.where]);
    }
    this.kinds = [...byKind.keys()].sort();
    this.rule = {
      any: this.kinds.filter(isKind).map((kind2) => {
        const wheres = byKind.get(kind2);
        return wheres ? { kind: kind2, any: wheres } : { kind: kind2 };
      })
    };
  }
};
var SourceFile = class {
  constructor(path2, language, text2, root, queries) {
    this.path = path2;
    this.language = language;
    this.text = text2;
    this.root = root;
    for (const kind2 of queries.kinds) this.buckets.set(kind2, []);
    for (const node of root.findAll({ rule: queries.rule })) this.buckets.get(kindOf(node))?.push(node);
  }
  path;
  language;
  text;
  root;
  indexedCalls = null;
  /** The calls indexed so far while `calls` is being built (in source order until `new` expressions are added). */
  indexing = [];
  /** The module's top-level Python classes, read once: `self.m()` calls ask which class defines `m`. */
  pyClasses = null;
  pySelfMemo = /* @__PURE__ */ new Map();
  pythonAnalysis = null;
  buckets = /* @__PURE__ */ new Map();
  statements = null;
  locals = null;
  classScopes = null;
  headerProperties = null;
  pathLocals = null;
  comparisons = null;
  newLocals = null;
  callLocals = null;
  dispatchLocals = null;
  repositoryHolders = null;
  /** Names this module's imports bind (see `useImportedNames`); none until the structure extractor has read them. */
  imported = /* @__PURE__ */ new Set();
  abilityRules = null;
  sessionIdentity = null;
  sessionPrincipal = null;
  /** The nodes of one kind, in source order; the kind must be declared by an extractor of this language. */
  nodes(kind2) {
    const bucket = this.buckets.get(kind2);
    if (!bucket) throw new Error(`node kind '${kind2}' was not declared by any ${this.language} extractor`);
    return bucket;
  }
  get isPython() {
    return this.language === "python";
  }
  /** Python data-operation analysis (scopes, assignments, view classes), shared by the file's extractors. */
  get pythonData() {
    this.pythonAnalysis ??= new PythonDataAnalysis(this.text, this.root);
    return this.pythonAnalysis;
  }
  /**
   * Every call in the file, in source order. Each node costs native calls, so only the
   * call's and its callee's ranges are asked for; the callee text and a leading string
   * argument are read from the source by offset.
   */
  get calls() {
    if (this.indexedCalls) return this.indexedCalls;
    const calls = [];
    this.indexing = calls;
    const text2 = this.text;
    const python2 = this.isPython;
    const buckets = python2 ? [["call", this.nodes("call")], ["raise_statement", this.nodes("raise_statement")]] : [[CALL_KINDS[this.language], this.nodes(CALL_KINDS[this.language])], ["new_expression", this.nodes("new_expression")]];
    const starts = /* @__PURE__ */ new Map();
    const ranges = /* @__PURE__ */ new Map();
    for (const [nodeKind, nodes] of buckets) {
      if (nodeKind === "raise_statement" || nodeKind === "new_expression") continue;
      for (const node of nodes) {
        const range = node.range();
        ranges.set(node, range);
        starts.set(range.start.index, (starts.get(range.start.index) ?? 0) + 1);
      }
    }
    for (const [nodeKind, nodes] of buckets) for (const node of nodes) {
      if (nodeKind === "raise_statement") {
        const raised = node.namedChildren()[0];
        if (raised && (raised.kind() === "identifier" || raised.kind() === "attribute")) {
          const { start: start2, end: end2 } = node.range();
          calls.push({ callee: compact(raised.text()), line: start2.line + 1, start: start2.index, end: end2.index, column: start2.column + 1, endLine: end2.line + 1, endColumn: end2.column + 1, firstString: null, node, data: null });
        }
        continue;
      }
      const isNew = nodeKind === "new_expression";
      const { start, end } = ranges.get(node) ?? node.range();
      let calleeStart = start.index;
      let calleeEnd = isNew ? -1 : simpleCalleeEnd(text2, start.index, python2, starts.get(start.index) === 1);
      if (calleeEnd < 0) {
        const fn = isNew ? node.field("constructor") : node.field("function");
        if (!fn) continue;
        const fnRange = fn.range();
        calleeStart = fnRange.start.index;
        calleeEnd = fnRange.end.index;
      }
      const callee = compact(text2.slice(calleeStart, calleeEnd));
      const firstString2 = leadingString(text2, calleeEnd, end.index, python2);
      const owner = !python2 && callee.startsWith("this.") ? this.classAt(start.index) : null;
      const call = {
        callee,
        line: start.line + 1,
        start: start.index,
        end: end.index,
        column: start.column + 1,
        endLine: end.line + 1,
        endColumn: end.column + 1,
        firstString: firstString2,
        node,
        data: isNew ? null : python2 ? this.pythonData.classify(node, callee, firstString2) : this.classify(node, callee, firstString2, owner)
      };
      if ((call.data?.op === "read" || call.data?.op === "create") && (python2 || !("callee" in call.data))) {
        const bound = python2 ? pythonBoundLocal(node) : boundLocal(node);
        if (bound) call.data = { ...call.data, boundTo: bound };
      }
      const field = owner ? receiverFieldOf(callee, owner) : null;
      const pyMade = python2 ? PY_INSTANCE_CALL.exec(callee)?.[1] ?? null : null;
      const receiverType = owner ? field ? field.type : receiverTypeOf(callee, owner) : python2 && PY_SELF_CALL.test(callee) ? this.pythonSelfClass(start.index, callee.slice(callee.indexOf(".") + 1)) : pyMade;
      if (field?.repository) call.ormReceiver = true;
      if (receiverType) call.receiverType = receiverType;
      else if (!python2 && !isNew) {
        const made = this.instanceReceiver(node, callee, start.index);
        if (made) {
          call.receiverType = made.type;
          if (made.args) call.receiverArgs = made.args;
        } else {
          const factory = this.factoryReceiver(node, callee, start.index);
          if (factory) call.receiverFactory = factory;
        }
      }
      if (!python2 && !isNew && call.data === null) {
        const assigned = declaredInto(text2, start.index, node);
        if (assigned) call.assignedTo = assigned;
      }
      if (!python2 && !isNew) {
        const dispatch = this.dispatchOf(node, callee, start.index);
        if (dispatch) call.dispatch = dispatch;
      }
      let firstArg = firstString2;
      if (firstArg === null && (ERROR_CALLEE.test(callee) || /^\(\s*\d/.test(text2.slice(calleeEnd, calleeEnd + 8)))) {
        const first = firstArgument(node.field("arguments"));
        const firstKind = first ? kindOf(first) : null;
        if (first && (NUMBER_KINDS.has(firstKind) || (LITERAL_KINDS.has(firstKind) || CONSTANT_KINDS.has(firstKind)) && ERROR_CALLEE.test(callee))) firstArg = literalOf(first, firstKind);
        if (first && firstArg !== null && ERROR_CALLEE.test(callee)) {
          const message = refusalMessage(first, firstKind, firstArg, argumentsOf(node.field("arguments")));
          if (message !== null && message.length > 0 && message.length <= 200) call.message = message;
        }
      }
      if (firstArg !== null && firstArg.length <= 200) call.firstArg = firstArg;
      if (!isNew && !python2 && !NO_ARGUMENTS.test(callee)) {
        const args = this.argumentValues(calleeEnd, end.index, start.index, node);
        if (args) {
          call.args = args;
          if (args.some((a) => a === "") && splitArguments(text2, calleeEnd, end.index).every((a, i) => args[i] !== "" || PLAIN_STRING.test(a.trim()))) call.stringsOnly = true;
        }
      } else if (python2 && !NO_ARGUMENTS.test(callee)) {
        const passed = pythonArgumentValues(this.text, calleeEnd, end.index);
        if (passed?.args) call.args = passed.args.map((a) => this.pythonValue(a, start.index, node));
        if (passed?.keywordArgs) call.keywordArgs = Object.fromEntries(Object.entries(passed.keywordArgs).map(([k, v]) => [k, this.pythonValue(v, start.index, node)]));
      }
      calls.push(call);
    }
    calls.sort((a, b) => a.start - b.start);
    this.indexedCalls = calls;
    this.indexing = [];
    return calls;
  }
  /**
   * The arguments of a call as value texts (`request.user!.companyId` → `request.user.companyId`,
   * a local `const caller = request.user!` → `request.user`), `''` for anything else; null when
   * none is a value path. Read from the text: the tree is asked only to resolve a local.
   */
  argumentValues(from, to, at, node) {
    const raw = splitArguments(this.text, from, to);
    if (!raw || raw.length === 0 || raw.length > 8) return null;
    let scope = null;
    const out = raw.map((a) => {
      const value3 = valuePath(a);
      if (!value3 || value3.includes(".") || LITERAL_IDENTIFIERS.has(value3)) return value3 ?? "";
      if (!this.pathDeclared().has(value3)) return value3;
      const local = this.localsAt(value3, at, scope ??= this.topLevel(node))[0];
      if (!local) return value3;
      if (local.text) return valuePath(local.text) ?? value3;
      return local.node && valuePath(stripAwait(local.node).text()) || value3;
    });
    return out.some((v) => v !== "") ? out : null;
  }
  /**
   * The class of an instance a method is called on when the code makes it right there or in a local
   * (`new ClientService(req.user).remove(id)`, `const svc = new ClientService(user); svc.remove(id)`),
   * with the constructor's arguments as value texts.
   */
  instanceReceiver(node, callee, at) {
    if (callee.startsWith("new")) {
      const fn = node.field("function");
      if (fn?.kind() !== "member_expression") return null;
      let object = fn.field("object");
      while (object?.kind() === "parenthesized_expression") object = object.namedChildren()[0] ?? null;
      return object?.kind() === "new_expression" ? this.constructed(object) : null;
    }
    const m = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(callee);
    if (!m || !this.instanceLocals().has(m[1])) return null;
    const local = this.localsAt(m[1], at, this.topLevel(node))[0];
    let value3 = local?.node ? stripAwait(local.node) : null;
    while (value3?.kind() === "parenthesized_expression") value3 = value3.namedChildren()[0] ?? null;
    return value3?.kind() === "new_expression" ? this.constructed(value3) : null;
  }
  /**
   * `new ClientService(req.user!)` → `ClientService` and `['req.user']` (type arguments skipped: `new Repo<T>(entity)`);
   * null for `new this.Model()` or a lowercase factory.
   */
  constructed(made) {
    const ctor = made.field("constructor");
    if (ctor?.kind() !== "identifier" || !/^[A-Z]/.test(ctor.text())) return null;
    const { start, end } = made.range();
    const from = made.field("arguments")?.range().start.index ?? ctor.range().end.index;
    return { type: ctor.text(), args: this.argumentValues(from, end.index, start.index, made) };
  }
  /**
   * A method called on what a plain function returned: `repo.update(…)` after `const repo = scoped(Invoice, user.workspaceId)`,
   * or `scoped(Invoice, user.workspaceId).findById(…)`. The function and its arguments (see `CallFact.receiverFactory`).
   */
  factoryReceiver(node, callee, at) {
    let made;
    const m = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(callee);
    if (m) {
      if (!this.factoryLocals().has(m[1])) return null;
      const local = this.localsAt(m[1], at, this.topLevel(node))[0];
      made = local?.node ? stripAwait(local.node) : null;
    } else if (FACTORY_CALL_RECEIVER.test(callee)) {
      const fn2 = node.field("function");
      made = fn2?.kind() === "member_expression" ? fn2.field("object") : null;
    } else return null;
    while (made && (made.kind() === "parenthesized_expression" || made.kind() === "await_expression")) made = made.namedChildren()[0] ?? null;
    if (made?.kind() !== "call_expression") return null;
    const fn = made.field("function");
    const list = made.field("arguments");
    if (fn?.kind() !== "identifier" || !list) return null;
    const { start, end } = made.range();
    const args = list.namedChildren().length === 0 ? [] : this.argumentValues(list.range().start.index, end.index, start.index, made);
    return args ? { name: fn.text(), args } : null;
  }
  /** Locals initialised with a call of a plain function (`const repo = scoped(Invoice, id)`), read from the text once. */
  factoryLocals() {
    if (this.callLocals) return this.callLocals;
    const names = /* @__PURE__ */ new Set();
    for (const m of this.text.matchAll(FACTORY_DECLARATION)) names.add(m[1]);
    this.callLocals = names;
    return names;
  }
  /**
   * A call through a table of functions: `cleanupTasks[task]()`, or `fn()` after `const fn = cleanupTasks[task]`.
   * The key is a value path (`task`, `job.name`, `job.data.task`); a local read from one stands for it.
   */
  dispatchOf(node, callee, at) {
    const direct = SUBSCRIPT_CALLEE.exec(callee);
    if (direct) return { table: direct[1], key: this.keyPath(direct[2], at, node) };
    if (!/^[A-Za-z_$][\w$]*$/.test(callee) || !this.subscriptLocals().has(callee)) return null;
    const local = this.localsAt(callee, at, this.topLevel(node))[0];
    let value3 = local?.node ? stripAwait(local.node) : null;
    while (value3?.kind() === "parenthesized_expression") value3 = value3.namedChildren()[0] ?? null;
    if (value3?.kind() !== "subscript_expression") return null;
    const table = value3.field("object");
    const index = value3.field("index");
    const key = index ? compact(index.text()) : "";
    if (table?.kind() !== "identifier" || !DOTTED_KEY.test(key)) return null;
    return { table: table.text(), key: this.keyPath(key, at, node) };
  }
  /** A key read from a local that holds a value path (`const { task } = job.data`) is that path. */
  keyPath(key, at, node) {
    if (key.includes(".") || !this.pathDeclared().has(key)) return key;
    const local = this.localsAt(key, at, this.topLevel(node))[0];
    if (!local) return key;
    if (local.text) return valuePath(local.text) ?? key;
    return local.node && valuePath(stripAwait(local.node).text()) || key;
  }
  /** Names the text declares from a subscript (`const fn = cleanupTasks[task]`): only those are looked up as dispatches. */
  subscriptLocals() {
    if (this.dispatchLocals) return this.dispatchLocals;
    const names = /* @__PURE__ */ new Set();
    if (this.text.includes("[")) for (const m of this.text.matchAll(SUBSCRIPT_DECLARATION)) names.add(m[1]);
    this.dispatchLocals = names;
    return names;
  }
  /** Names the text declares from a `new` expression (`const svc = new ClientService(user)`): only those are looked up. */
  instanceLocals() {
    if (this.newLocals) return this.newLocals;
    const names = /* @__PURE__ */ new Set();
    for (const m of this.text.matchAll(NEW_DECLARATION)) names.add(m[1]);
    this.newLocals = names;
    return names;
  }
  /**
   * The callees that write a CASL ability's rules rather than check one: `can`/`cannot` taken from
   * `new AbilityBuilder(…)` (destructured or as `builder.can`) or given to `defineAbility((can, cannot) => …)`.
   * `can('update', 'Project')` there grants a permission; read as a check, it would make whatever
   * builds the ability (an `attachAbility` middleware) look like an authorization guard.
   */
  abilityRuleCallees() {
    if (this.abilityRules) return this.abilityRules;
    const names = /* @__PURE__ */ new Set();
    if (!this.isPython && /AbilityBuilder|defineAbility/.test(this.text)) {
      const rule = /^(?:can|cannot)$/;
      for (const m of this.text.matchAll(ABILITY_BUILDER_DESTRUCTURED)) {
        for (const part of m[1].split(",")) {
          const [key, local] = part.split(":").map((x) => x.trim());
          if (key && rule.test(key)) names.add(local || key);
        }
      }
      for (const m of this.text.matchAll(ABILITY_BUILDER_VARIABLE)) {
        names.add(`${m[1]}.can`);
        names.add(`${m[1]}.cannot`);
      }
      for (const m of this.text.matchAll(DEFINE_ABILITY_CALLBACK)) {
        const params = (m[1] ?? m[2] ?? m[3] ?? "").split(",").map((x) => x.trim().split(/[\s:=]/)[0]);
        for (const p of params.slice(0, 2)) if (p) names.add(p);
      }
    }
    this.abilityRules = names;
    return names;
  }
  /**
   * A Python argument as the value it stands for: a local the function assigns once, from a value path
   * (`user = request.user`, then `services.delete_account(user)` or `notify(user.practice)`), is that path.
   */
  pythonValue(value3, at, node) {
    let out = value3;
    for (let hop = 0; hop < 3; hop++) {
      const root = /^[A-Za-z_]\w*/.exec(out)?.[0];
      if (!root || !this.pathDeclared().has(root)) break;
      const local = this.localsAt(root, at, this.topLevel(node))[0];
      const path2 = local?.node ? valuePath(stripAwait(local.node).text()) : null;
      if (!local || !path2 || !this.assignedOnce(root, local)) break;
      out = path2 + out.slice(root.length);
      at = local.at;
    }
    return out;
  }
  /** Whether the function a local is declared in binds the name nowhere else (no other assignment, loop or `with … as` target). */
  assignedOnce(name, local) {
    const declared = this.declarationsIn(this.topLevel(local.decl)).get(name) ?? [];
    const same = declared.filter((d) => {
      const range = (enclosingScope(d.decl) ?? this.root).range();
      return range.start.index === local.scopeStart && range.end.index === local.scopeEnd;
    });
    if (same.length !== 1) return false;
    const body = this.text.slice(local.scopeStart, local.scopeEnd);
    return !new RegExp(`\\b(?:for|as)\\s+(?:[\\w\\s,]*,\\s*)?${name}\\b`).test(body);
  }
  /** Names the text declares from a plain value path: `const caller = request.user!`, `const { id } = req.params`; Python `user = request.user`. */
  pathDeclared() {
    if (this.pathLocals) return this.pathLocals;
    const names = /* @__PURE__ */ new Set();
    if (this.isPython) {
      for (const m of this.text.matchAll(PY_PATH_DECLARATION)) names.add(m[1]);
      this.pathLocals = names;
      return names;
    }
    for (const m of this.text.matchAll(PATH_DECLARATION)) {
      if (m[1]) names.add(m[1]);
      else for (const part of m[2].split(",")) {
        const name = /(?:^|:)\s*([A-Za-z_$][\w$]*)\s*(?:=[^,]*)?$/.exec(part.trim())?.[1];
        if (name) names.add(name);
      }
    }
    this.pathLocals = names;
    return names;
  }
  /**
   * The class whose method `self.method()` runs: the enclosing top-level class, or the base class
   * in the same module that defines the method (`class Detail(OwnedMixin)`). The enclosing class
   * when none does: the method is inherited from elsewhere, and a sibling class is not what runs.
   * The module's classes are read once per file, not walked up to from every call.
   */
  pythonSelfClass(at, method) {
    if (!this.pyClasses) {
      this.pyClasses = /* @__PURE__ */ new Map();
      for (const c of this.root.children()) {
        const def = c.kind() === "decorated_definition" ? c.field("definition") : c;
        const name2 = def?.kind() === "class_definition" ? def.field("name")?.text() : void 0;
        if (!def || !name2) continue;
        const methods = /* @__PURE__ */ new Set();
        for (const m of def.field("body")?.children() ?? []) {
          const fn = m.kind() === "decorated_definition" ? m.field("definition") : m;
          const n = fn?.kind() === "function_definition" ? fn.field("name")?.text() : void 0;
          if (n) methods.add(n);
        }
        const bases = (def.field("superclasses")?.namedChildren() ?? []).filter((b) => b.kind() === "identifier").map((b) => b.text());
        const { start, end } = c.range();
        this.pyClasses.set(name2, { start: start.index, end: end.index, methods, bases });
      }
    }
    let name = null;
    for (const [n, c] of this.pyClasses) {
      if (c.start <= at && at < c.end) {
        name = n;
        break;
      }
    }
    if (name === null) return null;
    const key = `${name}\0${method}`;
    const known = this.pySelfMemo.get(key);
    if (known !== void 0) return known;
    let found = name;
    const seen = /* @__PURE__ */ new Set();
    const queue = [name];
    while (queue.length > 0 && seen.size < 16) {
      const current = queue.shift();
      if (seen.has(current)) continue;
      seen.add(current);
      const cls = this.pyClasses.get(current);
      if (!cls) continue;
      if (cls.methods.has(method)) {
        found = current;
        break;
      }
      queue.push(...cls.bases);
    }
    this.pySelfMemo.set(key, found);
    return found;
  }
  /** The calls and data operations between two byte offsets. */
  summarise(start, end) {
    const calls = [];
    const dataOps = [];
    const all = this.calls;
    const rules = this.abilityRuleCallees();
    for (let i = lowerBound(all, start); i < all.length && all[i].start < end; i++) {
      const call = all[i];
      if (call.end > end) continue;
      if (rules.size > 0 && rules.has(call.callee)) continue;
      const callFact = call.firstArg === void 0 ? { callee: call.callee, line: call.line } : { callee: call.callee, line: call.line, firstArg: call.firstArg };
      if (call.message !== void 0) callFact.message = call.message;
      if (call.stringsOnly) callFact.stringsOnly = true;
      if (call.receiverType) callFact.receiverType = call.receiverType;
      if (call.ormReceiver) callFact.ormReceiver = true;
      if (call.receiverArgs) callFact.receiverArgs = call.receiverArgs;
      if (call.receiverFactory) callFact.receiverFactory = call.receiverFactory;
      if (call.assignedTo) callFact.assignedTo = call.assignedTo;
      if (call.args) callFact.args = call.args;
      if (call.keywordArgs) callFact.keywordArgs = call.keywordArgs;
      if (call.dispatch) callFact.dispatch = call.dispatch;
      if (SECRET_CALLEE.test(call.callee)) {
        const signs = signingUse(call.node);
        if (signs) callFact.signs = signs;
      }
      if (!this.isPython && (ERROR_CALLEE.test(call.callee) || CHECK_CALLEE.test(call.callee) || call.firstArg === "403")) {
        const required = requiredName(call.node, start);
        if (required) callFact.onlyIf = required;
        if (call.firstArg === "403" && insideCatch(call.node, start)) callFact.inCatch = true;
      }
      calls.push(callFact);
      const op = call.data;
      if (op) {
        const { filter, values, ...rest } = op;
        const fact = { ...rest, callee: "callee" in op && op.callee || call.callee, location: { path: this.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } };
        if (filter.length > 0) fact.filter = filter;
        if (values.length > 0) fact.values = values;
        if (!this.isPython) {
          const owner = this.classAt(call.start);
          for (const v of [...filter, ...values]) {
            const field = /^this\.([A-Za-z_$][\w$]*)\./.exec(v)?.[1];
            const type = field ? owner?.fields.get(field)?.type : void 0;
            if (type) (fact.fieldTypes ??= {})[field] = type;
          }
        }
        dataOps.push(fact);
      }
    }
    const summary = { calls, dataOps };
    const headers = this.headerReads.filter((h) => h.start >= start && h.start < end).map(({ name, line }) => ({ name, line }));
    if (headers.length > 0) summary.headerReads = headers;
    const identity = this.sessionIdentityIndex.filter((s) => s.start >= start && s.start < end);
    if (identity.some((s) => s.write) && !identity.some((s) => !s.write)) summary.sessionWrites = identity.map(({ target, line }) => ({ target, line }));
    const principal = identity.length === 0 ? this.sessionPrincipalIndex.filter((s) => s.start >= start && s.start < end) : [];
    if (principal.length > 0) summary.sessionPrincipalWrites = principal.map(({ target, line }) => ({ target, line }));
    const compared = this.comparisonIndex.filter((c) => c.start >= start && c.start < end);
    if (compared.length > 0) {
      const loaded = dataOps.some((op) => op.op === "read" && op.boundTo !== void 0);
      const kept = (loaded ? compared : compared.filter((c) => PATH_PARAMETER.test(c.left) || PATH_PARAMETER.test(c.right))).map(({ left, right, line }) => ({ left, right, line }));
      if (kept.length > 0) summary.comparisons = kept;
    }
    return summary;
  }
  /**
   * Value paths compared in the file (`invoice.orgId !== req.user.orgId`, `String(doc.ownerId) === this.user.id`,
   * `doc.owner.equals(user._id)`, Python `invoice.org_id != request.user.org_id`), read from the text once.
   * Only comparisons whose sides are both dotted paths are kept: that is what an ownership check looks like.
   */
  get comparisonIndex() {
    if (this.comparisons) return this.comparisons;
    const out = [];
    const text2 = this.text;
    if (/[!=]=|\.equals\(/.test(text2)) {
      const lines2 = lineStarts(text2);
      const add = (left, right, at) => {
        if (!left || !right) return;
        const l = compact(left);
        const r = compact(right);
        if (!l.includes(".") && !r.includes(".") || l === r || NOT_A_VALUE_NAME.test(l) || NOT_A_VALUE_NAME.test(r)) return;
        out.push({ left: l, right: r, line: upperBound(lines2, at), start: at });
      };
      let exits = null;
      for (const m of text2.matchAll(COMPARISON_OPERATOR)) {
        const at = m.index;
        const before = text2.slice(Math.max(0, at - 160), at);
        const left = COMPARED_LEFT.exec(before)?.[1] ?? COMPARED_NAME_LEFT.exec(before)?.[1];
        if (!left) continue;
        COMPARED_RIGHT.lastIndex = at + m[0].length;
        COMPARED_NAME_RIGHT.lastIndex = at + m[0].length;
        const right = COMPARED_RIGHT.exec(text2)?.[1] ?? COMPARED_NAME_RIGHT.exec(text2)?.[1];
        if (m[0][0] === "=" && left && right && excludedByEquality(at, compact(left), compact(right), exits ??= earlyExits(this.root, this.isPython))) continue;
        add(left, right, at);
      }
      for (const m of text2.matchAll(EQUALS_CALL)) add(m[1], m[2], m.index);
      out.sort((a, b) => a.start - b.start);
    }
    this.comparisons = out;
    return out;
  }
  /**
   * Where the file writes or reads the caller's identity in a session (`req.session.userId = user.id`,
   * `if (!req.session.userId)`, Flask `session['user_id']`, `session.get('user_id')`), read from the text once.
   */
  get sessionIdentityIndex() {
    if (this.sessionIdentity) return this.sessionIdentity;
    const out = [];
    if (/session/i.test(this.text)) {
      const text2 = this.text;
      const lines2 = lineStarts(text2);
      for (const m of text2.matchAll(SESSION_IDENTITY)) {
        const at = m.index;
        const rest = text2.slice(at + m[0].length, at + m[0].length + 40);
        const assigned = /^\s*=(?![=>])\s*([^\n;]*)/.exec(rest);
        if (assigned && /^(?:null|undefined|None|void\b|''|"")/.test(assigned[1].trim())) continue;
        out.push({ target: compact(m[0]).replace(/\?\./g, "."), line: upperBound(lines2, at), start: at, write: assigned !== null });
      }
    }
    this.sessionIdentity = out;
    return out;
  }
  /**
   * Where the file writes another id into a session (`ctx.session.tenantId = row.tenant_id`, `session['patient_id'] = …`):
   * a principal other than a user (a renter, a patient) signed in, or mere state (`session.cartId`): the rules decide.
   */
  get sessionPrincipalIndex() {
    if (this.sessionPrincipal) return this.sessionPrincipal;
    const out = [];
    if (/session/i.test(this.text)) {
      const text2 = this.text;
      const lines2 = lineStarts(text2);
      for (const m of text2.matchAll(SESSION_PRINCIPAL)) {
        const at = m.index;
        const assigned = /^\s*=(?![=>])\s*([^\n;]*)/.exec(text2.slice(at + m[0].length, at + m[0].length + 80));
        if (!assigned || /^(?:null|undefined|None|void\b|''|"")/.test(assigned[1].trim())) continue;
        out.push({ target: compact(m[0]).replace(/\?\./g, "."), line: upperBound(lines2, at), start: at });
      }
    }
    this.sessionPrincipal = out;
    return out;
  }
  /** `req.headers.authorization`, `request.headers['x-cron-secret']`: request headers read as properties, in source order. */
  get headerReads() {
    if (this.headerProperties) return this.headerProperties;
    const out = [];
    if (!this.isPython && this.text.includes("headers")) {
      const rule = { any: [{ kind: "member_expression" }, { kind: "subscript_expression" }], has: { field: "object", regex: "(?:^|\\.)headers$" } };
      for (const node of this.root.findAll({ rule })) {
        const key = node.kind() === "member_expression" ? node.field("property") : node.field("index");
        if (!key || key.kind() !== "property_identifier" && key.kind() !== "string") continue;
        const { start } = node.range();
        out.push({ name: unquote(key.text()).toLowerCase(), line: start.line + 1, start: start.index });
      }
    }
    this.headerProperties = out;
    return out;
  }
  /**
   * What holds a TypeORM repository in this file, read from the text: a local (`const repo = AppDataSource.getRepository(TimeEntry)`,
   * the latest before `at`) or a function returning one (`const members = () => AppDataSource.getRepository(Member)`,
   * `function repo() { return dataSource.getRepository(TimeEntry); }`); the entity it holds.
   */
  repositoryHeldBy(name, accessor, at) {
    let found;
    for (const h of this.holders) if (h.name === name && h.accessor === accessor && (accessor || h.at < at)) found = h.model;
    return found;
  }
  get holders() {
    if (this.repositoryHolders) return this.repositoryHolders;
    const out = [];
    if (!this.isPython && this.text.includes("getRepository(")) {
      const listed = /* @__PURE__ */ new Set();
      for (const m of this.text.matchAll(EXPORT_LIST)) for (const spec of m[1].split(",")) listed.add(spec.trim().split(/\s+/)[0]);
      for (const m of this.text.matchAll(REPOSITORY_HOLDER)) {
        const name = m[1] ?? m[4];
        const exported = /\bexport\s+(?:async\s+)?$/.test(this.text.slice(Math.max(0, m.index - 20), m.index)) || listed.has(name);
        out.push({ name, model: m[3] ?? m[5], accessor: m[2] !== void 0 || m[4] !== void 0, at: m.index, exported });
      }
    }
    this.repositoryHolders = out;
    return out;
  }
  /**
   * The TypeORM repositories this module exports, and what they hold: `export const userRepo = () => AppDataSource.getRepository(User)`,
   * `export const users = AppDataSource.getRepository(User)`, `export function repo() { return ds.getRepository(User) }`.
   * Another module that imports one writes that entity through it (see `DataOpFact.repository`).
   */
  exportedRepositories() {
    return this.holders.filter((h) => h.exported).map(({ name, model, accessor }) => ({ name, model, accessor }));
  }
  /**
   * Names bound by this module's imports (`import { userRepo } from '../db/repositories'`, `const { userRepo } = require(…)`),
   * as the structure extractor reads them: it hands them over before functions are summarised.
   */
  useImportedNames(names) {
    this.imported = names;
  }
  /**
   * A TypeORM repository imported from another module: `userRepo().update(…)` with `import { userRepo } from
   * '../db/repositories'`, or `users.delete(…)` with `users` imported. Which entity it holds is known only once the
   * module that exports it is read, so the operation names the holder (`repository`); the fact index resolves it, and
   * drops the operation when the import holds no repository and its name says nothing (`cache().delete(key)`).
   */
  importedRepository(node, callee, found, leaves) {
    const m = HOLDER_CALLEE.exec(callee);
    if (!m || !this.imported.has(m[1])) return null;
    const op = found ?? classifyInjectedRepository(node, m[3], { model: "", orm: "typeorm" }, leaves);
    if (!op) return null;
    const guess = found?.model ?? repositoryNameGuess(m[1]);
    return { ...op, model: guess, repository: { holder: m[1], accessor: m[2] !== void 0, guess } };
  }
  classify(node, callee, firstString2, owner) {
    let scope = null;
    const leaves = (n, out) => this.collectLeaves(n, out, 0, scope ??= this.topLevel(node));
    const injected = owner ? /^this\.(\w+)\.(\w+)$/.exec(callee) : null;
    const repository = injected ? owner.fields.get(injected[1])?.repository : null;
    if (injected && repository) {
      const op = this.withSavedFields(classifyInjectedRepository(node, injected[2], repository, leaves), node, injected[2], scope ??= this.topLevel(node), leaves);
      const entity = op ? owner.entityParams?.get(repository.model) : void 0;
      return entity ? { ...op, modelArgument: entity } : op;
    }
    const held = !this.isPython && this.text.includes("getRepository(") ? /^([A-Za-z_$][\w$]*)(\(\))?\.(\w+)$/.exec(callee) : null;
    const heldModel = held ? this.repositoryHeldBy(held[1], held[2] !== void 0, node.range().start.index) : void 0;
    if (held && heldModel) return this.withSavedFields(classifyInjectedRepository(node, held[3], { model: heldModel, orm: "typeorm" }, leaves), node, held[3], scope ??= this.topLevel(node), leaves);
    const found = mightBeDataCall(callee, this.language) ? classifyDataNode(node, callee, this.language, leaves) : null;
    if (found) return found.via === "typeorm" && !this.isPython && this.importedRepository(node, callee, found, leaves) || found;
    const imported = !this.isPython && mightBeDataCall(callee, this.language) ? this.importedRepository(node, callee, null, leaves) : null;
    if (imported) return imported;
    const instance = INSTANCE_WRITE.exec(callee);
    if (instance) {
      const written = this.instanceWrite(node, instance[1], instance[2], owner, scope ??= this.topLevel(node), leaves);
      if (written) return written;
    }
    const sql = firstString2 ? classifySql(callee, firstString2) : null;
    if (!sql) return null;
    const params = sqlParameters(node, leaves);
    return sql.op === "create" ? { ...sql, filter: [], values: params } : { ...sql, filter: params, values: [] };
  }
  /**
   * `member.destroy()`, `invoice.save()` after `invoice.status = 'void'`, `member.update({ role })`
   * on a row the same function loaded from a model (`const member = await User.findOne({ where })`,
   * Sequelize/Mongoose/active-record style): a write of that model, selected by the load's filter.
   * Anything else called `save` or `destroy` (a form, a socket, `req.session`) is not a local loaded from a model.
   */
  instanceWrite(call, name, method, owner, scope, leaves) {
    const at = call.range().start.index;
    const local = this.localsAt(name, at, scope)[0];
    if (!local?.node) return null;
    let load = stripAwait(local.node);
    for (let hops = 0; hops < 3 && load.kind() === "call_expression"; hops++) {
      const fn = load.field("function");
      if (fn?.kind() !== "member_expression" || !/^(?:exec|orFail|populate|select|session)$/.test(fn.field("property")?.text() ?? "")) break;
      load = fn.field("object") ?? load;
    }
    if (load.kind() !== "call_expression") return null;
    const loadCallee = compact(load.field("function")?.text() ?? "");
    const indexed = this.indexedCall(load);
    const injected = owner ? THIS_FIELD_CALL.exec(loadCallee) : null;
    const repository = injected ? owner.fields.get(injected[1])?.repository : null;
    let read = indexed ? indexed.data : injected && repository ? classifyInjectedRepository(load, injected[2], repository, leaves) : mightBeDataCall(loadCallee, this.language) ? classifyDataNode(load, loadCallee, this.language, leaves) : null;
    if (!read && /^[A-Za-z_$][\w$]*$/.test(loadCallee)) read = this.rowReturnedBy(loadCallee, load, leaves);
    if (!read || read.op !== "read" || read.via !== "orm" || !read.model) return null;
    const op = INSTANCE_METHODS[method];
    const values = [];
    const written = (arg) => {
      leaves(arg, values);
      if (arg.kind() === "object") {
        for (const [key] of objectEntries(arg)) if (!values.includes(`.${key}`)) values.push(`.${key}`);
      }
    };
    if (method === "update") for (const arg of argumentsOf(call.field("arguments"))) written(arg);
    else if (method === "save") this.fieldsSetOn(name, local.at, at, scope, values, leaves, written);
    return { op, model: read.model, via: "orm", filter: read.filter, values };
  }
  /**
   * `invoice.status = 'void'` or `member.set({ role })` between a row's declaration (`from`) and its save (`to`): the fields
   * written (as `.status`) and the values written to them.
   */
  fieldsSetOn(name, from, to, scope, values, leaves, written) {
    const rule = {
      any: [
        { kind: "assignment_expression", has: { field: "left", kind: "member_expression", has: { field: "object", regex: `^${name}$` } } },
        { kind: "call_expression", has: { field: "function", regex: `^${name}\\s*\\.\\s*set$` } }
      ]
    };
    for (const node of scope.findAll({ rule })) {
      const offset = node.range().start.index;
      if (offset <= from || offset >= to) continue;
      if (node.kind() === "call_expression") {
        for (const arg of argumentsOf(node.field("arguments"))) written(arg);
        continue;
      }
      const field = node.field("left")?.field("property")?.text();
      if (field && !values.includes(`.${field}`)) values.push(`.${field}`);
      leaves(node.field("right"), values);
    }
  }
  /**
   * A TypeORM `repo.save(vehicle)` of a local row whose fields were set before (`vehicle.status = 'decommissioned'` on a row
   * `this.findForOrg(…)` returned): the update writes those fields, as `invoice.save()` does after `invoice.status = 'void'`.
   */
  withSavedFields(op, call, method, scope, leaves) {
    if (!op || op.op !== "update" || method !== "save") return op;
    const row = argumentsOf(call.field("arguments"))[0];
    if (row?.kind() !== "identifier") return op;
    const at = call.range().start.index;
    const local = this.localsAt(row.text(), at, scope)[0];
    if (!local) return op;
    const values = [...op.values];
    const written = (arg) => {
      leaves(arg, values);
      if (arg.kind() === "object") {
        for (const [key] of objectEntries(arg)) if (!values.includes(`.${key}`)) values.push(`.${key}`);
      }
    };
    this.fieldsSetOn(row.text(), local.at, at, scope, values, leaves, written);
    return values.length === op.values.length ? op : { ...op, values };
  }
  /**
   * The model read whose row a function of this file returns (`async function findInvoice(organizationId, id) {
   * const invoice = await Invoice.findOne({ where: { id, organizationId } }); …; return invoice; }`), with the
   * filter in the caller's terms: a value read from a parameter becomes what the call passes for it.
   */
  rowReturnedBy(name, call, leaves) {
    if (this.isPython || !this.text.includes(name)) return null;
    const named2 = { field: "name", regex: `^${name.replace(/\$/g, "\\$")}$` };
    const fn = this.root.find({
      rule: {
        any: [
          { kind: "function_declaration", has: named2 },
          { kind: "variable_declarator", has: named2 }
        ]
      }
    });
    const body = fn?.kind() === "variable_declarator" ? fn.field("value") : fn;
    if (!body || !/^(?:function_declaration|arrow_function|function_expression|function)$/.test(kindOf(body))) return null;
    const returned = body.findAll({ rule: { kind: "return_statement" } }).map((r) => r.children().find((c) => c.isNamed()));
    let read = null;
    for (const value3 of returned) {
      if (!value3) continue;
      let load = stripAwait(value3);
      if (load.kind() === "identifier") {
        const local = this.localsAt(load.text(), value3.range().start.index, body)[0];
        load = local?.node ? stripAwait(local.node) : load;
      }
      if (load.kind() !== "call_expression") continue;
      const loadCallee = compact(load.field("function")?.text() ?? "");
      const found = this.indexedCall(load)?.data ?? (mightBeDataCall(loadCallee, this.language) ? classifyDataNode(load, loadCallee, this.language, leaves) : null);
      if (found && "op" in found && found.op === "read" && found.via === "orm" && found.model) {
        read = found;
        break;
      }
    }
    if (!read) return null;
    const params = (body.field("parameters")?.namedChildren() ?? []).map((p) => p.kind() === "identifier" ? p.text() : p.kind() === "required_parameter" ? p.field("pattern")?.text() ?? "" : "");
    const single = body.field("parameter");
    if (single?.kind() === "identifier") params.push(single.text());
    const args = argumentsOf(call.field("arguments"));
    const filter = [];
    for (const v of read.filter) {
      const root = v.split(/[.([]/)[0];
      const i = params.indexOf(root);
      if (i < 0) {
        if (!filter.includes(v)) filter.push(v);
        continue;
      }
      const arg = args[i];
      const passed = [];
      if (arg && root === v) leaves(arg, passed);
      else if (arg && /^(?:identifier|member_expression)$/.test(kindOf(arg))) passed.push(compact(arg.text()) + v.slice(root.length));
      else passed.push(v);
      for (const p of passed) if (!filter.includes(p)) filter.push(p);
    }
    return { ...read, filter, values: [] };
  }
  /** The index's entry for a call node, when it is indexed already (while the index is built: the calls before it). */
  indexedCall(node) {
    const all = this.indexedCalls ?? this.indexing;
    const { start, end } = node.range();
    for (let i = lowerBound(all, start.index); i < all.length && all[i].start === start.index; i++) if (all[i].end === end.index) return all[i];
    return void 0;
  }
  /**
   * The value texts under a node: identifiers, member paths and short accessor calls
   * (`c.req.param('id')`), with locals followed one or two steps to where they were read
   * (`const { projectId } = req.params` → `projectId`, `req.params.projectId`).
   */
  collectLeaves(node, out, depth, scope = this.root) {
    if (!node || out.length >= MAX_LEAVES2) return;
    const kind2 = kindOf(node);
    switch (kind2) {
      case "identifier":
      case "shorthand_property_identifier": {
        const name = node.text();
        if (LITERAL_IDENTIFIERS.has(name)) return;
        push2(out, name);
        if (depth < 2) for (const local of this.localsAt(name, node.range().start.index, scope)) {
          if (local.text) push2(out, local.text);
          else this.collectLeaves(local.node, out, depth + 1, scope);
        }
        return;
      }
      case "member_expression":
      case "subscript_expression":
      case "attribute":
      case "subscript":
        push2(out, compact(node.text()));
        return;
      case "call_expression":
      case "call": {
        const text2 = compact(node.text());
        if (text2.length <= 80) push2(out, text2);
        const fn = node.field("function");
        if (fn && (fn.kind() === "member_expression" || fn.kind() === "attribute")) this.collectLeaves(fn.field("object"), out, depth, scope);
        for (const arg of argumentsOf(node.field("arguments"))) this.collectLeaves(arg, out, depth, scope);
        return;
      }
      case "pair":
      case "keyword_argument":
        this.collectLeaves(node.field("value"), out, depth, scope);
        return;
      case "string":
      case "number":
      case "comment":
      case "property_identifier":
      case "regex":
        return;
      default:
        for (const child of node.namedChildren()) this.collectLeaves(child, out, depth, scope);
    }
  }
  /** The local variable named `name` visible at `offset` (the latest declaration before it). */
  localsAt(name, offset, scope) {
    const declared = this.declarationsIn(scope).get(name);
    if (!declared) return [];
    const visible = [];
    for (const d of declared) {
      if (d.at >= offset) continue;
      if (d.scopeEnd < 0) {
        const range = (enclosingScope(d.decl) ?? this.root).range();
        d.scopeStart = range.start.index;
        d.scopeEnd = range.end.index;
      }
      if (d.scopeStart <= offset && offset <= d.scopeEnd) visible.push(d);
    }
    return visible.length > 0 ? [visible[visible.length - 1]] : [];
  }
  /**
   * Every declaration in a top-level statement, by the names it binds: `const name = …`,
   * `const { name } = …`, `const { key: name } = …`, Python `name = …`. One query per
   * statement, however many names are looked up in it.
   */
  declarationsIn(scope) {
    this.locals ??= /* @__PURE__ */ new Map();
    const key = scope.range().start.index;
    const cached = this.locals.get(key);
    if (cached) return cached;
    const byName = /* @__PURE__ */ new Map();
    const add = (name, decl, node, text2) => {
      const list = byName.get(name) ?? [];
      list.push({ name, decl, at: decl.range().start.index, scopeStart: -1, scopeEnd: -1, node, text: text2 });
      byName.set(name, list);
    };
    const rule = this.isPython ? { kind: "assignment", has: { field: "left", kind: "identifier" } } : { kind: "variable_declarator" };
    for (const decl of scope.findAll({ rule })) {
      const target = decl.field("name") ?? decl.field("left");
      const value3 = decl.field("value") ?? decl.field("right");
      if (!target || !value3) continue;
      const targetKind = target.kind();
      if (targetKind === "identifier") {
        add(target.text(), decl, value3, null);
        continue;
      }
      if (targetKind !== "object_pattern") continue;
      const source = compact(stripAwait(value3).text());
      const simpleSource = source.length <= 60 && !source.includes("(");
      for (const child of target.children()) {
        const childKind = child.kind();
        let name = null;
        let field = null;
        if (childKind === "shorthand_property_identifier_pattern") name = field = child.text();
        else if (childKind === "pair_pattern") {
          name = child.field("value")?.text() ?? null;
          field = child.field("key")?.text() ?? null;
        } else if (childKind === "object_assignment_pattern") name = field = child.field("left")?.text() ?? null;
        if (name && field) add(name, decl, simpleSource ? null : value3, simpleSource ? `${source}.${field}` : null);
      }
    }
    this.locals.set(key, byName);
    return byName;
  }
  /**
   * The statement directly under the module around a node (the node itself at the top), found
   * by offset among the module's statements: asking a node for its ancestors builds the whole
   * chain natively, for every call classified.
   */
  topLevel(node) {
    this.statements ??= this.root.namedChildren().map((n) => {
      const r = n.range();
      return { start: r.start.index, end: r.end.index, node: n };
    });
    const at = node.range().start.index;
    let lo = 0;
    let hi = this.statements.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const s = this.statements[mid];
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s.node;
    }
    return node;
  }
  /** The innermost class around an offset, with its typed fields. */
  classAt(offset) {
    this.classScopes ??= this.collectClasses();
    let found = null;
    for (const c of this.classScopes) if (c.start <= offset && offset < c.end && (!found || c.start > found.start)) found = c;
    return found;
  }
  collectClasses() {
    const out = [];
    for (const node of this.nodes("class_declaration")) {
      const name = node.field("name")?.text();
      const body = node.field("body");
      if (!name || !body) continue;
      const { start, end } = node.range();
      const fields = /* @__PURE__ */ new Map();
      const typeParams = node.field("type_parameters")?.namedChildren().filter((p) => p.kind() === "type_parameter").map((p) => p.field("name")?.text() ?? "").filter(Boolean) ?? [];
      const entityParams = /* @__PURE__ */ new Map();
      for (const member of body.namedChildren()) {
        const kind2 = kindOf(member);
        if (kind2 === "public_field_definition") {
          const field = member.field("name")?.text();
          if (field) fields.set(field, classField(member));
        } else if (kind2 === "method_definition" && member.field("name")?.text() === "constructor") {
          const assigned = /* @__PURE__ */ new Map();
          for (const m of (member.field("body")?.text() ?? "").matchAll(/this\.(\w+)\s*=\s*(\w+)\s*(?:;|$)/gm)) assigned.set(m[2], m[1]);
          for (const param of member.field("parameters")?.namedChildren() ?? []) {
            if (kindOf(param) !== "required_parameter" && kindOf(param) !== "optional_parameter") continue;
            const id = param.field("pattern");
            if (!id || id.kind() !== "identifier") continue;
            const typeText = typeParams.length > 0 ? compact(param.field("type")?.text() ?? "").replace(/^:/, "") : "";
            for (const t of typeParams) if (!entityParams.has(t) && new RegExp(`[<,]${t}[>,]|=>${t}$`).test(typeText)) entityParams.set(t, id.text());
            const property = param.children().some((c) => c.kind() === "accessibility_modifier" || c.kind() === "readonly") ? id.text() : assigned.get(id.text());
            if (property && !fields.get(property)?.type) fields.set(property, classField(param));
          }
        }
      }
      out.push(entityParams.size > 0 ? { name, start: start.index, end: end.index, fields, entityParams } : { name, start: start.index, end: end.index, fields });
    }
    return out;
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
function leadingString(text2, from, to, python2) {
  let i = from;
  if (text2[i] === "`") return templateBody(text2, i, to);
  if (text2[i] === "<") return null;
  if (text2[i] === "?" && text2[i + 1] === ".") i += 2;
  while (i < to && /\s/.test(text2[i])) i++;
  if (text2[i] !== "(") return null;
  i++;
  while (i < to && /\s/.test(text2[i])) i++;
  if (python2) while (i < to && /[rRbBuUfF]/.test(text2[i])) i++;
  const quote = text2[i];
  if (quote === "`") return templateBody(text2, i, to);
  if (quote !== '"' && quote !== "'") return null;
  const triple = python2 && text2.startsWith(quote.repeat(3), i);
  const delimiter = triple ? quote.repeat(3) : quote;
  const bodyStart = i + delimiter.length;
  for (let j = bodyStart; j < to; j++) {
    if (text2[j] === "\\") j++;
    else if (text2.startsWith(delimiter, j)) return text2.slice(bodyStart, j);
    else if (!triple && text2[j] === "\n") return null;
  }
  return null;
}
function templateBody(text2, at, to) {
  for (let j = at + 1; j < to; j++) {
    if (text2[j] === "\\") j++;
    else if (text2[j] === "`") return text2.slice(at + 1, j);
  }
  return null;
}
function kindOf(node) {
  return String(node.kind());
}
function firstArgument(args) {
  if (!args) return null;
  const second = args.child(1);
  if (!second) return null;
  if (second.isNamed() && second.kind() !== "comment") return second;
  if (!second.isNamed() && second.text() === ")") return null;
  for (const child of args.namedChildren()) if (child.kind() !== "comment") return child;
  return null;
}
function argumentsOf(args) {
  if (!args) return [];
  return args.namedChildren().filter((c) => c.kind() !== "comment");
}
function declaredInto(text2, at, call) {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text2[i])) i--;
  if (text2.slice(Math.max(0, i - 4), i + 1) === "await") for (i -= 5; i >= 0 && /\s/.test(text2[i]); ) i--;
  if (text2[i] !== "=" || /[=!<>]/.test(text2[i - 1] ?? "")) return null;
  let node = call;
  for (let hops = 0; hops < 4; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind2 = kindOf(parent);
    if (kind2 === "variable_declarator") {
      const name = parent.field("name");
      if (name?.kind() === "identifier") return [name.text()];
      if (name?.kind() !== "object_pattern") return null;
      const names = [];
      for (const part of name.namedChildren()) {
        const partKind = kindOf(part);
        if (partKind === "shorthand_property_identifier_pattern") names.push(part.text());
        else if (partKind === "pair_pattern" && part.field("value")?.kind() === "identifier") names.push(part.field("value").text());
        else if (partKind === "object_assignment_pattern" && part.field("left")?.kind() === "shorthand_property_identifier_pattern") names.push(part.field("left").text());
      }
      return names.length > 0 ? names : null;
    }
    if (kind2 !== "await_expression" && kind2 !== "parenthesized_expression" && kind2 !== "as_expression" && kind2 !== "non_null_expression") return null;
    node = parent;
  }
  return null;
}
function boundLocal(call) {
  let node = call;
  for (let hops = 0; hops < 8; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind2 = kindOf(parent);
    if (kind2 === "variable_declarator") {
      const name = parent.field("name");
      return name?.kind() === "identifier" ? name.text() : null;
    }
    if (kind2 === "member_expression" && QUERY_MODIFIER.test(parent.field("property")?.text() ?? "")) {
      const chained = parent.parent();
      if (chained?.kind() !== "call_expression" || chained.field("function")?.id() !== parent.id()) return null;
      node = chained;
      continue;
    }
    if (kind2 !== "await_expression" && kind2 !== "parenthesized_expression" && kind2 !== "as_expression" && kind2 !== "non_null_expression") return null;
    node = parent;
  }
  return null;
}
var PATH_PARAMETER = /(?:^|\.)params(?:\.[A-Za-z_$][\w$]*|\[['"][\w$]+['"]\])$/;
var QUERY_MODIFIER = /^(?:lean|exec|populate|select|orFail|session|setOptions|collation|hint|maxTimeMS|read|comment)$/;
function pythonBoundLocal(call) {
  let node = call;
  for (let hops = 0; hops < 6; hops++) {
    const parent = node.parent();
    if (!parent) return null;
    const kind2 = parent.kind();
    if (kind2 === "assignment") {
      const left = parent.field("left");
      return parent.field("right")?.id() === node.id() && left?.kind() === "identifier" ? left.text() : null;
    }
    if (kind2 === "argument_list" && (parent.namedChildren().length !== 1 || !/\.(?:scalars?|execute|exec|get|one|first|scalar_one(?:_or_none)?)$/.test(parent.parent()?.field("function")?.text() ?? ""))) return null;
    if (kind2 !== "await" && kind2 !== "parenthesized_expression" && kind2 !== "argument_list" && kind2 !== "call" && kind2 !== "attribute") return null;
    node = parent;
  }
  return null;
}
var NO_ARGUMENTS = /^(?:console|JSON|Math|Object|Array|Promise|Number|String|Date|Reflect|Buffer|z|expect|describe|it|test|vi|jest|logger|log|res|reply|response|router|app|fastify|require|import|parseInt|parseFloat|setTimeout|setInterval)(?:\.|$)|(?:^|\.)(?:push|map|filter|forEach|reduce|some|every|includes|join|split|slice|replace|toString|then|catch|json|send|status|log|debug|info|warn|error|use|on|emit)$/;
var PY_PATH_DECLARATION = /^[ \t]*([A-Za-z_]\w*)[ \t]*=[ \t]*(?:await[ \t]+)?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[ \t]*(?:#.*)?$/gm;
var PATH_DECLARATION = /\b(?:const|let|var)\s+(?:([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?|\{([^{}]*)\}\s*(?::[^=;\n]+)?)=\s*(?:await\s+)?[A-Za-z_$][\w$]*(?:\s*[!?]?\.\s*[A-Za-z_$][\w$]*)*!?(?:\s+as\s+[\w$.<>[\]| ]+)?\s*(?:;|\n|$)/g;
var SESSION_IDENTITY = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\??\.)*session(?:\??\.(?:userId|userID|user_id|uid|user|currentUser|current_user|accountId|account_id)\b|\[\s*['"](?:userId|user_id|uid|user|account_id)['"]\s*\]|\.get\(\s*['"](?:userId|user_id|uid|user|account_id)['"])/g;
var SESSION_PRINCIPAL = /(?<![\w$.])(?:[A-Za-z_$][\w$]*\??\.)*session(?:\??\.(?:[a-z][A-Za-z0-9]*Id|[a-z][a-z0-9]*_id)\b|\[\s*['"](?:[a-z][a-z0-9]*_id|[a-z][A-Za-z0-9]*Id)['"]\s*\])/g;
var ABILITY_BUILDER_DESTRUCTURED = /\{([^{}]*)\}\s*(?::[^=;\n]+)?=\s*new\s+AbilityBuilder\b/g;
var ABILITY_BUILDER_VARIABLE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*new\s+AbilityBuilder\b/g;
var DEFINE_ABILITY_CALLBACK = /\bdefineAbility\s*(?:<[^>]*>)?\(\s*(?:async\s+)?(?:function\s*[\w$]*\s*\(([^)]*)\)|\(([^)]*)\)\s*=>|([A-Za-z_$][\w$]*)\s*=>)/g;
var REQUIRED_CONDITION = /^\(\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*(?:!==?\s*(?:undefined|null)\s*)?(?:&&|\)$)/;
var CHECK_CALLEE = /(?:^|\.)(?:require|assert|ensure|check|enforce|authori[sz]e|verify)[A-Z]\w*$|(?:^|\.)(?:authori[sz]e|can)$/;
var SECRET_CALLEE = /crypt|secret|reveal|unseal|decipher/i;
var SIGNING_CALLEE = /(?:^|\.)(?:hmac\.\w+|createHmac|hashlib\.\w+|createHash)$|(?:^|[._])_?sign(?!_?(?:up|in|out)\b)\w*$|(?:^|[._])(?:hmac|signature|digest)\w*$/i;
var KEY_CONVERSION = /^(?:bytes|str|Buffer\.from|TextEncoder\(\)\.encode)$/;
var CONVERSION_METHOD = /^(?:encode|decode|toString|strip|trim)$/;
function signingUse(node) {
  const direct = signingArgument(node);
  if (direct) return direct;
  const holder = node.parent();
  const kind2 = holder ? String(holder.kind()) : "";
  const name = kind2 === "assignment" || kind2 === "variable_declarator" ? holder.field(kind2 === "assignment" ? "left" : "name") ?? null : null;
  if (!name || name.kind() !== "identifier" || holder.field(kind2 === "assignment" ? "right" : "value")?.id() !== node.id()) return null;
  let body = holder;
  while (body && !/^(?:function_definition|function_declaration|function_expression|arrow_function|method_definition|module|program)$/.test(String(body.kind()))) body = body.parent();
  if (!body) return null;
  let found = null;
  for (const use of body.findAll({ rule: { kind: "identifier", regex: `^${name.text()}$` } })) {
    if (use.id() === name.id()) continue;
    const signs = signingArgument(use);
    if (!signs) return null;
    found ??= signs;
  }
  return found;
}
function signingArgument(node) {
  let value3 = node;
  for (let depth = 0; depth < 4; depth++) {
    const parent = value3.parent();
    if (!parent) return null;
    const kind2 = String(parent.kind());
    if ((kind2 === "attribute" || kind2 === "member_expression") && parent.field("object")?.id() === value3.id()) {
      const method = parent.field(kind2 === "attribute" ? "attribute" : "property")?.text() ?? "";
      const call2 = parent.parent();
      if (!CONVERSION_METHOD.test(method) || !call2 || !/^call(?:_expression)?$/.test(String(call2.kind()))) return null;
      value3 = call2;
      continue;
    }
    const list = kind2 === "keyword_argument" ? parent.parent() : parent;
    const listKind = list ? String(list.kind()) : "";
    if (listKind !== "argument_list" && listKind !== "arguments") return null;
    const call = list.parent();
    const callee = compact(call?.field("function")?.text() ?? "");
    if (!call || !callee) return null;
    if (SIGNING_CALLEE.test(callee)) return callee;
    if (!KEY_CONVERSION.test(callee)) return null;
    value3 = call;
  }
  return null;
}
function insideCatch(node, start) {
  for (let n = node.parent(); n && n.range().start.index >= start; n = n.parent()) if (n.kind() === "catch_clause") return true;
  return false;
}
function requiredName(node, start) {
  let child = node;
  for (let n = node.parent(); n && n.range().start.index >= start; child = n, n = n.parent()) {
    if (n.kind() !== "if_statement") continue;
    const consequence = n.field("consequence");
    if (!consequence || child.range().start.index < consequence.range().start.index) continue;
    const m = REQUIRED_CONDITION.exec(compact(n.field("condition")?.text() ?? ""));
    if (m) return m[1];
  }
  return null;
}
var EXPORT_LIST = /\bexport\s*\{([^}]*)\}(?!\s*from)/g;
var HOLDER_CALLEE = /^([A-Za-z_$][\w$]*)(\(\))?\.(\w+)$/;
var REPOSITORY_HOLDER = /\b(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(\(\s*\)\s*(?::[^=]+)?=>\s*)?[\w$.]*getRepository\(\s*([A-Z][\w$]*)\s*\)|\bfunction\s+([A-Za-z_$][\w$]*)\s*\(\s*\)\s*(?::[^{]+)?\{\s*return\s+[\w$.]*getRepository\(\s*([A-Z][\w$]*)\s*\)/g;
var BUILTIN_CLASSES = String.raw`(?:Map|Set|WeakMap|WeakSet|Date|\w*Error|URL|URLSearchParams|Array|Promise|RegExp|Headers|Response|Request|FormData|TextEncoder|TextDecoder|AbortController|Blob|Buffer|ArrayBuffer|DataView|\w*Array|Proxy|Intl|Number|String|Boolean|Object|Function|Symbol|EventEmitter|Worker)\b`;
var SUBSCRIPT_CALLEE = /^([A-Za-z_$][\w$]*)\[([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\](?:\?\.)?$/;
var DOTTED_KEY = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
var SUBSCRIPT_DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::(?:=>|[^=;\n])+)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*\[[A-Za-z_$][\w$.]*\]/g;
var FACTORY_DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(?:await\s+)?[A-Za-z_$][\w$]*\s*(?:<[^>()]*>\s*)?\(/g;
var FACTORY_CALL_RECEIVER = /^[A-Za-z_$][\w$]*(?:<[^()]*>)?\([^()]*\)\.[A-Za-z_$][\w$]*$/;
var NEW_DECLARATION = new RegExp(String.raw`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;\n]+)?=\s*(?:await\s+)?\(?\s*new\s+(?!${BUILTIN_CLASSES})[A-Z]`, "g");
function valuePath(text2) {
  const bare = text2.trim().replace(/\s+as\s+[\w$.<>[\]| ]+$/, "").replace(/!+$/, "");
  if (bare.length > 80) return null;
  const path2 = compact(bare);
  return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[(["'])[\w$-]+\1\])*$/.test(path2) ? path2 : null;
}
function pythonArgumentValues(text2, from, to) {
  const raw = splitArguments(text2, from, to);
  if (!raw || raw.length === 0 || raw.length > 12) return null;
  const args = [];
  const keywordArgs = {};
  let positional = true;
  for (const a of raw) {
    const named2 = /^\s*([A-Za-z_]\w*)\s*=(?!=)([\s\S]*)$/.exec(a);
    if (named2) {
      const value4 = valuePath(named2[2]) ?? accessorCall(named2[2]);
      if (value4 && !PY_LITERAL_NAMES.has(value4)) keywordArgs[named2[1]] = value4;
      continue;
    }
    if (/^\s*\*/.test(a)) positional = false;
    if (!positional || a.trim() === "") continue;
    const value3 = valuePath(a) ?? accessorCall(a);
    args.push(value3 && !PY_LITERAL_NAMES.has(value3) ? value3 : "");
  }
  const out = {};
  if (args.some((v) => v !== "")) out.args = args;
  if (Object.keys(keywordArgs).length > 0) out.keywordArgs = keywordArgs;
  return out.args || out.keywordArgs ? out : null;
}
function accessorCall(text2) {
  const path2 = compact(text2.trim());
  return path2.length <= 80 && /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\(\)$/.test(path2) ? path2 : null;
}
var PY_LITERAL_NAMES = /* @__PURE__ */ new Set(["None", "True", "False", "self", "cls"]);
var PLAIN_STRING = /^(?:'[^'\\]*'|"[^"\\]*"|`[^`$\\]*`)$/;
function splitArguments(text2, from, to) {
  let i = from;
  while (i < to && (text2[i] === " " || text2[i] === "	")) i++;
  if (text2[i] !== "(" || to - i > 600) return null;
  const out = [];
  let depth = 0;
  let start = i + 1;
  for (let j = i; j < to; j++) {
    const ch = text2[j];
    if (ch === '"' || ch === "'" || ch === "`") {
      for (j++; j < to && text2[j] !== ch; j++) if (text2[j] === "\\") j++;
    } else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) {
        const last = text2.slice(start, j);
        if (last.trim() !== "" || out.length > 0) out.push(last);
        return out;
      }
    } else if (ch === "," && depth === 1) {
      out.push(text2.slice(start, j));
      start = j + 1;
    }
  }
  return null;
}
function push2(out, text2) {
  if (out.length < MAX_LEAVES2 && !out.includes(text2)) out.push(text2);
}
function stripAwait(node) {
  return node.kind() === "await_expression" ? node.children().find((c) => c.isNamed()) ?? node : node;
}
function enclosingScope(node) {
  for (let p = node.parent(); p; p = p.parent()) if (FUNCTION_SCOPES.has(kindOf(p))) return p;
  return null;
}
var NUMBER_KINDS = /* @__PURE__ */ new Set(["number", "integer"]);
var LITERAL_KINDS = /* @__PURE__ */ new Set(["object", "dictionary", "keyword_argument"]);
var CONSTANT_KINDS = /* @__PURE__ */ new Set(["attribute", "identifier", "member_expression"]);
var ERROR_CALLEE = /(?:Error|Exception|error|abort)$/;
var HTTP_STATUS_CONSTANT = /^(?:\w+\.)?HTTP_(\d{3})(?:_\w+)?$/;
function literalOf(node, kind2) {
  if (kind2 === "number" || kind2 === "integer") return node.text();
  if (kind2 === "attribute" || kind2 === "identifier" || kind2 === "member_expression") return HTTP_STATUS_CONSTANT.exec(node.text())?.[1] ?? null;
  if (kind2 === "object" || kind2 === "dictionary") {
    for (const pair of node.children()) {
      if (pair.kind() !== "pair") continue;
      const key = unquote(pair.field("key")?.text() ?? "");
      const value3 = pair.field("value");
      if (CODE_KEYS.test(key) && value3 && (value3.kind() === "string" || value3.kind() === "number" || value3.kind() === "integer")) return unquote(value3.text());
    }
  }
  if (kind2 === "keyword_argument" && CODE_KEYS.test(node.field("name")?.text() ?? "")) {
    const value3 = node.field("value");
    if (value3 && (value3.kind() === "integer" || value3.kind() === "string")) return unquote(value3.text());
    if (value3 && (value3.kind() === "attribute" || value3.kind() === "identifier")) return HTTP_STATUS_CONSTANT.exec(value3.text())?.[1] ?? null;
  }
  return null;
}
var MESSAGE_KEYS = /^(?:message|detail|msg|error|description)$/;
function refusalMessage(first, firstKind, firstArg, args) {
  const stringOf = (value3) => value3 && value3.kind() === "string" ? unquote(value3.text()) : null;
  if (firstKind === "object" || firstKind === "dictionary") {
    for (const pair of first.children()) {
      if (pair.kind() === "pair" && MESSAGE_KEYS.test(unquote(pair.field("key")?.text() ?? ""))) return stringOf(pair.field("value"));
    }
    return null;
  }
  if (!/^\d{3}$/.test(firstArg)) return null;
  if (firstKind === "keyword_argument") {
    const detail = args.find((a) => a.kind() === "keyword_argument" && MESSAGE_KEYS.test(a.field("name")?.text() ?? ""));
    return detail ? stringOf(detail.field("value")) : null;
  }
  const second = args[1];
  if (second?.kind() === "keyword_argument") return MESSAGE_KEYS.test(second.field("name")?.text() ?? "") ? stringOf(second.field("value")) : null;
  return stringOf(second);
}
var COMPARED_PATH = String.raw`(?:\b(?:String|Number|str|int)\(\s*)?([A-Za-z_$][\w$]*(?:\s*(?:\?\.|!\.|\.)\s*[A-Za-z_$][\w$]*)+)(?:\s*\))?(?:\.(?:toString|toHexString)\(\))?`;
var COMPARISON_OPERATOR = /(?<![=!<>])[!=]==?(?!=)/g;
var CALLER_ROOT = /^(?:req|request|ctx|c|context|this|self|g|current_user|currentUser|session|user|auth|locals|event|res)$/;
function earlyExits(root, python2) {
  const out = [];
  const kinds = ["return_statement", python2 ? "raise_statement" : "throw_statement"];
  for (const n of root.findAll({ rule: { kind: "if_statement" } })) {
    const condition = n.field("condition");
    const consequence = n.field("consequence");
    if (!condition || !consequence) continue;
    const exits = kinds.includes(String(consequence.kind())) || consequence.find({ rule: { any: kinds.map((kind2) => ({ kind: kind2 })) } }) !== null || python2 && consequence.find({ rule: { kind: "call", has: { field: "function", regex: "^(?:flask\\.)?abort$" } } }) !== null;
    if (!exits) continue;
    const { start, end } = condition.range();
    out.push({ condStart: start.index, condEnd: end.index, block: consequence.text() });
  }
  return out;
}
function excludedByEquality(at, left, right, exits) {
  const ifs = exits.filter((e) => e.condStart <= at && at < e.condEnd);
  if (ifs.length === 0) return false;
  const rows = [left, right].filter((v) => v.includes(".")).map((v) => /^[A-Za-z_$][\w$]*/.exec(v)?.[0] ?? "").filter((r) => r !== "" && !CALLER_ROOT.test(r));
  if (rows.length === 0) return false;
  return ifs.some((e) => !rows.some((r) => new RegExp(`(?<![\\w$.])${r.replace(/\$/g, "\\$")}(?![\\w$])`).test(e.block)));
}
var COMPARED_LEFT = new RegExp(`${COMPARED_PATH}\\s*$`);
var COMPARED_RIGHT = new RegExp(`\\s*${COMPARED_PATH}`, "y");
var COMPARED_NAME_LEFT = /(?<![\w$.\])'"`])\b([A-Za-z_$][\w$]*)\s*$/;
var COMPARED_NAME_RIGHT = /\s*([A-Za-z_$][\w$]*)(?![\w$]|\s*[.([?!])/y;
var NOT_A_VALUE_NAME = /^(?:None|True|False|null|undefined|true|false|this|self|not|and|or|in|is|typeof|void|NaN)$/;
var EQUALS_CALL = new RegExp(`${COMPARED_PATH}\\s*\\.equals\\(\\s*${COMPARED_PATH}\\s*\\)`, "g");
function lineStarts(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function firstReached(length, reached) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function upperBound(starts, offset) {
  return firstReached(starts.length, (i) => starts[i] > offset);
}
function lowerBound(calls, offset) {
  return firstReached(calls.length, (i) => calls[i].start >= offset);
}
function localConstant(root, name) {
  if (!/^[\w$]+$/.test(name)) return null;
  const declarator = root.find({ rule: { kind: "variable_declarator", has: { field: "name", regex: `^${name.replace(/\$/g, "\\$")}$` } } });
  let value3 = declarator?.field("value") ?? null;
  while (value3 && (value3.kind() === "as_expression" || value3.kind() === "satisfies_expression" || value3.kind() === "parenthesized_expression")) value3 = value3.namedChildren()[0] ?? null;
  return value3;
}
function localObject(root, name) {
  const value3 = localConstant(root, name);
  return value3?.kind() === "object" ? value3 : null;
}
var READ_THROUGH_CAST = /\(\s*([^()]*?)\s+(?:as|satisfies)\s+[^()]*\)(?=\s*(?:[.[]|!\.|\?\.))/g;
function compact(text2) {
  const uncast = text2.includes(" as ") || text2.includes(" satisfies ") ? text2.replace(READ_THROUGH_CAST, "$1") : text2;
  return uncast.replace(/\s+/g, "").replace(/\?\./g, ".").replace(/!\./g, ".");
}
function unquote(text2) {
  const m = /^[rRbBuUfF]{0,2}('''|"""|'|"|`)([\s\S]*)\1$/.exec(text2);
  return m ? m[2] : text2;
}
function classField(declaration) {
  const annotation = declaration.field("type");
  const typeText = annotation ? compact(annotation.text()).replace(/^:/, "") : null;
  const decorators2 = declaration.children().filter((c) => c.kind() === "decorator").map((d) => compact(d.text()).replace(/^@/, ""));
  const type = typeText ? /^(?:typeof)?([A-Za-z_$][\w$]*)(?:<|$)/.exec(typeText.replace(/^typeof/, ""))?.[1] ?? null : null;
  return { type, repository: repositoryOfField(typeText, decorators2) };
}
var PY_SELF_CALL = /^(?:self|cls)\.\w+$/;
var PY_INSTANCE_CALL = /^([A-Z]\w*)\([^()]*\)\.\w+$/;
function receiverTypeOf(callee, owner) {
  return callee.split(".").length === 2 ? owner.name : null;
}
function receiverFieldOf(callee, owner) {
  const parts = callee.split(".");
  return parts.length === 3 ? owner.fields.get(parts[1]) ?? null : null;
}

// src/extract/js/authjs.ts
var CATCH_ALL = /(?:^|\/)(?:app\/((?:.*\/)?)\[\.\.\.nextauth\]\/route|pages\/((?:.*\/)?)\[\.\.\.nextauth\])\.(?:ts|tsx|js|jsx|mjs)$/;
var SIGN_IN_EVENTS = /^(?:signIn|signOut|createUser|linkAccount|session)$/;
var SIGN_IN_CALLBACKS = /^signIn$/;
var authjsExtractor = {
  id: "authjs",
  languages: ["typescript", "tsx", "javascript"],
  // A catch-all route file may name nothing but `handlers` (`export const { GET, POST } = handlers`)
  // or a module called auth (`export { GET, POST } from '@/auth'`).
  applies: (text2) => /next-auth|NextAuth|@auth\/|\bhandlers\b|\bproviders\s*:|from\s+['"][^'"]*\bauth['"]/.test(text2),
  kinds: [],
  extract(file, facts) {
    const catchAll = CATCH_ALL.exec(file.path);
    if (catchAll) catchAllRoute(file, facts, `/${(catchAll[1] ?? catchAll[2] ?? "").split("/").filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@")).join("/")}/[...nextauth]`);
    if (/next-auth|NextAuth|@auth\//.test(file.text)) configurations(file, facts);
  }
};
function catchAllRoute(file, facts, path2) {
  let at = null;
  const calls = [];
  let inline = null;
  const built = /* @__PURE__ */ new Map();
  for (const { name, value: value3 } of topLevelDeclarators(file)) if (name.kind() === "identifier" && isNextAuthCall(value3)) built.set(name.text(), value3);
  const handOver = (value3) => {
    if (!value3) return;
    if (isNextAuthCall(value3)) {
      const config = argumentsOf(value3.field("arguments"))[0];
      if (config?.kind() === "identifier") calls.push({ callee: config.text(), line: config.range().start.line + 1 });
      else if (config?.kind() === "object") inline = signInBody(file, config, calls);
    } else if (value3.kind() === "identifier") {
      const local = built.get(value3.text());
      if (local) handOver(local);
      else calls.push({ callee: value3.text(), line: value3.range().start.line + 1 });
    } else if (value3.kind() === "member_expression") {
      const object = value3.field("object");
      if (object?.kind() === "identifier") handOver(object);
    }
  };
  for (const stmt of file.root.children()) {
    if (stmt.kind() !== "export_statement") continue;
    const text2 = stmt.text();
    const decl = stmt.field("declaration");
    const value3 = stmt.field("value");
    if (text2.startsWith("export default") && value3) {
      at ??= stmt;
      handOver(value3);
    } else if (decl?.kind() === "lexical_declaration") {
      for (const v of decl.children()) {
        if (v.kind() !== "variable_declarator" || !/\b(?:GET|POST)\b/.test(v.field("name")?.text() ?? "")) continue;
        at ??= stmt;
        handOver(v.field("value"));
      }
    } else if (/\b(?:GET|POST)\b/.test(text2)) {
      const source = stmt.field("source");
      at ??= stmt;
      if (source) calls.push({ callee: "handlers", line: stmt.range().start.line + 1 });
      else for (const spec of stmt.findAll({ rule: { kind: "export_specifier" } })) handOver(spec.field("name"));
    }
  }
  if (!at) return;
  const body = inline ?? { calls: [], dataOps: [] };
  facts.routes.push({
    framework: "nextjs",
    method: "POST",
    path: path2,
    location: file.location(at),
    guards: [],
    handlerRef: null,
    router: null,
    params: [],
    calls: [...calls, ...body.calls],
    dataOps: body.dataOps
  });
}
function isNextAuthCall(node) {
  return node.kind() === "call_expression" && /^(?:NextAuth|default)$/.test(node.field("function")?.text() ?? "");
}
function signInBody(file, config, spreads) {
  const calls = [];
  const dataOps = [];
  const add = (node) => {
    const summary = file.summariseNode(node);
    calls.push(...summary.calls);
    dataOps.push(...summary.dataOps);
  };
  for (const child of config.namedChildren()) {
    if (child.kind() === "spread_element") {
      const spread = child.namedChildren()[0];
      if (spread?.kind() === "identifier") spreads.push({ callee: spread.text(), line: spread.range().start.line + 1 });
    }
  }
  for (const [key, value3] of objectEntries(config)) {
    if (key !== "events" && key !== "callbacks") continue;
    if (value3.kind() !== "object") continue;
    const wanted = key === "events" ? SIGN_IN_EVENTS : SIGN_IN_CALLBACKS;
    for (const member of value3.namedChildren()) {
      const name = member.kind() === "method_definition" ? member.field("name")?.text() : member.kind() === "pair" ? member.field("key")?.text() : null;
      if (name && wanted.test(name)) add(member);
    }
  }
  return { calls, dataOps };
}
function configurations(file, facts) {
  for (const { declarator: v, name, value: declared, exported } of topLevelDeclarators(file)) {
    let value3 = declared;
    while (value3 && (kindOf(value3) === "satisfies_expression" || kindOf(value3) === "as_expression")) value3 = value3.namedChildren()[0] ?? null;
    if (!value3) continue;
    let config = null;
    let reference = null;
    if (isNextAuthCall(value3)) {
      const first = argumentsOf(value3.field("arguments"))[0];
      if (first?.kind() === "object") config = first;
      else if (first?.kind() === "identifier") reference = first;
      else continue;
    } else if (value3.kind() === "object" && objectEntries(value3).some(([key]) => key === "providers")) {
      config = value3;
    } else continue;
    const calls = reference ? [{ callee: reference.text(), line: reference.range().start.line + 1 }] : [];
    const body = config ? signInBody(file, config, calls) : { calls: [], dataOps: [] };
    const names = name.kind() === "identifier" ? [name.text()] : name.kind() === "object_pattern" ? patternNames(name).filter((n) => n === "handlers" || n === "GET" || n === "POST") : [];
    for (const fnName of names) {
      facts.functions.push({
        name: fnName,
        qualifiedName: fnName,
        exported,
        location: file.location(v),
        calls: [...calls, ...body.calls],
        dataOps: body.dataOps
      });
    }
  }
}
function* topLevelDeclarators(file) {
  for (const stmt of file.root.children()) {
    const exported = stmt.kind() === "export_statement";
    const decl = exported ? stmt.field("declaration") : stmt;
    if (decl?.kind() !== "lexical_declaration" && decl?.kind() !== "variable_declaration") continue;
    for (const declarator of decl.children()) {
      if (declarator.kind() !== "variable_declarator") continue;
      const name = declarator.field("name");
      const value3 = declarator.field("value");
      if (name && value3) yield { declarator, name, value: value3, exported };
    }
  }
}
function patternNames(pattern) {
  const out = [];
  for (const p of pattern.namedChildren()) {
    if (p.kind() === "shorthand_property_identifier_pattern") out.push(p.text());
    else if (p.kind() === "pair_pattern") {
      const key = p.field("key")?.text();
      if (key) out.push(key);
    }
  }
  return out;
}

// src/extract/js/checkly.ts
var CHECK_CONSTRUCTS = /^(?:ApiCheck|BrowserCheck|MultiStepCheck|UrlMonitor|TcpMonitor|HeartbeatMonitor)$/;
var checklyExtractor = {
  id: "checkly",
  languages: ["typescript", "javascript"],
  applies: (text2) => text2.includes("checkly"),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    if (!facts.imports.some((i) => /^checkly(?:\/|$)/.test(i.source))) return;
    for (const node of file.root.findAll({ rule: { kind: "new_expression", has: { field: "constructor", regex: CHECK_CONSTRUCTS.source } } })) {
      const first = argumentsOf(node.field("arguments"))[0];
      facts.uptimeMonitors.push({ tool: `Checkly ${compact(node.field("constructor").text())}`, target: first?.kind() === "string" ? unquote(first.text()) : null, kind: "code", location: file.location(node) });
    }
    if (/(?:^|\/)checkly\.config\.[cm]?[jt]s$/.test(file.path)) {
      const config = file.root.find({ rule: { kind: "call_expression", has: { field: "function", regex: "^defineConfig$" } } });
      if (config) facts.uptimeMonitors.push({ tool: "Checkly", target: null, kind: "code", location: file.location(config) });
    }
  }
};

// src/extract/js/cookies.ts
var ATTRIBUTES = /^(?:httpOnly|secure|sameSite|domain|path|maxAge|expires|signed|partitioned)$/;
var SETTERS = /(?:^|\.)(?:cookie|setCookie)$|(?:^|\.)cookies(?:\(\))?\.set$|^(?:cookieStore|jar)\.set$/;
var SESSION_MIDDLEWARE = { "express-session": "express-session", "cookie-session": "cookie-session", "@fastify/session": "fastify-session", "@fastify/secure-session": "fastify-secure-session", "koa-session": "koa-session" };
var cookiesExtractor = {
  id: "cookies",
  languages: ["typescript", "tsx", "javascript"],
  applies: (text2) => /[Cc]ookie|session/.test(text2),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const middleware3 = /* @__PURE__ */ new Map();
    for (const imp of facts.imports) {
      const via = SESSION_MIDDLEWARE[imp.source];
      if (via && imp.local !== "*") middleware3.set(imp.local, via);
    }
    const names = [...middleware3.keys()].map((n) => n.replace(/\$/g, "\\$"));
    const fastify = /@fastify\/(?:secure-)?session/.test(file.text);
    const koa = facts.imports.some((i) => /^(?:koa|@koa\/|koa-)/.test(i.source)) || /\bctx\.cookies\.set\(/.test(file.text);
    const serializers = facts.imports.filter((i) => i.source === "cookie" && i.imported === "serialize").map((i) => i.local.replace(/\$/g, "\\$"));
    const callee = `[Cc]ookie${names.length > 0 ? `|^(?:${names.join("|")})$` : ""}${serializers.length > 0 ? `|^(?:${serializers.join("|")})$` : ""}${fastify ? "|\\.register$" : ""}|^(?:cookieStore|jar)\\.set$`;
    for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", regex: callee } } })) {
      const called = compact(call.field("function")?.text() ?? "");
      let args = argumentsOf(call.field("arguments"));
      let via = middleware3.get(called);
      if (!via && fastify && called.endsWith(".register")) {
        via = registeredPlugin(args[0], middleware3);
        if (!via) continue;
        args = args.slice(1);
      }
      if (via) {
        const given = args[0];
        const options = given?.kind() === "object" ? given : given?.kind() === "identifier" ? localObject(file.root, given.text()) : null;
        const nameNode = options ? entry(options, "name") ?? entry(options, "cookieName") : null;
        const nested = via === "express-session" || via === "fastify-session" || via === "fastify-secure-session";
        const attrs = given && !options ? { "...": compact(given.text()) } : nested ? optionsAttributes(options ? entry(options, "cookie") ?? void 0 : void 0, file.root) : attributesOf(options, file.root);
        facts.cookies.push({ name: nameNode ? unquote(nameNode.text()) : null, via, attributes: attrs, location: file.location(call) });
        continue;
      }
      if (SETTERS.test(called) || called === "setCookie" || serializers.includes(called) || /(?:^|\.)cookie\.serialize$/i.test(called)) {
        const rest = called === "setCookie" && args.length >= 3 ? args.slice(1) : args;
        const first = rest[0];
        if (!first) continue;
        let fact;
        if (first.kind() === "object") {
          const name = entry(first, "name");
          fact = { ...name ? cookieName(name, file.root) : { name: null }, via: called, attributes: attributesOf(first, file.root), location: file.location(call) };
        } else {
          if (rest.length < 2) continue;
          if (clearing(rest[1])) continue;
          fact = { ...cookieName(first, file.root), via: called, attributes: optionsAttributes(rest[2], file.root), location: file.location(call) };
          if (koa && /(?:^|\.)cookies\.set$/.test(called)) fact.defaults = { httpOnly: "true" };
        }
        facts.cookies.push(fact);
      }
    }
    if (facts.imports.some((i) => NEXT_AUTH.test(i.source))) nextAuthCookies(file, facts);
  }
};
var NEXT_AUTH = /^(?:next-auth|@auth\/)/;
function registeredPlugin(plugin, middleware3) {
  if (!plugin) return void 0;
  if (plugin.kind() === "identifier") return middleware3.get(plugin.text());
  if (plugin.kind() === "call_expression" && plugin.field("function")?.text() === "require") {
    const source = argumentsOf(plugin.field("arguments"))[0];
    return source?.kind() === "string" ? SESSION_MIDDLEWARE[unquote(source.text())] : void 0;
  }
  return void 0;
}
function nextAuthCookies(file, facts) {
  for (const pair of file.root.findAll({ rule: { kind: "pair", has: { field: "key", regex: `^['"]?sessionToken['"]?$` } } })) {
    const token = pair.field("value");
    if (token?.kind() !== "object") continue;
    const options = entry(token, "options");
    if (options?.kind() !== "object") continue;
    const name = entry(token, "name");
    facts.cookies.push({ name: name?.kind() === "string" ? unquote(name.text()) : "sessionToken", via: "next-auth", attributes: attributesOf(options, file.root), location: file.location(options) });
  }
}
function optionsAttributes(options, root) {
  if (!options) return {};
  if (options.kind() === "object") return attributesOf(options, root);
  const object = options.kind() === "identifier" || options.kind() === "shorthand_property_identifier" ? localObject(root, options.text()) : null;
  return object ? attributesOf(object, root) : { "...": compact(options.text()) };
}
function entry(object, key) {
  for (const child of object.children()) {
    if (child.kind() === "pair" && unquote(child.field("key")?.text() ?? "") === key) return child.field("value");
    if (child.kind() === "shorthand_property_identifier" && child.text() === key) return child;
  }
  return null;
}
function attributesOf(options, root, depth = 0) {
  const out = {};
  if (!options) return out;
  for (const child of options.children()) {
    if (child.kind() === "spread_element") {
      const spread = child.namedChildren()[0];
      const object = spread?.kind() === "identifier" && depth < 2 ? localObject(root, spread.text()) : null;
      if (object) Object.assign(out, attributesOf(object, root, depth + 1));
      else out["..."] = compact(spread?.text() ?? "");
    } else if (child.kind() === "pair") {
      const key = unquote(child.field("key")?.text() ?? "");
      const value3 = child.field("value");
      if (ATTRIBUTES.test(key) && value3) out[key] = value3.kind() === "string" ? unquote(value3.text()) : compact(value3.text());
    } else if (child.kind() === "shorthand_property_identifier" && ATTRIBUTES.test(child.text())) {
      out[child.text()] = child.text();
    }
  }
  return out;
}
function cookieName(node, root) {
  const literal2 = stringValue2(node);
  if (literal2 !== null) return { name: literal2 };
  const written = compact(node.text());
  let value3 = null;
  if (node.kind() === "identifier") value3 = localConstant(root, written);
  else if (node.kind() === "member_expression" && node.field("object")?.kind() === "identifier") {
    const object = localObject(root, node.field("object").text());
    const property = node.field("property")?.text();
    value3 = object && property ? entry(object, property) : null;
  }
  const resolved = value3 ? stringValue2(value3) : null;
  return resolved !== null ? { name: resolved, constant: written } : { name: written };
}
function clearing(value3) {
  return value3.kind() === "null" || value3.kind() === "undefined" || value3.kind() === "identifier" && value3.text() === "undefined" || stringValue2(value3) === "";
}
function stringValue2(node) {
  if (node.kind() === "string") return unquote(node.text());
  if (node.kind() === "template_string" && !node.children().some((c) => c.kind() === "template_substitution")) return unquote(node.text());
  return null;
}

// src/extract/js/cors.ts
var CORS_MODULES = /^(?:cors|@fastify\/cors|fastify-cors|hono\/cors|@koa\/cors|koa-cors|@elysiajs\/cors)$/;
var ALLOW_ORIGIN = /^access-control-allow-origin$/i;
var ALLOW_CREDENTIALS = /^access-control-allow-credentials$/i;
var FUNCTION_KINDS = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "method_definition"]);
var corsExtractor = {
  id: "cors",
  languages: ["typescript", "tsx", "javascript"],
  applies: (text2) => /cors|Cors|Access-Control-Allow-Origin/i.test(text2),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const corsNames = new Set(facts.imports.filter((i) => CORS_MODULES.test(i.source) && i.local !== "*").map((i) => i.local));
    const names = [...corsNames].map((n) => n.replace(/\$/g, "\\$"));
    const callees = `(?:\\.register|\\.enableCors|^NestFactory\\.create)$${names.length > 0 ? `|^(?:${names.join("|")})$` : ""}`;
    for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", regex: callees } } })) {
      const callee = compact(call.field("function")?.text() ?? "");
      const args = argumentsOf(call.field("arguments"));
      if (corsNames.has(callee)) {
        push3(file, facts, callee, args[0] ?? null, call);
      } else if (callee.endsWith(".register") && args[0] && corsNames.has(args[0].text())) {
        push3(file, facts, `register(${args[0].text()})`, args[1] ?? null, call);
      } else if (callee.endsWith(".enableCors")) {
        push3(file, facts, "enableCors", args[0] ?? null, call);
      } else if (callee === "NestFactory.create") {
        const cors = args[1]?.kind() === "object" ? value(args[1], "cors") : null;
        if (cors) push3(file, facts, "NestFactory.create", cors.kind() === "true" ? null : cors, call);
      }
    }
    manualHeaders(file, facts);
  }
};
function push3(file, facts, via, options, at) {
  if (options && options.kind() !== "object") return;
  const origin = options ? value(options, "origin") : null;
  const credentials = options ? value(options, "credentials") : null;
  facts.cors.push({
    via,
    // Every CORS middleware named here allows any origin when none is given.
    origin: origin ? originOf(origin) : "*",
    credentials: credentials ? credentials.kind() === "true" ? true : credentials.kind() === "false" ? false : null : null,
    location: file.location(at)
  });
}
function value(object, key) {
  for (const child of object.children()) {
    if (child.kind() === "pair" && unquote(child.field("key")?.text() ?? "") === key) return child.field("value");
    if (child.kind() === "shorthand_property_identifier" && child.text() === key) return child;
    if (child.kind() === "method_definition" && unquote(child.field("name")?.text() ?? "") === key) return child;
  }
  return null;
}
function originOf(node) {
  const kind2 = kindOf(node);
  if (kind2 === "string") return unquote(node.text()) === "*" ? "*" : "list";
  if (kind2 === "true") return "reflect";
  if (kind2 === "array" || kind2 === "regex") return "list";
  if (FUNCTION_KINDS.has(kind2)) {
    const body = node.field("body");
    const text2 = compact(body?.text() ?? "");
    const params = node.field("parameters")?.children().filter((c) => c.isNamed()).map((c) => c.text()) ?? [];
    const first = params[0] ?? "";
    if (!/\bif\(|\?|&&|\|\||includes|test\(|indexOf|has\(/.test(text2) && (/\w+\(null,true\)/.test(text2) || first !== "" && new RegExp(`^\\{?(?:return)?${first};?\\}?$`).test(text2))) return "reflect";
    const request = /^[\w$]+/.exec(first)?.[0];
    if (request && requestOrigin(request).test(text2)) return "reflect";
    if (/\w+\(null,true\)/.test(text2) && !/\bError\(|\bfalse\b|\w+\(null,(?!true\))|\bthrow\b|includes|test\(|indexOf|has\(|===|endsWith|match/.test(text2)) return "reflect";
    return "function";
  }
  if (kind2 === "ternary_expression" || kind2 === "conditional_expression" || /\bincludes\(|\.has\(|\.test\(|indexOf\(/.test(node.text())) return "function";
  if (/origin/i.test(node.text()) && /(?:req|request|headers|ctx|c)\b/.test(node.text())) return "reflect";
  return compact(node.text()).slice(0, 80);
}
function requestOrigin(param) {
  const p = param.replace(/\$/g, "\\$");
  const read = `${p}(?:\\.request|\\.req)?(?:\\.(?:get|header)\\((['"\`])origin\\1\\)|\\.headers?(?:\\.origin|\\[(['"\`])origin\\2\\]))`;
  return new RegExp(`^(?:\\{return(?:await)?)?${read}(?:;?\\})?$`, "i");
}
function manualHeaders(file, facts) {
  if (!/access-control-allow-origin/i.test(file.text)) return;
  const origins = [];
  let credentials = false;
  const header = (name, val, at) => {
    if (!name || !val || name.kind() !== "string") return;
    const key = unquote(name.text());
    if (ALLOW_ORIGIN.test(key)) origins.push({ value: val, at });
    else if (ALLOW_CREDENTIALS.test(key) && (val.kind() === "true" || unquote(val.text()) === "true")) credentials = true;
  };
  const headerName = { kind: "string", regex: "^.(?:[Aa]ccess-[Cc]ontrol-[Aa]llow-(?:[Oo]rigin|[Cc]redentials)).$" };
  for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "arguments", has: headerName } } })) {
    const args = argumentsOf(call.field("arguments"));
    if (args.length >= 2) header(args[0], args[1], call);
  }
  for (const pair of file.root.findAll({ rule: { kind: "pair", has: { field: "key", ...headerName } } })) header(pair.field("key") ?? void 0, pair.field("value"), pair);
  for (const { value: val, at } of origins) {
    const local = val.kind() === "identifier" ? localValue(file.root, val.text(), at) : null;
    let origin = originOf(local ?? val);
    if (origin === "reflect" && checkedBefore(file, val.text(), at)) origin = "function";
    facts.cors.push({ via: "header", origin, credentials: credentials ? true : null, location: file.location(at) });
  }
}
function localValue(root, name, use) {
  if (!/^[\w$]+$/.test(name)) return null;
  const before = use.range().start.index;
  let found = null;
  for (const declarator of root.findAll({ rule: { kind: "variable_declarator", has: { field: "name", regex: `^${name.replace(/\$/g, "\\$")}$` } } })) {
    if (declarator.range().start.index < before) found = declarator.field("value");
  }
  return found;
}
var SCOPES = /* @__PURE__ */ new Set(["function_declaration", "function_expression", "arrow_function", "method_definition"]);
function checkedBefore(file, expression, use) {
  let scope = use.parent();
  while (scope && !SCOPES.has(kindOf(scope))) scope = scope.parent();
  const start = scope ? scope.range().start.index : 0;
  const before = file.text.slice(start, use.range().start.index);
  const v = expression.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\./g, "\\s*\\??\\.\\s*");
  return new RegExp(`(?:\\.has|\\.includes|\\.test|\\.indexOf|\\.startsWith|\\.endsWith|\\.some)\\(\\s*${v}\\b|\\b${v}\\s*===?\\s*['"\`]|['"\`]\\s*===?\\s*${v}\\b`).test(before);
}

// src/extract/js/paths.ts
function pathParams(path2) {
  const out = [];
  for (const m of path2.matchAll(/:(\w+)|\[\[?(?:\.\.\.)?(\w+)\]?\]|\{(\w+)(?::[^}]*)?\}|<(?:\w+:)?(\w+)>|\(\?P<(\w+)>/g)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

// src/extract/js/router-style.ts
var ROUTER_FACTORY = /^(?:new)?(?:express|express\.Router|Router|Hono|KoaRouter|OpenAPIHono|Koa)$/;
var ROUTER_NAME = /^(?:app|router|server|api|[a-z]\w*Router|[a-z]\w*App|[a-z]\w*Routes)$/;
var FUNCTION_KINDS2 = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var ROUTE_CALLEE = /\.(?:get|post|put|patch|delete|del|all|options|head|use)$/;
var ROUTER_DECLARATOR = { kind: "variable_declarator", where: { has: { field: "value", any: [{ kind: "call_expression" }, { kind: "new_expression" }] } } };
function routerStyleExtractor(style) {
  return {
    id: style.framework,
    languages: ["typescript", "tsx", "javascript"],
    kinds: [ROUTER_DECLARATOR],
    applies: (text2) => style.applies.test(text2),
    extract(file, facts) {
      if (!facts.imports.some((i) => style.imports.test(i.source))) return;
      const framework = style.framework;
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
          mount(file, facts, framework, target.router, call, args, routers);
          continue;
        }
        let path2 = target.path;
        let rest = args;
        if (path2 === null) {
          const first = args[0];
          if (!first || !isStringNode(first)) continue;
          path2 = unquote(first.text());
          rest = args.slice(1);
        }
        if (!path2.startsWith("/") && path2 !== "*") continue;
        const handler2 = rest[rest.length - 1];
        if (!handler2) continue;
        const guards = rest.slice(0, -1).flatMap((g) => guardCalls(file, g));
        const handlerIsFunction = FUNCTION_KINDS2.has(kindOf(handler2)) || handler2.kind() === "call_expression" && argumentsOf(handler2.field("arguments")).some((a) => FUNCTION_KINDS2.has(kindOf(a)));
        const body = handlerIsFunction ? file.summariseNode(handler2) : { calls: [], dataOps: [] };
        facts.routes.push({
          framework,
          method: method === "all" ? "ANY" : method === "del" ? "DELETE" : method.toUpperCase(),
          path: path2,
          location: file.location(call),
          guards,
          handlerRef: handlerIsFunction ? null : handlerReference(handler2),
          router: target.router,
          params: pathParams(path2),
          ...body
        });
      }
      style.extraMounts?.(file, facts, routers);
    }
  };
}
function routerVariables(file) {
  const names = /* @__PURE__ */ new Set();
  for (const decl of file.nodes("variable_declarator")) {
    const value3 = decl.field("value");
    if (!value3 || value3.kind() !== "call_expression" && value3.kind() !== "new_expression") continue;
    const callee = compact((value3.field("function") ?? value3.field("constructor"))?.text() ?? "");
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
function mount(file, facts, framework, parent, call, args, routers) {
  let prefix = "/";
  let rest = args;
  if (args[0] && isStringNode(args[0])) {
    prefix = unquote(args[0].text());
    rest = args.slice(1);
  }
  rest = rest.filter((r) => !(r.kind() === "call_expression" && compact(r.field("function")?.text() ?? "").endsWith(".allowedMethods")));
  const koaRouters = rest.map((r) => koaRouterMiddleware(facts, r, routers));
  if (koaRouters.some((name) => name !== null)) {
    koaRouters.forEach((child2, i) => {
      if (child2 === null) return;
      const guards = rest.slice(0, i).filter((_, j) => koaRouters[j] === null);
      facts.mounts.push({ framework, parent, prefix, guards: guards.flatMap((g) => guardCalls(file, g)), child: child2, location: file.location(call) });
    });
    return;
  }
  const last = rest[rest.length - 1];
  let child = null;
  let childModule;
  if (last && (last.kind() === "identifier" || last.kind() === "member_expression") && (/(?:router|routes|api|app)$/i.test(last.text()) || routers.has(last.text()) || importedRouter(facts, last.text()))) {
    child = last.text();
    rest = rest.slice(0, -1);
  } else if (last && last.kind() === "call_expression" && compact(last.field("function")?.text() ?? "") === "require") {
    const specifier = argumentsOf(last.field("arguments"))[0];
    if (specifier && isStringNode(specifier)) {
      child = "*";
      childModule = unquote(specifier.text());
      rest = rest.slice(0, -1);
    }
  }
  facts.mounts.push({
    framework,
    parent,
    prefix,
    guards: rest.flatMap((g) => guardCalls(file, g)),
    child,
    ...childModule !== void 0 ? { childModule } : {},
    location: file.location(call)
  });
}
function koaRouterMiddleware(facts, node, routers) {
  if (node.kind() !== "call_expression" || argumentsOf(node.field("arguments")).length > 0) return null;
  const match = /^([A-Za-z_$][\w$]*)\.(routes|middleware)$/.exec(compact(node.field("function")?.text() ?? ""));
  if (!match) return null;
  const [, name, method] = match;
  if (method === "routes" || routers.has(name) || /(?:router|routes)$/i.test(name) || importedRouter(facts, name)) return name;
  return null;
}
var MIDDLEWARE_NAME = /(?:auth|Auth|require|ensure|verify|check|guard|Guard|limit|Limit|limiter|validate|protect|csrf|cors|helmet|log|Log|session|Session|parser|Parser|middleware|Middleware|handler|Handler|cache|Cache|compress|static)/;
function importedRouter(facts, name) {
  if (MIDDLEWARE_NAME.test(name)) return false;
  return facts.imports.some((i) => i.local === name && i.source.startsWith("."));
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
      if (FUNCTION_KINDS2.has(kindOf(node))) return file.summariseNode(node).calls;
      return [];
  }
}
function handlerReference(node) {
  const kind2 = node.kind();
  if (kind2 === "identifier" || kind2 === "member_expression") return compact(node.text());
  if (kind2 === "call_expression") {
    const inner = argumentsOf(node.field("arguments"))[0];
    return inner ? handlerReference(inner) : null;
  }
  return null;
}
function isStringNode(node) {
  return node.kind() === "string" || node.kind() === "template_string" && !node.text().includes("${");
}

// src/extract/js/express.ts
var expressExtractor = routerStyleExtractor({
  framework: "express",
  imports: /^express$/,
  applies: /\bexpress\b/
});

// src/extract/js/fastify.ts
var METHODS = "^(get|post|put|patch|delete|head|options|all|route|addHook|register|decorate)$";
var HOOKS = /* @__PURE__ */ new Set(["onRequest", "preParsing", "preValidation", "preHandler"]);
var FUNCTION_KINDS3 = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "function_declaration"]);
var fastifyExtractor = {
  id: "fastify",
  languages: ["typescript", "tsx", "javascript"],
  applies: (text2) => text2.includes("fastify") || text2.includes("Fastify"),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const instances = fastifyInstances(file, facts);
    if (instances.plugins.size === 0 && instances.names.size === 0) return;
    const calls = file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: METHODS } } } });
    for (const call of calls) {
      const fn = call.field("function");
      const receiver = fn.field("object");
      if (!receiver || receiver.kind() !== "identifier") continue;
      const context = contextOf(receiver, instances);
      if (!context) continue;
      const { router } = context;
      const method = fn.field("property").text();
      const args = argumentsOf(call.field("arguments"));
      if (method === "addHook") {
        const hook = args[0];
        if (!hook || !isStringNode(hook) || !HOOKS.has(unquote(hook.text()))) continue;
        const guards = args.slice(1).flatMap((g) => guardCalls(file, g));
        facts.mounts.push({ framework: "fastify", parent: router, prefix: "/", guards, child: null, location: file.location(call), ...context.skipsOverride ? { skipsEncapsulation: true } : {} });
      } else if (method === "register") {
        registerMount(file, facts, router, call, args);
      } else if (method === "decorate") {
        decoratedFunction(file, facts, args);
      } else if (method === "route") {
        const options = objectOf(file, args[0]);
        if (!options) continue;
        const entries = pairs(file, options);
        const url = entries.get("url") ?? entries.get("path");
        const methodNode = entries.get("method");
        if (!url || !isStringNode(url)) continue;
        const methods = methodNode ? (methodNode.kind() === "array" ? methodNode.children().filter(isStringNode) : [methodNode]).filter(isStringNode).map((m) => unquote(m.text()).toUpperCase()) : ["ANY"];
        for (const m of methods) pushRoute(file, facts, call, m, unquote(url.text()), router, entries, entries.get("handler") ?? null);
      } else {
        const path2 = args[0];
        if (!path2 || !isStringNode(path2)) continue;
        const optionsNode = args.length > 2 ? objectOf(file, args[1]) : null;
        const inlineOptions = args.length === 2 && args[1]?.kind() === "object" ? pairs(file, args[1]) : null;
        const entries = optionsNode ? pairs(file, optionsNode) : inlineOptions ?? /* @__PURE__ */ new Map();
        const handler2 = inlineOptions ? inlineOptions.get("handler") ?? null : args[args.length - 1] ?? null;
        pushRoute(file, facts, call, method === "all" ? "ANY" : method.toUpperCase(), unquote(path2.text()), router, entries, handler2);
      }
    }
  }
};
function pushRoute(file, facts, call, method, path2, router, options, handler2) {
  if (!handler2) return;
  const inline = FUNCTION_KINDS3.has(kindOf(handler2));
  const rateLimit = routeRateLimit(file, options);
  facts.routes.push({
    framework: "fastify",
    method,
    path: path2,
    location: file.location(call),
    guards: hookGuards(file, options),
    handlerRef: inline ? null : handler2.kind() === "identifier" || handler2.kind() === "member_expression" ? handler2.text() : null,
    router,
    params: pathParams(path2),
    ...inline ? file.summariseNode(handler2) : { calls: [], dataOps: [] },
    ...rateLimit ? { rateLimit } : {}
  });
}
function routeRateLimit(file, options) {
  const config = objectOf(file, options.get("config"));
  const value3 = config ? pairs(file, config).get("rateLimit") : void 0;
  if (!value3) return void 0;
  return value3.kind() === "false" ? "off" : "own";
}
function objectOf(file, node) {
  if (!node) return null;
  if (node.kind() === "object") return node;
  return node.kind() === "identifier" || node.kind() === "shorthand_property_identifier" ? localObject(file.root, node.text()) : null;
}
function hookGuards(file, entries) {
  const out = [];
  for (const [key, value3] of entries) if (HOOKS.has(key)) out.push(...guardCalls(file, value3));
  return out;
}
function registerMount(file, facts, parent, call, args) {
  const plugin = args[0];
  if (!plugin) return;
  const options = args[1]?.kind() === "object" ? pairs(file, args[1]) : /* @__PURE__ */ new Map();
  const prefixNode = options.get("prefix");
  const prefix = prefixNode && isStringNode(prefixNode) ? unquote(prefixNode.text()) : "/";
  let child = null;
  const inline = pluginFunction(plugin, facts);
  if (plugin.kind() === "identifier") child = plugin.text();
  else if (inline) child = inlinePluginName(inline);
  else if (plugin.kind() === "call_expression" && argumentsOf(plugin.field("arguments"))[0]?.kind() === "identifier") child = argumentsOf(plugin.field("arguments"))[0].text();
  if (!child) return;
  const awaited = call.parent()?.kind() === "await_expression";
  facts.mounts.push({ framework: "fastify", parent, prefix, guards: [], child, location: file.location(call), ...awaited ? { awaited: true } : {} });
}
function inlinePluginName(fn) {
  return `plugin@${fn.range().start.line + 1}`;
}
function fastifyInstances(file, facts) {
  const plugins = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  const byParam = { plugins, names };
  const imported = facts.imports.some((i) => /^fastify$|^fastify-plugin$|^@fastify\//.test(i.source)) || /FastifyInstance|FastifyPluginAsync/.test(file.text);
  if (!imported) return byParam;
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression", has: { field: "function", regex: "^(Fastify|fastify)$" } } } })) {
    const name = decl.field("name")?.text();
    if (name) names.add(name);
  }
  const skipping = skipOverrideFunctions(file, facts);
  const add = (fn, id) => {
    if (plugins.has(fn.range().start.index)) return false;
    plugins.set(fn.range().start.index, { param: id.text(), plugin: pluginNameOf(fn), skipsOverride: skipping.has(fn.range().start.index) });
    return true;
  };
  for (const fn of file.root.findAll({ rule: { any: [{ kind: "function_declaration" }, { kind: "arrow_function" }, { kind: "function_expression" }] } })) {
    const first = firstParam(fn);
    if (!first) continue;
    const typed = first.param.text().includes("FastifyInstance");
    if (!typed && !skipping.has(fn.range().start.index) && !/^(?:fastify|app|server|instance|f)$/.test(first.id.text())) continue;
    add(fn, first.id);
  }
  const registers = file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^register$" } } } });
  for (let changed = true, rounds = 0; changed && rounds < 6; rounds++) {
    changed = false;
    for (const call of registers) {
      const receiver = call.field("function").field("object");
      if (!receiver || receiver.kind() !== "identifier" || !routerOf(receiver, byParam)) continue;
      const fn = pluginFunction(argumentsOf(call.field("arguments"))[0], facts);
      const first = fn ? firstParam(fn) : null;
      if (fn && first && add(fn, first.id)) changed = true;
    }
  }
  return byParam;
}
function namesFunction(file, facts, name) {
  if (facts.imports.some((i) => i.local === name && i.source.startsWith("."))) return true;
  return file.root.find({ rule: { any: [
    { kind: "function_declaration", has: { field: "name", regex: `^${name}$` } },
    { kind: "variable_declarator", all: [{ has: { field: "name", regex: `^${name}$` } }, { has: { field: "value", any: [{ kind: "arrow_function" }, { kind: "function_expression" }, { kind: "function" }] } }] }
  ] } }) !== null;
}
function firstParam(fn) {
  const params = fn.field("parameters") ?? fn.field("parameter");
  const first = params?.kind() === "identifier" ? params : params?.children().find((c) => c.isNamed());
  const id = first?.kind() === "identifier" ? first : first?.field("pattern") ?? null;
  return first && id && id.kind() === "identifier" ? { id, param: first } : null;
}
function pluginWrappers(facts) {
  const out = /* @__PURE__ */ new Set(["fp", "fastifyPlugin"]);
  for (const i of facts.imports) if (i.source === "fastify-plugin") out.add(i.local);
  return out;
}
function pluginFunction(node, facts) {
  if (!node) return null;
  if (FUNCTION_KINDS3.has(kindOf(node))) return node;
  if (node.kind() !== "call_expression" || !pluginWrappers(facts).has(node.field("function")?.text() ?? "")) return null;
  const inner = argumentsOf(node.field("arguments"))[0];
  return inner && FUNCTION_KINDS3.has(kindOf(inner)) ? inner : null;
}
function skipOverrideFunctions(file, facts) {
  const out = /* @__PURE__ */ new Set();
  const wrappers = pluginWrappers(facts);
  const named2 = /* @__PURE__ */ new Set();
  for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "identifier" } } })) {
    if (!wrappers.has(call.field("function").text())) continue;
    const inner = argumentsOf(call.field("arguments"))[0];
    if (!inner) continue;
    if (FUNCTION_KINDS3.has(kindOf(inner))) out.add(inner.range().start.index);
    else if (inner.kind() === "identifier") named2.add(inner.text());
  }
  if (file.text.includes("skip-override")) {
    for (const assign of file.root.findAll({ rule: { kind: "assignment_expression", has: { field: "left", kind: "subscript_expression", regex: "skip-override" } } })) {
      const target = assign.field("left")?.field("object");
      if (target?.kind() === "identifier") named2.add(target.text());
    }
  }
  if (named2.size > 0) {
    for (const fn of file.root.findAll({ rule: { any: [{ kind: "function_declaration" }, { kind: "arrow_function" }, { kind: "function_expression" }] } })) {
      if (named2.has(pluginNameOf(fn))) out.add(fn.range().start.index);
    }
  }
  return out;
}
function pluginNameOf(fn) {
  if (fn.kind() === "function_declaration") return fn.field("name")?.text() ?? inlinePluginName(fn);
  const parent = fn.parent();
  if (parent?.kind() === "variable_declarator") return parent.field("name")?.text() ?? inlinePluginName(fn);
  return inlinePluginName(fn);
}
function routerOf(receiver, instances) {
  return contextOf(receiver, instances)?.router ?? null;
}
function contextOf(receiver, instances) {
  const name = receiver.text();
  for (let p = receiver.parent(); p; p = p.parent()) {
    const entry2 = FUNCTION_KINDS3.has(kindOf(p)) ? instances.plugins.get(p.range().start.index) : void 0;
    if (entry2 && entry2.param === name) return { router: entry2.plugin, skipsOverride: entry2.skipsOverride };
  }
  return instances.names.has(name) ? { router: name, skipsOverride: false } : null;
}
function decoratedFunction(file, facts, args) {
  const [nameNode, value3] = args;
  if (!nameNode || !value3 || !isStringNode(nameNode)) return;
  const name = unquote(nameNode.text());
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return;
  const location = file.location(value3);
  if (FUNCTION_KINDS3.has(kindOf(value3))) facts.functions.push({ name, qualifiedName: name, exported: false, location, ...file.summariseNode(value3) });
  else if (value3.kind() === "identifier" && value3.text() !== name && namesFunction(file, facts, value3.text())) facts.functions.push({ name, qualifiedName: name, exported: false, location, calls: [{ callee: value3.text(), line: location.startLine }], dataOps: [] });
}
function pairs(file, object, depth = 0) {
  const out = /* @__PURE__ */ new Map();
  for (const child of object.children()) {
    if (child.kind() === "spread_element") {
      const spread = depth < 2 ? objectOf(file, child.namedChildren()[0]) : null;
      if (spread) for (const [k, v] of pairs(file, spread, depth + 1)) out.set(k, v);
    } else if (child.kind() === "pair") {
      const key = child.field("key");
      const value3 = child.field("value");
      if (key && value3) out.set(unquote(key.text()), value3);
    } else if (child.kind() === "shorthand_property_identifier") out.set(child.text(), child);
    else if (child.kind() === "method_definition") out.set(child.field("name")?.text() ?? "", child);
  }
  return out;
}

// src/extract/js/hono.ts
var honoExtractor = routerStyleExtractor({
  framework: "hono",
  imports: /^hono(?:\/.*)?$|^@hono\/zod-openapi$/,
  applies: /hono/,
  extraMounts(file, facts, routers) {
    for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^(route|basePath)$" } } } })) {
      const fn = call.field("function");
      const parent = fn.field("object");
      const args = argumentsOf(call.field("arguments"));
      if (!parent || !args[0] || !isStringNode(args[0])) continue;
      const prefix = unquote(args[0].text());
      if (fn.field("property").text() === "route") {
        const child = args[1];
        if (parent.kind() !== "identifier" || !child || child.kind() !== "identifier") continue;
        facts.mounts.push({ framework: "hono", parent: parent.text(), prefix, guards: [], child: child.text(), location: file.location(call) });
      } else {
        const decl = call.parent();
        const name = decl?.kind() === "variable_declarator" ? decl.field("name")?.text() : null;
        if (name) {
          routers.add(name);
          facts.mounts.push({ framework: "hono", parent: name, prefix, guards: [], child: name, location: file.location(call) });
        }
      }
    }
  }
});

// src/extract/js/koa.ts
var koaExtractor = routerStyleExtractor({
  framework: "koa",
  imports: /^(?:@koa\/router|koa-router)$/,
  applies: /koa/,
  extraMounts(file, facts) {
    for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "new_expression" } } })) {
      const name = decl.field("name")?.text();
      const value3 = decl.field("value");
      if (!name || !/^(?:Router|KoaRouter)$/.test(value3.field("constructor")?.text() ?? "")) continue;
      const options = argumentsOf(value3.field("arguments"))[0];
      const prefix = options?.kind() === "object" ? options.children().find((p) => p.kind() === "pair" && p.field("key")?.text() === "prefix")?.field("value") : null;
      if (prefix?.kind() === "string") facts.mounts.push({ framework: "koa", parent: name, prefix: unquote(prefix.text()), guards: [], child: name, location: file.location(decl) });
    }
  }
});

// src/extract/monitoring-vocabulary.ts
var CHANNEL_BY_NAME = [
  [/SLACK/i, "slack"],
  [/DISCORD/i, "discord"],
  [/(?:^|_)(?:MS_?)?TEAMS(?:_|$)/i, "teams"],
  [/PAGER_?DUTY|(?:^|_)PD_(?:ROUTING|INTEGRATION|SERVICE)_?KEY/i, "pagerduty"],
  [/OPSGENIE/i, "opsgenie"],
  [/ALERT\w*(?:WEBHOOK|URL|CHANNEL)|(?:WEBHOOK|URL)\w*ALERT/i, "webhook"]
];
var CHANNEL_BY_HOST = [
  [/hooks\.slack\.com|slack\.com\/api\/chat\.postMessage/, "slack"],
  [/discord(?:app)?\.com\/api\/webhooks/, "discord"],
  [/webhook\.office\.com|outlook\.office(?:365)?\.com\/webhook|logic\.azure\.com/, "teams"],
  [/events(?:\.eu)?\.pagerduty\.com/, "pagerduty"],
  [/api(?:\.eu)?\.opsgenie\.com/, "opsgenie"]
];
function alertChannel(envName3) {
  for (const [pattern, channel] of CHANNEL_BY_NAME) if (pattern.test(envName3)) return channel;
  return null;
}
function channelOfHost(text2) {
  for (const [pattern, channel] of CHANNEL_BY_HOST) if (pattern.test(text2)) return channel;
  return null;
}
var FAILURE_CONDITION = /!\s*[\w.]+\.(?:ok|success|healthy)\b|\bnot\s+[\w.]+\.(?:ok|success|healthy)\b|\b(?:err|error|errors|exc|exception|failed|failure|failures|failing|unhealthy|down)\b|\b(?:status|statusCode|status_code)\s*(?:>=?\s*[45]\d\d|!==?\s*2\d\d)|\b(?:success|ok|healthy)\s*(?:===?|==)\s*(?:false|False)\b/;

// src/extract/js/monitoring.ts
var SDKS = [
  { sdk: "sentry", source: /^@sentry\//, methods: /^init$/, constructors: null, keyOption: "dsn", fallbackEnv: ["SENTRY_DSN"] },
  { sdk: "bugsnag", source: /^@bugsnag\/(?:js|node|browser|expo|react-native)$/, methods: /^(?:start|init)$/, constructors: null, keyOption: "apiKey", fallbackEnv: [] },
  { sdk: "rollbar", source: /^rollbar$/, methods: /^init$/, constructors: /^Rollbar$/, keyOption: "accessToken", fallbackEnv: [] },
  { sdk: "honeybadger", source: /^@honeybadger-io\//, methods: /^configure$/, constructors: null, keyOption: "apiKey", fallbackEnv: ["HONEYBADGER_API_KEY"] },
  { sdk: "datadog", source: /^dd-trace$/, methods: /^init$/, constructors: null, keyOption: null, fallbackEnv: [] },
  { sdk: "opentelemetry", source: /^@opentelemetry\/exporter-/, methods: null, constructors: /Exporter$/, keyOption: "url", fallbackEnv: [] }
];
var ENV_OBJECT = /^(?:process\.env|import\.meta\.env|Deno\.env)$/;
var HTTP_CALL = /^(?:fetch|axios|axios\.post|axios\.request|got|got\.post|ky\.post|request\.post|superagent\.post|needle|\$fetch|ofetch|undici\.request|undici\.fetch|(?:this\.)?(?:http|httpService|httpClient)\.post)$/;
var SINK_CONSTRUCTOR = /^(?:IncomingWebhook|WebhookClient|WebClient)$/;
var ERROR_CALLBACK = /\.(?:catch|on|once|onError|onFailure|onFailed|setErrorHandler|addHook)$/;
var ERROR_OPTION_TEXT = /onError|onFailure|onFailed|beforeSend|errorHandler|onUncaughtException/;
var FUNCTION_KINDS4 = /* @__PURE__ */ new Set(["function_declaration", "generator_function_declaration", "method_definition", "function_expression", "arrow_function", "function"]);
var FAILURE_EVENTS = /^(?:error|failed|stalled|job failed|task failed)$/;
var jsMonitoring = {
  id: "js-monitoring",
  languages: ["typescript", "tsx", "javascript"],
  applies: (text2) => /catch|\.on\(|\.once\(|onError|onFailure|beforeSend|sentry|bugsnag|rollbar|honeybadger|dd-trace|opentelemetry|slack|discord|teams|pagerduty|opsgenie|webhook|err|fail|\.ok\b|status/i.test(text2),
  // From the file's one query: constructors, catch blocks, conditionals and four-parameter
  // lists (Express error middleware); calls come from the call index.
  kinds: ["new_expression", "catch_clause", "if_statement", { kind: "formal_parameters", where: { has: { nthChild: 4 }, not: { has: { nthChild: 5 } } } }],
  extract(file, facts) {
    errorTrackers(file, facts);
    alertSinks(file, facts);
    errorPaths(file, facts);
  }
};
function errorTrackers(file, facts) {
  if (!/sentry|bugsnag|rollbar|honeybadger|dd-trace|opentelemetry/.test(file.text)) return;
  const sources = /* @__PURE__ */ new Map();
  for (const imp of facts.imports) sources.set(imp.local, { source: imp.source, imported: imp.imported });
  const nodes = [...file.calls.map((c) => ({ node: c.node, callee: c.callee, isNew: false, at: c.start })), ...file.nodes("new_expression").map((node) => ({ node, callee: "", isNew: true, at: node.range().start.index }))].sort((a, b) => a.at - b.at);
  for (const candidate of nodes) {
    const { node, isNew } = candidate;
    const callee = isNew ? compact(node.field("constructor")?.text() ?? "") : candidate.callee;
    const target = sdkOf(callee, isNew, sources);
    if (!target) continue;
    const first = argumentsOf(node.field("arguments"))[0] ?? null;
    let key = target.sdk.keyOption ? keyFrom(first, target.sdk.keyOption) : { kind: "absent" };
    let keyOption = target.sdk.keyOption;
    if (target.sdk.sdk === "opentelemetry" && key.kind === "absent") keyOption = null;
    if (key.kind === "absent" && first && first.kind() !== "object" && keyOption) key = valueKey(first);
    facts.errorTrackers.push({
      sdk: target.sdk.sdk,
      callee,
      keyOption,
      key,
      fallbackEnv: key.kind === "absent" ? target.sdk.fallbackEnv : [],
      disabled: first?.kind() === "object" && propertyValue(first, "enabled")?.text() === "false",
      location: file.location(node)
    });
  }
}
function sdkOf(callee, isNew, sources) {
  const required = /^require\(['"]([^'"]+)['"]\)\.(\w+)$/.exec(callee);
  const parts = callee.split(".");
  const head = parts[0];
  const imp = required ? { source: required[1], imported: "*" } : sources.get(head);
  if (!imp) return null;
  const method = required ? required[2] : parts.length === 2 ? parts[1] : parts.length === 1 ? imp.imported === "default" || imp.imported === "*" ? "" : imp.imported : "";
  for (const sdk of SDKS) {
    if (!sdk.source.test(imp.source)) continue;
    if (isNew) {
      const name = parts.length === 1 ? imp.imported === "default" ? head : imp.imported : parts[parts.length - 1];
      if (sdk.constructors?.test(name)) return { sdk };
    } else if (sdk.methods?.test(method)) {
      return { sdk };
    }
  }
  return null;
}
function propertyValue(object, name) {
  for (const child of object.children()) {
    if (child.kind() === "pair" && unquote(child.field("key")?.text() ?? "") === name) return child.field("value");
  }
  return null;
}
function keyFrom(node, option) {
  if (!node) return { kind: "absent" };
  if (node.kind() !== "object") return { kind: "absent" };
  let spread = false;
  for (const child of node.children()) {
    if (child.kind() === "pair" && unquote(child.field("key")?.text() ?? "") === option) return valueKey(child.field("value"));
    if (child.kind() === "shorthand_property_identifier" && child.text() === option) return { kind: "expression", text: option };
    if (child.kind() === "spread_element") spread = true;
  }
  return spread ? { kind: "expression", text: "..." } : { kind: "absent" };
}
function valueKey(node) {
  if (!node) return { kind: "absent" };
  const env = envName(node);
  if (env) return { kind: "env", name: env };
  const kind2 = kindOf(node);
  if (kind2 === "string" || kind2 === "template_string" && !node.text().includes("${")) return { kind: "literal", empty: unquote(node.text()).trim() === "" };
  if (kind2 === "binary_expression" || kind2 === "parenthesized_expression") {
    const left = node.field("left") ?? node.children().find((c) => c.isNamed()) ?? null;
    if (left) {
      const inner = valueKey(left);
      if (inner.kind === "env") return inner;
    }
  }
  if (kind2 === "undefined" || kind2 === "null") return { kind: "literal", empty: true };
  return { kind: "expression", text: compact(node.text()).slice(0, 200) };
}
function envName(node) {
  const kind2 = node.kind();
  if (kind2 !== "member_expression" && kind2 !== "subscript_expression") return null;
  const object = node.field("object");
  if (!object || !ENV_OBJECT.test(compact(object.text()))) return null;
  if (kind2 === "member_expression") return node.field("property")?.text() ?? null;
  const index = node.field("index");
  return index && index.kind() === "string" ? unquote(index.text()) : null;
}
function enclosing(node) {
  let body = null;
  for (let p = node.parent(); p; p = p.parent()) {
    const kind2 = kindOf(p);
    if (!FUNCTION_KINDS4.has(kind2)) continue;
    body ??= p;
    if (kind2 === "function_declaration" || kind2 === "generator_function_declaration") return { name: p.field("name")?.text() ?? null, body: p };
    if (kind2 === "method_definition") {
      const cls = p.parent()?.parent()?.field("name")?.text();
      const name = p.field("name")?.text() ?? null;
      return { name: cls && name ? `${cls}.${name}` : name, body: p };
    }
    const parent = p.parent();
    if (parent?.kind() === "variable_declarator") return { name: parent.field("name")?.text() ?? null, body: p };
    const declarator = parent?.kind() === "arguments" ? parent.parent()?.parent() : null;
    if (declarator?.kind() === "variable_declarator") return { name: declarator.field("name")?.text() ?? null, body: p };
  }
  return { name: null, body };
}
function alertSinks(file, facts) {
  if (!/slack|discord|teams|pagerduty|opsgenie|webhook|alert/i.test(file.text)) return;
  const moduleEnv = facts.envReads.filter((r) => r.key && !insideFunction(facts, r.location.startLine));
  const sinkNodes = [
    ...file.calls.filter((c) => HTTP_CALL.test(c.callee)).map((c) => ({ node: c.node, via: c.callee, isNew: false })),
    ...file.nodes("new_expression").map((node) => ({ node, via: compact(node.field("constructor")?.text() ?? ""), isNew: true })).filter((n) => SINK_CONSTRUCTOR.test(n.via))
  ];
  for (const { node, via, isNew } of sinkNodes) {
    const { name, body } = enclosing(node);
    const scope = body ?? node;
    const scopeText = scope.text();
    const { startLine, endLine } = lines(scope);
    const env = facts.envReads.filter((r) => r.location.startLine >= startLine && r.location.endLine <= endLine).map((r) => r.name);
    for (const r of moduleEnv) if (new RegExp(`\\b${r.key}\\b`).test(scopeText)) env.push(r.name);
    const settings2 = [...new Set((facts.settingReads ?? []).filter((r) => r.location.startLine >= startLine && r.location.endLine <= endLine).map((r) => r.expression).filter((e) => alertChannel(e.split(".").pop())))];
    const channel = env.map(alertChannel).find(Boolean) ?? settings2.map((e) => alertChannel(e.split(".").pop())).find(Boolean) ?? channelOfHost(scopeText);
    if (!channel) continue;
    const destinationEnv = [...new Set(env.filter((e) => alertChannel(e)))];
    const destinationSettings = settings2.length > 0 ? { destinationSettings: settings2 } : {};
    if (isNew && !name) {
      const bound = node.parent()?.kind() === "variable_declarator" ? node.parent().field("name")?.text() : null;
      const users = bound ? facts.functions.filter((f) => f.calls.some((c) => c.callee.startsWith(`${bound}.`))) : [];
      for (const fn of users) facts.alertSinks.push({ channel, via, function: fn.qualifiedName, destinationEnv, ...destinationSettings, location: fn.location });
      if (users.length > 0) continue;
    }
    facts.alertSinks.push({ channel, via, function: name, destinationEnv, ...destinationSettings, location: file.location(node) });
  }
}
function insideFunction(facts, line) {
  return facts.functions.some((f) => f.location.startLine < line && line <= f.location.endLine) || facts.routes.some((r) => r.location.startLine <= line && line <= r.location.endLine);
}
function lines(node) {
  const range = node.range();
  return { startLine: range.start.line + 1, endLine: range.end.line + 1 };
}
function errorPaths(file, facts) {
  const push4 = (kind2, node) => {
    if (node) facts.errorPaths.push({ kind: kind2, ...lines(node) });
  };
  const nodes = [
    ...file.nodes("catch_clause"),
    ...file.calls.filter((c) => ERROR_CALLBACK.test(c.callee)).map((c) => c.node),
    // Only four-parameter lists come from the query: Express error middleware `(err, req, res, next)`.
    ...file.nodes("formal_parameters"),
    ...file.nodes("if_statement")
  ];
  if (ERROR_OPTION_TEXT.test(file.text)) {
    nodes.push(...file.root.findAll({ rule: { kind: "pair", has: { field: "key", regex: `^['"]?(onError|onFailure|onFailed|beforeSend|errorHandler|onUncaughtException)['"]?$` } } }));
  }
  for (const node of nodes) {
    switch (node.kind()) {
      case "if_statement":
        if (FAILURE_CONDITION.test(node.field("condition")?.text() ?? "")) push4("failure-branch", node.field("consequence"));
        break;
      case "catch_clause":
        push4("catch", node.field("body") ?? node);
        break;
      case "pair": {
        const value3 = node.field("value");
        if (value3?.kind() === "identifier") facts.errorPaths.push({ kind: "error-handler", ...lines(node), handler: value3.text() });
        else if (value3 && FUNCTION_KINDS4.has(kindOf(value3))) push4("error-handler", value3);
        break;
      }
      case "formal_parameters": {
        const params = node.children().filter((c) => c.isNamed() && c.kind() !== "comment");
        if (params.length === 4 && /^(?:err|error|e|ex|exception)\b/.test(params[0].text()) && FUNCTION_KINDS4.has(kindOf(node.parent() ?? node))) push4("error-handler", node.parent());
        break;
      }
      default: {
        const fn = node.field("function");
        const method = fn.field("property").text();
        const args = argumentsOf(node.field("arguments"));
        if (method === "catch") {
          if (args[0]?.kind() === "identifier") facts.errorPaths.push({ kind: "promise-catch", ...lines(node), handler: args[0].text() });
          else push4("promise-catch", args.find((a) => FUNCTION_KINDS4.has(kindOf(a))) ?? null);
        } else if (method === "onError" || method === "onFailure" || method === "onFailed" || method === "setErrorHandler" || method === "addHook") {
          const handler2 = method === "addHook" ? args[0]?.kind() === "string" && unquote(args[0].text()) === "onError" ? args[1] : void 0 : args[0];
          if (!handler2) break;
          if (handler2.kind() === "identifier") facts.errorPaths.push({ kind: "error-handler", ...lines(node), handler: handler2.text() });
          else push4("error-handler", handler2);
        } else {
          const event = args[0] && args[0].kind() === "string" ? unquote(args[0].text()) : "";
          const handler2 = args.find((a) => FUNCTION_KINDS4.has(kindOf(a)) || a.kind() === "identifier" && a !== args[0]);
          const kind2 = compact(fn.field("object")?.text() ?? "") === "process" && /^(?:uncaughtException|unhandledRejection)$/.test(event) ? "process-hook" : FAILURE_EVENTS.test(event) ? "failure-event" : null;
          if (!kind2) break;
          if (handler2?.kind() === "identifier") facts.errorPaths.push({ kind: kind2, ...lines(node), handler: handler2.text() });
          else push4(kind2, handler2 ?? node);
        }
      }
    }
  }
}

// src/extract/js/nestjs.ts
var HTTP_DECORATORS = { Get: "GET", Post: "POST", Put: "PUT", Patch: "PATCH", Delete: "DELETE", All: "ANY", Options: "OPTIONS", Head: "HEAD" };
var NOISE = /^(?:Controller|Api\w*|HttpCode|Header|Redirect|Render|UsePipes|UseInterceptors|UseFilters|Version|SerializeOptions|Sse|Injectable)$/;
var CLIENT_PARAMS = /^(?:Param|Body|Query|Headers)$/;
var nestjsExtractor = {
  id: "nestjs",
  languages: ["typescript", "javascript"],
  applies: (text2) => text2.includes("@nestjs/") || text2.includes("APP_GUARD") || text2.includes("useGlobalGuards") || text2.includes("APP_INTERCEPTOR") || text2.includes("useGlobalInterceptors"),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    for (const cls of file.root.findAll({ rule: { kind: "class_declaration" } })) controller(file, facts, cls);
    globalGuards(file, facts);
  }
};
function decoratorsOf(cls) {
  const own = cls.children().filter((c) => c.kind() === "decorator");
  const parent = cls.parent();
  const outer = parent?.kind() === "export_statement" ? parent.children().filter((c) => c.kind() === "decorator") : [];
  return [...outer, ...own];
}
function decoratorCall(decorator) {
  const expr = decorator.children().find((c) => c.isNamed()) ?? decorator;
  if (expr.kind() === "call_expression") return { name: compact(expr.field("function")?.text() ?? ""), args: argumentsOf(expr.field("arguments")), node: expr };
  return { name: compact(expr.text()), args: [], node: expr };
}
function stringArg(args) {
  const first = args[0];
  if (first?.kind() === "string") return unquote(first.text());
  if (first?.kind() === "object") {
    const path2 = first.children().find((p) => p.kind() === "pair" && p.field("key")?.text() === "path")?.field("value");
    if (path2?.kind() === "string") return unquote(path2.text());
  }
  return null;
}
function guardsOf(decorators2) {
  const out = [];
  for (const d of decorators2) {
    const { name, args, node } = decoratorCall(d);
    const line = node.range().start.line + 1;
    if (NOISE.test(name) || HTTP_DECORATORS[name]) continue;
    if (name === "UseGuards") {
      for (const a of args) out.push(guardOf(a));
      continue;
    }
    const fact = { callee: name, line, metadata: true };
    const first = args[0];
    if (first?.kind() === "string") fact.firstArg = unquote(first.text());
    else if (first?.kind() === "member_expression") fact.firstArg = first.text();
    out.push(fact);
  }
  return out;
}
function interceptorsOf(decorators2) {
  return decorators2.map(decoratorCall).filter((d) => d.name === "UseInterceptors").flatMap((d) => d.args.map(interceptorOf));
}
function interceptorOf(node) {
  const { callee, line } = guardOf(node);
  return { callee: `${callee}.intercept`, line };
}
function guardOf(node) {
  const line = node.range().start.line + 1;
  if (node.kind() === "call_expression" || node.kind() === "new_expression") {
    const fn = node.field("function") ?? node.field("constructor");
    const fact = { callee: compact(fn?.text() ?? node.text()), line };
    const first = argumentsOf(node.field("arguments"))[0];
    if (first?.kind() === "string") fact.firstArg = unquote(first.text());
    return fact;
  }
  return { callee: compact(node.text()), line };
}
function controller(file, facts, cls) {
  const decorators2 = decoratorsOf(cls);
  const ctrl = decorators2.map(decoratorCall).find((d) => d.name === "Controller");
  if (!ctrl) return;
  const prefix = stringArg(ctrl.args) ?? "";
  const classGuards2 = guardsOf(decorators2);
  const classInterceptors = interceptorsOf(decorators2);
  const body = cls.field("body");
  if (!body) return;
  let pending = [];
  for (const member of body.children()) {
    if (member.kind() === "decorator") {
      pending.push(member);
      continue;
    }
    if (member.kind() !== "method_definition") {
      if (member.isNamed()) pending = [];
      continue;
    }
    const methodDecorators = pending;
    pending = [];
    const http = methodDecorators.map(decoratorCall).find((d) => HTTP_DECORATORS[d.name]);
    if (!http) continue;
    const sub = stringArg(http.args) ?? "";
    const path2 = `/${[prefix, sub].map((p) => p.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/")}`;
    const at = methodDecorators[0] ?? member;
    const range = at.range();
    const interceptors = [...classInterceptors, ...interceptorsOf(methodDecorators)];
    facts.routes.push({
      framework: "nestjs",
      method: HTTP_DECORATORS[http.name],
      path: path2,
      location: { ...file.location(member), startLine: range.start.line + 1, startColumn: range.start.column + 1 },
      guards: [...classGuards2, ...guardsOf(methodDecorators)],
      handlerRef: null,
      router: null,
      params: [...pathParams(path2), ...clientParameters(member)],
      ...interceptors.length > 0 ? { interceptors } : {},
      ...withHeaderParameters(file.summariseNode(member), member)
    });
  }
}
function clientParameters(method) {
  const out = [];
  for (const p of method.field("parameters")?.children() ?? []) {
    const decorator = p.children().find((c) => c.kind() === "decorator");
    if (!decorator || !CLIENT_PARAMS.test(decoratorCall(decorator).name)) continue;
    const name = p.field("pattern");
    if (name?.kind() === "identifier") out.push(name.text());
  }
  return out;
}
function withHeaderParameters(summary, method) {
  const reads = [];
  for (const p of method.field("parameters")?.children() ?? []) {
    const decorator = p.children().find((c) => c.kind() === "decorator");
    if (!decorator) continue;
    const { name, args } = decoratorCall(decorator);
    const header = name === "Headers" ? stringArg(args) : null;
    if (header) reads.push({ name: header.toLowerCase(), line: decorator.range().start.line + 1 });
  }
  if (reads.length === 0) return summary;
  return { ...summary, headerReads: [...reads, ...summary.headerReads ?? []].sort((a, b) => a.line - b.line) };
}
function globalGuards(file, facts) {
  if (file.text.includes("APP_GUARD")) {
    for (const obj of file.root.findAll({ rule: { kind: "object", has: { kind: "pair", has: { field: "value", regex: "^APP_GUARD$" } } } })) {
      const use = obj.children().find((p) => p.kind() === "pair" && /^(?:useClass|useExisting)$/.test(p.field("key")?.text() ?? ""))?.field("value");
      if (use) facts.mounts.push({ framework: "nestjs", parent: "*", prefix: "/", guards: [guardOf(use)], child: null, location: file.location(obj) });
    }
  }
  if (file.text.includes("APP_INTERCEPTOR")) {
    for (const obj of file.root.findAll({ rule: { kind: "object", has: { kind: "pair", has: { field: "value", regex: "^APP_INTERCEPTOR$" } } } })) {
      const use = obj.children().find((p) => p.kind() === "pair" && /^(?:useClass|useExisting)$/.test(p.field("key")?.text() ?? ""))?.field("value");
      if (use) facts.mounts.push({ framework: "nestjs", parent: "*", prefix: "/", guards: [], interceptors: [interceptorOf(use)], child: null, location: file.location(obj) });
    }
  }
  if (file.text.includes("useGlobalInterceptors")) {
    for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^useGlobalInterceptors$" } } } })) {
      const interceptors = argumentsOf(call.field("arguments")).map(interceptorOf);
      if (interceptors.length > 0) facts.mounts.push({ framework: "nestjs", parent: "*", prefix: "/", guards: [], interceptors, child: null, location: file.location(call) });
    }
  }
  if (file.text.includes("useGlobalGuards")) {
    for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^useGlobalGuards$" } } } })) {
      const guards = argumentsOf(call.field("arguments")).map(guardOf);
      if (guards.length > 0) facts.mounts.push({ framework: "nestjs", parent: "*", prefix: "/", guards, child: null, location: file.location(call) });
    }
  }
}

// src/extract/js/nextjs.ts
var HTTP_EXPORTS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
var APP_ROUTE = /(?:^|\/)app\/((?:.*\/)?)route\.(?:ts|tsx|js|jsx|mjs)$/;
var PAGES_API = /(?:^|\/)pages\/(api\/.*)\.(?:ts|tsx|js|jsx|mjs)$/;
var MIDDLEWARE = /(?:^|\/)(?:src\/)?middleware\.(?:ts|js)$/;
var FUNCTION_KINDS5 = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function", "function_declaration"]);
var ACTION_CONFIG = /^(?:schema|inputSchema|outputSchema|metadata|bindArgsSchemas)$/;
var nextjsExtractor = {
  id: "nextjs",
  languages: ["typescript", "tsx", "javascript"],
  // A pages API route in plain JavaScript may name nothing of Next.js but its default export.
  applies: (text2) => /use server|next|NextRequest|safe-action|matcher|\b(?:GET|POST|PUT|PATCH|DELETE)\b|export\s+default/.test(text2),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    const appRoute = APP_ROUTE.exec(file.path);
    if (appRoute) appRouteHandlers(file, facts, urlOf(appRoute[1]));
    const pagesApi = PAGES_API.exec(file.path);
    if (pagesApi) pagesApiHandlers(file, facts, urlOf(`${pagesApi[1]}/`));
    if (MIDDLEWARE.test(file.path)) middleware(file, facts);
    if (file.text.includes("use server")) serverActions(file, facts);
    if (file.text.includes(".action(") || file.text.includes("createSafeActionClient")) safeActions(file, facts);
  }
};
function urlOf(folders) {
  const segments = folders.split("/").filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@") && s !== "index");
  return `/${segments.join("/")}`;
}
function exportedFunctions(file) {
  const out = [];
  for (const stmt of file.root.children()) {
    if (stmt.kind() !== "export_statement") continue;
    const decl = stmt.field("declaration");
    if (decl?.kind() === "function_declaration") {
      const name = decl.field("name")?.text();
      if (name) out.push({ name, node: stmt, fn: decl, wrappers: [] });
    } else if (decl?.kind() === "lexical_declaration") {
      for (const v of decl.children().filter((c) => c.kind() === "variable_declarator")) {
        const name = v.field("name")?.text();
        const value3 = v.field("value");
        if (!name || !value3) continue;
        const { fn, wrappers } = unwrap2(value3);
        out.push({ name, node: stmt, fn, wrappers });
      }
    }
  }
  return out;
}
function unwrap2(value3) {
  const wrappers = [];
  let node = value3;
  for (let depth = 0; node && depth < 5; depth++) {
    if (FUNCTION_KINDS5.has(kindOf(node))) return { fn: node, wrappers };
    if (node.kind() !== "call_expression") return { fn: null, wrappers };
    wrappers.push(node);
    const args = argumentsOf(node.field("arguments"));
    node = args.find((a) => FUNCTION_KINDS5.has(kindOf(a))) ?? args.find((a) => a.kind() === "call_expression") ?? null;
  }
  return { fn: null, wrappers };
}
function wrapperGuards(wrappers) {
  return wrappers.map((w) => {
    const fact = { callee: compact(w.field("function")?.text() ?? ""), line: w.range().start.line + 1 };
    const args = argumentsOf(w.field("arguments"));
    const first = args[0];
    if (first?.kind() === "string") fact.firstArg = unquote(first.text());
    fact.args = args.map(() => "");
    return fact;
  }).filter((g) => g.callee !== "");
}
function route(file, framework, method, path2, at, body, guards, params) {
  return {
    framework,
    method,
    path: path2,
    location: file.location(at),
    guards,
    handlerRef: null,
    router: null,
    params,
    ...body ? file.summariseNode(body) : { calls: [], dataOps: [] }
  };
}
function appRouteHandlers(file, facts, url) {
  for (const { name, node, fn, wrappers } of exportedFunctions(file)) {
    if (!HTTP_EXPORTS.test(name)) continue;
    const fact = route(file, "nextjs", name, url, node, fn, wrapperGuards(wrappers), pathParams(url));
    if (!fn) fact.calls = [...functionReferences(wrappers), ...fact.calls];
    facts.routes.push(fact);
  }
}
function functionReferences(wrappers) {
  return wrappers.flatMap((w) => argumentsOf(w.field("arguments"))).filter((a) => a.kind() === "identifier" && a.text() !== "undefined").map((a) => ({ callee: a.text(), line: a.range().start.line + 1 }));
}
function pagesApiHandlers(file, facts, url) {
  const stmt = file.root.children().find((c) => c.kind() === "export_statement" && c.text().startsWith("export default"));
  if (!stmt) return;
  let value3 = stmt.field("declaration") ?? stmt.field("value") ?? stmt.children().find((c) => c.isNamed() && c.kind() !== "comment") ?? null;
  let { fn, wrappers } = value3 ? unwrap2(value3) : { fn: null, wrappers: [] };
  const ref = fn ? null : wrappers.length > 0 ? argumentsOf(wrappers[wrappers.length - 1].field("arguments")).find((a) => a.kind() === "identifier") : value3?.kind() === "identifier" ? value3 : null;
  if (ref) {
    value3 = file.root.find({ rule: { any: [{ kind: "function_declaration", has: { field: "name", regex: `^${ref.text()}$` } }, { kind: "variable_declarator", has: { field: "name", regex: `^${ref.text()}$` } }] } });
    const inner = value3?.kind() === "variable_declarator" ? value3.field("value") : value3;
    if (inner) {
      const more = unwrap2(inner);
      fn = more.fn;
      wrappers = [...wrappers, ...more.wrappers];
    }
  }
  if (!fn) return;
  const guards = wrapperGuards(wrappers);
  const params = pathParams(url);
  const branches = methodBranches(fn);
  if (branches.length === 0) facts.routes.push(route(file, "nextjs", "ANY", url, stmt, fn, guards, params));
  const spans2 = branches.map((b) => ({ start: b.statement.range().start.index, end: b.statement.range().end.index }));
  const stretches = [];
  let from = fn.range().start.index;
  for (const span of spans2.toSorted((a, c) => a.start - c.start)) {
    if (span.start > from) stretches.push({ end: span.start, summary: file.summarise(from, span.start) });
    from = Math.max(from, span.end);
  }
  for (const [i, b] of branches.entries()) {
    const fact = route(file, "nextjs", b.method, url, b.node, b.node, guards, params);
    const before = stretches.filter((s) => s.end <= spans2[i].start).map((s) => s.summary);
    fact.calls = [...before.flatMap((s) => s.calls), ...fact.calls];
    fact.dataOps = [...before.flatMap((s) => s.dataOps), ...fact.dataOps];
    facts.routes.push(fact);
  }
}
function methodBranches(fn) {
  const out = [];
  for (const stmt of fn.findAll({ rule: { kind: "if_statement", has: { field: "condition", regex: `\\.method\\s*===?\\s*['"]` } } })) {
    const m = /\.method\s*===?\s*['"]([A-Z]+)['"]/.exec(stmt.field("condition").text());
    const body = stmt.field("consequence");
    if (m && body) out.push({ method: m[1], node: body, statement: stmt });
  }
  for (const sw of fn.findAll({ rule: { kind: "switch_statement", has: { field: "value", regex: "\\.method" } } })) {
    for (const c of sw.findAll({ rule: { kind: "switch_case" } })) {
      const value3 = c.field("value");
      if (value3?.kind() === "string") out.push({ method: unquote(value3.text()).toUpperCase(), node: c, statement: c });
    }
  }
  return out;
}
function middleware(file, facts) {
  const guards = [];
  const limited = [];
  const matchers = routeMatchers(file);
  const read = (fn, wrapperNodes) => {
    const wrappers = wrapperGuards(wrapperNodes);
    for (const w of wrapperNodes) {
      const match = publicRoutesOption(w);
      const fact = match ? wrappers.find((g) => g.line === w.range().start.line + 1 && g.callee === compact(w.field("function")?.text() ?? "")) : void 0;
      if (match && fact) {
        limited.push({ guards: [fact], match });
        wrappers.splice(wrappers.indexOf(fact), 1);
      }
    }
    guards.push(...wrappers);
    if (!fn) return;
    const sessionParam = wrappers.some((w) => w.callee === "clerkMiddleware") ? parameterNames(fn)[0] : void 0;
    const calls = file.summariseNode(fn).calls.filter((c) => c.callee !== sessionParam);
    for (const { line, match } of conditionalProtects(fn, matchers)) {
      const protects = calls.filter((c) => c.line === line && PROTECT.test(c.callee));
      if (protects.length === 0) continue;
      limited.push({ guards: [...wrappers, ...protects], match });
      for (const c of protects) calls.splice(calls.indexOf(c), 1);
    }
    guards.push(...calls);
  };
  const stmt = file.root.children().find((c) => c.kind() === "export_statement" && c.text().startsWith("export default"));
  const value3 = stmt?.children().find((c) => c.isNamed() && c.kind() !== "comment");
  if (value3) {
    const { fn, wrappers } = unwrap2(value3);
    read(fn, wrappers);
  }
  const named2 = exportedFunctions(file).find((f) => f.name === "middleware");
  if (named2?.fn) read(named2.fn, named2.wrappers);
  if (guards.length === 0 && limited.length === 0) return;
  const matcher = file.root.find({ rule: { kind: "pair", has: { field: "key", regex: "^matcher$" } } })?.field("value");
  const prefixes = matcher ? (matcher.kind() === "array" ? matcher.children().filter((c) => c.kind() === "string") : matcher.kind() === "string" ? [matcher] : []).map((s) => matcherPrefix(unquote(s.text()))) : ["/"];
  for (const prefix of new Set(prefixes.length > 0 ? prefixes : ["/"])) {
    const location = file.location(stmt ?? file.root);
    if (guards.length > 0) facts.mounts.push({ framework: "nextjs", parent: "*", prefix, guards, child: null, location });
    for (const l of limited) facts.mounts.push({ framework: "nextjs", parent: "*", prefix, guards: l.guards, child: null, match: l.match, location });
  }
}
var PROTECT = /(?:^|\.)(?:protect|redirectToSignIn)$/;
function routeMatchers(file) {
  const out = /* @__PURE__ */ new Map();
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression" } } })) {
    const name = decl.field("name")?.text();
    const value3 = decl.field("value");
    if (!name || value3.field("function")?.text() !== "createRouteMatcher") continue;
    const first = argumentsOf(value3.field("arguments"))[0];
    out.set(name, first ? pathPatterns(first) : null);
  }
  return out;
}
function pathPatterns(node) {
  const items2 = node.kind() === "array" ? node.children().filter((c) => c.isNamed() && c.kind() !== "comment") : [node];
  const out = [];
  for (const item of items2) {
    const source = item.kind() === "string" ? pathPatternSource(unquote(item.text())) : item.kind() === "regex" ? item.field("pattern")?.text() ?? null : null;
    if (source === null) return null;
    out.push(source);
  }
  return out;
}
function pathPatternSource(pattern) {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "(") {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "\\") j++;
        else if (pattern[j] === "(") depth++;
        else if (pattern[j] === ")" && --depth === 0) break;
      }
      if (j >= pattern.length) return null;
      out += `(?:${pattern.slice(i + 1, j)})`;
      i = j + 1;
      if ("?*+".includes(pattern[i] ?? "_")) out += pattern[i++];
      continue;
    }
    const param = /^(\/?):(\w+)(?:\(([^)]*)\))?([?*+]?)/.exec(pattern.slice(i));
    if (param) {
      const [whole, slash, , custom, mod] = param;
      const seg = custom ? `(?:${custom})` : "[^/]+";
      out += mod === "*" ? `(?:${slash}${seg}(?:/${seg})*)?` : mod === "+" ? `${slash}${seg}(?:/${seg})*` : mod === "?" ? `(?:${slash}${seg})?` : `${slash}${seg}`;
      i += whole.length;
      continue;
    }
    out += c === "*" ? ".*" : c.replace(/[.+?^${}|[\]\\]/g, "\\$&");
    i++;
  }
  try {
    RegExp(out);
  } catch {
    return null;
  }
  return out.endsWith("/") ? `^${out}?$` : `^${out}/?$`;
}
function conditionalProtects(fn, matchers) {
  const out = [];
  const body = fn.field("body");
  const same = (a, b) => !!a && a.range().start.index === b.range().start.index && a.range().end.index === b.range().end.index;
  for (const call of fn.findAll({ rule: { kind: "call_expression", has: { field: "function", regex: "(?:^|\\.)(?:protect|redirectToSignIn)$" } } })) {
    const conditions = [];
    let unknown = false;
    let node = call;
    let statement = null;
    for (let parent = node.parent(); parent && !same(parent, fn); node = parent, parent = parent.parent()) {
      if (parent.kind() === "if_statement") {
        const inThen = same(parent.field("consequence"), node);
        if (inThen || node.kind() === "else_clause") conditions.push({ cond: parent.field("condition"), positive: inThen });
      } else if (parent.kind() === "binary_expression" && parent.field("operator")?.text() === "&&" && same(parent.field("right"), node)) {
        conditions.push({ cond: parent.field("left"), positive: true });
      } else if (["ternary_expression", "binary_expression", "switch_case", "catch_clause"].includes(String(parent.kind()))) unknown = true;
      if (body && same(parent, body)) statement = node;
    }
    if (statement && body?.kind() === "statement_block") {
      for (const prior of body.children()) {
        if (same(prior, statement)) break;
        if (prior.kind() !== "if_statement" || prior.field("alternative")) continue;
        const then = prior.field("consequence");
        const returns = then.kind() === "return_statement" || then.kind() === "statement_block" && then.children().filter((c) => c.isNamed() && c.kind() !== "comment").every((c) => c.kind() === "return_statement");
        if (returns) conditions.push({ cond: prior.field("condition"), positive: false });
      }
    }
    if (unknown || conditions.length !== 1) continue;
    const matched = matcherCondition(conditions[0].cond, matchers);
    if (!matched) continue;
    const include = matched.negated !== conditions[0].positive;
    out.push({ line: call.range().start.line + 1, match: include ? { include: matched.paths } : { exclude: matched.paths } });
  }
  return out;
}
function matcherCondition(cond, matchers) {
  let node = cond;
  let negated = false;
  for (let depth = 0; node && depth < 6; depth++) {
    if (node.kind() === "parenthesized_expression") node = node.children().find((c) => c.isNamed() && c.kind() !== "comment") ?? null;
    else if (node.kind() === "unary_expression" && node.field("operator")?.text() === "!") {
      negated = !negated;
      node = node.field("argument");
    } else if (node.kind() === "await_expression") node = node.children().find((c) => c.isNamed()) ?? null;
    else break;
  }
  if (node?.kind() === "binary_expression" && node.field("operator")?.text() === "&&" && !negated) {
    const sides = [node.field("left"), node.field("right")].map((side) => side ? matcherCondition(side, matchers) : null);
    const found = sides.filter((m) => m !== null);
    return found.length === 1 && !sides.some((m, i) => m === null && mentionsMatcher([node.field("left"), node.field("right")][i] ?? null, matchers)) ? found[0] : null;
  }
  if (node?.kind() !== "call_expression") return null;
  const paths = matchers.get(node.field("function")?.text() ?? "");
  return paths ? { paths, negated } : null;
}
function mentionsMatcher(node, matchers) {
  return node !== null && [...matchers.keys()].some((name) => new RegExp(`\\b${name}\\b`).test(node.text()));
}
function publicRoutesOption(wrapper) {
  if (compact(wrapper.field("function")?.text() ?? "") !== "authMiddleware") return null;
  const options = argumentsOf(wrapper.field("arguments"))[0];
  if (options?.kind() !== "object") return null;
  const exclude = [];
  for (const pair of options.children().filter((c) => c.kind() === "pair")) {
    const key = unquote(pair.field("key")?.text() ?? "");
    if (key !== "publicRoutes" && key !== "ignoredRoutes") continue;
    const paths = pathPatterns(pair.field("value"));
    if (!paths) return null;
    exclude.push(...paths);
  }
  return exclude.length > 0 ? { exclude } : null;
}
function matcherPrefix(matcher) {
  if (matcher.includes("(")) return "/";
  return matcher.replace(/\/:[^/]*[*+?]?$/, "").replace(/\/\*$/, "") || "/";
}
function hasUseServer(block) {
  const first = block?.children().find((c) => c.isNamed() && c.kind() !== "comment");
  return first?.kind() === "expression_statement" && /^['"]use server['"];?$/.test(first.text().trim());
}
function serverActions(file, facts) {
  const fileLevel = hasUseServer(file.root);
  const seen = /* @__PURE__ */ new Set();
  const push4 = (name, at, fn, guards) => {
    if (seen.has(fn.range().start.index)) return;
    seen.add(fn.range().start.index);
    facts.routes.push(route(file, "next-action", "POST", name, at, fn, guards, parameterNames(fn)));
  };
  if (fileLevel) {
    for (const { name, node, fn, wrappers } of exportedFunctions(file)) {
      if (!fn || /\.(?:action|stateAction)$/.test(compact(wrappers[0]?.field("function")?.text() ?? ""))) continue;
      push4(name, node, fn, wrapperGuards(wrappers));
    }
  }
  for (const fn of file.root.findAll({ rule: { any: [{ kind: "function_declaration" }, { kind: "arrow_function" }, { kind: "function_expression" }] } })) {
    if (!hasUseServer(fn.field("body"))) continue;
    const name = fn.field("name")?.text() ?? (fn.parent()?.kind() === "variable_declarator" ? fn.parent().field("name")?.text() : null);
    if (name) push4(name, fn, fn, []);
  }
}
function parameterNames(fn) {
  const params = fn.field("parameters");
  const out = [];
  for (const p of params?.children() ?? []) {
    const pattern = p.field("pattern") ?? (p.kind() === "identifier" ? p : null);
    if (!pattern) continue;
    if (pattern.kind() === "identifier") out.push(pattern.text());
    else for (const id of pattern.findAll({ rule: { kind: "shorthand_property_identifier_pattern" } })) out.push(id.text());
  }
  return out;
}
function safeActions(file, facts) {
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression" } } })) {
    const name = decl.field("name")?.text();
    const value3 = decl.field("value");
    if (!name) continue;
    const chain = builderChain(value3);
    if (!chain) continue;
    const last = chain.links[chain.links.length - 1];
    const guards = [{ callee: chain.base, line: value3.range().start.line + 1 }, ...chain.links.filter((l) => l.method === "use").flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)))];
    if (last?.method === "action" || last?.method === "stateAction") {
      const fn = last.args.find((a) => FUNCTION_KINDS5.has(kindOf(a)));
      if (!fn) continue;
      const at = decl.parent()?.parent()?.kind() === "export_statement" ? decl.parent().parent() : decl;
      facts.routes.push(route(file, "next-action", "POST", name, at, fn, guards, ["parsedInput"]));
    } else if (chain.links.every((l) => l.method === "use" || ACTION_CONFIG.test(l.method)) && chain.links.some((l) => l.method === "use")) {
      facts.mounts.push({ framework: "next-action", parent: chain.base, prefix: "", guards: guards.slice(1), child: name, location: file.location(decl) });
    }
  }
}
function builderChain(call) {
  const links = [];
  let node = call;
  while (node && node.kind() === "call_expression") {
    const fn = node.field("function");
    if (!fn || fn.kind() !== "member_expression") return null;
    links.unshift({ method: fn.field("property")?.text() ?? "", args: argumentsOf(node.field("arguments")) });
    node = fn.field("object");
  }
  if (!node || node.kind() !== "identifier" && node.kind() !== "member_expression") return null;
  return { base: compact(node.text()), links };
}

// src/extract/text/privacy-policy.ts
var PROSE = /\.(?:md|mdx|markdown|txt|rst|html?|hbs|handlebars|mustache|ejs|njk|liquid|pug|vue|svelte|astro)$/i;
var POLICY_PATH = /(^|\/)(privacy[-_ ]?(policy|notice|statement)?|datenschutz(erklaerung)?|data[-_]protection|gdpr)(\/(page|index|\+page)\.(tsx|jsx|ts|js|mdx?|html?|vue|svelte|astro)|\.(md|mdx|markdown|txt|rst|html?|tsx|jsx|vue|svelte|astro|hbs|handlebars|mustache|ejs|njk|pug|liquid))$/i;
var PRIVACY_TEXT = /privacy|personal (?:data|information)|\bGDPR\b|datenschutz/i;
var privacyPolicyExtractor = {
  id: "privacy-policy",
  accepts: (path2) => PROSE.test(path2),
  extract(path2, text2, facts) {
    if (!POLICY_PATH.test(path2) && !PRIVACY_TEXT.test(text2)) return;
    facts.privacyClaims.push(...claimsFromBlocks(path2, proseBlocks(path2, text2)));
  }
};
var HTML_BLOCK_TAG = /<\/?(?:p|li|ul|ol|h[1-6]|div|section|article|header|footer|br|tr|td|th|dd|dt|blockquote|table|main|aside|nav)\b[^>]*>/gi;
var ENTITIES = { amp: "&", nbsp: " ", rarr: "\u2192", rsquo: "\u2019", lsquo: "\u2018", ldquo: "\u201C", rdquo: "\u201D", quot: '"', apos: "'", lt: "<", gt: ">", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026" };
function proseBlocks(path2, text2) {
  const markdown = /\.(?:md|mdx|markdown|txt|rst)$/i.test(path2);
  const blocks = [];
  let current = [];
  const flush = () => {
    if (current.some((s) => /\S/.test(s.text))) blocks.push(current);
    current = [];
  };
  const lines2 = text2.split("\n");
  let fenced = false;
  let frontMatter = markdown && lines2[0]?.trim() === "---";
  let comment = false;
  for (let i = 0; i < lines2.length; i++) {
    let line = lines2[i];
    if (frontMatter) {
      if (i > 0 && line.trim() === "---") frontMatter = false;
      continue;
    }
    if (markdown && /^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      flush();
      continue;
    }
    if (fenced) continue;
    if (comment) {
      const end = line.indexOf("-->");
      if (end === -1) continue;
      line = " ".repeat(end + 3) + line.slice(end + 3);
      comment = false;
    }
    line = line.replace(/<!--.*?-->/g, (m) => " ".repeat(m.length));
    const open = line.indexOf("<!--");
    if (open !== -1) {
      line = line.slice(0, open);
      comment = true;
    }
    line = line.replace(/\{\{[^}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\{\/\*.*?\*\/\}/g, (m) => " ".repeat(m.length));
    if (!/\S/.test(line)) {
      flush();
      continue;
    }
    if (markdown) {
      if (/^\s*#{1,6}\s/.test(line) || /^\s*(?:[-*+]|\d+[.)])\s+/.test(line) || /^\s*\|/.test(line) || /^\s*(?:={3,}|-{3,})\s*$/.test(line)) flush();
      if (/^\s*(?:={3,}|-{3,}|\*{3,})\s*$/.test(line)) continue;
    }
    let last = 0;
    for (const m of line.matchAll(HTML_BLOCK_TAG)) {
      pushPiece(current, line.slice(last, m.index), i + 1, last + 1, markdown);
      flush();
      last = m.index + m[0].length;
    }
    pushPiece(current, line.slice(last), i + 1, last + 1, markdown);
    if (markdown && /^\s*#{1,6}\s/.test(line)) flush();
  }
  flush();
  return blocks;
}
function pushPiece(block, raw, line, column, markdown) {
  let text2 = raw.replace(/<[^>]*>/g, (m) => " ".repeat(m.length));
  if (markdown) {
    text2 = text2.replace(/^\s*(?:>\s*)+/, (m) => " ".repeat(m.length)).replace(/^\s*#{1,6}\s/, (m) => " ".repeat(m.length)).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, (m) => " ".repeat(m.length)).replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\*\*|__|`/g, "").replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|[.,;:!?]|$)/g, "$1$2").replace(/\|/g, " ");
  }
  text2 = decodeEntities(text2);
  if (/\S/.test(text2)) block.push({ text: text2, line, column });
}
function decodeEntities(text2) {
  return text2.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, name) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}
var NUMBER = "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)";
var PERIOD = new RegExp(`\\b${NUMBER}(?:\\s*|-)(?:minutes?|hours?|days?|weeks?|months?|years?)\\b`, "i");
var NEGATION = /\b(?:not|no|never|cannot|can't|won't|don't|doesn't|unable|without|neither|nor)\b/;
var BENIGN_NEGATION = /\b(?:no longer than|not longer than|no later than|not later than|no more than|not more than|not exceeding|no matter)\b/g;
var EXPORT = [
  /\b(?:download|export)(?:s|ed|ing)?\b(?:\W+(?!apps?\b|application\b|software\b|browser\b)[\w'’-]+){0,6}?\W+(?:data|information|content|account|records|history)\b/,
  /\bdata (?:export|portability|download|takeout)\b/,
  /\b(?:click|tap|select|press|choose)\b[^.;]{0,30}\b(?:export|download) (?:my |your )?(?:data|account|archive)\b/,
  /\b(?:receive|obtain|request|get|download|provide|send|access)\b[^.;]{0,40}\b(?:copy|copies|archive)\b(?:\W+[\w'’-]+){0,8}?\W+(?:data|information)\b/,
  /\bportab(?:le|ility)\b/,
  /\bright (?:of|to) access\b|\bright to (?:know|obtain)\b/,
  /\b(?:you|users?)\b[^.;]{0,30}\baccess (?:to )?(?:your|their|all)(?: \w+)?(?: personal)? (?:data|information)\b/
];
var ERASURE = [
  /\b(?:delete|deleting|erase|erasing|remove|removing|deletion|erasure|removal)\b(?:\W+[\w'’-]+){0,2}?\W+(?:your|their|users?'?s?|personal)\b(?:\W+[\w'’-]+){0,2}?\W*(?:accounts?|profiles?|data|information)\b/,
  /\b(?:click|tap|select|press|choose)\b[^.;]{0,30}\b(?:delete|close) (?:my |your )?account\b/,
  /\b(?:delete|erase|remove)\b(?:\W+[\w'’-]+){0,3}?\W+(?:personal )?(?:data|information) (?:we hold|we have|we store|we keep|we process|about you)\b/,
  /\bright (?:to|of) (?:erasure|be forgotten|deletion|delete|erase)\b/,
  /\b(?:account|profile|data) (?:deletion|erasure|removal)\b/,
  /\b(?:your|the user'?s|their) (?:account|profile|personal data|personal information|data)\b[^.;]{0,60}\b(?:will be|is|are|gets?|get) (?:\w+ly )?(?:deleted|erased|removed)\b/,
  /\bhave (?:your|their) (?:account|profile|personal data|data|information) (?:deleted|erased|removed)\b/
];
var RECTIFICATION = [
  /\b(?:correct|rectify|update|edit|change|amend)(?:s|ed|ing)?\b(?:\W+[\w'’-]+){0,5}?\W+(?:your|their|inaccurate|incorrect)\b(?:\W+[\w'’-]+){0,3}?\W*(?:data|information|details|profile|name|email|address)\b/,
  /\bright (?:to|of) (?:rectification|correct|rectify)\b/
];
var DELETED = "(?:deleted|erased|removed|purged|anonymi[sz]ed|destroyed|discarded|wiped)";
var RETENTION_PASSIVE = new RegExp(`^(.*?)\\b(?:is|are|will be|get|gets|shall be|will get)\\s+(?:(?:\\w+ly|then|also|all)\\s+)*${DELETED}\\b`, "i");
var RETENTION_ACTIVE = /\bwe\s+(?:(?:will|\w+ly|then|also)\s+)*(?:delete|erase|remove|purge|anonymi[sz]e|destroy|discard|wipe)\s+(.+?)\s+(?:after|within|older than|once|when|if|that|which|every|\d)/i;
var RETENTION_KEPT = new RegExp(`^(.*?)\\b(?:is|are|will be)\\s+(?:only\\s+)?(?:kept|retained|stored|held|preserved)\\s+(?:for\\s+)?(?:up to|no longer than|no more than|a maximum of|at most|for)?\\s*${NUMBER}`, "i");
var RETENTION_WE_KEEP = new RegExp(`\\bwe\\s+(?:only\\s+)?(?:keep|retain|store|hold)\\s+(.+?)\\s+for\\s+(?:up to |no longer than |no more than |a maximum of |at most )?${NUMBER}`, "i");
var BACK_REFERENCE = /[,;]\s*(?:after|at|by|from)?\s*(?:which|what)\s+(?:time\s+)?(?:it|they|these|those)\s*$/i;
var EXPIRY = new RegExp(`^(.*?)\\bexpire(?:s|d)?\\b[^.]*?${NUMBER}`, "i");
var AUTOMATIC = /\b(?:automatic(?:ally)?|expired|regularly|periodically|nightly|daily|weekly|scheduled)\b|\b(?:when|after|once|as soon as) (?:they|it) expires?\b|\b(?:on|upon|at) (?:their |its )?expiry\b/i;
var EVENT_DRIVEN = /\b(?:when|if|once|after|as soon as) (?:you|a user|the user|an? (?:admin|administrator|owner))\b|\bupon (?:request|deletion|your)\b|\bat your request\b/i;
var MINIMUM = /\b(?:at least|minimum of|no less than|not less than)\b/i;
var IN_APP = /\b(?:click|tap|settings|dashboard|account page|profile page|your profile|in the (?:app|portal|product|dashboard|application)|button|self-serve|self-service|one[- ]click|account settings|preferences|privacy center|privacy centre)\b|→|&gt;/i;
var REQUEST = /\b(?:contact(?:ing)?|e-?mail(?:ing)? us|write to|writing to|request(?:s|ing)?|ask(?:ing)? us|reach(?:ing)? out|support team|customer support|mailto|dpo)\b|\b[\w.+-]+@[\w-]+\.[\w.]+/i;
var YOU_CAN = /\b(?:you|users?|customers?|members?|account owners?)\s+(?:can|may|are able to|will be able to|have the option to|could)\b|\bat any time\b|\banytime\b/i;
var RIGHT = /\brights?\b/i;
function claimsFromBlocks(path2, blocks) {
  const claims = [];
  for (const block of blocks) {
    const classified = sentencesOf(block).map(classify).filter((c) => c !== null);
    if (classified.length === 0) continue;
    const erasure = classified.filter((c) => c.kinds.has("erasure"));
    if (erasure.length > 0) {
      const members = classified.filter((c) => c.kinds.has("erasure") || c.retention);
      claims.push(merged(path2, "erasure", members));
    }
    for (const kind2 of ["export", "rectification"]) {
      const members = classified.filter((c) => c.kinds.has(kind2));
      if (members.length > 0) claims.push(merged(path2, kind2, members));
    }
    if (erasure.length > 0) continue;
    const retained = classified.filter((c) => c.retention);
    const used = /* @__PURE__ */ new Set();
    for (const r of retained) {
      if (used.has(r)) continue;
      const head = headNoun(r.retention.subject);
      const members = classified.filter(
        (c) => !used.has(c) && (c === r || (c.retention || c.expiry) && sameSubject(head, (c.retention ?? c.expiry).subject))
      );
      for (const m of members) used.add(m);
      const claim = merged(path2, "retention", members);
      if (!claim.period && !members.some((m) => AUTOMATIC.test(m.sentence.text))) continue;
      claim.subject = cleanSubject(r.retention.subject);
      claims.push(claim);
    }
  }
  return claims;
}
function merged(path2, kind2, members) {
  const ordered = members.toSorted((a, b) => a.sentence.startLine - b.sentence.startLine || a.sentence.startColumn - b.sentence.startColumn);
  const first = ordered[0].sentence;
  const last = ordered[ordered.length - 1].sentence;
  const rank = ["self-service", "on-request", "right", "statement"];
  const channel = ordered.map((m) => m.channel).toSorted((a, b) => rank.indexOf(a) - rank.indexOf(b))[0];
  const sentence = ordered.map((m) => m.sentence.text).join(" ");
  const claim = {
    kind: kind2,
    channel,
    sentence: sentence.length > 400 ? `${sentence.slice(0, 399)}\u2026` : sentence,
    location: { path: path2, startLine: first.startLine, endLine: last.endLine, startColumn: first.startColumn, endColumn: last.endColumn }
  };
  const period = kind2 === "erasure" || kind2 === "retention" ? ordered.find((m) => m.period)?.period : void 0;
  if (period) claim.period = period;
  return claim;
}
var ABBREVIATIONS = /(?:^|\s)(?:e\.g|i\.e|etc|art|arts|no|nos|inc|ltd|co|mr|mrs|ms|dr|vs|para|sec|cf|approx|incl)\.$/i;
function sentencesOf(block) {
  let text2 = "";
  const starts = [];
  for (const segment of block) {
    const glued = /^\s*[.,;:!?)]/.test(segment.text);
    const piece = glued ? segment.text.trimStart() : segment.text;
    if (text2.length > 0 && !glued) text2 += " ";
    starts.push({ offset: text2.length, segment: glued ? { ...segment, text: piece, column: segment.column + segment.text.length - piece.length } : segment });
    text2 += piece;
  }
  const position = (offset) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i].offset > offset) i--;
    const { offset: base, segment } = starts[i];
    return { line: segment.line, column: segment.column + Math.max(0, Math.min(offset - base, segment.text.length)) };
  };
  const out = [];
  const boundary = /[.!?…]["”’)\]]*\s+(?=["“([]?[A-Z0-9À-Ý])|[:;]\s+(?=[A-Z])/g;
  let from = 0;
  const push4 = (to) => {
    const raw = text2.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const start = position(from + lead);
      const end = position(from + lead + trimmed.length);
      out.push({ text: trimmed.replace(/\s+/g, " "), startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
    }
  };
  for (const m of text2.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text2.slice(Math.max(from, m.index - 8), m.index + 1))) continue;
    push4(end);
    from = end;
  }
  push4(text2.length);
  return out;
}
function classify(sentence) {
  const lower = sentence.text.toLowerCase().replace(/[’‘]/g, "'");
  const kinds = /* @__PURE__ */ new Set();
  if (EXPORT.some((p) => promised(lower, p))) kinds.add("export");
  if (ERASURE.some((p) => promised(lower, p))) kinds.add("erasure");
  if (RECTIFICATION.some((p) => promised(lower, p))) kinds.add("rectification");
  const period = PERIOD.exec(sentence.text)?.[0] ?? null;
  let retention = null;
  if (!kinds.has("erasure") && !EVENT_DRIVEN.test(lower) && !MINIMUM.test(lower)) {
    const object = (m) => m?.split(/[,;:(—–]/)[0].trim() || m;
    const passive = RETENTION_PASSIVE.exec(sentence.text)?.[1];
    const subject = promised(qualifiersMasked(lower, RETENTION_PASSIVE), RETENTION_PASSIVE) && !(passive && BACK_REFERENCE.test(passive)) && passive || promised(lower, RETENTION_ACTIVE) && object(RETENTION_ACTIVE.exec(sentence.text)?.[1]) || promised(qualifiersMasked(lower, RETENTION_KEPT), RETENTION_KEPT) && RETENTION_KEPT.exec(sentence.text)?.[1] || promised(lower, RETENTION_WE_KEEP) && object(RETENTION_WE_KEEP.exec(sentence.text)?.[1]) || null;
    if (subject && headNoun(subject)) retention = { subject };
  }
  let expiry = null;
  const expires = EXPIRY.exec(sentence.text);
  if (expires?.[1] && headNoun(expires[1])) expiry = { subject: expires[1] };
  if (kinds.size === 0 && !retention && !expiry) return null;
  return { sentence, kinds, channel: channelOf(lower), retention, expiry, period };
}
var CLAUSE = /[,;:]|\bbut\b|\bhowever\b|\bwhile\b|\band (?=you|we|users?)\b/;
var NEGATION_AFTER = /\b(?:not|never|cannot|can't|isn't|aren't|unavailable|no longer)\b/;
function promised(lower, pattern) {
  const m = pattern.exec(lower);
  if (!m) return false;
  const text2 = lower.replace(BENIGN_NEGATION, (b) => " ".repeat(b.length));
  const before = text2.slice(0, m.index + Math.min(m[0].length, 40)).split(CLAUSE).pop() ?? "";
  const after = text2.slice(m.index + m[0].length).split(CLAUSE)[0] ?? "";
  return !NEGATION.test(before) && !NEGATION_AFTER.test(after);
}
var RELATIVE_CLAUSE = /\s(?:that|which|who|whose)\s.*$/;
function qualifiersMasked(lower, pattern) {
  const subject = pattern.exec(lower)?.[1];
  const clause = subject ? RELATIVE_CLAUSE.exec(subject) : null;
  if (!subject || !clause) return lower;
  return lower.slice(0, clause.index) + " ".repeat(subject.length - clause.index) + lower.slice(subject.length);
}
function channelOf(lower) {
  if (IN_APP.test(lower)) return "self-service";
  if (REQUEST.test(lower)) return "on-request";
  if (YOU_CAN.test(lower)) return "self-service";
  if (RIGHT.test(lower)) return "right";
  return "statement";
}
var SUBJECT_NOISE = /* @__PURE__ */ new Set([
  "the",
  "a",
  "an",
  "all",
  "any",
  "your",
  "our",
  "their",
  "its",
  "his",
  "her",
  "expired",
  "old",
  "older",
  "inactive",
  "unused",
  "stale",
  "outdated",
  "such",
  "these",
  "those",
  "this",
  "that",
  "other",
  "each",
  "every",
  "then",
  "also",
  "and",
  "of",
  "we",
  "us",
  "personal",
  "pending",
  "unaccepted",
  "abandoned",
  "revoked",
  "used",
  "temporary",
  "raw"
]);
var SUBJECT_END = /\s(?:including|together|which|that|who|along|expire[sd]?|is|are|will|shall|get|gets|older|after|within|for|in|on|from|when|once|by|automatically|permanently)\b/i;
var APPOSITION = /^(?:including|such as|together|which|that|who|along|as well|e\.g|i\.e|except|if|when|unless)\b/i;
var OF_CONTAINER = /^(?:cop(?:y|ies)|records?|entr(?:y|ies)|data|information|details?|rows?|history|histories|parts?|some|most|none|any|all|kinds?|types?|categor(?:y|ies)|pieces?|list|lists)$/i;
function cleanSubject(raw) {
  const pieces = raw.replace(/\([^()]*\)|\s[—–]\s[^—–]*\s[—–](?=\s)/g, " ").split(/[,;:()—–]|\b(?:and|but|while|whereas)\b/i).map((p) => p.trim()).filter((p) => p.length > 0 && !APPOSITION.test(p));
  for (let i = pieces.length - 1; i >= 0; i--) {
    const lead = pieces[i].split(/\s+/);
    while (lead.length > 0 && SUBJECT_NOISE.has(lead[0].toLowerCase())) lead.shift();
    let text2 = ` ${lead.join(" ")}`;
    const end = SUBJECT_END.exec(text2);
    if (end) text2 = text2.slice(0, end.index);
    let all = text2.trim().split(/\s+/);
    const of = all.findIndex((w, k) => k > 0 && w.toLowerCase() === "of");
    if (of > 0 && all.slice(0, of).some((w) => !SUBJECT_NOISE.has(w.toLowerCase()) && !OF_CONTAINER.test(w))) all = all.slice(0, of);
    const words = all.filter((w) => w.length > 0 && !SUBJECT_NOISE.has(w.toLowerCase()));
    const subject = words.join(" ").replace(/[^\w\s'-]/g, "").trim();
    if (subject) return subject;
  }
  return "";
}
function headNoun(raw) {
  const words = cleanSubject(raw).toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 ? words[words.length - 1].replace(/s$/, "") : null;
}
function sameSubject(head, other) {
  const h = headNoun(other);
  return head !== null && h !== null && (h === head || h.startsWith(head) || head.startsWith(h));
}

// src/extract/js/privacy-page.ts
var INLINE = /* @__PURE__ */ new Set(["a", "b", "i", "em", "strong", "span", "code", "small", "mark", "abbr", "sup", "sub", "u", "br", "Link", "Trans", "FormattedMessage"]);
var PROSE_STRING = /^(?=[^\n]{40,})(?:\S+\s+){6,}\S/;
var privacyPageExtractor = {
  id: "privacy-page",
  languages: ["tsx", "javascript"],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text2) => PRIVACY_TEXT.test(text2) && text2.includes("<"),
  extract(file, facts) {
    const groups = /* @__PURE__ */ new Map();
    const add = (key, segment) => {
      let group = groups.get(key);
      if (!group) groups.set(key, group = { order: key, block: [] });
      group.block.push(segment);
    };
    for (const node of file.root.findAll({ rule: { any: [{ kind: "jsx_text" }, { kind: "string_fragment", inside: { kind: "string", inside: { kind: "jsx_expression" } } }] } })) {
      const key = blockOf(node);
      for (const segment of segmentsOf(node)) add(key, segment);
    }
    for (const node of file.root.findAll({ rule: { any: [{ kind: "string" }, { kind: "template_string" }], not: { any: [{ inside: { kind: "jsx_attribute", stopBy: "end" } }, { inside: { kind: "jsx_expression" } }, { inside: { kind: "import_statement", stopBy: "end" } }] } } })) {
      const value3 = unquote(node.text());
      if (value3.includes("${") || !PROSE_STRING.test(value3)) continue;
      const { start } = node.range();
      add(start.index, { text: decodeEntities(value3), line: start.line + 1, column: start.column + 2 });
    }
    const blocks = [...groups.values()].toSorted((a, b) => a.order - b.order).map((g) => g.block.toSorted((x, y) => x.line - y.line || x.column - y.column));
    facts.privacyClaims.push(...claimsFromBlocks(file.path, blocks));
  }
};
function blockOf(node) {
  for (let p = node.parent(); p; p = p.parent()) {
    if (p.kind() !== "jsx_element") continue;
    const name = p.field("open_tag")?.field("name")?.text() ?? "";
    if (!INLINE.has(name)) return p.range().start.index;
  }
  return 0;
}
function segmentsOf(node) {
  const { start } = node.range();
  const out = [];
  node.text().split("\n").forEach((line, i) => {
    if (!/\S/.test(line)) return;
    out.push({ text: decodeEntities(line), line: start.line + 1 + i, column: i === 0 ? start.column + 1 : 1 });
  });
  return out;
}

// src/extract/js/rate-limit.ts
var LIMITER_PACKAGES = /^(?:express-rate-limit|express-slow-down|rate-limiter-flexible|@fastify\/rate-limit|fastify-rate-limit|@nestjs\/throttler|hono-rate-limiter|@hono-rate-limiter\/.+|@upstash\/ratelimit|koa-ratelimit|express-brute|limiter|bottleneck|@arcjet\/.+)$/;
var jsRateLimit = {
  id: "js-rate-limit",
  languages: ["typescript", "tsx", "javascript"],
  // The names of the packages above (a pagination `limit` alone is no reason to look).
  applies: (text2) => /rate-?limit|ratelimit|slow-down|throttl|brute|['"]limiter['"]|bottleneck|arcjet/i.test(text2),
  kinds: [],
  extract(file, facts) {
    const fromLimiterPackage = /* @__PURE__ */ new Map();
    for (const imp of facts.imports) if (LIMITER_PACKAGES.test(imp.source)) fromLimiterPackage.set(imp.local, imp.source);
    const nodes = file.root.findAll({
      rule: {
        any: [
          { kind: "variable_declarator", has: { field: "value", any: [{ kind: "call_expression" }, { kind: "new_expression" }, { kind: "await_expression" }] } },
          { kind: "object", has: { kind: "pair", has: { field: "key", regex: "^provide$" } } },
          { kind: "call_expression", has: { field: "function", regex: "\\.(useGlobalGuards|register)$" } }
        ]
      }
    });
    for (const node of nodes) {
      if (node.kind() === "variable_declarator") {
        let value3 = node.field("value");
        if (value3.kind() === "await_expression") value3 = value3.children().find((c) => c.isNamed()) ?? value3;
        const callee = compact((value3.field("function") ?? value3.field("constructor"))?.text() ?? "");
        const source = fromLimiterPackage.get(callee.split(".")[0]);
        const name = node.field("name");
        if (source && name?.kind() === "identifier") facts.rateLimiters.push({ name: name.text(), via: source, scope: "binding", paths: [], location: file.location(node) });
      } else if (node.kind() === "object") {
        const text2 = compact(node.text());
        if (/provide:APP_GUARD/.test(text2) && /use(?:Class|Existing):\w*Throttler\w*Guard/.test(text2)) global(file, facts, node, "@nestjs/throttler");
      } else {
        const method = compact(node.field("function").text()).split(".").pop();
        const args = argumentsOf(node.field("arguments"));
        if (method === "useGlobalGuards" && args.some((a) => /Throttler\w*Guard/.test(a.text()))) global(file, facts, node, "@nestjs/throttler");
        if (method === "register" && args[0] && fromLimiterPackage.has(compact(args[0].text()))) {
          const optIn = /global\s*:\s*false/.test(args[1]?.text() ?? "");
          global(file, facts, node, fromLimiterPackage.get(compact(args[0].text())), optIn ? "opt-in" : "global");
        }
      }
    }
  }
};
function global(file, facts, node, via, scope = "global") {
  facts.rateLimiters.push({ name: null, via, scope, paths: [], location: file.location(node) });
}

// src/extract/js/scheduler.ts
var FUNCTION_KINDS6 = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var EMPTY = { calls: [], dataOps: [] };
var SCHEDULE_CALLEE = /^(?:[\w$]+\.)*(?:schedule|scheduleJob|every|add|upsertJobScheduler|process|define|createFunction|schedules\.task|schedule\.create|setInterval|Cron|CronJob\.from|CronJob|Interval)$/;
var CONSTRUCTORS = /^(?:CronJob|Cron|Queue|Worker|SimpleIntervalJob|CronJob\.from|AsyncTask|Task)$/;
var SCHEDULER_IMPORTS = /^(?:node-cron|cron|node-schedule|croner|bullmq|bull|bee-queue|agenda|@hokify\/agenda|@nestjs\/schedule|@trigger\.dev\/sdk(?:\/v3)?|@temporalio\/client|toad-scheduler|inngest|@netlify\/functions|cron-schedule)$/;
var jsScheduler = {
  id: "js-scheduler",
  languages: ["typescript", "tsx", "javascript"],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text2) => /cron|schedule|repeat|setInterval|agenda|Worker|Interval|bull/i.test(text2),
  extract(file, facts) {
    const imported = new Set(facts.imports.filter((i) => SCHEDULER_IMPORTS.test(i.source)).map((i) => i.source.replace(/\/v3$/, "")));
    const queues = queueVariables(file);
    const nodes = file.root.findAll({
      rule: {
        any: [
          { kind: "call_expression", has: { field: "function", regex: SCHEDULE_CALLEE.source } },
          { kind: "new_expression", has: { field: "constructor", regex: CONSTRUCTORS.source } }
        ]
      }
    });
    for (const node of nodes) {
      const isNew = node.kind() === "new_expression";
      const callee = compact((isNew ? node.field("constructor") : node.field("function"))?.text() ?? "");
      const args = argumentsOf(node.field("arguments"));
      const parts = callee.split(".");
      const method = parts[parts.length - 1];
      const receiver = parts.slice(0, -1).join(".");
      const job2 = (scheduler, fields) => facts.scheduledJobs.push({ scheduler, name: null, schedule: null, location: file.location(node), body: EMPTY, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields });
      if (node.parent()?.kind() === "decorator") {
        if (!imported.has("@nestjs/schedule") || !/^(?:Cron|Interval)$/.test(callee)) continue;
        const decorated = decoratedMethod(node.parent());
        if (decorated) job2("nestjs-schedule", { schedule: literal(args[0]), handlerRefs: [decorated] });
        continue;
      }
      if (isNew && (callee === "Queue" || callee === "Worker")) {
        if (callee === "Worker" && (imported.has("bullmq") || imported.has("bee-queue"))) handler(file, facts, "bullmq", literal(args[0]), null, args[1], node);
        continue;
      }
      if (isNew && /^(?:CronJob|Cron)$/.test(callee) || !isNew && /^(?:CronJob\.from|Cron|CronJob)$/.test(callee)) {
        if (!imported.has("cron") && !imported.has("croner")) continue;
        const options = args[0]?.kind() === "object" ? args[0] : null;
        const tick = options ? propertyValue2(options, "onTick") : args.find((a, i) => i > 0 && isCallable(a)) ?? null;
        job2(imported.has("cron") ? "cron" : "croner", { schedule: options ? literal(propertyValue2(options, "cronTime")) : literal(args[0]), ...runs(file, facts, tick) });
        continue;
      }
      if (isNew && callee === "SimpleIntervalJob") {
        job2("toad-scheduler", { ...runs(file, facts, args[1] ?? null) });
        continue;
      }
      if (callee === "setInterval") {
        job2("setInterval", { schedule: args[1] ? compact(args[1].text()) : null, ...runs(file, facts, args[0] ?? null) });
        continue;
      }
      if (method === "schedule" && (imported.has("node-cron") || /^(?:cron|nodeCron)$/.test(receiver))) {
        job2("node-cron", { schedule: literal(args[0]), ...runs(file, facts, args[1] ?? null) });
        continue;
      }
      if ((callee === "scheduleJob" || method === "scheduleJob") && imported.has("node-schedule")) {
        const fn = args[args.length - 1] ?? null;
        job2("node-schedule", { name: args.length > 2 ? literal(args[0]) : null, schedule: literal(args[args.length - 2]), ...runs(file, facts, fn) });
        continue;
      }
      if (method === "add" || method === "upsertJobScheduler") {
        repeatable(file, facts, node, method, receiver, args, queues);
        continue;
      }
      if (method === "process" && (imported.has("bull") || queues.has(receiver))) {
        const fn = args[args.length - 1];
        const name = args.length > 1 ? literal(args[0]) : null;
        handler(file, facts, "bull", queues.get(receiver) ?? receiver, name, fn, node);
        continue;
      }
      if ((method === "every" || method === "define") && (imported.has("agenda") || imported.has("@hokify/agenda") || /agenda/i.test(receiver))) {
        if (method === "define") handler(file, facts, "agenda", null, literal(args[0]), args[args.length - 1], node);
        else for (const name of namesOf(args[1])) job2("agenda", { name, task: name, schedule: literal(args[0]) });
        continue;
      }
      if (method === "task" && receiver === "schedules" && imported.has("@trigger.dev/sdk")) {
        const options = args[0]?.kind() === "object" ? args[0] : null;
        if (options) job2("trigger.dev", { name: literal(propertyValue2(options, "id")), schedule: literal(propertyValue2(options, "cron")), ...runs(file, facts, propertyValue2(options, "run")) });
        continue;
      }
      if (method === "createFunction" && imported.has("inngest")) {
        const trigger = args[1]?.kind() === "object" ? args[1] : null;
        const cronExpr = trigger ? propertyValue2(trigger, "cron") : null;
        if (cronExpr) job2("inngest", { name: args[0]?.kind() === "object" ? literal(propertyValue2(args[0], "id")) : null, schedule: literal(cronExpr), ...runs(file, facts, args[2] ?? null) });
        continue;
      }
      if (method === "create" && receiver.endsWith("schedule") && imported.has("@temporalio/client")) {
        const options = args[0]?.kind() === "object" ? args[0] : null;
        const action = options ? propertyValue2(options, "action") : null;
        const workflow2 = action?.kind() === "object" ? propertyValue2(action, "workflowType") : null;
        if (workflow2) job2("temporal", { name: literal(propertyValue2(options, "scheduleId")), handlerRefs: [literal(workflow2) ?? compact(workflow2.text())] });
        continue;
      }
      if (callee === "schedule" && imported.has("@netlify/functions")) {
        job2("netlify", { schedule: literal(args[0]), ...runs(file, facts, args[1] ?? null) });
      }
    }
    netlifyConfig(file, facts);
  }
};
function queueVariables(file) {
  const out = /* @__PURE__ */ new Map();
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "new_expression", has: { field: "constructor", regex: "^Queue$" } } } })) {
    const name = decl.field("name")?.text();
    const queue = literal(argumentsOf(decl.field("value").field("arguments"))[0]);
    if (name && queue) out.set(name, queue);
  }
  return out;
}
function repeatable(file, facts, node, method, receiver, args, queues) {
  let name = null;
  let repeat = null;
  let data = null;
  if (method === "upsertJobScheduler") {
    name = literal(args[0]);
    repeat = args[1] ?? null;
    const template = args[2]?.kind() === "object" ? args[2] : null;
    name = template && literal(propertyValue2(template, "name")) || name;
    data = template ? propertyValue2(template, "data") : null;
  } else {
    const opts = args[args.length - 1];
    repeat = opts?.kind() === "object" ? propertyValue2(opts, "repeat") : null;
    if (!repeat) return;
    name = args.length >= 3 ? literal(args[0]) : null;
    data = args.length >= 2 ? args[args.length - 2] : null;
  }
  const values = data?.kind() === "object" ? stringProperties(data) : null;
  const schedule = repeat?.kind() === "object" ? literal(propertyValue2(repeat, "pattern") ?? propertyValue2(repeat, "cron")) ?? propertyValue2(repeat, "every")?.text() ?? null : null;
  facts.scheduledJobs.push({
    scheduler: "bullmq",
    name,
    schedule,
    location: file.location(node),
    body: EMPTY,
    handlerRefs: [],
    task: name,
    queue: queues.get(receiver) ?? receiver,
    requestPath: null,
    command: null,
    ...values ? { data: values } : {}
  });
}
function stringProperties(object) {
  const out = {};
  for (const pair of object.children()) {
    if (pair.kind() !== "pair") continue;
    const value3 = pair.field("value");
    const text2 = value3 && (value3.kind() === "string" || value3.kind() === "template_string") ? literal(value3) : null;
    if (text2 !== null) out[unquote(pair.field("key")?.text() ?? "")] = text2;
  }
  return Object.keys(out).length > 0 ? out : null;
}
function handler(file, facts, framework, queue, name, fn, node) {
  if (!fn) return;
  const t = runs(file, facts, fn);
  const param = FUNCTION_KINDS6.has(kindOf(fn)) ? fn.field("parameter") ?? fn.field("parameters")?.namedChildren()[0] ?? null : null;
  const pattern = param && /^(?:required|optional)_parameter$/.test(kindOf(param)) ? param.field("pattern") : param;
  const jobParam = pattern?.kind() === "identifier" ? pattern.text() : null;
  facts.jobHandlers.push({ framework, queue, name, handlerRef: t.handlerRefs[0] ?? null, location: file.location(node), ...t.body, ...jobParam ? { jobParam } : {} });
}
function runs(file, facts, node) {
  if (!node) return { body: EMPTY, handlerRefs: [] };
  const kind2 = kindOf(node);
  if (FUNCTION_KINDS6.has(kind2)) return { body: file.summariseNode(node), handlerRefs: passedFunctions(facts, node) };
  if (kind2 === "identifier" || kind2 === "member_expression") return { body: EMPTY, handlerRefs: [compact(node.text()).replace(/^this\./, "")] };
  if (kind2 === "call_expression") {
    const fn = node.field("function");
    const callee = compact(fn?.text() ?? "");
    if (callee.endsWith(".bind")) return { body: EMPTY, handlerRefs: [callee.slice(0, -".bind".length).replace(/^this\./, "")] };
    const inner = argumentsOf(node.field("arguments")).find(isCallable);
    if (inner) return runs(file, facts, inner);
    return { body: file.summariseNode(node), handlerRefs: [] };
  }
  return { body: EMPTY, handlerRefs: [] };
}
function passedFunctions(facts, callback) {
  const imported = new Set(facts.imports.map((i) => i.local));
  const declared = new Set(facts.functions.map((f) => f.name));
  const out = [];
  for (const call of callback.findAll({ rule: { kind: "call_expression" } })) {
    for (const arg of argumentsOf(call.field("arguments"))) {
      if (arg.kind() !== "identifier" && arg.kind() !== "member_expression") continue;
      const ref = compact(arg.text()).replace(/^this\./, "");
      const root = ref.split(".")[0];
      if (imported.has(root) && (ref === root || /^[\w$]+\.[\w$]+$/.test(ref)) || ref === root && declared.has(ref) || arg.text().startsWith("this.") && !ref.includes(".")) {
        if (!out.includes(ref)) out.push(ref);
      }
    }
  }
  return out;
}
function isCallable(node) {
  const kind2 = kindOf(node);
  return FUNCTION_KINDS6.has(kind2) || kind2 === "identifier" || kind2 === "member_expression";
}
function decoratedMethod(decorator) {
  let next = decorator.next();
  while (next && (next.kind() === "decorator" || !next.isNamed())) next = next.next();
  if (!next || next.kind() !== "method_definition") return null;
  const method = next.field("name")?.text();
  const cls = next.parent()?.parent()?.field("name")?.text();
  return method ? cls ? `${cls}.${method}` : method : null;
}
function propertyValue2(object, key) {
  for (const pair of object.children()) {
    if (pair.kind() === "pair" && unquote(pair.field("key")?.text() ?? "") === key) return pair.field("value");
    if (pair.kind() === "method_definition" && pair.field("name")?.text() === key) return pair;
    if (pair.kind() === "shorthand_property_identifier" && pair.text() === key) return pair;
  }
  return null;
}
function literal(node) {
  if (!node) return null;
  const kind2 = node.kind();
  if (kind2 === "string" || kind2 === "template_string" && !node.text().includes("${")) return unquote(node.text());
  if (kind2 === "member_expression") return compact(node.text());
  return null;
}
function namesOf(node) {
  if (!node) return [];
  if (node.kind() === "array") return node.children().map(literal).filter((n) => n !== null);
  const one = literal(node);
  return one ? [one] : [];
}
function netlifyConfig(file, facts) {
  if (!file.text.includes("schedule") || !/(?:^|\/)netlify\/functions\//.test(file.path)) return;
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "name", regex: "^config$" } } })) {
    const value3 = decl.field("value");
    const schedule = value3?.kind() === "object" ? literal(propertyValue2(value3, "schedule")) : null;
    if (!schedule) continue;
    const handlers = facts.functions.filter((f) => f.exported && /^(?:handler|default)$/.test(f.name)).map((f) => f.name);
    facts.scheduledJobs.push({ scheduler: "netlify", name: null, schedule, location: file.location(decl), body: EMPTY, handlerRefs: handlers.length > 0 ? handlers : ["handler"], task: null, queue: null, requestPath: null, command: null });
  }
}

// src/extract/setting-reads.ts
function collectSettingReads(file, facts, syntax) {
  if (!syntax.prefilter.test(file.text)) return;
  const rule = { kind: syntax.member, has: { field: "object", kind: "identifier", regex: syntax.object.source } };
  const starts = (node) => node?.range().start.index;
  const reads = [];
  for (const inner of file.root.findAll({ rule })) {
    let node = inner;
    for (let parent2 = node.parent(); parent2?.kind() === syntax.member && starts(parent2.field("object")) === starts(node); parent2 = node.parent()) node = parent2;
    const parent = node.parent();
    if (parent?.kind() === syntax.call && starts(parent.field("function")) === starts(node)) continue;
    if (parent?.kind() === syntax.assignment && starts(parent.field("left")) === starts(node)) continue;
    const expression = node.text().replace(/\s+/g, "").replace(/\?\./g, ".");
    if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(expression)) continue;
    reads.push({ expression, location: file.location(node) });
  }
  if (reads.length > 0) facts.settingReads = reads;
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
    collectImports(file, facts);
    collectFunctions(file, facts);
    collectCommonJsExports(file, facts);
    collectEnvReads(file, facts);
    collectDispatchTables(file, facts);
    collectRoleRanks(file, facts);
    collectSettingReads(file, facts, JS_SETTINGS);
    const repositories = file.exportedRepositories();
    if (repositories.length > 0) facts.repositoryExports = repositories;
  }
};
function* moduleObjects(file) {
  for (let statement of file.root.namedChildren()) {
    if (statement.kind() === "export_statement") statement = statement.field("declaration") ?? statement;
    if (statement.kind() !== "lexical_declaration" && statement.kind() !== "variable_declaration") continue;
    for (const decl of statement.namedChildren()) {
      if (decl.kind() !== "variable_declarator") continue;
      let value3 = decl.field("value");
      while (value3 && /^(?:as_expression|satisfies_expression|parenthesized_expression)$/.test(kindOf(value3))) value3 = value3.namedChildren()[0] ?? null;
      if (value3?.kind() === "object") yield { decl, value: value3 };
    }
  }
}
var ROLE_WORD = /^(?:owner|admin|administrator|superadmin|super_admin|member|viewer|editor|guest|user|reader|writer|maintainer|manager|staff|contributor|collaborator|commenter|billing|analyst|agent|operator|moderator|readonly|read_only)$/i;
var NUMBERED_KEYS = /\{\s*['"]?[A-Za-z_]+['"]?\s*:\s*-?\d+\s*,/;
function collectRoleRanks(file, facts) {
  if (!NUMBERED_KEYS.test(file.text)) return;
  for (const { decl, value: value3 } of moduleObjects(file)) {
    const ranks = {};
    let numeric = true;
    for (const pair of value3.namedChildren()) {
      if (pair.kind() === "comment") continue;
      const key = pair.kind() === "pair" ? pair.field("key") : null;
      const rank = pair.kind() === "pair" ? pair.field("value") : null;
      const n = rank?.kind() === "number" ? Number(rank.text()) : rank?.kind() === "unary_expression" ? Number(rank.text().replace(/\s+/g, "")) : NaN;
      if (!key || !Number.isFinite(n)) {
        numeric = false;
        break;
      }
      ranks[unquote(key.text())] = n;
    }
    if (numeric && Object.keys(ranks).filter((k) => ROLE_WORD.test(k)).length >= 2) (facts.roleRanks ??= []).push({ line: decl.range().start.line + 1, ranks });
  }
}
var OBJECT_DECLARATION = /^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::(?:=>|[^=;\n])+)?=\s*\{/gm;
function collectDispatchTables(file, facts) {
  if (!file.text.includes("[")) return;
  const wanted = /* @__PURE__ */ new Set();
  for (const m of file.text.matchAll(OBJECT_DECLARATION)) {
    const name = m[1];
    if (m[0].startsWith("export") || file.text.includes(`${name}[`) || file.text.includes(`export { ${name}`)) wanted.add(name);
  }
  if (wanted.size === 0) return;
  const functions = /* @__PURE__ */ new Set([...facts.functions.map((f) => f.name), ...facts.imports.map((i) => i.local)]);
  for (const { decl, value: value3 } of moduleObjects(file)) {
    const name = decl.field("name");
    if (name?.kind() !== "identifier" || !wanted.has(name.text())) continue;
    const entries = [];
    let functional = true;
    for (const member of value3.namedChildren()) {
      const kind2 = member.kind();
      if (kind2 === "comment") continue;
      const line = member.range().start.line + 1;
      if (kind2 === "shorthand_property_identifier" && functions.has(member.text())) entries.push({ key: member.text(), line, ref: member.text() });
      else if (kind2 === "method_definition") entries.push({ key: unquote(member.field("name")?.text() ?? ""), line, body: file.summariseNode(member) });
      else if (kind2 === "pair") {
        const key = member.field("key");
        const entry2 = member.field("value");
        const keyText = key && /^(?:string|property_identifier|number)$/.test(kindOf(key)) ? unquote(key.text()) : null;
        const entryKind = entry2 ? kindOf(entry2) : "";
        if (keyText === null || !entry2) functional = false;
        else if (FUNCTION_VALUES.has(entryKind)) entries.push({ key: keyText, line, body: file.summariseNode(entry2) });
        else if ((entryKind === "identifier" || entryKind === "member_expression") && functions.has(entry2.text().split(".")[0])) entries.push({ key: keyText, line, ref: entry2.text().replace(/\s+/g, "") });
        else functional = false;
      } else functional = false;
      if (!functional) break;
    }
    if (!functional || entries.length === 0) continue;
    (facts.dispatchTables ??= []).push({ name: name.text(), line: decl.range().start.line + 1, entries });
  }
}
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
    const kind2 = kindOf(node);
    let body = node;
    if (kind2 === "variable_declarator") {
      const value3 = node.field("value");
      if (!value3) continue;
      const valueKind = kindOf(value3);
      body = FUNCTION_VALUES.has(valueKind) ? value3 : valueKind === "call_expression" ? lastFunctionArgument(value3) : null;
      if (!body) continue;
    }
    const nameNode = node.field("name");
    if (!nameNode) continue;
    const name = nameNode.text();
    const range = node.range();
    let qualifiedName2 = name;
    let exported = exportedBy(exports, range.start.index, range.end.index);
    if (kind2 === "method_definition") {
      const owner = classes.filter((c) => c.start < range.start.index && range.end.index <= c.end).sort((a, b) => b.start - a.start)[0];
      const className = owner?.node.field("name")?.text();
      if (className) qualifiedName2 = `${className}.${name}`;
      exported = owner ? exportedBy(exports, owner.start, owner.end) : false;
    } else if (kind2 === "variable_declarator") {
      exported = exports.some((e) => e.start < range.start.index && range.end.index <= e.end && file.text.slice(e.start, range.start.index).replace(/\s+/g, " ").trim().match(/^export (const|let|var)$/) !== null);
    }
    const bodyRange = body === node ? range : body.range();
    const params = parameterNames2(body);
    const summary = file.summarise(bodyRange.start.index, bodyRange.end.index);
    const defaulted = params && summary.calls.some((c) => c.onlyIf !== void 0) ? defaultedParameters(body) : [];
    const returns = kind2 === "method_definition" ? requestGetterValue(node, classes) : null;
    const constructs = kind2 === "method_definition" ? null : constructedInstance(file, body);
    facts.functions.push({
      name,
      qualifiedName: qualifiedName2,
      exported,
      location: file.locationOf(range),
      ...params ? { params } : {},
      ...returns ? { returns } : {},
      ...constructs ? { constructs } : {},
      ...defaulted.length > 0 ? { defaulted } : {},
      ...summary
    });
  }
}
function constructedInstance(file, fn) {
  let value3 = fn.field("body");
  if (value3?.kind() === "statement_block") {
    const statements2 = value3.namedChildren().filter((c) => c.kind() !== "comment");
    value3 = statements2.length === 1 && statements2[0].kind() === "return_statement" ? statements2[0].namedChildren()[0] ?? null : null;
  }
  while (value3 && (value3.kind() === "parenthesized_expression" || value3.kind() === "as_expression" || value3.kind() === "satisfies_expression")) value3 = value3.namedChildren()[0] ?? null;
  return value3?.kind() === "new_expression" ? file.constructed(value3) : null;
}
function requestGetterValue(node, classes) {
  if (!node.children().some((c) => c.kind() === "get")) return null;
  const statements2 = node.field("body")?.namedChildren().filter((c) => c.kind() !== "comment") ?? [];
  if (statements2.length !== 1 || statements2[0].kind() !== "return_statement") return null;
  const returned = /^return\s+this\.([A-Za-z_$][\w$]*)((?:\??\.[A-Za-z_$][\w$]*)+)\s*;?$/.exec(statements2[0].text().replace(/\s+/g, " ").trim());
  if (!returned) return null;
  const at = node.range().start.index;
  const owner = classes.filter((c) => c.start < at && at < c.end).sort((a, b) => b.start - a.start)[0];
  const ctor = owner?.node.field("body")?.namedChildren().find((m) => m.kind() === "method_definition" && m.field("name")?.text() === "constructor");
  const injected = ctor?.field("parameters")?.namedChildren().some((param) => param.field("pattern")?.text() === returned[1] && param.children().some((c) => c.kind() === "decorator" && /^@Inject\(\s*REQUEST\s*\)$/.test(c.text().replace(/\s+/g, ""))));
  return injected ? `request${returned[2].replace(/\?\./g, ".")}` : null;
}
var EXPORTS_TARGET = /^(?:module\.)?exports(?:\.([A-Za-z_$][\w$]*))?$/;
function collectCommonJsExports(file, facts) {
  if (!file.text.includes("exports")) return;
  const add = (name, at, value3) => {
    if (!value3) return;
    const valueKind = kindOf(value3);
    const body = FUNCTION_VALUES.has(valueKind) ? value3 : valueKind === "call_expression" ? lastFunctionArgument(value3) : null;
    if (!body) return;
    const range = at.range();
    const bodyRange = body.range();
    const params = parameterNames2(body);
    const summary = file.summarise(bodyRange.start.index, bodyRange.end.index);
    const defaulted = params && summary.calls.some((c) => c.onlyIf !== void 0) ? defaultedParameters(body) : [];
    facts.functions.push({
      name,
      qualifiedName: name,
      exported: true,
      location: file.locationOf(range),
      ...params ? { params } : {},
      ...defaulted.length > 0 ? { defaulted } : {},
      ...summary
    });
  };
  for (const assignment of file.root.findAll({ rule: { kind: "assignment_expression", has: { field: "left", kind: "member_expression", regex: "^(?:module\\s*\\.\\s*)?exports\\b" } } })) {
    const left = assignment.field("left");
    const m = left ? EXPORTS_TARGET.exec(left.text().replace(/\s+/g, "")) : null;
    if (!m) continue;
    const right = assignment.field("right");
    if (!right) continue;
    if (m[1]) {
      add(m[1], assignment, right);
      continue;
    }
    if (right.kind() !== "object") continue;
    for (const pair of right.children()) {
      if (pair.kind() !== "pair") continue;
      const key = pair.field("key");
      const name = key ? unquote(key.text()) : "";
      if (/^[A-Za-z_$][\w$]*$/.test(name)) add(name, pair, pair.field("value"));
    }
  }
}
function parameterNames2(fn) {
  const single = fn.field("parameter");
  if (single) return single.kind() === "identifier" ? [single.text()] : null;
  const list = fn.field("parameters");
  if (!list) return null;
  const out = [];
  for (const p of list.namedChildren()) {
    const kind2 = kindOf(p);
    if (kind2 === "comment") continue;
    let pattern = kind2 === "required_parameter" || kind2 === "optional_parameter" ? p.field("pattern") : p;
    if (pattern && kindOf(pattern) === "assignment_pattern") pattern = pattern.field("left");
    out.push(pattern && kindOf(pattern) === "identifier" ? pattern.text() : "");
  }
  return out.some((n) => n !== "" && n !== "this") ? out : null;
}
function defaultedParameters(fn) {
  const out = [];
  for (const p of fn.field("parameters")?.namedChildren() ?? []) {
    const kind2 = kindOf(p);
    const pattern = kind2 === "required_parameter" || kind2 === "optional_parameter" ? p.field("pattern") : p;
    const value3 = kind2 === "required_parameter" || kind2 === "optional_parameter" ? p.field("value") : pattern && kindOf(pattern) === "assignment_pattern" ? pattern.field("right") : null;
    const left = pattern && kindOf(pattern) === "assignment_pattern" ? pattern.field("left") : pattern;
    if (value3 && value3.text() !== "undefined" && !/^(?:\{\s*\}|\[\s*\])$/.test(value3.text()) && left && kindOf(left) === "identifier") out.push(left.text());
  }
  return out;
}
function lastFunctionArgument(call) {
  const args = call.field("arguments")?.children() ?? [];
  for (let i = args.length - 1; i >= 0; i--) if (FUNCTION_VALUES.has(kindOf(args[i]))) return args[i];
  return null;
}
function collectImports(file, facts) {
  const bound = /* @__PURE__ */ new Set();
  const statements2 = file.nodes("import_statement");
  if (statements2.length > 0) {
    const within = (nodes) => nodes.map((n) => ({ node: n, start: n.range().start.index }));
    const specifiers = within(file.nodes("import_specifier"));
    const clauses = within(file.nodes("import_clause"));
    const namespaces = within(file.nodes("namespace_import"));
    for (const stmt of statements2) {
      const sourceNode = stmt.field("source");
      if (!sourceNode) continue;
      const source = unquote(sourceNode.text());
      const { start, end } = stmt.range();
      const inside = (list) => list.filter((x) => x.start >= start.index && x.start < end.index).map((x) => x.node);
      for (const spec of inside(specifiers)) {
        const imported = spec.field("name")?.text() ?? spec.text();
        const local = spec.field("alias")?.text() ?? imported;
        facts.imports.push({ local, imported, source });
        bound.add(local);
      }
      for (const clause of inside(clauses)) {
        const def = clause.children().find((c) => c.kind() === "identifier");
        if (def) {
          facts.imports.push({ local: def.text(), imported: "default", source });
          bound.add(def.text());
        }
      }
      for (const ns of inside(namespaces)) {
        const nsName = ns.children().find((c) => c.kind() === "identifier");
        if (nsName) facts.imports.push({ local: nsName.text(), imported: "*", source });
      }
    }
  }
  if (file.text.includes("require(")) collectRequires(file, facts, bound);
  file.useImportedNames(bound);
  for (const call of file.calls) {
    if (call.callee !== "require" || call.firstString === null) continue;
    facts.imports.push({ local: "*", imported: "*", source: call.firstString });
  }
}
function collectRequires(file, facts, bound) {
  for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression", has: { field: "function", regex: "^require$" } } } })) {
    const first = decl.field("value")?.field("arguments")?.children().find((c) => c.isNamed());
    const name = decl.field("name");
    if (!first || first.kind() !== "string" || !name) continue;
    const source = unquote(first.text());
    if (name.kind() === "identifier") facts.imports.push({ local: name.text(), imported: "default", source });
    else if (name.kind() === "object_pattern") {
      for (const p of name.children()) {
        if (p.kind() === "shorthand_property_identifier_pattern") {
          facts.imports.push({ local: p.text(), imported: p.text(), source });
          bound.add(p.text());
        } else if (p.kind() === "pair_pattern") {
          const local = p.field("value")?.text() ?? "";
          facts.imports.push({ local, imported: p.field("key")?.text() ?? "", source });
          if (local) bound.add(local);
        }
      }
    }
  }
}
var ENV_OBJECT2 = "^(process\\.env|import\\.meta\\.env)$";
function collectEnvReads(file, facts) {
  if (file.text.includes("process.env") || file.text.includes("import.meta.env")) {
    const rule = { any: [{ kind: "member_expression" }, { kind: "subscript_expression" }], has: { field: "object", regex: ENV_OBJECT2 } };
    for (const node of file.root.findAll({ rule })) {
      let name = null;
      if (node.kind() === "member_expression") name = node.field("property")?.text() ?? null;
      else {
        const index = node.field("index");
        if (index && index.kind() === "string") name = unquote(index.text());
      }
      if (name && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        const key = boundName2(node);
        facts.envReads.push(key ? { name, location: file.location(node), key } : { name, location: file.location(node) });
      }
    }
  }
  for (const call of file.calls) {
    if (call.callee === "Deno.env.get" && call.firstString) {
      facts.envReads.push({ name: call.firstString, location: { path: file.path, startLine: call.line, endLine: call.endLine, startColumn: call.column, endColumn: call.endColumn } });
    }
  }
}
var JS_SETTINGS = {
  prefilter: /\b(?:env|config|conf|cfg|settings|\w*(?:Env|Config|Settings))\s*\??\./,
  object: /^(?:env|config|conf|cfg|settings|[a-z]\w*(?:Env|Config|Settings))$/,
  member: "member_expression",
  call: "call_expression",
  assignment: "assignment_expression"
};
function boundName2(node) {
  let value3 = node;
  let parent = node.parent();
  for (let i = 0; i < 3 && parent && /^(?:binary_expression|parenthesized_expression|arguments|call_expression|as_expression|non_null_expression)$/.test(kindOf(parent)); i++) {
    value3 = parent;
    parent = parent.parent();
  }
  if (!parent) return null;
  if (parent.kind() === "pair" && parent.field("value")?.range().start.index === value3.range().start.index) return unquote(parent.field("key")?.text() ?? "") || null;
  if (parent.kind() === "variable_declarator" && parent.field("name")?.kind() === "identifier") return parent.field("name").text();
  return null;
}

// src/extract/js/trpc.ts
var FUNCTION_KINDS7 = /* @__PURE__ */ new Set(["arrow_function", "function_expression", "function"]);
var ROUTER_FACTORY2 = /^(?:createTRPCRouter|router|t\.router|createRouter|mergeRouters)$/;
var PROCEDURE_TYPES = { mutation: "POST", query: "GET", subscription: "GET" };
var trpcExtractor = {
  id: "trpc",
  languages: ["typescript", "tsx", "javascript"],
  applies: (text2) => text2.includes("trpc") || text2.includes("Procedure") || text2.includes("procedure"),
  // Its own queries run only in the files the test above (and, for Next.js, the file's path) selects.
  kinds: [],
  extract(file, facts) {
    for (const decl of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression" } } })) {
      const name = decl.field("name")?.text();
      const value3 = decl.field("value");
      if (!name) continue;
      const callee = value3.field("function")?.text().replace(/\s+/g, "") ?? "";
      if (ROUTER_FACTORY2.test(callee)) {
        const routes = value3.field("arguments")?.children().find((c) => c.kind() === "object");
        if (routes) routerObject(file, facts, name, "", routes);
        continue;
      }
      const chain = builderChain(value3);
      if (chain && /procedure$/i.test(chain.base) && chain.links.length > 0 && chain.links.every((l) => l.method !== "mutation" && l.method !== "query")) {
        const guards = chain.links.filter((l) => l.method === "use").flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)));
        facts.mounts.push({ framework: "trpc", parent: chain.base, prefix: "", guards, child: name, location: file.location(decl) });
      }
    }
  }
};
function routerObject(file, facts, router, prefix, object) {
  for (const pair of object.children()) {
    if (pair.kind() !== "pair" && pair.kind() !== "shorthand_property_identifier") continue;
    const key = pair.kind() === "pair" ? unquote(pair.field("key")?.text() ?? "") : pair.text();
    const value3 = pair.kind() === "pair" ? pair.field("value") : pair;
    if (!value3 || !key) continue;
    const path2 = `${prefix}/${key}`;
    if (value3.kind() === "identifier" || value3.kind() === "shorthand_property_identifier") {
      facts.mounts.push({ framework: "trpc", parent: router, prefix: path2, guards: [], child: value3.text(), location: file.location(pair) });
      continue;
    }
    if (value3.kind() !== "call_expression") continue;
    const callee = value3.field("function")?.text().replace(/\s+/g, "") ?? "";
    if (ROUTER_FACTORY2.test(callee)) {
      const inner = value3.field("arguments")?.children().find((c) => c.kind() === "object");
      if (inner) routerObject(file, facts, router, path2, inner);
      continue;
    }
    const chain = builderChain(value3);
    const last = chain?.links[chain.links.length - 1];
    const method = last ? PROCEDURE_TYPES[last.method] : void 0;
    if (!chain || !last || !method) continue;
    const fn = last.args.find((a) => FUNCTION_KINDS7.has(kindOf(a)));
    const guards = [{ callee: chain.base, line: value3.range().start.line + 1 }, ...chain.links.filter((l) => l.method === "use").flatMap((l) => l.args.flatMap((a) => guardCalls(file, a)))];
    facts.routes.push({
      framework: "trpc",
      method,
      path: path2,
      location: file.location(pair),
      guards,
      handlerRef: fn ? null : last.args[0]?.text() ?? null,
      router,
      params: ["input"],
      ...fn ? file.summariseNode(fn) : { calls: [], dataOps: [] }
    });
  }
}

// src/extract/module-body.ts
var moduleBody = {
  id: "module-body",
  languages: ["typescript", "tsx", "javascript", "python"],
  // It reads the calls every file already has; no nodes of its own.
  kinds: [],
  extract(file, facts) {
    const lines2 = [...facts.functions, ...facts.routes].map((f) => [f.location.startLine, f.location.endLine]);
    facts.moduleBody = outside(file, lines2);
  }
};
function outside(file, lineRanges) {
  const offsets = lineStarts(file.text);
  const ranges = lineRanges.map(([a, b]) => [offsets[a - 1] ?? 0, offsets[b] ?? file.text.length + 1]).toSorted((a, b) => a[0] - b[0]);
  const out = { calls: [], dataOps: [] };
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    if (start > from) append(out, file.summarise(from, start));
    from = Math.max(from, end);
  }
  append(out, file.summarise(from, file.text.length + 1));
  return out;
}
function append(into, part) {
  into.calls.push(...part.calls);
  into.dataOps.push(...part.dataOps);
}

// src/extract/python/common.ts
var GUARD_KEYWORDS = /^(?:roles?|perms?|permissions?|scopes?|groups?|required_\w+|allowed_\w+)$/;
function decorators(decorated) {
  if (decorated?.kind() !== "decorated_definition") return [];
  return decorated.children().flatMap((c) => c.kind() === "decorator" ? c.namedChildren().filter((n) => n.kind() !== "comment") : []);
}
function decoratedOf(definition) {
  const parent = definition.parent();
  return parent?.kind() === "decorated_definition" ? parent : null;
}
function calleeOf(node) {
  return compact(node.kind() === "call" ? node.field("function")?.text() ?? "" : node.text());
}
function guardOf2(node) {
  const kind2 = node.kind();
  if (kind2 !== "identifier" && kind2 !== "attribute" && kind2 !== "call") return null;
  const fact = { callee: calleeOf(node), line: node.range().start.line + 1 };
  if (kind2 === "call") {
    const demanded = demandedString(node);
    if (demanded !== null) fact.firstArg = demanded;
  }
  return fact;
}
function demandedString(call) {
  const args = argumentsOf(call.field("arguments"));
  for (const arg of args) {
    if (arg.kind() === "keyword_argument") continue;
    const found = firstString(arg);
    if (found !== null) return found;
  }
  for (const arg of args) {
    if (arg.kind() !== "keyword_argument" || !GUARD_KEYWORDS.test(arg.field("name")?.text() ?? "")) continue;
    const found = firstString(arg.field("value"));
    if (found !== null) return found;
  }
  return null;
}
function firstString(node) {
  if (!node) return null;
  if (node.kind() === "string") return unquote(node.text());
  if (node.kind() === "list" || node.kind() === "tuple" || node.kind() === "set") {
    const first = node.namedChildren()[0];
    return first?.kind() === "string" ? unquote(first.text()) : null;
  }
  return null;
}
function keyword(args, name) {
  for (const arg of args) if (arg.kind() === "keyword_argument" && arg.field("name")?.text() === name) return arg.field("value");
  return null;
}
function keywordString(args, name) {
  const value3 = keyword(args, name);
  return value3?.kind() === "string" ? unquote(value3.text()) : null;
}
function stringList(node) {
  if (!node) return null;
  if (node.kind() === "string") return [unquote(node.text())];
  if (node.kind() !== "list" && node.kind() !== "tuple" && node.kind() !== "set") return null;
  return node.namedChildren().filter((c) => c.kind() === "string").map((c) => unquote(c.text()));
}
function listElements(node) {
  if (!node) return [];
  const kind2 = node.kind();
  if (kind2 === "list" || kind2 === "tuple" || kind2 === "set") return node.namedChildren().flatMap((c) => listElements(c));
  if (kind2 === "binary_operator" || kind2 === "boolean_operator") return node.namedChildren().flatMap((c) => listElements(c));
  if (kind2 === "parenthesized_expression") return node.namedChildren().flatMap((c) => listElements(c));
  if (kind2 === "comment") return [];
  return [node];
}
function classBases(cls) {
  const args = argumentsOf(cls.field("superclasses"));
  return { bases: args.filter((a) => a.kind() !== "keyword_argument"), keywords: args.filter((a) => a.kind() === "keyword_argument") };
}
function lastName(text2) {
  return text2.slice(text2.lastIndexOf(".") + 1);
}
function classMembers(cls) {
  const assignments = /* @__PURE__ */ new Map();
  const methods = /* @__PURE__ */ new Map();
  for (const statement of cls.field("body")?.namedChildren() ?? []) {
    if (statement.kind() === "expression_statement") {
      const assignment = statement.namedChildren().find((c) => c.kind() === "assignment");
      const left = assignment?.field("left");
      const right = assignment?.field("right");
      if (left?.kind() === "identifier" && right) assignments.set(left.text(), right);
    }
    const fn = statement.kind() === "decorated_definition" ? statement.field("definition") : statement;
    if (fn?.kind() === "function_definition") {
      const name = fn.field("name")?.text();
      if (name) methods.set(name, fn);
    }
  }
  return { assignments, methods };
}
function moduleClasses(root) {
  const classes = /* @__PURE__ */ new Map();
  for (const statement of root.namedChildren()) {
    const cls = statement.kind() === "decorated_definition" ? statement.field("definition") : statement;
    if (cls?.kind() === "class_definition") {
      const name = cls.field("name")?.text();
      if (name) classes.set(name, cls);
    }
  }
  return classes;
}
function paramsField(params) {
  return params.length > 0 ? { params: [...params] } : {};
}
function located(definition) {
  return decoratedOf(definition) ?? definition;
}

// src/extract/python/settings-module.ts
function isDevelopmentSettings(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1).replace(/\.py$/, "");
  const folder2 = path2.split("/").slice(-2, -1)[0] ?? "";
  const dev = /^(?:dev|development|local|test|tests|testing|ci|debug)$/;
  if (/settings/.test(folder2) && dev.test(name)) return true;
  return /^(?:(?:dev|development|local|test|testing|ci)_settings|settings_(?:dev|development|local|test|testing|ci))$/.test(name);
}
var DEVELOPMENT_CLASS = /^(?:Dev|Development|Test|Testing|Tests|Local|Debug|CI)(?:[A-Z_]\w*)?$|(?:Dev|Development|Test|Testing|Local|Debug)(?:Config|Configuration|Settings)$/;
var DEVELOPMENT_CONDITION = /\b(?:debug|DEBUG|testing|TESTING)\b|==\s*["'](?:dev|development|local|test|testing)["']/;
function forDevelopment(node) {
  for (let p = node.parent(); p; p = p.parent()) {
    if ((p.kind() === "class_definition" || p.kind() === "function_definition") && DEVELOPMENT_CLASS.test(p.field("name")?.text() ?? "")) return true;
    if (p.kind() === "if_statement" && DEVELOPMENT_CONDITION.test(p.field("condition")?.text() ?? "")) return true;
  }
  return false;
}
function topLevelSettings(root) {
  const out = /* @__PURE__ */ new Map();
  for (const statement of root.namedChildren()) {
    if (statement.kind() !== "expression_statement") continue;
    const assignment = statement.namedChildren()[0];
    if (assignment?.kind() !== "assignment") continue;
    const left = assignment.field("left");
    const value3 = assignment.field("right");
    if (left?.kind() === "identifier" && /^[A-Z][A-Z0-9_]*$/.test(left.text()) && value3) out.set(left.text(), { assignment, value: value3 });
  }
  return out;
}
function configClasses(root) {
  const out = [];
  for (const statement of root.namedChildren()) {
    const cls = statement.kind() === "decorated_definition" ? statement.field("definition") : statement;
    if (cls?.kind() !== "class_definition") continue;
    const body = cls.field("body");
    if (!body) continue;
    const bases = (cls.field("superclasses")?.namedChildren() ?? []).filter((b) => b.kind() === "identifier" || b.kind() === "attribute").map((b) => b.text().replace(/^.*\./, ""));
    out.push({ name: cls.field("name")?.text() ?? "", bases, settings: topLevelSettings(body) });
  }
  return out;
}
function productionConfigs(classes) {
  const byName = new Map(classes.map((c) => [c.name, c]));
  const production = classes.filter((c) => !DEVELOPMENT_CLASS.test(c.name));
  const extended = new Set(production.flatMap((c) => c.bases));
  const effective = (c, depth) => {
    const out = /* @__PURE__ */ new Map();
    if (depth < 8) for (const base of c.bases.toReversed()) for (const [k, v] of effective(byName.get(base) ?? { name: base, bases: [], settings: /* @__PURE__ */ new Map() }, depth + 1)) out.set(k, v);
    for (const [k, v] of c.settings) out.set(k, v);
    return out;
  };
  return production.filter((c) => !extended.has(c.name)).map((c) => effective(c, 0));
}

// src/extract/python/cookies.ts
var ATTRIBUTES2 = { httponly: "httpOnly", secure: "secure", samesite: "sameSite" };
var DJANGO_SETTINGS = { SESSION_COOKIE_SECURE: "secure", SESSION_COOKIE_HTTPONLY: "httpOnly", SESSION_COOKIE_SAMESITE: "sameSite" };
var pythonCookiesExtractor = {
  id: "python-cookies",
  languages: ["python"],
  kinds: [],
  applies: (text2) => text2.includes("set_cookie") || text2.includes("SESSION_COOKIE_"),
  extract(file, facts) {
    if (file.text.includes("set_cookie")) setCookieCalls(file, facts);
    if (file.text.includes("SESSION_COOKIE_")) {
      djangoSettings(file, facts);
      flaskConfig(file, facts);
    }
  }
};
function setCookieCalls(file, facts) {
  const starlette = facts.imports.some((i) => /^(?:fastapi|starlette)\b/.test(i.source));
  for (const { node: call, callee } of file.calls) {
    if (!/(?:^|\.)set_cookie$/.test(callee)) continue;
    const args = argumentsOf(call.field("arguments"));
    const nameNode = args[0] && args[0].kind() !== "keyword_argument" ? args[0] : keyword(args, "key");
    if (!nameNode) continue;
    const attributes = {};
    for (const [python2, attribute] of Object.entries(ATTRIBUTES2)) {
      const value3 = keyword(args, python2);
      if (value3 && value3.kind() !== "none") attributes[attribute] = valueText(value3);
    }
    const constant = nameNode.kind() === "identifier" ? moduleString(file.root, nameNode.text()) : null;
    facts.cookies.push({
      name: nameNode.kind() === "string" ? unquote(nameNode.text()) : constant ?? compact(nameNode.text()),
      ...constant !== null ? { constant: nameNode.text() } : {},
      via: callee,
      attributes,
      ...starlette ? { defaults: { sameSite: "lax" } } : {},
      location: file.location(call)
    });
  }
}
function moduleString(root, name) {
  for (const statement of root.children()) {
    const assignment = statement.kind() === "expression_statement" ? statement.namedChildren()[0] : null;
    if (assignment?.kind() !== "assignment" || assignment.field("left")?.text() !== name) continue;
    const value3 = assignment.field("right");
    return value3?.kind() === "string" && !value3.children().some((c) => c.kind() === "interpolation") ? unquote(value3.text()) : null;
  }
  return null;
}
function djangoSettings(file, facts) {
  if (!isDevelopmentSettings(file.path)) pushSettings(file, facts, topLevelSettings(file.root), "django-settings", /* @__PURE__ */ new Set(), "sessionid");
}
function flaskConfig(file, facts) {
  if (isDevelopmentSettings(file.path)) return;
  const seen = /* @__PURE__ */ new Set();
  for (const settings2 of productionConfigs(configClasses(file.root))) pushSettings(file, facts, settings2, "flask-config", seen);
  const written = /* @__PURE__ */ new Map();
  for (const node of file.root.findAll({ rule: { kind: "assignment", has: { field: "left", kind: "subscript", regex: "config\\s*\\[" } } })) {
    const key = node.field("left")?.field("subscript");
    const value3 = node.field("right");
    if (key?.kind() === "string" && value3 && unquote(key.text()) in DJANGO_SETTINGS && !forDevelopment(node)) written.set(unquote(key.text()), { assignment: node, value: value3 });
  }
  for (const { node: call, callee } of file.calls) {
    if (!/(?:^|\.)config\.(?:update|from_mapping)$/.test(callee) || forDevelopment(call)) continue;
    for (const arg of argumentsOf(call.field("arguments"))) {
      const name = arg.kind() === "keyword_argument" ? arg.field("name")?.text() ?? "" : "";
      const value3 = arg.field("value");
      if (name in DJANGO_SETTINGS && value3) written.set(name, { assignment: arg, value: value3 });
    }
  }
  if (written.size > 0) pushSettings(file, facts, written, "flask-config", seen);
}
function pushSettings(file, facts, settings2, via, seen, defaultName = "session") {
  const attributes = {};
  let first = null;
  let weak = false;
  for (const [setting, attribute] of Object.entries(DJANGO_SETTINGS)) {
    const found = settings2.get(setting);
    if (!found) continue;
    attributes[attribute] = found.value.kind() === "none" ? "false" : valueText(found.value);
    if (!first || !weak && attributes[attribute] === "false") {
      first = found.assignment;
      weak = attributes[attribute] === "false";
    }
  }
  if (!first || seen.has(first.id())) return;
  seen.add(first.id());
  const name = settings2.get("SESSION_COOKIE_NAME")?.value;
  facts.cookies.push({ name: name?.kind() === "string" ? unquote(name.text()) : defaultName, via, attributes, location: file.location(first) });
}
function valueText(value3) {
  if (value3.kind() === "true") return "true";
  if (value3.kind() === "false") return "false";
  return value3.kind() === "string" ? unquote(value3.text()) : compact(value3.text());
}

// src/extract/python/cors.ts
var pythonCorsExtractor = {
  id: "python-cors",
  languages: ["python"],
  kinds: [],
  applies: (text2) => /CORSMiddleware|flask_cors|CORS_|cors\w*\.init_app\(/i.test(text2),
  extract(file, facts) {
    if (/CORSMiddleware|flask_cors|cors\w*\.init_app\(/i.test(file.text)) middleware2(file, facts);
    if (/CORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL|ALLOWED_ORIGIN_REGEXES|ORIGIN_REGEX_WHITELIST)/.test(file.text)) djangoSettings2(file, facts);
  }
};
function middleware2(file, facts) {
  const flaskNames = new Set(facts.imports.filter((i) => i.source === "flask_cors" && (i.imported === "CORS" || i.imported === "cross_origin")).map((i) => i.local));
  const instances = /* @__PURE__ */ new Map();
  const constructors = /* @__PURE__ */ new Map();
  for (const { node: call, callee } of file.calls) {
    const assignment = call.parent();
    const target = assignment?.kind() === "assignment" ? assignment.field("left") : null;
    if (!flaskNames.has(callee) || target?.kind() !== "identifier") continue;
    const args = argumentsOf(call.field("arguments"));
    if (args.some((a) => a.kind() !== "keyword_argument")) continue;
    instances.set(target.text(), args);
    constructors.set(target.text(), call);
  }
  const initialised = /* @__PURE__ */ new Set();
  for (const { callee } of file.calls) {
    const ctor = callee.endsWith(".init_app") ? constructors.get(callee.slice(0, -".init_app".length)) : void 0;
    if (ctor) initialised.add(ctor.id());
  }
  for (const { node: call, callee } of file.calls) {
    const args = argumentsOf(call.field("arguments"));
    const first = args[0];
    const starlette = /(?:^|\.)(?:add_middleware|Middleware)$/.test(callee) && first !== void 0 && /(?:^|\.)CORSMiddleware$/.test(compact(first.text())) || /(?:^|\.)CORSMiddleware$/.test(callee);
    if (starlette) {
      const credentials = booleanOf(keyword(args, "allow_credentials"));
      const regex = keyword(args, "allow_origin_regex");
      let origin = originsOf(keyword(args, "allow_origins"), "none");
      if (origin !== "*" && regex && anyOrigin(regex)) origin = "reflect";
      facts.cors.push({ via: "CORSMiddleware", origin: origin === "*" && credentials === true ? "reflect" : origin, credentials: credentials ?? false, location: file.location(call) });
    } else if (flaskNames.has(callee) || isFlaskCorsInit(callee, instances)) {
      const receiver = callee.endsWith(".init_app") ? callee.slice(0, -".init_app".length) : null;
      if (!receiver && initialised.has(call.id())) continue;
      if (receiver) args.unshift(...instances.get(receiver) ?? []);
      const credentials = booleanOf(lastKeyword(args, "supports_credentials"));
      let origin = originsOf(lastKeyword(args, "origins"), "*");
      const resources = lastKeyword(args, "resources");
      if (lastKeyword(args, "origins") === null && resources?.kind() === "dictionary") {
        const nested = resources.findAll({ rule: { kind: "pair", has: { field: "key", regex: "^.origins.$" } } }).map((p) => originsOf(p.field("value"), "*"));
        origin = nested.length === 0 || nested.includes("*") ? "*" : nested[0] ?? "*";
      }
      facts.cors.push({ via: "flask-cors", origin: origin === "*" && credentials === true ? "reflect" : origin, credentials: credentials ?? false, location: file.location(call) });
    }
  }
}
function isFlaskCorsInit(callee, instances) {
  const m = /^(\w+)\.init_app$/.exec(callee);
  if (!m) return false;
  return instances.has(m[1]) || /^(?:cors|\w+_cors|cors_\w+)$/i.test(m[1]);
}
function lastKeyword(args, name) {
  return keyword(args.toReversed(), name);
}
function djangoSettings2(file, facts) {
  if (isDevelopmentSettings(file.path)) return;
  const settings2 = topLevelSettings(file.root);
  const credentials = booleanOf(settings2.get("CORS_ALLOW_CREDENTIALS")?.value ?? null);
  const all = settings2.get("CORS_ALLOW_ALL_ORIGINS") ?? settings2.get("CORS_ORIGIN_ALLOW_ALL");
  const regexes = settings2.get("CORS_ALLOWED_ORIGIN_REGEXES") ?? settings2.get("CORS_ORIGIN_REGEX_WHITELIST");
  let at = null;
  let origin = "list";
  if (all && booleanOf(all.value) === true) {
    at = all.assignment;
    origin = credentials === true ? "reflect" : "*";
  } else if (regexes && regexes.value.namedChildren().some((r) => anyOrigin(r))) {
    at = regexes.assignment;
    origin = "reflect";
  }
  if (at) facts.cors.push({ via: "django-cors-headers", origin, credentials: credentials ?? false, location: file.location(at) });
}
function originsOf(node, fallback2) {
  if (!node) return fallback2;
  if (node.kind() === "string") return unquote(node.text()) === "*" ? "*" : "list";
  if (node.kind() === "list" || node.kind() === "tuple" || node.kind() === "set") {
    const items2 = node.namedChildren().filter((c) => c.kind() !== "comment");
    return items2.some((c) => c.kind() === "string" && unquote(c.text()) === "*") ? "*" : "list";
  }
  return compact(node.text()).slice(0, 80);
}
function anyOrigin(node) {
  if (node.kind() !== "string") return false;
  const pattern = unquote(node.text());
  return /^\^?(?:\(?https?\??:\/\/\)?\??|https?:\/\/)?\.[*+]\$?$/.test(pattern);
}
function booleanOf(node) {
  if (!node) return null;
  if (node.kind() === "true") return true;
  if (node.kind() === "false") return false;
  return null;
}

// src/extract/python/django.ts
var DRF = "django-rest-framework";
var DRF_DEFAULT_PERMISSIONS = "DEFAULT_PERMISSION_CLASSES";
var ACTIONS = {
  list: { method: "GET", detail: false, op: "read", hook: null },
  create: { method: "POST", detail: false, op: "create", hook: "perform_create" },
  retrieve: { method: "GET", detail: true, op: "read", hook: null },
  update: { method: "PUT", detail: true, op: "update", hook: "perform_update" },
  partial_update: { method: "PATCH", detail: true, op: "update", hook: "perform_update" },
  destroy: { method: "DELETE", detail: true, op: "delete", hook: "perform_destroy" }
};
var ALL_ACTIONS = Object.keys(ACTIONS);
var DRF_IMPLIED = {
  ModelViewSet: ALL_ACTIONS,
  ReadOnlyModelViewSet: ["list", "retrieve"],
  CreateModelMixin: ["create"],
  ListModelMixin: ["list"],
  RetrieveModelMixin: ["retrieve"],
  UpdateModelMixin: ["update", "partial_update"],
  DestroyModelMixin: ["destroy"],
  CreateAPIView: ["create"],
  ListAPIView: ["list"],
  RetrieveAPIView: ["retrieve"],
  DestroyAPIView: ["destroy"],
  UpdateAPIView: ["update", "partial_update"],
  ListCreateAPIView: ["list", "create"],
  RetrieveUpdateAPIView: ["retrieve", "update", "partial_update"],
  RetrieveDestroyAPIView: ["retrieve", "destroy"],
  RetrieveUpdateDestroyAPIView: ["retrieve", "update", "partial_update", "destroy"]
};
var DRF_VIEWSETS = /* @__PURE__ */ new Set(["ViewSet", "GenericViewSet", "ModelViewSet", "ReadOnlyModelViewSet", "ViewSetMixin"]);
var DRF_VIEWS = /* @__PURE__ */ new Set(["APIView", "GenericAPIView", ...Object.keys(DRF_IMPLIED)]);
var DJANGO_IMPLIED = {
  DeleteView: { method: "POST", op: "delete", keyed: true, action: "delete" },
  UpdateView: { method: "POST", op: "update", keyed: true, action: "update" },
  CreateView: { method: "POST", op: "create", keyed: false, action: "create" },
  DetailView: { method: "GET", op: "read", keyed: true, action: "detail" },
  ListView: { method: "GET", op: "read", keyed: false, action: "list" },
  // A form view does nothing with data itself: its POST is what `form_valid` does with the valid form.
  FormView: { method: "POST", op: null, keyed: false, action: "form" }
};
var DJANGO_VIEWS = /* @__PURE__ */ new Set(["View", "TemplateView", "RedirectView", "FormView", "ArchiveIndexView", "LoginView", "PasswordResetView", "PasswordResetConfirmView", ...Object.keys(DJANGO_IMPLIED)]);
var DRF_MODEL_MIXINS = /* @__PURE__ */ new Set(["CreateModelMixin", "ListModelMixin", "RetrieveModelMixin", "UpdateModelMixin", "DestroyModelMixin"]);
var HTTP_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete"]);
var METHOD_DECORATORS = { require_POST: ["POST"], require_GET: ["GET"], require_safe: ["GET"], require_http_methods: null };
var DRF_POLICIES = /* @__PURE__ */ new Set(["authentication_classes", "throttle_classes", "renderer_classes", "parser_classes", "schema", "api_view"]);
var VIEWS_FILE = /(?:^|\/)(?:views?|api|viewsets?)(?:\/|\.py$)/;
var djangoExtractor = {
  id: "django",
  languages: ["python"],
  kinds: ["assignment"],
  applies: (text2) => text2.includes("django") || text2.includes("rest_framework") || text2.includes("urlpatterns"),
  extract(file, facts) {
    if (facts.imports.some((i) => /^(?:fastapi|starlette|flask)(?:\.|$)/.test(i.source))) return;
    const text2 = file.text;
    if (/urlpatterns|\.register\(|Router\(/.test(text2)) urlConf(file, facts);
    settings(file, facts);
    const drf = text2.includes("rest_framework");
    const django = drf || facts.imports.some((i) => /^django(?:\.|$)/.test(i.source)) || VIEWS_FILE.test(file.path);
    if (!django) return;
    if (/\brequest\b|api_view/.test(text2)) functionViews(file, facts, drf);
    if (/View|Mixin/.test(text2)) classViews(file, facts, drf);
    if (drf && text2.includes("has_")) permissionClassFacts(file, facts);
  }
};
function urlConf(file, facts) {
  const routers = /* @__PURE__ */ new Set();
  const lists = /* @__PURE__ */ new Set();
  for (const assignment of file.nodes("assignment")) {
    const left = assignment.field("left");
    const right = assignment.field("right");
    if (left?.kind() !== "identifier" || !right) continue;
    if (right.kind() === "list" || right.kind() === "binary_operator") lists.add(left.text());
    if (right.kind() !== "call") continue;
    const callee = lastName(compact(right.field("function")?.text() ?? ""));
    if (!callee.endsWith("Router")) continue;
    routers.add(left.text());
    const args = argumentsOf(right.field("arguments"));
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    if (positional[0]?.kind() === "identifier" && positional[1]?.kind() === "string") {
      const lookup = keywordString(args, "lookup");
      const prefix = `/${unquote(positional[1].text())}${lookup ? `/<${lookup}_pk>` : ""}`;
      facts.mounts.push({ framework: DRF, parent: left.text(), prefix, guards: [], child: left.text(), location: file.location(assignment) });
    }
  }
  if (routers.size > 0) {
    for (const { node: call, callee } of file.calls) {
      if (!callee.endsWith(".register")) continue;
      const router = compact(call.field("function")?.field("object")?.text() ?? "");
      if (!routers.has(router)) continue;
      const args = argumentsOf(call.field("arguments"));
      const positional = args.filter((a) => a.kind() !== "keyword_argument");
      const prefix = positional[0] ?? keyword(args, "prefix");
      const viewset = positional[1] ?? keyword(args, "viewset");
      if (prefix?.kind() !== "string" || !viewset) continue;
      facts.mounts.push({ framework: DRF, parent: router, prefix: `/${unquote(prefix.text())}`, guards: [], child: compact(viewset.text()), location: file.location(call) });
    }
    const attributes = file.text.includes(".urls") ? file.root.findAll({ rule: { kind: "attribute", has: { field: "attribute", regex: "^urls$" } } }) : [];
    for (const attr of attributes) {
      const router = compact(attr.field("object")?.text() ?? "");
      if (!routers.has(router) || insideInclude(attr)) continue;
      const owner = listOwner(attr);
      if (owner) facts.mounts.push({ framework: "django", parent: owner, prefix: "/", guards: [], child: router, location: file.location(attr) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/^(?:(?:django\.)?urls\.|django\.conf\.urls\.)?(?:path|re_path|url)$/.test(callee)) continue;
    const args = argumentsOf(call.field("arguments"));
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    const route2 = positional[0] ?? keyword(args, "route");
    const view = positional[1] ?? keyword(args, "view");
    if (route2?.kind() !== "string" || !view) continue;
    const parent = listOwner(call);
    if (!parent) continue;
    const isRegex = lastName(compact(call.field("function").text())) !== "path";
    const builtin = builtinAuthView(view, file, facts.imports, 0);
    if (builtin) {
      const prefix = djangoPrefix(unquote(route2.text()), isRegex);
      facts.routes.push({
        framework: "django",
        method: "POST",
        path: prefix,
        location: file.location(call),
        guards: builtin.guards,
        handlerRef: null,
        router: parent,
        ...paramsField([...prefix.matchAll(/<(?:\w+:)?(\w+)>/g)].map((m) => m[1])),
        calls: builtin.sends ? [{ callee: `${builtin.sends}.send`, line: call.range().start.line + 1 }] : [],
        dataOps: [],
        builtin: builtin.name
      });
      continue;
    }
    const target = viewTarget(view, lists, facts.imports);
    if (!target) continue;
    facts.mounts.push({
      framework: "django",
      parent,
      prefix: djangoPrefix(unquote(route2.text()), isRegex),
      guards: target.guards,
      child: target.child,
      ...target.childModule !== void 0 ? { childModule: target.childModule } : {},
      location: file.location(call)
    });
  }
}
var BUILTIN_AUTH_VIEWS = { LoginView: "user_logged_in", PasswordResetView: null, PasswordResetConfirmView: null };
function builtinAuthView(view, file, imports, depth) {
  if (depth > 4) return null;
  if (view.kind() === "identifier") {
    const assigned = file.root.namedChildren().flatMap((s) => s.kind() === "expression_statement" ? s.namedChildren() : []).find((a) => a.kind() === "assignment" && a.field("left")?.text() === view.text());
    const value3 = assigned?.field("right");
    return value3 ? builtinAuthView(value3, file, imports, depth + 1) : null;
  }
  if (view.kind() !== "call") return null;
  const fn = view.field("function");
  if (fn.kind() === "attribute" && fn.field("attribute")?.text() === "as_view") {
    const name = builtinAuthClass(compact(fn.field("object").text()), imports);
    return name ? { name, guards: [], sends: BUILTIN_AUTH_VIEWS[name] ?? null } : null;
  }
  const first = argumentsOf(view.field("arguments")).find((a) => a.kind() !== "keyword_argument");
  if (!first) return null;
  const inner = builtinAuthView(first, file, imports, depth + 1);
  const guard = guardOf2(fn);
  return inner && guard ? { ...inner, guards: [guard, ...inner.guards] } : inner;
}
function builtinAuthClass(cls, imports) {
  const name = lastName(cls);
  if (!(name in BUILTIN_AUTH_VIEWS)) return null;
  const imp = imports.find((i) => i.local === cls.split(".")[0]);
  return imp !== void 0 && /^django\.contrib\.auth(?:\.views)?$/.test(imp.source) ? name : null;
}
function viewTarget(view, lists, imports) {
  const kind2 = view.kind();
  if (kind2 === "identifier" || kind2 === "attribute") return { child: compact(view.text()), guards: [] };
  if (kind2 !== "call") return null;
  const fn = view.field("function");
  const args = argumentsOf(view.field("arguments"));
  const first = args.find((a) => a.kind() !== "keyword_argument");
  if (lastName(compact(fn.text())) === "include") return first ? includeTarget(view, first, lists, imports) : null;
  if (fn.kind() === "attribute" && fn.field("attribute")?.text() === "as_view") return { child: compact(fn.field("object").text()), guards: [] };
  if (!first) return null;
  const inner = viewTarget(first, lists, imports);
  const guard = guardOf2(fn);
  if (!inner || !guard) return inner;
  return { ...inner, guards: [guard, ...inner.guards] };
}
function includeTarget(include, arg, lists, imports) {
  switch (arg.kind()) {
    case "string":
      return { child: "urlpatterns", childModule: unquote(arg.text()), guards: [] };
    case "tuple":
    case "parenthesized_expression": {
      const first = arg.namedChildren()[0];
      return first ? includeTarget(include, first, lists, imports) : null;
    }
    case "list":
      return { child: inlineIncludeName(include), guards: [] };
    case "attribute":
      if (arg.field("attribute")?.text() === "urls") return { child: compact(arg.field("object").text()), guards: [] };
      return null;
    case "identifier": {
      const name = arg.text();
      if (lists.has(name)) return { child: name, guards: [] };
      const imp = imports.find((i) => i.local === name);
      if (!imp) return null;
      const module = imp.imported === "*" ? imp.source : imp.source.endsWith(".") ? imp.source + imp.imported : `${imp.source}.${imp.imported}`;
      return { child: "urlpatterns", childModule: module, guards: [] };
    }
    default:
      return null;
  }
}
function inlineIncludeName(include) {
  const { line, column } = include.range().start;
  return `include@${line + 1}:${column + 1}`;
}
function insideInclude(node) {
  for (let p = node.parent(); p; p = p.parent()) {
    if (p.kind() === "call" && lastName(compact(p.field("function")?.text() ?? "")) === "include") return true;
    if (p.kind() === "expression_statement") return false;
  }
  return false;
}
function listOwner(node) {
  let child = node;
  for (let p = node.parent(); p; child = p, p = p.parent()) {
    const kind2 = p.kind();
    if (kind2 === "list" || kind2 === "tuple" || kind2 === "binary_operator" || kind2 === "parenthesized_expression" || kind2 === "list_splat") continue;
    if (kind2 === "assignment" || kind2 === "augmented_assignment") {
      const left = p.field("left");
      return left?.kind() === "identifier" && p.field("right")?.id() === child.id() ? left.text() : null;
    }
    if (kind2 === "argument_list" && child.kind() === "list") {
      const call = p.parent();
      if (call?.kind() === "call" && lastName(compact(call.field("function")?.text() ?? "")) === "include") return inlineIncludeName(call);
    }
    return null;
  }
  return null;
}
function djangoPrefix(route2, isRegex) {
  let text2 = route2;
  if (isRegex) {
    text2 = text2.replace(/^\^/, "").replace(/\$$/, "").replace(/\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)/g, "<$1>").replace(/\\(.)/g, "$1");
  }
  return `/${text2}`;
}
function settings(file, facts) {
  if (!file.text.includes(DRF_DEFAULT_PERMISSIONS)) return;
  for (const pair of file.root.findAll({ rule: { kind: "pair", has: { field: "key", regex: DRF_DEFAULT_PERMISSIONS } } })) {
    const value3 = pair.field("value");
    const guards = listElements(value3).flatMap((e) => e.kind() === "string" ? [{ callee: lastName(unquote(e.text())), line: e.range().start.line + 1 }] : guardOf2(e) ?? []);
    facts.mounts.push({ framework: DRF, parent: DRF_DEFAULT_PERMISSIONS, prefix: "/", guards, child: null, location: file.location(pair) });
  }
}
function functionViews(file, facts, drf) {
  for (const statement of file.root.namedChildren()) {
    const definition = statement.kind() === "decorated_definition" ? statement.field("definition") : statement;
    if (definition?.kind() !== "function_definition") continue;
    const decs = decorators(located(definition));
    const apiView = decs.find((d) => lastName(calleeOf(d)) === "api_view");
    const firstParam2 = definition.field("parameters")?.namedChildren()[0];
    if (!apiView && (!firstParam2 || paramName(firstParam2) !== "request")) continue;
    let methods = ["ANY"];
    const guards = [];
    let permissionsDeclared = false;
    let rateLimit;
    for (const d of decs) {
      const name = lastName(calleeOf(d));
      if (name in METHOD_DECORATORS) {
        methods = METHOD_DECORATORS[name] ?? stringList(argumentsOf(d.field("arguments"))[0] ?? null)?.map((m) => m.toUpperCase()) ?? methods;
      } else if (name === "api_view") {
        methods = d.kind() === "call" ? stringList(argumentsOf(d.field("arguments"))[0] ?? keyword(argumentsOf(d.field("arguments")), "http_method_names"))?.map((m) => m.toUpperCase()) ?? ["GET"] : ["GET"];
      } else if (name === "permission_classes") {
        permissionsDeclared = true;
        guards.push(...permissionClasses(argumentsOf(d.field("arguments"))[0] ?? null));
      } else if (name === "throttle_classes" && drf) {
        rateLimit = throttles(argumentsOf(d.field("arguments"))[0] ?? null);
      } else if (!DRF_POLICIES.has(name)) {
        const guard = guardOf2(d);
        if (guard) guards.push(guard);
      }
    }
    const isDrf = drf && apiView !== void 0;
    const summary = file.summariseNode(definition);
    for (const method of methods) {
      if (method === "HEAD" || method === "OPTIONS") continue;
      facts.routes.push({
        framework: isDrf ? DRF : "django",
        method,
        path: "",
        location: file.location(located(definition)),
        guards,
        handlerRef: null,
        router: definition.field("name").text(),
        needsMount: true,
        ...paramsField(file.pythonData.clientParams(definition)),
        ...isDrf && !permissionsDeclared ? { defaultGuards: DRF_DEFAULT_PERMISSIONS } : {},
        ...isDrf && rateLimit ? { rateLimit } : {},
        ...summary
      });
    }
  }
}
function classViews(file, facts, drf) {
  const classes = moduleClasses(file.root);
  for (const cls of classes.values()) {
    const view = viewClassOf(cls, classes, drf);
    if (!view) continue;
    const guards = classGuards(view);
    const permissions = drfPermissions(view);
    const routeGuards = [...guards, ...permissions ?? []];
    const defaults = view.drf && permissions === null ? { defaultGuards: DRF_DEFAULT_PERMISSIONS } : {};
    const methods = lineageMethods(view);
    const lookup = view.viewset ? lookupName(view) : "";
    const rateLimit = view.drf ? viewThrottles(view) : void 0;
    const base = { framework: view.drf ? DRF : "django", handlerRef: null, router: view.name, needsMount: true, ...defaults, ...rateLimit ? { rateLimit } : {} };
    const provided = providedActions(view);
    const first = facts.routes.length;
    const implied = view.viewset ? provided : providedActions(view, true);
    for (const [name, fn] of methods) {
      const action = name;
      const explicit = view.viewset ? action in ACTIONS : HTTP_METHODS.has(name);
      if (!explicit) continue;
      const method = view.viewset ? ACTIONS[action].method : name.toUpperCase();
      const path2 = view.viewset && ACTIONS[action].detail ? `/<${lookup}>` : "";
      const summary = withImpliedCalls(file, view, methods, file.summariseNode(fn), provided);
      facts.routes.push({ ...base, method, path: path2, location: file.location(located(fn)), guards: [...routeGuards, ...methodGuards(fn)], ...paramsField(file.pythonData.clientParams(fn, path2)), ...summary });
    }
    for (const action of implied) {
      const spec = ACTIONS[action];
      if (methods.has(view.viewset ? action : spec.method.toLowerCase())) continue;
      const path2 = view.viewset && spec.detail ? `/<${lookup}>` : "";
      const summary = impliedSummary(file, view, methods, action);
      facts.routes.push({ ...base, method: spec.method, path: path2, location: headerLocation(file, cls), guards: routeGuards, ...paramsField(spec.detail ? [lookup || "pk"] : []), ...summary });
    }
    djangoGenericRoutes(file, facts, view, methods, routeGuards);
    builtinAuthSubclassRoute(file, facts, view, methods, routeGuards);
    actionRoutes(file, facts, view, methods, guards, permissions, lookup, base);
    const allowed = allowedMethods(view);
    if (allowed) facts.routes.splice(first, facts.routes.length - first, ...facts.routes.slice(first).filter((r) => allowed.has(r.method)));
  }
}
function allowedMethods(view) {
  const declared = lineageAttribute(view, "http_method_names");
  if (!declared || declared.kind() !== "list" && declared.kind() !== "tuple") return null;
  const elements = declared.namedChildren().filter((c) => c.kind() !== "comment");
  if (!elements.every((c) => c.kind() === "string")) return null;
  return new Set(elements.map((c) => unquote(c.text()).toUpperCase()));
}
function viewClassOf(cls, classes, drf) {
  const lineage = [];
  const bases = [];
  const queue = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift();
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const b of classBases(current).bases) {
      const name2 = lastName(compact(b.text()));
      bases.push(name2);
      const local = classes.get(name2);
      if (local && local !== current) queue.push(local);
    }
  }
  const name = cls.field("name").text();
  const knownDrf = bases.some((b) => DRF_VIEWS.has(b) || DRF_VIEWSETS.has(b));
  const knownDjango = bases.some((b) => DJANGO_VIEWS.has(b));
  const viewset = bases.some((b) => DRF_VIEWSETS.has(b) || b.endsWith("ViewSet"));
  const namedLikeView = /(?:ViewSet|APIView|View)$/.test(name) && bases.some((b) => /(?:ViewSet|APIView|View)$/.test(b));
  if (!knownDrf && !knownDjango && !namedLikeView) return null;
  const isDrf = knownDrf || drf && !knownDjango;
  return { cls, name, lineage, bases, drf: isDrf, viewset: isDrf && viewset };
}
function lineageMethods(view) {
  const methods = /* @__PURE__ */ new Map();
  for (const c of view.lineage) for (const [name, fn] of classMembers(c).methods) if (!methods.has(name)) methods.set(name, fn);
  return methods;
}
function lineageAttribute(view, name) {
  for (const c of view.lineage) {
    const value3 = classMembers(c).assignments.get(name);
    if (value3) return value3;
  }
  return null;
}
function providedActions(view, routedOnly = false) {
  if (!view.drf) return [];
  const actions = /* @__PURE__ */ new Set();
  for (const b of view.bases) if (!(routedOnly && DRF_MODEL_MIXINS.has(b))) for (const a of DRF_IMPLIED[b] ?? []) actions.add(a);
  return [...actions];
}
function lookupName(view) {
  const kwarg = lineageAttribute(view, "lookup_url_kwarg") ?? lineageAttribute(view, "lookup_field");
  return kwarg?.kind() === "string" ? unquote(kwarg.text()) : "pk";
}
function classGuards(view) {
  const guards = [];
  const line = view.cls.range().start.line + 1;
  const permission = lineageAttribute(view, "permission_required");
  const demanded = permission?.kind() === "string" ? unquote(permission.text()) : stringList(permission)?.[0] ?? null;
  for (const c of view.lineage) {
    for (const b of classBases(c).bases) {
      const text2 = compact(b.text());
      const name = lastName(text2);
      if (!name.endsWith("Mixin") || DRF_MODEL_MIXINS.has(name) || name === "ViewSetMixin") continue;
      const guard = { callee: text2, line };
      if (name === "PermissionRequiredMixin" && demanded !== null) guard.firstArg = demanded;
      if (!guards.some((g) => g.callee === guard.callee)) guards.push(guard);
    }
  }
  for (const d of decorators(located(view.cls))) guards.push(...unwrapMethodDecorator(d));
  return guards;
}
function unwrapMethodDecorator(d) {
  if (d.kind() === "call" && lastName(calleeOf(d)) === "method_decorator") {
    const first = argumentsOf(d.field("arguments")).find((a) => a.kind() !== "keyword_argument") ?? null;
    return listElements(first).flatMap((g) => guardOf2(g) ?? []);
  }
  const guard = guardOf2(d);
  return guard ? [guard] : [];
}
function methodGuards(fn) {
  return decorators(located(fn)).filter((d) => lastName(calleeOf(d)) !== "action").flatMap(unwrapMethodDecorator);
}
function drfPermissions(view) {
  if (!view.drf) return null;
  let getter = null;
  for (const c of view.lineage) {
    const members = classMembers(c);
    getter ??= members.methods.get("get_permissions") ?? null;
    const declared = members.assignments.get("permission_classes");
    if (declared) return getter ? [...permissionsIn(getter), ...getter.text().includes("super(") ? permissionClasses(declared) : []] : permissionClasses(declared);
    if (getter) return permissionsIn(getter);
  }
  return null;
}
function permissionClasses(list) {
  return listElements(list).flatMap((p) => {
    const guard = guardOf2(p);
    return guard ? [{ ...guard, callee: lastName(guard.callee) }] : [];
  });
}
function permissionsIn(fn) {
  const out = [];
  for (const node of fn.findAll({ rule: { any: [{ kind: "call" }, { kind: "identifier" }, { kind: "attribute" }] } })) {
    const callee = lastName(calleeOf(node));
    if (!/^[A-Z]\w*$/.test(callee) || node.parent()?.kind() === "attribute" || node.kind() !== "call" && node.parent()?.kind() === "call") continue;
    if (!out.some((g) => g.callee === callee)) out.push({ callee, line: node.range().start.line + 1 });
  }
  return out;
}
function throttles(list) {
  if (!list) return void 0;
  return listElements(list).length > 0 ? "applied" : "off";
}
function viewThrottles(view) {
  for (const c of view.lineage) {
    const members = classMembers(c);
    const declared = members.assignments.get("throttle_classes");
    if (declared) return throttles(declared);
    if (members.methods.has("get_throttles")) return "applied";
  }
  return void 0;
}
function impliedOp(file, view, op, keyed, action) {
  const classes = view.lineage.map((c) => file.pythonData.viewClass(c));
  const data = classes.find((d) => d.model !== null || d.source !== null) ?? { model: null, source: null, scoped: false, filter: [] };
  const fact = {
    op,
    model: data.model,
    callee: `${view.name}.${action}`,
    via: view.drf ? DRF : "django",
    location: data.source ? file.location(data.source) : headerLocation(file, view.cls),
    // A create adds a row rather than reaching existing ones: the queryset does not scope it.
    scopedToCaller: op !== "create" && classes.some((c) => c.scoped),
    keyedByRequestId: keyed,
    // The row DRF's `get_object()` looks up: object permissions run on it.
    ...keyed && view.drf ? { viewObject: true } : {}
  };
  const filter = op === "create" ? [] : [...keyed ? [view.viewset ? lookupName(view) : "pk"] : [], ...classes.flatMap((c) => c.filter)];
  if (filter.length > 0) fact.filter = [...new Set(filter)];
  return fact;
}
function impliedSummary(file, view, methods, action) {
  const spec = ACTIONS[action];
  const summary = { calls: [], dataOps: [] };
  const hooks = spec.op === "create" ? [] : ["get_queryset", "get_object"];
  if (spec.hook) hooks.push(spec.hook);
  if (!view.viewset) hooks.push(action);
  let replaced = false;
  for (const hook of hooks) {
    const fn = methods.get(hook);
    if (!fn) continue;
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
    if ((hook === spec.hook || hook === action) && !body.calls.some((c) => c.callee === `super().${hook}`)) replaced = true;
  }
  if (!replaced && !(action === "list" && summary.dataOps.some((o) => o.op === "read"))) summary.dataOps.unshift(impliedOp(file, view, spec.op, spec.detail, action));
  return summary;
}
function withImpliedCalls(file, view, methods, summary, implied) {
  const delegated = implied.filter((a) => summary.calls.some((c) => c.callee === `self.${a}` || c.callee === `super().${a}`));
  if (delegated.length === 0) return summary;
  const extra = delegated.map((a) => impliedSummary(file, view, methods, a));
  return { calls: [...summary.calls, ...extra.flatMap((e) => e.calls)], dataOps: [...summary.dataOps, ...extra.flatMap((e) => e.dataOps)] };
}
function djangoGenericRoutes(file, facts, view, methods, guards) {
  if (view.drf) return;
  const generic = view.bases.map((b) => DJANGO_IMPLIED[b]).find((g) => g !== void 0);
  if (!generic || methods.has(generic.method.toLowerCase())) return;
  const hooks = ["get_queryset", "get_object", "form_valid", generic.op === "delete" ? "delete" : ""].flatMap((h) => methods.get(h) ? [methods.get(h)] : []);
  if (generic.op === null && !methods.has("form_valid")) return;
  const summary = { calls: [], dataOps: generic.op ? [impliedOp(file, view, generic.op, generic.keyed, generic.action)] : [] };
  for (const fn of hooks) {
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
  }
  const params = paramsField(generic.keyed ? ["pk", "slug"] : []);
  facts.routes.push({ framework: "django", method: generic.method, path: "", location: headerLocation(file, view.cls), guards, handlerRef: null, router: view.name, needsMount: true, ...params, ...summary });
}
function builtinAuthSubclassRoute(file, facts, view, methods, guards) {
  if (view.drf || methods.has("post")) return;
  let builtin = null;
  for (const c of view.lineage) for (const b of classBases(c).bases) builtin ??= builtinAuthClass(compact(b.text()), facts.imports);
  if (!builtin) return;
  const summary = { calls: [], dataOps: [] };
  for (const hook of ["form_valid", "get_user", "dispatch"]) {
    const fn = methods.get(hook);
    if (!fn) continue;
    const body = file.summariseNode(fn);
    summary.calls.push(...body.calls);
    summary.dataOps.push(...body.dataOps);
  }
  const location = headerLocation(file, view.cls);
  const sends = BUILTIN_AUTH_VIEWS[builtin];
  if (sends) summary.calls.push({ callee: `${sends}.send`, line: location.startLine });
  facts.routes.push({ framework: "django", method: "POST", path: "", location, guards, handlerRef: null, router: view.name, needsMount: true, builtin, ...summary });
}
function actionRoutes(file, facts, view, methods, classGuardList, permissions, lookup, base) {
  if (!view.viewset) return;
  for (const [name, fn] of methods) {
    const action = decorators(located(fn)).find((d) => lastName(calleeOf(d)) === "action" && d.kind() === "call");
    if (!action) continue;
    const args = argumentsOf(action.field("arguments"));
    const detail = keyword(args, "detail")?.text() === "True";
    const urlPath = keywordString(args, "url_path") ?? name;
    const own = keyword(args, "permission_classes");
    const guards = [...classGuardList, ...own ? permissionClasses(own) : permissions ?? [], ...methodGuards(fn)];
    const { defaultGuards: _, ...withoutDefaults } = base;
    const ownThrottles = keyword(args, "throttle_classes");
    const routeBase = { ...own ? withoutDefaults : base, ...ownThrottles ? { rateLimit: throttles(ownThrottles) } : {} };
    for (const method of stringList(keyword(args, "methods"))?.map((m) => m.toUpperCase()) ?? ["GET"]) {
      facts.routes.push({
        ...routeBase,
        method,
        path: detail ? `/<${lookup}>/${urlPath}` : `/${urlPath}`,
        location: file.location(located(fn)),
        guards,
        ...paramsField(file.pythonData.clientParams(fn, detail ? `/<${lookup}>` : "")),
        ...file.summariseNode(fn)
      });
    }
  }
}
function paramName(param) {
  if (param.kind() === "identifier") return param.text();
  return param.field("name")?.text() ?? param.namedChildren().find((c) => c.kind() === "identifier")?.text() ?? null;
}
function headerLocation(file, cls) {
  const whole = file.location(cls);
  const end = cls.field("superclasses") ?? cls.field("name");
  const { end: e } = end.range();
  return { ...whole, endLine: e.line + 1, endColumn: e.column + 2 };
}
var SIGNED_IN_ATTRIBUTE = /^(?:is_authenticated|is_active|is_anonymous|id|pk|email|username)$/;
var PERMISSION_ATTRIBUTE = /^(?:is_|has_|can_)|admin|owner|role|perm|staff|manager|superuser|group|editor|level|verified|plan|tier|scope|flag/i;
var NEUTRAL_CALLS = /* @__PURE__ */ new Set(["bool", "getattr", "hasattr"]);
function permissionClassFacts(file, facts) {
  const classes = moduleClasses(file.root);
  const out = [];
  for (const [name, cls] of classes) {
    const lineage = permissionLineage(cls, classes);
    if (!lineage) continue;
    const membership = membershipRead(lineage, 0, classes);
    const objectScope = objectComparison(lineage);
    if (!membership && !objectScope) continue;
    out.push({ name, line: cls.range().start.line + 1, ...membership && membership.length > 0 ? { membershipOnly: membership } : {}, ...objectScope ? { objectScope } : {} });
  }
  if (out.length > 0) facts.drfPermissions = out;
}
function permissionLineage(cls, classes) {
  const lineage = [];
  let permission = false;
  const queue = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift();
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const b of classBases(current).bases) {
      const base = lastName(compact(b.text()));
      if (base === "BasePermission") permission = true;
      const local = classes.get(base);
      if (local && local !== current) queue.push(local);
    }
  }
  return permission ? lineage : null;
}
function lineageMethod(lineage, name) {
  for (let i = 0; i < lineage.length; i++) {
    const fn = classMembers(lineage[i]).methods.get(name);
    if (fn) return { fn, from: lineage.slice(i) };
  }
  return null;
}
function membershipRead(lineage, depth, classes) {
  const found = lineageMethod(lineage, "has_permission");
  if (!found) return [];
  if (depth > 4) return null;
  const { fn, from } = found;
  const params = (fn.field("parameters")?.namedChildren() ?? []).map((p) => p.text());
  const requestName = params[1] ?? "request";
  const callers = /* @__PURE__ */ new Set([`${requestName}.user`]);
  const body = fn.field("body");
  if (!body) return null;
  for (const assignment of body.findAll({ rule: { kind: "assignment" } })) {
    const left = assignment.field("left");
    const right = compact(assignment.field("right")?.text() ?? "");
    if (left?.kind() === "identifier" && (callers.has(right) || new RegExp(`^getattr\\(${requestName},["']user["'](?:,None)?\\)$`).test(right))) callers.add(left.text());
    else return null;
  }
  const reads = [];
  const caller = (text2) => {
    for (const c of callers) if (text2 === c || text2.startsWith(`${c}.`)) return text2 === c ? "" : text2.slice(c.length + 1);
    return null;
  };
  const readAttribute = (attribute) => {
    const first = attribute.split(".")[0];
    if (first === "" || SIGNED_IN_ATTRIBUTE.test(first)) return true;
    if (PERMISSION_ATTRIBUTE.test(first)) return false;
    if (!reads.includes(`request.user.${first}`)) reads.push(`request.user.${first}`);
    return true;
  };
  for (const node of body.findAll({ rule: { any: [{ kind: "call" }, { kind: "attribute" }, { kind: "identifier" }, { kind: "comparison_operator" }, { kind: "subscript" }] } })) {
    const kind2 = node.kind();
    if (kind2 === "subscript") return null;
    if (kind2 === "comparison_operator") {
      if (!/^[\w.]+is(?:not)?None$/.test(compact(node.text()))) return null;
      continue;
    }
    if (kind2 === "call") {
      const callee = compact(node.field("function")?.text() ?? "");
      if (callee === "super().has_permission") {
        const base = from.slice(1);
        const inherited = base.length > 0 ? membershipRead(base, depth + 1, classes) : directBaseIsBasePermission(from[0]) ? [] : null;
        if (inherited === null) return null;
        for (const r of inherited) if (!reads.includes(r)) reads.push(r);
        continue;
      }
      if (!NEUTRAL_CALLS.has(callee)) return null;
      if (callee === "getattr" || callee === "hasattr") {
        const [target, attribute] = argumentsOf(node.field("arguments"));
        const path3 = caller(compact(target?.text() ?? ""));
        if (path3 !== null && attribute?.kind() === "string" && !readAttribute(path3 ? `${path3}.${unquote(attribute.text())}` : unquote(attribute.text()))) return null;
      }
      continue;
    }
    const parent = node.parent();
    if (parent?.kind() === "attribute" || parent?.kind() === "call" && parent.field("function")?.id() === node.id()) continue;
    const text2 = compact(node.text());
    if (kind2 === "identifier" && (parent?.kind() === "keyword_argument" || parent?.kind() === "assignment")) continue;
    const path2 = caller(text2);
    if (path2 !== null) {
      if (!readAttribute(path2)) return null;
      continue;
    }
    if (kind2 === "identifier" && (text2 === requestName || params.includes(text2))) continue;
    return null;
  }
  return reads;
}
function directBaseIsBasePermission(cls) {
  const bases = classBases(cls).bases.map((b) => lastName(compact(b.text())));
  return bases.length === 1 && bases[0] === "BasePermission";
}
function objectComparison(lineage) {
  const found = lineageMethod(lineage, "has_object_permission");
  if (!found) return null;
  const params = (found.fn.field("parameters")?.namedChildren() ?? []).map((p) => p.text());
  const requestName = params[1] ?? "request";
  for (const comparison of found.fn.findAll({ rule: { kind: "comparison_operator" } })) {
    const text2 = compact(comparison.text());
    const m = /^(.+?)(==|!=)(.+)$/.exec(text2);
    if (!m || /==.*==|!=.*!=/.test(text2)) continue;
    for (const [side, other] of [[m[1], m[3]], [m[3], m[1]]]) {
      if (!(side === `${requestName}.user` || side.startsWith(`${requestName}.user.`)) || other.startsWith(`${requestName}.`)) continue;
      const rest = side.slice(`${requestName}.user`.length);
      if (rest !== "" && SIGNED_IN_ATTRIBUTE.test(rest.slice(1)) && rest !== ".id" && rest !== ".pk") continue;
      return `request.user${rest}`;
    }
  }
  return null;
}

// src/extract/python/fastapi.ts
var METHODS2 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "options", "head", "api_route"]);
var DEPENDENCY_CALLEE = /^(?:(?:fastapi|params)\.)?(?:Depends|Security)$/;
var NOT_MADE_DEPENDENCY = /^(?:(?:fastapi\.)?(?:APIRouter|FastAPI|Depends|Security)|Annotated|TypeVar|Limiter|get_settings|\w*Settings|\w*[Ll]ogger|logging\.\w+|os\.\w+(?:\.\w+)*)$/;
var fastapiExtractor = {
  id: "fastapi",
  languages: ["python"],
  kinds: ["decorated_definition", "assignment", "function_definition"],
  applies: (text2) => text2.includes("fastapi") || text2.includes("APIRouter"),
  extract(file, facts) {
    const text2 = file.text;
    const aliases = /Depends|Security|__call__/.test(text2) ? collectAliases(file, facts) : /* @__PURE__ */ new Map();
    const imported = new Set(facts.imports.map((i) => i.local));
    for (const decorated of file.nodes("decorated_definition")) {
      const definition = decorated.field("definition");
      if (definition?.kind() !== "function_definition") continue;
      const decs = decorators(decorated);
      for (let i = 0; i < decs.length; i++) {
        const route2 = routeDecorator(decs[i]);
        if (!route2) continue;
        const own = parameterDependencies(definition, aliases, imported);
        const wrapping = decs.slice(i + 1).filter((d) => !routeDecorator(d)).flatMap((d) => guardOf2(d) ?? []);
        const keywordDeps = dependencyList(keyword(route2.args, "dependencies"), aliases, imported);
        const params = paramsField(file.pythonData.clientParams(definition, route2.path));
        for (const method of route2.methods) {
          facts.routes.push({
            framework: "fastapi",
            method,
            path: route2.path,
            location: file.location(decorated),
            guards: [...keywordDeps.guards, ...wrapping, ...own.guards],
            handlerRef: null,
            router: route2.router,
            ...params,
            ...own.types.length + keywordDeps.types.length > 0 ? { dependencyTypes: [...keywordDeps.types, ...own.types] } : {},
            ...file.summariseNode(definition)
          });
        }
      }
    }
    if (/APIRouter|FastAPI|include_router|add_api_route|\.mount\(/.test(text2)) collectRouters(file, facts, aliases, imported);
    if (/Depends|Security/.test(text2) || aliases.size > 0) dependencyCalls(file, facts, aliases, imported);
  }
};
function dependencyCalls(file, facts, aliases, imported) {
  const names = new RegExp(`\\b(?:${["Depends", "Security", ...aliases.keys()].join("|")})\\b`);
  for (const fn of file.nodes("function_definition")) {
    if (!names.test(fn.field("parameters")?.text() ?? "")) continue;
    const { guards } = parameterDependencies(fn, aliases, imported);
    if (guards.length === 0) continue;
    const at = file.location(located(fn));
    const fact = facts.functions.find((f) => f.location.startLine === at.startLine && f.location.startColumn === at.startColumn);
    if (!fact) continue;
    for (const g of guards) if (!fact.calls.some((c) => c.callee === g.callee && c.line === g.line)) fact.calls.push(g);
  }
}
function routeDecorator(node) {
  if (node.kind() !== "call") return null;
  const fn = node.field("function");
  if (fn?.kind() !== "attribute") return null;
  const name = fn.field("attribute")?.text() ?? "";
  if (!METHODS2.has(name)) return null;
  const args = argumentsOf(node.field("arguments"));
  const first = args[0];
  const pathNode = first && first.kind() !== "keyword_argument" ? first : keyword(args, "path");
  if (pathNode?.kind() !== "string") return null;
  const methods = name === "api_route" ? stringList(keyword(args, "methods"))?.map((m) => m.toUpperCase()) ?? ["GET"] : [name.toUpperCase()];
  return { router: compact(fn.field("object")?.text() ?? ""), path: unquote(pathNode.text()), methods, args };
}
function dependencyOf(call, annotation, made) {
  const callee = compact(call.field("function")?.text() ?? "");
  if (!DEPENDENCY_CALLEE.test(callee)) return null;
  const args = argumentsOf(call.field("arguments"));
  const first = args[0] && args[0].kind() !== "keyword_argument" ? args[0] : keyword(args, "dependency");
  const line = call.range().start.line + 1;
  if (!first) {
    const type = annotation ? dependencyType(annotation) : null;
    return type ? { callee: type, line } : null;
  }
  const madeBy = first.kind() === "identifier" ? made?.get(first.text()) : void 0;
  const fact = first.kind() === "call" ? guardOf2(first) : madeBy ? guardOf2(madeBy) : { callee: compact(first.text()), line };
  if (!fact) return null;
  fact.line = line;
  const scope = stringList(keyword(args, "scopes"))?.[0];
  if (scope !== void 0 && fact.firstArg === void 0) fact.firstArg = scope;
  return fact;
}
function dependencyType(annotation) {
  const text2 = compact(annotation.text());
  const m = /^(?:Annotated\[)?([A-Za-z_][\w.]*)/.exec(text2);
  return m ? m[1] : null;
}
function parameterDependencies(definition, aliases, imported) {
  const guards = [];
  const types = [];
  for (const param of definition.field("parameters")?.namedChildren() ?? []) {
    const annotation = param.field("type");
    const calls = /Depends|Security|\(/.test(param.text()) ? param.findAll({ rule: { kind: "call" } }) : [];
    for (const call of calls) {
      const dep = dependencyOf(call, annotation, aliases.made);
      if (dep) guards.push(dep);
    }
    const inner = annotation?.namedChildren()[0];
    if (inner?.kind() !== "identifier") continue;
    const name = inner.text();
    const line = inner.range().start.line + 1;
    const alias = aliases.get(name);
    if (alias) guards.push(...alias.map((a) => ({ ...a, line })));
    else if (imported.has(name)) types.push({ callee: name, line });
  }
  return { guards, types };
}
function dependencyList(list, aliases, imported) {
  const guards = [];
  const types = [];
  for (const element of listElements(list)) {
    const line = element.range().start.line + 1;
    if (element.kind() === "call") {
      const dep = dependencyOf(element, null, aliases.made);
      if (dep) guards.push(dep);
    } else if (element.kind() === "identifier") {
      const alias = aliases.get(element.text());
      if (alias) guards.push(...alias.map((a) => ({ ...a, line })));
      else if (imported.has(element.text())) types.push({ callee: element.text(), line });
    }
  }
  return { guards, types };
}
function collectAliases(file, facts) {
  const aliases = /* @__PURE__ */ new Map();
  const made = /* @__PURE__ */ new Map();
  aliases.made = made;
  const factories = new Set(
    file.root.namedChildren().filter((c) => c.kind() === "function_definition" && c.field("body")?.namedChildren().some((s) => s.kind() === "function_definition")).map((c) => c.field("name")?.text() ?? "")
  );
  const callable = new Set([...moduleClasses(file.root)].filter(([, cls]) => cls.find({ rule: { kind: "function_definition", has: { field: "name", regex: "^__call__$" } } })).map(([name]) => name));
  for (const statement of file.root.namedChildren()) {
    if (statement.kind() !== "expression_statement") continue;
    const assignment = statement.namedChildren().find((c) => c.kind() === "assignment");
    const name = assignment?.field("left");
    const value3 = assignment?.field("right");
    if (name?.kind() !== "identifier" || !value3) continue;
    if (value3.kind() === "call" && callable.has(compact(value3.field("function")?.text() ?? ""))) {
      const call = guardOf2(value3);
      facts.functions.push({ name: name.text(), qualifiedName: name.text(), exported: !name.text().startsWith("_"), location: file.location(assignment), calls: [call], dataOps: [] });
      continue;
    }
    if (!/\b(?:Depends|Security)\s*\(/.test(value3.text())) {
      const callee = value3.kind() === "call" ? value3.field("function") : null;
      if (callee && (callee.kind() === "identifier" || callee.kind() === "attribute") && !NOT_MADE_DEPENDENCY.test(compact(callee.text()))) {
        made.set(name.text(), value3);
        if (callee.kind() === "identifier" && factories.has(callee.text())) {
          facts.functions.push({ name: name.text(), qualifiedName: name.text(), exported: !name.text().startsWith("_"), location: file.location(assignment), calls: [guardOf2(value3)], dataOps: [] });
        }
      }
      continue;
    }
    const annotation = value3.kind() === "subscript" ? value3.namedChildren()[1] ?? null : null;
    const calls = value3.kind() === "call" ? [value3] : value3.findAll({ rule: { kind: "call" } });
    const injects = calls.flatMap((c) => dependencyOf(c, annotation, made) ?? []);
    if (injects.length === 0) continue;
    aliases.set(name.text(), injects);
    facts.functions.push({
      name: name.text(),
      qualifiedName: name.text(),
      exported: !name.text().startsWith("_"),
      location: file.location(assignment),
      calls: injects.map((i) => ({ ...i })),
      dataOps: [],
      injects
    });
  }
  return aliases;
}
function collectRouters(file, facts, aliases, imported) {
  for (const assignment of file.nodes("assignment")) {
    const right = assignment.field("right");
    if (right?.kind() !== "call" || !/^(?:fastapi\.)?(?:APIRouter|FastAPI)$/.test(compact(right.field("function")?.text() ?? ""))) continue;
    const name = assignment.field("left")?.text();
    const args = argumentsOf(right.field("arguments"));
    const prefix = keywordString(args, "prefix");
    const { guards } = dependencyList(keyword(args, "dependencies"), aliases, imported);
    if (name && (prefix || guards.length > 0)) {
      facts.mounts.push({ framework: "fastapi", parent: name, prefix: prefix ?? "/", guards, child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/\.(?:include_router|mount|add_api_route)$/.test(callee)) continue;
    const fn = call.field("function");
    const parent = compact(fn.field("object")?.text() ?? "app");
    const args = argumentsOf(call.field("arguments"));
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    const method = fn.field("attribute").text();
    if (method === "add_api_route") {
      addApiRoute(file, facts, call, parent, args, aliases, imported);
      continue;
    }
    const childNode = method === "mount" ? positional[1] : positional[0];
    if (!childNode || childNode.kind() !== "identifier" && childNode.kind() !== "attribute") continue;
    const prefix = method === "mount" ? positional[0]?.kind() === "string" ? unquote(positional[0].text()) : null : keywordString(args, "prefix");
    facts.mounts.push({
      framework: "fastapi",
      parent,
      prefix: prefix ?? "/",
      guards: dependencyList(keyword(args, "dependencies"), aliases, imported).guards,
      child: compact(childNode.text()),
      location: file.location(call)
    });
  }
}
function addApiRoute(file, facts, call, router, args, aliases, imported) {
  const positional = args.filter((a) => a.kind() !== "keyword_argument");
  const pathNode = positional[0] ?? keyword(args, "path");
  const endpoint = positional[1] ?? keyword(args, "endpoint");
  if (pathNode?.kind() !== "string" || !endpoint) return;
  const handlerRef = compact(endpoint.text());
  const local = file.root.find({ rule: { kind: "function_definition", has: { field: "name", regex: `^${handlerRef.replace(/\W/g, "")}$` } } });
  const own = local ? parameterDependencies(local, aliases, imported) : { guards: [], types: [] };
  const deps = dependencyList(keyword(args, "dependencies"), aliases, imported);
  for (const method of stringList(keyword(args, "methods"))?.map((m) => m.toUpperCase()) ?? ["GET"]) {
    facts.routes.push({
      framework: "fastapi",
      method,
      path: unquote(pathNode.text()),
      location: file.location(call),
      guards: [...deps.guards, ...own.guards],
      handlerRef,
      router,
      ...paramsField(file.pythonData.clientParams(local, unquote(pathNode.text()))),
      ...own.types.length + deps.types.length > 0 ? { dependencyTypes: [...deps.types, ...own.types] } : {},
      calls: [],
      dataOps: []
    });
  }
}

// src/extract/python/flask.ts
var METHOD_SHORTCUTS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete"]);
var HTTP_METHODS2 = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options"]);
var VIEW_BASES = /* @__PURE__ */ new Set(["MethodView", "View", "Resource"]);
var DOC_DECORATORS = /* @__PURE__ */ new Set(["arguments", "response", "alt_response", "paginate", "doc", "expect", "marshal_with", "marshal_list_with", "param", "produces", "header", "deprecated", "etag"]);
var HOOKS2 = /* @__PURE__ */ new Set(["before_request", "before_app_request"]);
var flaskExtractor = {
  id: "flask",
  languages: ["python"],
  kinds: ["decorated_definition", "assignment", "function_definition"],
  applies: (text2) => text2.includes("flask") || text2.includes(".route(") || text2.includes("Blueprint") || text2.includes("MethodView") || text2.includes("register_blueprint"),
  extract(file, facts) {
    const importsFlask = facts.imports.some((i) => /^flask(?:_\w+)?(?:\.|$)/.test(i.source));
    if (facts.imports.some((i) => /^(?:fastapi|starlette)(?:\.|$)/.test(i.source))) return;
    const text2 = file.text;
    if (text2.includes(".route(") || importsFlask && /\.(?:get|post|put|patch|delete)\(/.test(text2)) {
      for (const decorated of file.nodes("decorated_definition")) {
        if (decorated.field("definition")?.kind() === "function_definition") functionRoutes(file, facts, decorated, importsFlask);
      }
    }
    if (/MethodView|Resource|\bView\b/.test(text2)) viewClasses(file, facts);
    if (REGISTRATIONS.test(text2)) registrations(file, facts, functionsByName(file));
  }
};
function routeDecorator2(node, importsFlask) {
  if (node.kind() !== "call") return null;
  const fn = node.field("function");
  if (fn?.kind() !== "attribute") return null;
  const name = fn.field("attribute")?.text() ?? "";
  if (name !== "route" && !(importsFlask && METHOD_SHORTCUTS.has(name))) return null;
  const args = argumentsOf(node.field("arguments"));
  const first = args[0];
  const rule = first && first.kind() !== "keyword_argument" ? first : keyword(args, "rule");
  if (rule?.kind() !== "string") return null;
  const methods = name === "route" ? stringList(keyword(args, "methods"))?.map((m) => m.toUpperCase()) ?? ["GET"] : [name.toUpperCase()];
  return { router: compact(fn.field("object")?.text() ?? ""), path: unquote(rule.text()), methods };
}
function guardDecorators(decs, importsFlask) {
  const out = [];
  for (const d of decs) {
    if (routeDecorator2(d, importsFlask)) continue;
    const callee = calleeOf(d);
    if (callee.includes(".") && (DOC_DECORATORS.has(lastName(callee)) || HOOKS2.has(lastName(callee)))) continue;
    const guard = guardOf2(d);
    if (guard) out.push(guard);
  }
  return out;
}
function functionRoutes(file, facts, decorated, importsFlask) {
  const definition = decorated.field("definition");
  if (definition.parent()?.parent()?.kind() === "class_definition" || decorated.parent()?.parent()?.kind() === "class_definition") return;
  const decs = decorators(decorated);
  for (let i = 0; i < decs.length; i++) {
    const route2 = routeDecorator2(decs[i], importsFlask);
    if (!route2) continue;
    const guards = guardDecorators(decs.slice(i + 1), importsFlask);
    for (const method of route2.methods) {
      if (method === "HEAD" || method === "OPTIONS") continue;
      facts.routes.push({
        framework: "flask",
        method,
        path: route2.path,
        location: file.location(decorated),
        guards,
        handlerRef: null,
        router: route2.router,
        ...paramsField(file.pythonData.clientParams(definition, route2.path)),
        ...file.summariseNode(definition)
      });
    }
  }
}
function viewClasses(file, facts) {
  const classes = moduleClasses(file.root);
  for (const cls of classes.values()) {
    const lineage = viewLineage(cls, classes);
    if (!lineage) continue;
    const decorated = located(cls);
    const classRoute = decorators(decorated).map((d) => routeDecorator2(d, true)).find((r) => r !== null);
    const classGuards2 = [];
    let methodDecorators = null;
    const methods = /* @__PURE__ */ new Map();
    for (const c of lineage.toReversed()) {
      const members = classMembers(c);
      for (const [name2, fn] of members.methods) if (HTTP_METHODS2.has(name2) || name2 === "dispatch_request") methods.set(name2, fn);
      const decs = members.assignments.get("decorators");
      if (decs) classGuards2.splice(0, classGuards2.length, ...listElements(decs).flatMap((d) => guardOf2(d) ?? []));
      methodDecorators = members.assignments.get("method_decorators") ?? methodDecorators;
    }
    const name = cls.field("name").text();
    const allowed = stringList(classMembers(cls).assignments.get("methods") ?? null)?.map((m) => m.toUpperCase()) ?? ["GET"];
    for (const [method, fn] of methods) {
      const verbs = method === "dispatch_request" ? allowed : [method.toUpperCase()];
      const own = guardDecorators(decorators(located(fn)), true);
      const fact = {
        framework: "flask",
        path: classRoute?.path ?? "",
        location: file.location(located(fn)),
        guards: [...guardDecorators(decorators(decorated), true), ...classGuards2, ...restfulMethodDecorators(methodDecorators, method), ...own],
        handlerRef: null,
        router: classRoute?.router ?? name,
        ...paramsField(file.pythonData.clientParams(fn, classRoute?.path ?? "")),
        ...classRoute ? {} : { needsMount: true },
        ...file.summariseNode(fn)
      };
      for (const verb of verbs) if (verb !== "HEAD" && verb !== "OPTIONS") facts.routes.push({ ...fact, method: verb });
    }
  }
}
function viewLineage(cls, classes) {
  const lineage = [];
  let current = cls;
  for (let depth = 0; current && depth < 6; depth++) {
    const here = current;
    lineage.push(here);
    const bases = classBases(here).bases.map((b) => lastName(b.text()));
    if (bases.some((b) => VIEW_BASES.has(b))) return lineage;
    current = bases.map((b) => classes.get(b)).find((c) => c !== void 0 && c !== here);
  }
  return null;
}
function restfulMethodDecorators(node, method) {
  if (!node) return [];
  if (node.kind() !== "dictionary") return listElements(node).flatMap((d) => guardOf2(d) ?? []);
  for (const pair of node.namedChildren()) {
    if (pair.kind() === "pair" && unquote(pair.field("key")?.text() ?? "").toLowerCase() === method) return listElements(pair.field("value")).flatMap((d) => guardOf2(d) ?? []);
  }
  return [];
}
var REGISTRATIONS = /Blueprint\(|Api\(|[Nn]amespace\(|register_blueprint|add_url_rule|add_resource|add_namespace|init_app|before_(?:app_)?request|limit\(/;
function functionsByName(file) {
  const functions = /* @__PURE__ */ new Map();
  for (const fn of file.nodes("function_definition")) {
    const name = fn.field("name")?.text();
    if (name && !functions.has(name)) functions.set(name, fn);
  }
  return functions;
}
function registrations(file, facts, functions) {
  const routers = /* @__PURE__ */ new Set();
  for (const assignment of file.nodes("assignment")) {
    const call = assignment.field("right");
    if (call?.kind() !== "call") continue;
    const name = assignment.field("left")?.text();
    const callee = lastName(compact(call.field("function")?.text() ?? ""));
    if (!name || !/^[A-Za-z_][\w.]*$/.test(name)) continue;
    const args = argumentsOf(call.field("arguments"));
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    if (callee === "Blueprint" || callee === "Flask") routers.add(name);
    if (callee === "Blueprint") {
      const prefix = keywordString(args, "url_prefix");
      if (prefix) facts.mounts.push({ framework: "flask", parent: name, prefix, guards: [], child: name, location: file.location(assignment) });
    } else if (callee === "Api" && positional[0] && (positional[0].kind() === "identifier" || positional[0].kind() === "attribute")) {
      facts.mounts.push({ framework: "flask", parent: compact(positional[0].text()), prefix: keywordString(args, "prefix") ?? "/", guards: [], child: name, location: file.location(assignment) });
    } else if (callee === "namespace" || callee === "Namespace") {
      const parent = callee === "namespace" ? compact(call.field("function")?.field("object")?.text() ?? "") : null;
      const nsName = positional[0]?.kind() === "string" ? unquote(positional[0].text()) : null;
      const prefix = keywordString(args, "path") ?? (nsName ? `/${nsName}` : "/");
      if (parent) facts.mounts.push({ framework: "flask", parent, prefix, guards: [], child: name, location: file.location(assignment) });
      else facts.mounts.push({ framework: "flask", parent: name, prefix, guards: [], child: name, location: file.location(assignment) });
    }
  }
  for (const { node: call, callee } of file.calls) {
    if (!/\.(?:register_blueprint|add_url_rule|add_resource|add_namespace|init_app|before_request|before_app_request)$/.test(callee)) continue;
    const fn = call.field("function");
    const parent = registeringParameter(fn.field("object"), call) ?? compact(fn.field("object")?.text() ?? "");
    if (fn.field("object")?.kind() === "identifier") routers.add(parent);
    const registered = /\.(?:register_blueprint|add_namespace)$/.test(callee) ? argumentsOf(call.field("arguments"))[0] : void 0;
    if (registered?.kind() === "identifier") routers.add(registered.text());
    const method = fn.field("attribute").text();
    const args = argumentsOf(call.field("arguments"));
    const positional = args.filter((a) => a.kind() !== "keyword_argument");
    const location = file.location(call);
    switch (method) {
      case "register_blueprint":
      case "add_namespace": {
        const child = positional[0];
        if (child && (child.kind() === "identifier" || child.kind() === "attribute")) {
          const given = keywordString(args, method === "add_namespace" ? "path" : "url_prefix");
          facts.mounts.push({ framework: "flask", parent, prefix: given ?? "/", guards: [], child: compact(child.text()), location, ...given !== null && method === "register_blueprint" ? { replacesChildPrefix: true } : {} });
        }
        break;
      }
      case "init_app": {
        const app = positional[0];
        if (app && /(?:^|_)(?:api|rest|restful)$/i.test(parent)) facts.mounts.push({ framework: "flask", parent: compact(app.text()), prefix: "/", guards: [], child: parent, location });
        break;
      }
      case "add_resource": {
        const resource = positional[0];
        const url = positional[1];
        if (resource && url?.kind() === "string") facts.mounts.push({ framework: "flask", parent, prefix: unquote(url.text()), guards: [], child: compact(resource.text()), location });
        break;
      }
      case "add_url_rule":
        urlRule(file, facts, call, parent, args, functions);
        break;
      default: {
        const hook = positional[0];
        if (hook) facts.mounts.push({ framework: "flask", parent, prefix: "/", guards: hookGuards2(file, hook, functions), child: parent, location });
      }
    }
  }
  for (const call of file.root.findAll({ rule: { kind: "call", has: { field: "function", kind: "call", has: { field: "function", kind: "attribute", has: { field: "attribute", regex: "^(?:limit|shared_limit)$" } } } } })) {
    const [blueprint, ...rest] = argumentsOf(call.field("arguments"));
    if (blueprint?.kind() !== "identifier" || rest.length > 0 || !routers.has(blueprint.text())) continue;
    const guard = guardOf2(call.field("function"));
    if (guard) facts.mounts.push({ framework: "flask", parent: blueprint.text(), prefix: "/", guards: [guard], child: blueprint.text(), location: file.location(call) });
  }
  for (const { node: call, callee } of file.calls) {
    if (!/^\w+$/.test(callee) || !functions.has(callee) && !facts.imports.some((i) => i.local === callee)) continue;
    const router = argumentsOf(call.field("arguments")).find((a) => a.kind() === "identifier" && routers.has(a.text()));
    if (router) facts.mounts.push({ framework: "flask", parent: router.text(), prefix: "", guards: [], child: callee, location: file.location(call) });
  }
  for (const decorated of file.nodes("decorated_definition")) {
    if (decorated.field("definition")?.kind() !== "function_definition") continue;
    const hook = decorators(decorated).find((d) => d.kind() === "attribute" && HOOKS2.has(d.field("attribute")?.text() ?? ""));
    if (!hook) continue;
    const parent = compact(hook.field("object")?.text() ?? "");
    const definition = decorated.field("definition");
    const name = definition.field("name")?.text() ?? "";
    const guards = [{ callee: name, line: definition.range().start.line + 1 }, ...guardDecorators(decorators(decorated), true), ...file.summariseNode(definition).calls];
    facts.mounts.push({ framework: "flask", parent, prefix: "/", guards, child: parent, location: file.location(decorated) });
  }
}
function registeringParameter(receiver, call) {
  if (receiver?.kind() !== "identifier") return null;
  let fn = call.parent();
  while (fn && fn.kind() !== "function_definition") fn = fn.parent();
  if (!fn) return null;
  const params = fn.field("parameters")?.namedChildren() ?? [];
  const named2 = params.some((p) => (p.kind() === "identifier" ? p : p.field("name") ?? p.namedChildren()[0])?.text() === receiver.text());
  return named2 ? fn.field("name")?.text() ?? null : null;
}
function hookGuards2(file, hook, functions) {
  const guard = guardOf2(hook);
  if (!guard) return [];
  const fn = functions.get(hook.text());
  if (!fn) return [guard];
  return [guard, ...guardDecorators(decorators(located(fn)), true), ...file.summariseNode(fn).calls];
}
function urlRule(file, facts, call, parent, args, functions) {
  const positional = args.filter((a) => a.kind() !== "keyword_argument");
  const rule = positional[0] ?? keyword(args, "rule");
  const view = keyword(args, "view_func") ?? positional[2];
  if (rule?.kind() !== "string" || !view) return;
  const path2 = unquote(rule.text());
  const location = file.location(call);
  if (view.kind() === "call" && view.field("function")?.field("attribute")?.text() === "as_view") {
    const cls = compact(view.field("function")?.field("object")?.text() ?? "");
    facts.mounts.push({ framework: "flask", parent, prefix: path2, guards: [], child: cls, location });
    return;
  }
  if (view.kind() !== "identifier" && view.kind() !== "attribute") return;
  const handlerRef = compact(view.text());
  const local = functions.get(handlerRef);
  const guards = local ? guardDecorators(decorators(located(local)), true) : [];
  for (const method of stringList(keyword(args, "methods"))?.map((m) => m.toUpperCase()) ?? ["GET"]) {
    facts.routes.push({ framework: "flask", method, path: path2, location, guards, handlerRef, router: parent, ...paramsField(file.pythonData.clientParams(local ?? null, path2)), calls: [], dataOps: [] });
  }
}

// src/extract/python/forms.ts
var MODEL_BOUND = /^(?:ModelForm|ModelSerializer|HyperlinkedModelSerializer)$/;
var pythonForms = {
  id: "python-forms",
  languages: ["python"],
  kinds: [],
  applies: (text2) => text2.includes("Meta") && /Form|Serializer/.test(text2),
  extract(file, facts) {
    const classes = moduleClasses(file.root);
    for (const [name, cls] of classes) {
      const model = metaModel(cls, classes, 0);
      if (model) facts.formClasses.push({ name, model, location: file.location(located(cls)) });
    }
  }
};
function metaModel(cls, classes, depth) {
  const bases = classBases(cls).bases.map((b) => lastName(compact(b.text())));
  const local = bases.map((b) => classes.get(b)).filter((c) => c !== void 0 && c.id() !== cls.id());
  if (!bases.some((b) => MODEL_BOUND.test(b)) && local.length === 0) return null;
  for (const statement of cls.field("body")?.namedChildren() ?? []) {
    if (statement.kind() !== "class_definition" || statement.field("name")?.text() !== "Meta") continue;
    const model = classMembers(statement).assignments.get("model");
    const name = model ? lastName(compact(model.text())) : "";
    if (/^[A-Z]\w*$/.test(name)) return name;
  }
  if (depth >= 4) return null;
  for (const base of local) {
    const inherited = metaModel(base, classes, depth + 1);
    if (inherited) return inherited;
  }
  return null;
}

// src/extract/python/models.ts
var DJANGO_FIELD = /^(?:\w*Field|ForeignKey|OneToOneField|ManyToManyField|GenericForeignKey|GenericRelation)$/;
var SQLALCHEMY_ATTRIBUTE = /* @__PURE__ */ new Set(["Column", "mapped_column", "relationship", "column_property", "synonym", "deferred", "composite", "association_proxy"]);
var SQLALCHEMY_BASES = /^(?:Base|DeclarativeBase|DeclarativeBaseNoMeta|Model|AsyncAttrs|MappedAsDataclass)$/;
var CORE_TABLE = /^(?:(?:sa|sqlalchemy|db)\.)?Table$/;
var CORE_COLUMN = /^(?:(?:sa|sqlalchemy|db)\.)?Column$/;
var pythonModels = {
  id: "python-models",
  languages: ["python"],
  kinds: [],
  applies: (text2) => text2.includes("models.Model") || text2.includes("Column") || text2.includes("mapped_column") || text2.includes("SQLModel") || text2.includes("db.Model") || /\bModel\)/.test(text2),
  extract(file, facts) {
    const classes = moduleClasses(file.root);
    const djangoFields = file.text.includes("models.") || file.text.includes("Field(");
    const cache = /* @__PURE__ */ new Map();
    const fieldsOf = (cls, orm) => {
      const key = `${cls.id()}:${orm}`;
      let fields = cache.get(key);
      if (!fields) cache.set(key, fields = classFields(cls, orm));
      return fields;
    };
    for (const cls of classes.values()) {
      const lineage = lineageOf(cls, classes);
      const orm = ormOf(cls, lineage, fieldsOf, djangoFields);
      if (!orm || isAbstract(cls)) continue;
      const fields = [];
      for (const c of lineage.toReversed()) for (const field of fieldsOf(c, orm)) if (!fields.includes(field)) fields.push(field);
      if (fields.length === 0 && orm !== "django") continue;
      const table = tableNameOf(cls);
      facts.models.push({ name: cls.field("name").text(), fields, orm, location: file.location(located(cls)), ...table ? { table } : {} });
    }
    if (file.text.includes("Table(")) coreTables(file.root, (model) => facts.models.push({ ...model, location: file.location(model.node) }));
  }
};
function coreTables(root, push4) {
  for (const statement of root.namedChildren()) {
    const assignment = statement.kind() === "expression_statement" ? statement.namedChildren().find((c) => c.kind() === "assignment") : null;
    const left = assignment?.field("left");
    const right = assignment?.field("right");
    if (left?.kind() !== "identifier" || right?.kind() !== "call" || !CORE_TABLE.test(compact(right.field("function")?.text() ?? ""))) continue;
    const [first, ...rest] = argumentsOf(right.field("arguments"));
    if (first?.kind() !== "string") continue;
    const fields = [];
    for (const arg of rest) {
      if (arg.kind() !== "call" || !CORE_COLUMN.test(compact(arg.field("function")?.text() ?? ""))) continue;
      const [column] = argumentsOf(arg.field("arguments"));
      if (column?.kind() === "string") fields.push(unquote(column.text()));
    }
    push4({ name: left.text(), table: unquote(first.text()), fields, orm: "sqlalchemy-core", node: statement });
  }
}
function tableNameOf(cls) {
  const literal2 = (node) => node?.kind() === "string" ? unquote(node.text()) : null;
  for (const a of statements(cls)) if (a.field("left")?.text() === "__tablename__") return literal2(a.field("right"));
  for (const s of cls.field("body")?.namedChildren() ?? []) {
    if (s.kind() === "class_definition" && s.field("name")?.text() === "Meta") {
      for (const a of statements(s)) if (a.field("left")?.text() === "db_table") return literal2(a.field("right"));
    }
  }
  return null;
}
function lineageOf(cls, classes) {
  const lineage = [];
  const queue = [cls];
  while (queue.length > 0 && lineage.length < 8) {
    const current = queue.shift();
    if (lineage.includes(current)) continue;
    lineage.push(current);
    for (const base of classBases(current).bases) {
      const local = classes.get(lastName(compact(base.text())));
      if (local) queue.push(local);
    }
  }
  return lineage;
}
function ormOf(cls, lineage, fieldsOf, djangoFields) {
  const { keywords } = classBases(cls);
  const bases = lineage.flatMap((c) => classBases(c).bases.map((b) => compact(b.text())));
  if (bases.some((b) => lastName(b) === "SQLModel")) {
    return keywords.some((k) => k.field("name")?.text() === "table" && k.field("value")?.text() === "True") ? "sqlmodel" : null;
  }
  if (bases.some((b) => b === "models.Model" || b === "django.db.models.Model")) return "django";
  if (djangoFields && lineage.some((c) => fieldsOf(c, "django").length > 0)) return "django";
  const declarative = bases.some((b) => SQLALCHEMY_BASES.test(lastName(b)) || b === "db.Model");
  if (declarative && (hasTableName(cls) || fieldsOf(cls, "sqlalchemy").length > 0)) return "sqlalchemy";
  return null;
}
function statements(cls) {
  return (cls.field("body")?.namedChildren() ?? []).flatMap((s) => s.kind() === "expression_statement" ? s.namedChildren().filter((c) => c.kind() === "assignment") : []);
}
function hasTableName(cls) {
  return statements(cls).some((a) => a.field("left")?.text() === "__tablename__");
}
function isAbstract(cls) {
  for (const s of cls.field("body")?.namedChildren() ?? []) {
    if (s.kind() === "class_definition" && s.field("name")?.text() === "Meta") {
      return statements(s).some((a) => a.field("left")?.text() === "abstract" && a.field("right")?.text() === "True");
    }
  }
  return false;
}
function classFields(cls, orm) {
  const fields = [];
  for (const assignment of statements(cls)) {
    const left = assignment.field("left");
    if (left?.kind() !== "identifier" || left.text().startsWith("_")) continue;
    const right = assignment.field("right");
    const type = assignment.field("type")?.text() ?? "";
    const callee = right?.kind() === "call" ? lastName(compact(right.field("function")?.text() ?? "")) : "";
    const isField = orm === "django" ? DJANGO_FIELD.test(callee) : orm === "sqlalchemy" ? SQLALCHEMY_ATTRIBUTE.has(callee) || type.startsWith("Mapped[") : type !== "" && !type.startsWith("ClassVar");
    if (isField) fields.push(left.text());
  }
  return fields;
}

// src/extract/js/models.ts
var TABLE_BUILDER = /^(?:pgTable|mysqlTable|sqliteTable|singlestoreTable|[\w$]+\.table)$/;
var TABLE_CREATOR = /^(?:pgTableCreator|mysqlTableCreator|sqliteTableCreator|singlestoreTableCreator)$/;
function tableNaming(fn) {
  const kind2 = fn ? kindOf(fn) : "";
  if (kind2 !== "arrow_function") return (t) => t;
  const param = firstParamName(fn);
  const body = fn.field("body");
  if (!param || body?.kind() !== "template_string") return (t) => t;
  const parts = body.text().slice(1, -1).split(`\${${param}}`);
  if (parts.length !== 2 || parts.some((p) => p.includes("${"))) return (t) => t;
  return (t) => `${parts[0]}${t}${parts[1]}`;
}
var jsModels = {
  id: "js-models",
  languages: ["typescript", "tsx", "javascript"],
  // Its own queries run only in the files the text test below selects.
  kinds: [],
  applies: (text2) => text2.includes("drizzle-orm") && /(?:Table|\.table)\s*\(/.test(text2) || text2.includes("mongoose") && /\bSchema\b/.test(text2) || text2.includes("typeorm") && /@Entity\s*\(/.test(text2) || /\bcreateTable(?:IfNotExists)?\s*\(/.test(text2) && /\bschema\b/.test(text2) || /sequelize/i.test(text2) && /\.(?:define|init)\s*\(/.test(text2),
  extract(file, facts) {
    if (/\bcreateTable(?:IfNotExists)?\s*\(/.test(file.text)) knexTables(file, facts);
    if (facts.imports.some((i) => i.source === "typeorm")) typeormEntities(file, facts);
    if (facts.imports.some((i) => i.source === "mongoose")) mongooseModels(file, facts);
    if (facts.imports.some((i) => i.source === "@nestjs/mongoose")) nestMongooseModels(file, facts);
    if (/sequelize/i.test(file.text)) sequelizeModels(file, facts);
    if (!facts.imports.some((i) => /^drizzle-orm(?:\/|$)/.test(i.source))) return;
    const declarators = file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression" } } });
    const creators = /* @__PURE__ */ new Map();
    for (const declarator of declarators) {
      const name = declarator.field("name");
      const call = declarator.field("value");
      if (name?.kind() === "identifier" && TABLE_CREATOR.test(compact(call.field("function")?.text() ?? ""))) creators.set(name.text(), tableNaming(firstArgument(call.field("arguments"))));
    }
    for (const declarator of declarators) {
      const name = declarator.field("name");
      const call = declarator.field("value");
      const builder = compact(call.field("function")?.text() ?? "");
      if (name?.kind() !== "identifier" || !(TABLE_BUILDER.test(builder) || creators.has(builder))) continue;
      const [table, columns] = argumentsOf(call.field("arguments"));
      if (table?.kind() !== "string") continue;
      const statement = declarator.parent()?.parent()?.kind() === "export_statement" ? declarator.parent().parent() : declarator.parent() ?? declarator;
      const tableName = (creators.get(builder) ?? ((t) => t))(unquote(table.text()));
      facts.models.push({ name: name.text(), fields: columnNames(columns), orm: "drizzle", location: file.location(statement), table: tableName });
    }
  }
};
var KNEX_NOT_COLUMN = /^(?:index|unique|primary|foreign|check|comment|engine|charset|collate|inherits|queryContext|drop\w*|rename\w*|setNullable|dropNullable)$/;
function knexTables(file, facts) {
  const calls = file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^createTable(?:IfNotExists)?$" } } } });
  for (const call of calls) {
    const receiver = compact(call.field("function").field("object")?.text() ?? "");
    if (!/(?:^|\.)schema(?:\.withSchema\(.*\))?$/.test(receiver)) continue;
    const [table, builder] = argumentsOf(call.field("arguments"));
    if (!table || table.kind() !== "string" && table.kind() !== "template_string" || /\$\{/.test(table.text())) continue;
    const name = unquote(table.text());
    const fields = [];
    const param = builder && (kindOf(builder) === "arrow_function" || kindOf(builder) === "function_expression") ? firstParamName(builder) : null;
    if (param) {
      for (const column of builder.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "object", regex: `^${param}$` } } } })) {
        const method = column.field("function").field("property")?.text() ?? "";
        if (method === "timestamps") fields.push("created_at", "updated_at");
        if (KNEX_NOT_COLUMN.test(method)) continue;
        const first = argumentsOf(column.field("arguments"))[0];
        if (first?.kind() === "string") fields.push(unquote(first.text()));
      }
    }
    facts.models.push({ name, fields: [...new Set(fields)], orm: "knex", location: file.location(call), table: name });
  }
}
function firstParamName(fn) {
  const params = fn.field("parameters") ?? fn.field("parameter");
  const first = params?.kind() === "identifier" ? params : params?.namedChildren()[0];
  const id = first?.kind() === "identifier" ? first : first?.field("pattern") ?? null;
  return id?.kind() === "identifier" ? id.text() : null;
}
function columnNames(node) {
  let object = node;
  if (object && (kindOf(object) === "arrow_function" || kindOf(object) === "function_expression")) object = object.field("body");
  while (object && object.kind() === "parenthesized_expression") object = object.namedChildren()[0];
  if (!object || object.kind() !== "object") return [];
  const out = [];
  for (const child of object.namedChildren()) {
    if (child.kind() !== "pair" && child.kind() !== "shorthand_property_identifier") continue;
    const key = child.kind() === "pair" ? child.field("key") : child;
    if (key) out.push(unquote(key.text()));
  }
  return out;
}
var SCHEMA_CONSTRUCTOR = /^(?:[\w$]+\.)?Schema$/;
var MODEL_CALL = /^(?:[\w$.]+\.)?model$/;
var PATH_TYPE = /^(?:Date|Number|String|Boolean|(?:[\w$]+\.)*(?:Schema\.)?Types\.[\w$]+)$/;
function mongooseModels(file, facts) {
  const schemas = /* @__PURE__ */ new Map();
  const inline = /* @__PURE__ */ new Map();
  const read = (node) => {
    const statement = enclosingStatement(node);
    const definition = firstArgument(node.field("arguments"));
    return { statement, fields: columnNames(definition ?? void 0), ttlField: definition ? ttlPath(definition) : null };
  };
  for (const created of file.root.findAll({ rule: { kind: "new_expression" } })) {
    if (!SCHEMA_CONSTRUCTOR.test(compact(created.field("constructor")?.text() ?? ""))) continue;
    const declarator = created.parent();
    if (declarator?.kind() === "variable_declarator" && declarator.field("name")?.kind() === "identifier") schemas.set(declarator.field("name").text(), read(created));
    else inline.set(created.range().start.index, read(created));
  }
  if (schemas.size === 0 && inline.size === 0) return;
  const calls = file.root.findAll({ rule: { kind: "call_expression" } });
  for (const call of calls) {
    const callee = call.field("function");
    if (callee?.kind() !== "member_expression" || callee.field("property")?.text() !== "index") continue;
    const receiver = callee.field("object");
    const schema = receiver?.kind() === "identifier" ? schemas.get(receiver.text()) : void 0;
    if (!schema || schema.ttlField) continue;
    const [keys2, options] = argumentsOf(call.field("arguments"));
    if (options && keys2?.kind() === "object" && propertyNames(options).some((k) => k === "expireAfterSeconds" || k === "expires")) schema.ttlField = columnNames(keys2)[0] ?? null;
  }
  const registered = /* @__PURE__ */ new Set();
  for (const call of calls) {
    if (!MODEL_CALL.test(compact(call.field("function")?.text() ?? ""))) continue;
    const [name, schemaArg, collection] = argumentsOf(call.field("arguments"));
    if (name?.kind() !== "string" || !schemaArg) continue;
    const schema = schemaArg.kind() === "identifier" ? schemas.get(schemaArg.text()) : inline.get(schemaArg.range().start.index);
    if (!schema) continue;
    if (schemaArg.kind() === "identifier") registered.add(schemaArg.text());
    const modelName2 = unquote(name.text());
    const variable = boundVariable(call);
    facts.models.push({
      name: modelName2,
      fields: schema.fields,
      orm: "mongoose",
      location: file.location(schema.statement),
      ...collection?.kind() === "string" ? { table: unquote(collection.text()) } : {},
      ...variable && variable !== modelName2 ? { aliases: [variable] } : {},
      ...schema.ttlField ? { ttlField: schema.ttlField } : {}
    });
  }
  for (const [variable, schema] of schemas) {
    const named2 = /^([A-Za-z][\w$]*?)_?Schema$/i.exec(variable)?.[1];
    if (registered.has(variable) || !named2 || schema.fields.length === 0 || !isExported(file.text, variable, schema.statement)) continue;
    facts.models.push({ name: named2[0].toUpperCase() + named2.slice(1), fields: schema.fields, orm: "mongoose", location: file.location(schema.statement), ...schema.ttlField ? { ttlField: schema.ttlField } : {} });
  }
}
function isExported(text2, variable, statement) {
  if (statement.kind() === "export_statement") return true;
  const name = variable.replace(/\$/g, "\\$");
  return new RegExp(`\\bexport\\s*\\{[^}]*\\b${name}\\b|\\bexport\\s+default\\s+${name}\\b|\\bmodule\\.exports\\b[^;]*\\b${name}\\b`).test(text2);
}
function enclosingStatement(node) {
  let at = node;
  for (let parent = at.parent(); parent && parent.kind() !== "program" && parent.kind() !== "statement_block"; parent = parent.parent()) at = parent;
  return at;
}
function boundVariable(call) {
  for (let parent = call.parent(); parent; parent = parent.parent()) {
    const kind2 = parent.kind();
    if (kind2 === "variable_declarator") return parent.field("name")?.kind() === "identifier" ? parent.field("name").text() : null;
    if (kind2 !== "binary_expression" && kind2 !== "parenthesized_expression" && kind2 !== "as_expression" && kind2 !== "satisfies_expression" && kind2 !== "non_null_expression") return null;
  }
  return null;
}
function propertyNames(node) {
  return node.kind() === "object" ? columnNames(node) : [];
}
function ttlPath(definition) {
  if (definition.kind() !== "object") return null;
  for (const pair of definition.namedChildren()) {
    if (pair.kind() !== "pair") continue;
    const options = pair.field("value");
    if (options?.kind() === "object" && hasTtl(options, propertyNames(options).includes("type"))) return unquote(pair.field("key").text());
  }
  return null;
}
function hasTtl(options, isOptions) {
  const entries = new Map(options.namedChildren().filter((p) => p.kind() === "pair").map((p) => [unquote(p.field("key")?.text() ?? ""), p.field("value")]));
  const expires = entries.get("expires");
  const index = entries.get("index");
  if (isOptions && expires && expires.kind() !== "object" && !PATH_TYPE.test(compact(expires.text()))) return true;
  return index?.kind() === "object" && propertyNames(index).some((k) => k === "expires" || k === "expireAfterSeconds");
}
var TYPEORM_COLUMN = /^@(?:Column|PrimaryColumn|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn|ObjectIdColumn)\s*\(/;
function typeormEntities(file, facts) {
  for (const declaration of file.root.findAll({ rule: { kind: "class_declaration" } })) {
    const holder = declaration.parent()?.kind() === "export_statement" ? declaration.parent() : declaration;
    const decorators2 = [...holder.children(), ...declaration.children()].filter((c) => c.kind() === "decorator");
    const entity = decorators2.find((d) => /^@Entity\s*\(/.test(d.text()));
    const name = declaration.field("name")?.text();
    if (!entity || !name) continue;
    const fields = [];
    for (const member of declaration.field("body")?.children() ?? []) {
      if (member.kind() !== "public_field_definition") continue;
      const field = member.field("name")?.text();
      if (field && member.children().some((c) => c.kind() === "decorator" && TYPEORM_COLUMN.test(c.text()))) fields.push(field);
    }
    const argument = firstArgument(entity.namedChildren()[0]?.field("arguments") ?? null);
    let table;
    if (argument?.kind() === "string") table = unquote(argument.text());
    else if (argument?.kind() === "object") {
      const pair = argument.children().find((c) => c.kind() === "pair" && c.field("key")?.text() === "name");
      if (pair?.field("value")?.kind() === "string") table = unquote(pair.field("value").text());
    }
    facts.models.push({ name, fields, orm: "typeorm", location: file.location(holder), ...table ? { table } : {} });
  }
}
var SEQUELIZE_INSTANCE = /^(?:this\.)?(?:[\w$]*sequelize[\w$]*|db|database|orm)$/i;
function sequelizeModels(file, facts) {
  const importsSequelize = facts.imports.some((i) => /^(?:sequelize|sequelize-typescript)$/.test(i.source));
  const classes = new Set(
    file.root.findAll({ rule: { kind: "class_declaration" } }).filter((c) => /^(?:[\w$]+\.)?Model\b/.test(c.children().find((x) => x.kind() === "class_heritage")?.text().replace(/^extends\s+/, "") ?? "")).map((c) => c.field("name")?.text() ?? "").filter(Boolean)
  );
  const calls = file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", has: { field: "property", regex: "^(?:define|init)$" } } } });
  for (const call of calls) {
    const fn = call.field("function");
    const method = fn.field("property").text();
    const receiver = compact(fn.field("object")?.text() ?? "");
    const args = argumentsOf(call.field("arguments"));
    let name;
    let attributes;
    let options;
    if (method === "define") {
      if (!SEQUELIZE_INSTANCE.test(receiver) || args[0]?.kind() !== "string") continue;
      name = unquote(args[0].text());
      [, attributes, options] = args;
    } else {
      [attributes, options] = args;
      const handsInstance = options?.kind() === "object" && columnNames(options).includes("sequelize");
      if (!classes.has(receiver) && !(importsSequelize && handsInstance && /^[A-Z][\w$]*$/.test(receiver))) continue;
      name = receiver;
    }
    if (attributes?.kind() !== "object") continue;
    let table;
    if (options?.kind() === "object") {
      const pair = options.children().find((c) => c.kind() === "pair" && unquote(c.field("key")?.text() ?? "") === "tableName");
      if (pair?.field("value")?.kind() === "string") table = unquote(pair.field("value").text());
    }
    facts.models.push({ name, fields: columnNames(attributes), orm: "sequelize", location: file.location(enclosingStatement(call)), ...table ? { table } : {} });
  }
}
function nestMongooseModels(file, facts) {
  const models = /* @__PURE__ */ new Map();
  for (const declaration of file.root.findAll({ rule: { kind: "class_declaration" } })) {
    const holder = declaration.parent()?.kind() === "export_statement" ? declaration.parent() : declaration;
    const decorators2 = [...holder.children(), ...declaration.children()].filter((c) => c.kind() === "decorator");
    if (!decorators2.some((d) => /^@Schema\s*\(/.test(d.text()))) continue;
    const name = declaration.field("name")?.text();
    if (!name) continue;
    const fields = [];
    let ttlField = null;
    for (const member of declaration.field("body")?.children() ?? []) {
      if (member.kind() !== "public_field_definition") continue;
      const prop = member.children().find((c) => c.kind() === "decorator" && /^@Prop\s*\(/.test(c.text()));
      const field = member.field("name")?.text();
      if (!prop || !field) continue;
      fields.push(field);
      const options = firstArgument(prop.namedChildren()[0]?.field("arguments") ?? null);
      if (!ttlField && options?.kind() === "object" && hasTtl(options, true)) ttlField = field;
    }
    models.set(name, { fields, ttlField, statement: holder });
  }
  if (models.size === 0) return;
  const schemaOf = /* @__PURE__ */ new Map();
  for (const declarator of file.root.findAll({ rule: { kind: "variable_declarator", has: { field: "value", kind: "call_expression", regex: "^SchemaFactory\\.createForClass" } } })) {
    const target = firstArgument(declarator.field("value").field("arguments"));
    const variable = declarator.field("name")?.text();
    if (target?.kind() === "identifier" && variable) schemaOf.set(variable, target.text());
  }
  for (const call of file.root.findAll({ rule: { kind: "call_expression", has: { field: "function", kind: "member_expression", regex: "\\.index$" } } })) {
    const receiver = call.field("function").field("object")?.text() ?? "";
    const model = models.get(schemaOf.get(receiver) ?? "");
    const [keys2, options] = argumentsOf(call.field("arguments"));
    if (model && !model.ttlField && options && keys2?.kind() === "object" && propertyNames(options).some((k) => k === "expireAfterSeconds" || k === "expires")) model.ttlField = columnNames(keys2)[0] ?? null;
  }
  for (const [name, model] of models) {
    facts.models.push({ name, fields: model.fields, orm: "mongoose", location: file.location(model.statement), ...model.ttlField ? { ttlField: model.ttlField } : {} });
  }
}

// src/extract/python/scheduler.ts
var EMPTY2 = { calls: [], dataOps: [] };
var PERIODIC_DECORATOR = /(?:^|\.)(?:periodic_task|db_periodic_task|scheduled_job|repeat_every)$/;
var REPEATING_TRIGGER = /^(?:cron|interval)$|(?:^|\.)(?:CronTrigger|IntervalTrigger)(?:\.from_crontab)?$/;
var pythonScheduler = {
  id: "python-scheduler",
  languages: ["python"],
  // Its own queries run only in files its text prefilter selects.
  kinds: [],
  applies: (text2) => /beat_schedule|BEAT_SCHEDULE|periodic|add_job|scheduled_job|repeat_every|\.every\(|\.cron\(|task\(/.test(text2),
  extract(file, facts) {
    const callables = /* @__PURE__ */ new Set([...facts.imports.map((i) => i.local), ...facts.functions.map((f) => f.name)]);
    const taskReference = (node) => taskReferenceOf(node, callables);
    const job2 = (node, scheduler, fields) => facts.scheduledJobs.push({ scheduler, name: null, schedule: null, location: file.location(node), body: EMPTY2, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields });
    beatSchedules(file, job2);
    for (const decorator of file.root.findAll({ rule: { kind: "decorator" } })) {
      const call = decorator.children().find((c) => c.kind() === "call" || c.kind() === "attribute" || c.kind() === "identifier");
      if (!call) continue;
      const callee = compact(call.kind() === "call" ? call.field("function")?.text() ?? "" : call.text());
      const definition = decorator.parent()?.field("definition");
      const name = definition?.kind() === "function_definition" ? definition.field("name")?.text() : void 0;
      if (!name) continue;
      if (PERIODIC_DECORATOR.test(callee)) {
        const args = call.kind() === "call" ? argumentsOf(call.field("arguments")) : [];
        if (callee.endsWith("scheduled_job") && args[0] && !REPEATING_TRIGGER.test(stringOrText(args[0]))) continue;
        job2(decorator.parent(), schedulerOf(callee), { schedule: args.map((a) => compact(a.text())).join(", ") || null, handlerRefs: [name] });
        continue;
      }
      if (/(?:^|\.)(?:task|shared_task|actor)$/.test(callee) && call.kind() === "call") {
        const args = argumentsOf(call.field("arguments"));
        const periodic = keyword2(args, "periodic");
        if (periodic) {
          job2(decorator.parent(), "periodiq", { schedule: compact(periodic.text()), handlerRefs: [name] });
          continue;
        }
        const taskName = stringValue3(keyword2(args, "name"));
        if (taskName) facts.jobHandlers.push({ framework: "celery", queue: null, name: taskName, handlerRef: name, location: file.location(decorator.parent()), ...EMPTY2 });
      }
    }
    for (const call of file.root.findAll({ rule: { kind: "call", has: { field: "function", kind: "call", has: { field: "function", regex: "scheduled_job$" } } } })) {
      const decorator = call.field("function");
      const args = argumentsOf(decorator.field("arguments"));
      const trigger = args[0] && args[0].kind() !== "keyword_argument" ? args[0] : keyword2(args, "trigger");
      if (!trigger || !REPEATING_TRIGGER.test(triggerName(trigger))) continue;
      const func = argumentsOf(call.field("arguments"))[0];
      const ref = func ? taskReference(func) : null;
      if (ref) job2(call, "apscheduler", { name: stringValue3(keyword2(args, "id")) ?? stringValue3(keyword2(args, "name")), schedule: args.map((a) => compact(a.text())).join(", "), ...ref });
    }
    for (const call of file.root.findAll({ rule: { kind: "call", has: { field: "function", kind: "attribute", has: { field: "attribute", regex: "^(add_periodic_task|add_job|do|cron|schedule)$" } } } })) {
      const fn = call.field("function");
      const method = fn.field("attribute").text();
      const receiver = compact(fn.field("object")?.text() ?? "");
      const args = argumentsOf(call.field("arguments"));
      if (method === "add_periodic_task") {
        const signature = args[1] ?? keyword2(args, "sig");
        const ref = signature ? taskReference(signature) : null;
        if (ref) job2(call, "celery", { name: stringValue3(keyword2(args, "name")), schedule: args[0] ? compact(args[0].text()) : null, ...ref });
      } else if (method === "add_job") {
        const trigger = args[1] && args[1].kind() !== "keyword_argument" ? args[1] : keyword2(args, "trigger");
        if (!trigger || !REPEATING_TRIGGER.test(triggerName(trigger))) continue;
        const func = args[0] && args[0].kind() !== "keyword_argument" ? args[0] : keyword2(args, "func");
        const ref = func ? taskReference(func) : null;
        if (ref) job2(call, "apscheduler", { name: stringValue3(keyword2(args, "id")) ?? stringValue3(keyword2(args, "name")), schedule: compact(trigger.text()), ...ref });
      } else if (method === "do" && /\.every\(/.test(receiver)) {
        const ref = args[0] ? taskReference(args[0]) : null;
        if (ref) job2(call, "schedule", { schedule: receiver, ...ref });
      } else if ((method === "cron" || method === "schedule") && /scheduler$/i.test(receiver)) {
        if (method === "schedule" && !keyword2(args, "interval")) continue;
        const func = keyword2(args, "func") ?? (method === "cron" ? args[1] : null);
        const ref = func ? taskReference(func) : null;
        if (ref) job2(call, "rq-scheduler", { schedule: method === "cron" && args[0] ? stringOrText(args[0]) : null, ...ref });
      }
    }
  }
};
function beatSchedules(file, job2) {
  if (!/beat_schedule|BEAT_SCHEDULE/.test(file.text)) return;
  for (const dict of file.root.findAll({ rule: { kind: "dictionary", has: { kind: "pair", has: { field: "key", regex: `^['"]task['"]$` } } } })) {
    if (!insideBeatSchedule(dict)) continue;
    const task = stringValue3(pairValue(dict, "task"));
    if (!task) continue;
    const entry2 = dict.parent()?.kind() === "pair" ? stringValue3(dict.parent().field("key")) : null;
    const schedule = pairValue(dict, "schedule");
    job2(dict.parent()?.kind() === "pair" ? dict.parent() : dict, "celery", { name: entry2, schedule: schedule ? compact(schedule.text()) : null, task });
  }
}
function insideBeatSchedule(node) {
  for (let p = node.parent(); p; p = p.parent()) {
    const kind2 = p.kind();
    if (kind2 === "assignment") return /beat_schedule$|BEAT_SCHEDULE$/.test(compact(p.field("left")?.text() ?? ""));
    if (kind2 === "keyword_argument") return /^beat_schedule$/.test(p.field("name")?.text() ?? "");
    if (kind2 === "function_definition" || kind2 === "class_definition") return false;
  }
  return false;
}
function pairValue(dict, key) {
  for (const pair of dict.children()) {
    if (pair.kind() === "pair" && stringValue3(pair.field("key")) === key) return pair.field("value");
  }
  return null;
}
function taskReferenceOf(node, callables) {
  const taskReference = (inner) => taskReferenceOf(inner, callables);
  const kind2 = node.kind();
  if (kind2 === "keyword_argument") return null;
  if (kind2 === "identifier" || kind2 === "attribute") return { handlerRefs: [compact(node.text())] };
  if (kind2 === "string") return { task: unquote(node.text()).replace(":", ".") };
  if (kind2 === "call") {
    const callee = compact(node.field("function")?.text() ?? "");
    const first = argumentsOf(node.field("arguments"))[0];
    if (/\.(?:s|si|signature)$/.test(callee)) return { handlerRefs: [callee.replace(/\.(?:s|si|signature)$/, "")] };
    if (/(?:^|\.)signature$/.test(callee) && first) return taskReference(first);
    if (/(?:^|\.)partial$/.test(callee) && first) return taskReference(first);
    const passed = argumentsOf(node.field("arguments")).filter((a) => (a.kind() === "identifier" || a.kind() === "attribute") && callables.has(compact(a.text()).split(".")[0])).map((a) => compact(a.text()));
    if (passed.length > 0) return { handlerRefs: [...new Set(passed)] };
  }
  return null;
}
function triggerName(node) {
  if (node.kind() === "string") return unquote(node.text());
  if (node.kind() === "call") return compact(node.field("function")?.text() ?? "");
  return compact(node.text());
}
function schedulerOf(decorator) {
  if (decorator.endsWith("scheduled_job")) return "apscheduler";
  if (decorator.endsWith("repeat_every")) return "fastapi-utils";
  if (/huey/.test(decorator) || decorator.endsWith("db_periodic_task")) return "huey";
  return "celery";
}
function keyword2(args, name) {
  for (const arg of args) if (arg.kind() === "keyword_argument" && arg.field("name")?.text() === name) return arg.field("value");
  return null;
}
function stringValue3(node) {
  return node && node.kind() === "string" ? unquote(node.text()) : null;
}
function stringOrText(node) {
  return node.kind() === "string" ? unquote(node.text()) : compact(node.text());
}

// src/extract/python/signals.ts
var AUTH_SIGNALS = { login: "user_logged_in", logout: "user_logged_out" };
var pythonSignals = {
  id: "python-signals",
  languages: ["python"],
  kinds: [],
  applies: (text2) => text2.includes("receiver") || text2.includes(".connect(") || text2.includes("django.contrib") || MODEL_WRITE_HINT.test(text2),
  extract(file, facts) {
    if (/receiver|\.connect\(/.test(file.text)) {
      for (const fn of file.root.findAll({ rule: { kind: "function_definition" } })) {
        const signals = decorators(decoratedOf(fn)).flatMap((d) => d.kind() === "call" && lastName(compact(d.field("function")?.text() ?? "")) === "receiver" ? signalNames(argumentsOf(d.field("arguments"))[0] ?? null, senderOf(d)) : []);
        if (signals.length > 0) mark(facts, fn.field("name")?.text() ?? "", file.location(decoratedOf(fn) ?? fn).startLine, signals);
      }
      for (const { node: call, callee } of file.calls) {
        if (!callee.endsWith(".connect")) continue;
        const handler2 = argumentsOf(call.field("arguments"))[0];
        if (handler2?.kind() === "identifier") mark(facts, handler2.text(), null, modelSignal(lastName(callee.slice(0, -".connect".length)), senderOf(call)));
      }
    }
    for (const summary of [...facts.functions, ...facts.routes, facts.moduleBody]) {
      for (const op of summary.dataOps) {
        if (!op.model || !op.via.startsWith("django")) continue;
        const method = lastName(op.callee);
        const signals = SAVE_METHODS.test(method) ? SAVE_SIGNALS : DELETE_METHODS.test(method) ? DELETE_SIGNALS : [];
        for (const signal of signals) {
          const callee = `${lastName(op.model)}__${signal}.send`;
          if (!summary.calls.some((c) => c.callee === callee && c.line === op.location.startLine)) summary.calls.push({ callee, line: op.location.startLine });
        }
      }
    }
    const auth = /* @__PURE__ */ new Map();
    for (const i of facts.imports) {
      if (i.source === "django.contrib.auth" && AUTH_SIGNALS[i.imported]) auth.set(i.local, AUTH_SIGNALS[i.imported]);
      if (i.source === "django.contrib" && i.imported === "auth") for (const [name, signal] of Object.entries(AUTH_SIGNALS)) auth.set(`${i.local}.${name}`, signal);
    }
    if (auth.size === 0) return;
    for (const summary of [...facts.functions, ...facts.routes, facts.moduleBody]) {
      for (const call of summary.calls.slice()) {
        const signal = auth.get(call.callee);
        if (signal && !summary.calls.some((c) => c.callee === `${signal}.send` && c.line === call.line)) summary.calls.push({ callee: `${signal}.send`, line: call.line });
      }
    }
  }
};
var MODEL_WRITE_HINT = /\.(?:a?save|a?create|a?delete|get_or_create|update_or_create)\(/;
var SAVE_METHODS = /^(?:a?save|a?create|create_user|create_superuser|a?get_or_create|a?update_or_create)$/;
var DELETE_METHODS = /^a?delete$/;
var SAVE_SIGNALS = ["pre_save", "post_save"];
var DELETE_SIGNALS = ["pre_delete", "post_delete"];
var MODEL_SIGNALS = /* @__PURE__ */ new Set([...SAVE_SIGNALS, ...DELETE_SIGNALS]);
function signalNames(node, sender) {
  return listElements(node).flatMap((n) => n.kind() === "identifier" || n.kind() === "attribute" ? modelSignal(lastName(compact(n.text())), sender) : []);
}
function modelSignal(signal, sender) {
  if (!MODEL_SIGNALS.has(signal)) return [signal];
  return sender ? [`${sender}__${signal}`] : [signal];
}
function senderOf(call) {
  const args = call.kind() === "call" ? call.field("arguments")?.namedChildren() ?? [] : [];
  const sender = args.find((a) => a.kind() === "keyword_argument" && a.field("name")?.text() === "sender")?.field("value");
  if (!sender) return null;
  const text2 = sender.kind() === "string" ? sender.text().replace(/^['"]|['"]$/g, "") : compact(sender.text());
  return /^[\w.]+$/.test(text2) ? lastName(text2) : null;
}
function mark(facts, name, line, signals) {
  const fn = facts.functions.find((f) => f.name === name && f.qualifiedName === name && (line === null || f.location.startLine === line));
  if (!fn) return;
  fn.receives = [.../* @__PURE__ */ new Set([...fn.receives ?? [], ...signals])];
}

// src/extract/python/monitoring.ts
var SDKS2 = {
  "sentry_sdk.init": { sdk: "sentry", keyOption: "dsn", position: 0, fallbackEnv: ["SENTRY_DSN"] },
  "bugsnag.configure": { sdk: "bugsnag", keyOption: "api_key", position: null, fallbackEnv: ["BUGSNAG_API_KEY"] },
  "rollbar.init": { sdk: "rollbar", keyOption: "access_token", position: 0, fallbackEnv: [] },
  "honeybadger.configure": { sdk: "honeybadger", keyOption: "api_key", position: null, fallbackEnv: ["HONEYBADGER_API_KEY"] },
  "ddtrace.patch_all": { sdk: "datadog", keyOption: null, position: null, fallbackEnv: [] },
  patch_all: { sdk: "datadog", keyOption: null, position: null, fallbackEnv: [] },
  "newrelic.agent.initialize": { sdk: "newrelic", keyOption: null, position: null, fallbackEnv: [] }
};
var ENV_CALL = /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|env\.\w+|config)$/;
var HTTP_CALL2 = /^(?:requests|httpx|session|client|self\.client|self\.session|http|aiohttp)\.(?:post|request)$|^(?:urllib\.request\.)?urlopen$|^(?:WebhookClient|AsyncWebhookClient|EventsAPISession|connectorcard|pymsteams\.connectorcard)$|\.(?:chat_postMessage|post)$/;
var pythonMonitoring = {
  id: "python-monitoring",
  languages: ["python"],
  applies: (text2) => /except|exception_handler|errorhandler|on_failure|task_failure|sentry_sdk|bugsnag|rollbar|honeybadger|ddtrace|newrelic|slack|discord|teams|pagerduty|opsgenie|webhook|err|fail|\.ok\b|status/i.test(text2),
  // From the file's one query; calls come from the call index.
  kinds: ["if_statement", "except_clause", "decorated_definition", "function_definition"],
  extract(file, facts) {
    errorTrackers2(file, facts);
    alertSinks2(file, facts);
    errorPaths2(file, facts);
  }
};
function errorTrackers2(file, facts) {
  if (!/sentry_sdk|bugsnag|rollbar|honeybadger|ddtrace|newrelic|patch_all/.test(file.text)) return;
  for (const { node, callee } of file.calls) {
    const sdk = Object.hasOwn(SDKS2, callee) ? SDKS2[callee] : void 0;
    if (!sdk) continue;
    const args = argumentsOf(node.field("arguments"));
    let key = { kind: "absent" };
    let disabled = false;
    for (const arg of args) {
      if (arg.kind() === "keyword_argument") {
        const name = arg.field("name")?.text();
        if (name === sdk.keyOption) key = valueKey2(arg.field("value"));
        if (name === "enabled" && arg.field("value")?.text() === "False") disabled = true;
      }
    }
    const positional = args.filter((a) => a.kind() !== "keyword_argument" && a.kind() !== "dictionary_splat" && a.kind() !== "list_splat");
    if (key.kind === "absent" && sdk.position !== null && positional[sdk.position]) key = valueKey2(positional[sdk.position]);
    if (key.kind === "absent" && args.some((a) => a.kind() === "dictionary_splat")) key = { kind: "expression", text: "**" };
    const fallbackEnv = key.kind === "absent" || sdk.sdk === "sentry" || sdk.sdk === "bugsnag" || sdk.sdk === "honeybadger" ? sdk.fallbackEnv : [];
    facts.errorTrackers.push({ sdk: sdk.sdk, callee, keyOption: sdk.keyOption, key, fallbackEnv, disabled, location: file.location(node) });
  }
}
function valueKey2(node) {
  if (!node) return { kind: "absent" };
  const env = envName2(node);
  if (env) return { kind: "env", name: env };
  if (node.kind() === "string") return { kind: "literal", empty: unquote(node.text()).trim() === "" };
  if (node.kind() === "none") return { kind: "literal", empty: true };
  if (node.kind() === "boolean_operator") {
    const left = node.field("left");
    const inner = left ? valueKey2(left) : null;
    if (inner?.kind === "env") return inner;
  }
  return { kind: "expression", text: compact(node.text()).slice(0, 200) };
}
function envName2(node) {
  if (node.kind() === "call" && ENV_CALL.test(compact(node.field("function")?.text() ?? ""))) {
    const first = argumentsOf(node.field("arguments"))[0];
    return first?.kind() === "string" ? unquote(first.text()) : null;
  }
  if (node.kind() === "subscript" && /^(?:os\.)?environ$/.test(node.field("value")?.text() ?? "")) {
    const key = node.field("subscript");
    return key?.kind() === "string" ? unquote(key.text()) : null;
  }
  return null;
}
function enclosingFunction(node) {
  for (let p = node.parent(); p; p = p.parent()) if (p.kind() === "function_definition") return p;
  return null;
}
function qualifiedName(fn) {
  const name = fn.field("name")?.text() ?? "";
  const owner = fn.parent()?.kind() === "block" ? fn.parent()?.parent() : fn.parent()?.parent()?.parent();
  const cls = owner?.kind() === "class_definition" ? owner.field("name")?.text() : void 0;
  return cls ? `${cls}.${name}` : name;
}
function alertSinks2(file, facts) {
  if (!/slack|discord|teams|pagerduty|opsgenie|webhook|alert/i.test(file.text)) return;
  const moduleEnv = facts.envReads.filter((r) => r.key && !facts.functions.some((f) => f.location.startLine <= r.location.startLine && r.location.endLine <= f.location.endLine));
  for (const { node, callee: via } of file.calls) {
    if (!HTTP_CALL2.test(via)) continue;
    const fn = enclosingFunction(node);
    const scope = fn ?? node;
    const scopeText = scope.text();
    const start = scope.range().start.line + 1;
    const end = scope.range().end.line + 1;
    const env = facts.envReads.filter((r) => r.location.startLine >= start && r.location.endLine <= end).map((r) => r.name);
    for (const r of moduleEnv) if (new RegExp(`\\b${r.key}\\b`).test(scopeText)) env.push(r.name);
    for (const m of scopeText.matchAll(/\bsettings\.([A-Z][A-Z0-9_]+)\b/g)) env.push(m[1]);
    const channel = env.map(alertChannel).find(Boolean) ?? channelOfHost(scopeText);
    if (!channel) continue;
    facts.alertSinks.push({ channel, via, function: fn ? qualifiedName(fn) : null, destinationEnv: [...new Set(env.filter((e) => alertChannel(e)))], location: file.location(node) });
  }
}
function errorPaths2(file, facts) {
  for (const node of file.nodes("if_statement")) {
    const body = node.field("consequence");
    if (body && FAILURE_CONDITION.test(node.field("condition")?.text() ?? "")) facts.errorPaths.push({ kind: "failure-branch", startLine: body.range().start.line + 1, endLine: body.range().end.line + 1 });
  }
  const failureHandlers = file.nodes("function_definition").filter((fn) => /^(?:on_failure|handle_exception|handle_error)$/.test(fn.field("name")?.text() ?? ""));
  for (const node of [...file.nodes("except_clause"), ...file.nodes("decorated_definition"), ...failureHandlers]) {
    const range = node.range();
    const lines2 = { startLine: range.start.line + 1, endLine: range.end.line + 1 };
    if (node.kind() === "except_clause") facts.errorPaths.push({ kind: "catch", ...lines2 });
    else if (node.kind() === "function_definition") facts.errorPaths.push({ kind: "failure-event", ...lines2 });
    else {
      const decorators2 = node.children().filter((c) => c.kind() === "decorator").map((d) => compact(d.text()));
      if (decorators2.some((d) => /\.(?:exception_handler|errorhandler)\(|^@(?:\w+\.)?register_error_handler/.test(d))) facts.errorPaths.push({ kind: "exception-handler", ...lines2 });
      else if (decorators2.some((d) => /task_failure\.connect|\.on_failure/.test(d))) facts.errorPaths.push({ kind: "failure-event", ...lines2 });
    }
  }
}

// src/extract/python/rate-limit.ts
var LIMITER_PACKAGES2 = /^(?:slowapi|slowapi\..+|flask_limiter|flask_limiter\..+|fastapi_limiter|fastapi_limiter\..+|limits|django_ratelimit|ratelimit)$/;
var pythonRateLimit = {
  id: "python-rate-limit",
  languages: ["python"],
  applies: (text2) => /limiter|ratelimit|THROTTLE/i.test(text2),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    const fromLimiterPackage = /* @__PURE__ */ new Map();
    for (const imp of facts.imports) if (LIMITER_PACKAGES2.test(imp.source)) fromLimiterPackage.set(imp.local, imp.source.split(".")[0]);
    let defaultLimits = null;
    for (const node of file.root.findAll({ rule: { kind: "assignment", has: { field: "right", kind: "call" } } })) {
      const call = node.field("right");
      const callee = compact(call.field("function")?.text() ?? "");
      const source = fromLimiterPackage.get(callee.split(".")[0]);
      const left = node.field("left");
      if (!source || left?.kind() !== "identifier") continue;
      facts.rateLimiters.push({ name: left.text(), via: source, scope: "binding", paths: [], location: file.location(node) });
      const defaults = argumentsOf(call.field("arguments")).find((a) => a.kind() === "keyword_argument" && a.field("name")?.text() === "default_limits");
      const list = defaults?.field("value");
      if (list && list.kind() === "list" && list.children().some((c) => c.isNamed())) {
        defaultLimits = source;
        if (source === "flask_limiter") facts.rateLimiters.push({ name: null, via: source, scope: "global", paths: [], location: file.location(node) });
      }
    }
    if (defaultLimits === "slowapi") {
      const middleware3 = file.root.find({ rule: { kind: "call", all: [{ has: { field: "function", regex: "\\.add_middleware$" } }, { has: { field: "arguments", regex: "SlowAPIMiddleware" } }] } });
      if (middleware3) facts.rateLimiters.push({ name: null, via: "slowapi", scope: "global", paths: [], location: file.location(middleware3) });
    }
    if (file.text.includes("DEFAULT_THROTTLE_CLASSES")) {
      for (const pair of file.root.findAll({ rule: { kind: "pair", has: { field: "key", regex: "DEFAULT_THROTTLE_CLASSES" } } })) {
        const value3 = pair.field("value");
        if (value3 && (value3.kind() === "list" || value3.kind() === "tuple") && value3.children().some((c) => c.isNamed())) {
          facts.rateLimiters.push({ name: null, via: "djangorestframework", scope: "global", paths: [], location: file.location(pair) });
        }
      }
    }
  }
};

// src/extract/python/settings.ts
var pydanticSettings = {
  id: "pydantic-settings",
  languages: ["python"],
  applies: (text2) => text2.includes("BaseSettings"),
  // Its own query runs only in the files the text test above selects.
  kinds: [],
  extract(file, facts) {
    for (const cls of file.root.findAll({ rule: { kind: "class_definition", has: { field: "superclasses", regex: "BaseSettings" } } })) {
      const body = cls.field("body");
      if (!body) continue;
      const prefix = envPrefix(body);
      for (const statement of body.children()) {
        const assignment = statement.kind() === "expression_statement" ? statement.children()[0] : null;
        if (!assignment || assignment.kind() !== "assignment" || !assignment.field("type")) continue;
        const field = assignment.field("left")?.text() ?? "";
        if (!/^[A-Za-z_]\w*$/.test(field) || field === "model_config") continue;
        const name = aliasOf(assignment.field("right")) ?? `${prefix}${field}`.toUpperCase();
        facts.envReads.push({ name, location: file.location(assignment), key: field });
      }
    }
  }
};
function envPrefix(body) {
  const found = body.find({ rule: { kind: "keyword_argument", has: { field: "name", regex: "^env_prefix$" } } });
  const value3 = found?.field("value");
  if (value3?.kind() === "string") return unquote(value3.text());
  const legacy = body.find({ rule: { kind: "assignment", has: { field: "left", regex: "^env_prefix$" } } });
  const legacyValue = legacy?.field("right");
  return legacyValue?.kind() === "string" ? unquote(legacyValue.text()) : "";
}
function aliasOf(value3) {
  if (!value3 || value3.kind() !== "call" || !/(?:^|\.)Field$/.test(value3.field("function")?.text() ?? "")) return null;
  for (const arg of argumentsOf(value3.field("arguments"))) {
    if (arg.kind() !== "keyword_argument" || !/^(?:alias|validation_alias|env)$/.test(arg.field("name")?.text() ?? "")) continue;
    const v = arg.field("value");
    if (v?.kind() === "string") return unquote(v.text());
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
      const located2 = fn.parent()?.kind() === "decorated_definition" ? fn.parent() : fn;
      const params = parameterNames3(fn, className !== void 0);
      const returns = params ? null : returnedValue(fn);
      facts.functions.push({
        name,
        qualifiedName: className ? `${className}.${name}` : name,
        exported: !name.startsWith("_"),
        location: file.location(located2),
        ...params ? { params } : {},
        ...returns ? { returns } : {},
        ...file.summariseNode(fn)
      });
    }
    collectImports2(file, facts);
    collectFunctionAliases(file, facts);
    collectEnvReads2(file, facts);
    collectSettingReads(file, facts, PYTHON_SETTINGS);
  }
};
var PYTHON_SETTINGS = {
  prefilter: /\b(?:env|config|conf|cfg|settings|\w+_(?:settings|config))\./,
  object: /^(?:env|config|conf|cfg|settings|[a-z]\w*_(?:settings|config))$/,
  member: "attribute",
  call: "call",
  assignment: "assignment"
};
var CONVERSION = /^(?:int|str|UUID|uuid\.UUID)\(([^()]*(?:\(\))?[^()]*)\)$/;
function returnedValue(fn) {
  const statements2 = fn.field("body")?.namedChildren().filter((c) => c.kind() !== "comment") ?? [];
  const body = statements2[0]?.kind() === "expression_statement" && statements2[0].namedChildren()[0]?.kind() === "string" ? statements2.slice(1) : statements2;
  if (body.length !== 1 || body[0].kind() !== "return_statement") return null;
  let value3 = body[0].namedChildren()[0]?.text().replace(/\s+/g, "") ?? "";
  for (let m = CONVERSION.exec(value3); m; m = CONVERSION.exec(value3)) value3 = m[1];
  return /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\(\))?(?:\.[A-Za-z_]\w*)*$/.test(value3) ? value3 : null;
}
function parameterNames3(fn, method) {
  const out = [];
  for (const p of fn.field("parameters")?.namedChildren() ?? []) {
    const kind2 = p.kind();
    if (kind2 === "comment" || kind2 === "keyword_separator" || kind2 === "positional_separator") continue;
    const name = kind2 === "identifier" ? p : kind2 === "typed_parameter" ? p.namedChildren()[0] : kind2 === "default_parameter" || kind2 === "typed_default_parameter" ? p.field("name") : null;
    out.push(name?.kind() === "identifier" ? name.text() : "");
  }
  if (method && (out[0] === "self" || out[0] === "cls")) out.shift();
  return out.some((n) => n !== "") ? out : null;
}
function collectFunctionAliases(file, facts) {
  if (!/^[a-z_]\w*\s*=\s*[a-z_]\w*\s*$/m.test(file.text)) return;
  const known = /* @__PURE__ */ new Set([...facts.functions.filter((f) => f.name === f.qualifiedName).map((f) => f.name), ...facts.imports.filter((i) => i.imported !== "*").map((i) => i.local)]);
  for (const statement of file.root.namedChildren()) {
    if (statement.kind() !== "expression_statement") continue;
    const assignment = statement.namedChildren()[0];
    if (assignment?.kind() !== "assignment" || assignment.field("type")) continue;
    const left = assignment.field("left");
    const right = assignment.field("right");
    if (left?.kind() !== "identifier" || right?.kind() !== "identifier" || !/^[a-z_]\w*$/.test(left.text()) || !known.has(right.text())) continue;
    const name = left.text();
    facts.functions.push({ name, qualifiedName: name, exported: !name.startsWith("_"), location: file.location(assignment), calls: [{ callee: right.text(), line: right.range().start.line + 1 }], dataOps: [] });
  }
}
function collectImports2(file, facts) {
  for (const stmt of file.nodes("import_from_statement")) {
    const module = stmt.field("module_name");
    const source = module?.text() ?? "";
    const moduleId = module?.id();
    for (const name of stmt.namedChildren()) {
      if (name.id() === moduleId) continue;
      if (name.kind() === "dotted_name") facts.imports.push({ local: name.text(), imported: name.text(), source });
      if (name.kind() === "aliased_import") {
        const imported = name.field("name")?.text() ?? "";
        facts.imports.push({ local: name.field("alias")?.text() ?? imported, imported, source });
      }
    }
  }
  for (const stmt of file.nodes("import_statement")) {
    for (const name of stmt.namedChildren()) {
      if (name.kind() === "dotted_name") facts.imports.push({ local: name.text(), imported: "*", source: name.text() });
      if (name.kind() === "aliased_import") {
        const source = name.field("name")?.text() ?? "";
        facts.imports.push({ local: name.field("alias")?.text() ?? source, imported: "*", source });
      }
    }
  }
}
var ENV_CALLS = /^(?:os\.environ\.get|os\.getenv|environ\.get|getenv|env|env\.\w+|environ\.Env\.\w+|config)$/;
function collectEnvReads2(file, facts) {
  if (!/environ|getenv|env[.(]|config\(/.test(file.text)) return;
  const push4 = (name, node) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return;
    const key = boundName3(node);
    facts.envReads.push(key ? { name, location: file.location(node), key } : { name, location: file.location(node) });
  };
  for (const call of file.calls) {
    if (call.firstString && ENV_CALLS.test(call.callee) && /^[A-Z_][A-Z0-9_]*$/.test(call.firstString)) push4(call.firstString, call.node);
  }
  if (!file.text.includes("environ[")) return;
  for (const node of file.root.findAll({ rule: { kind: "subscript", has: { field: "value", regex: "^(os\\.)?environ$" } } })) {
    const key = node.field("subscript");
    if (key?.kind() === "string") push4(unquote(key.text()), node);
  }
}
function boundName3(node) {
  let parent = node.parent();
  for (let i = 0; i < 3 && parent && /^(?:boolean_operator|parenthesized_expression|argument_list|call)$/.test(String(parent.kind())); i++) parent = parent.parent();
  if (parent?.kind() === "assignment" && parent.field("left")?.kind() === "identifier") return parent.field("left").text();
  if (parent?.kind() === "keyword_argument") return parent.field("name")?.text() ?? null;
  if (parent?.kind() === "pair") return unquote(parent.field("key")?.text() ?? "") || null;
  return null;
}

// src/extract/record-writes.ts
var UPDATE_CALLEE = /\.(?:update|updateMany|upsert|findByIdAndUpdate|findOneAndUpdate|updateOne|values|set)$/;
var NOT_A_RECORD = /^(?:this|self|cls|module|exports|window|document|globalThis|global|process|os|sys|app|config|settings|state|ctx|context|req|res|request|response|options|opts|props)$/;
var recordWrites = {
  id: "record-writes",
  languages: ["typescript", "tsx", "javascript", "python"],
  // Attribute assignments come from the file's one query, narrowed natively by the left side's kind.
  kinds: [
    { kind: "assignment_expression", where: { has: { field: "left", kind: "member_expression" } } },
    { kind: "assignment", where: { has: { field: "left", kind: "attribute" } } }
  ],
  extract(file, facts) {
    const python2 = file.isPython;
    const memberKind = python2 ? "attribute" : "member_expression";
    const property = python2 ? "attribute" : "property";
    for (const indexed of file.calls) {
      if (indexed.data?.via === "sql" && indexed.data.op === "update" && indexed.data.model) {
        const fields2 = sqlSetFields(indexed.firstString ?? sqlArgument(indexed.node));
        if (fields2.length > 0) facts.fieldWrites.push({ target: indexed.data.model, fields: fields2, via: "orm", location: file.location(indexed.node) });
        continue;
      }
      if (!UPDATE_CALLEE.test(indexed.callee)) continue;
      const call = indexed.node;
      const fn = call.field("function");
      if (!fn || fn.kind() !== memberKind) continue;
      const method = fn.field(property).text();
      const object = compact(fn.field("object")?.text() ?? "");
      const args = argumentsOf(call.field("arguments"));
      const entity = !python2 && method === "update" && args.length >= 3 && args[0].kind() === "identifier" && /^[A-Z]/.test(args[0].text()) ? args[0].text() : null;
      const fields = python2 ? keywordNames(args) : entity ? args[2]?.kind() === "object" ? keys(args[2]) : [] : objectFields(method, args);
      if (fields.length === 0) continue;
      facts.fieldWrites.push({ target: entity ?? targetOf(object, python2), fields, via: "orm", location: file.location(call) });
    }
    for (const assignment of file.nodes(python2 ? "assignment" : "assignment_expression")) {
      const left = assignment.field("left");
      if (left.kind() !== memberKind) continue;
      const object = left.field("object");
      const field = left.field(property)?.text();
      if (!object || !field || object.kind() !== "identifier" || NOT_A_RECORD.test(object.text())) continue;
      facts.fieldWrites.push({ target: object.text(), fields: [field], via: "assignment", location: file.location(assignment) });
    }
  }
};
function objectFields(method, args) {
  const objects = args.filter((a) => a.kind() === "object");
  for (const object of objects) {
    const data = value2(object, method === "upsert" ? "update" : "data");
    if (data?.kind() === "object") return keys(data);
  }
  if (method === "values") return [];
  if (method === "set") return args[0]?.kind() === "object" ? keys(args[0]) : [];
  const second = args[1]?.kind() === "object" && !value2(args[1], "where") ? args[1] : null;
  const update = method === "update" ? second ?? objects[0] : objects[objects.length - 1];
  if (!update || method === "update" && value2(update, "where")) return [];
  const set = value2(update, "$set");
  return keys(set?.kind() === "object" ? set : update).filter((k) => !k.startsWith("$"));
}
function value2(object, key) {
  for (const pair of object.children()) if (pair.kind() === "pair" && unquote(pair.field("key")?.text() ?? "") === key) return pair.field("value");
  return null;
}
function keys(object) {
  const out = [];
  for (const child of object.children()) {
    if (child.kind() === "pair") out.push(unquote(child.field("key")?.text() ?? ""));
    else if (child.kind() === "shorthand_property_identifier") out.push(child.text());
  }
  return out.filter(Boolean);
}
function keywordNames(args) {
  return args.filter((a) => a.kind() === "keyword_argument").map((a) => a.field("name")?.text() ?? "").filter(Boolean);
}
function targetOf(object, python2) {
  if (python2) {
    const django = /(\w+)\.objects\b/.exec(object);
    if (django) return django[1];
    const core = /(?:^|\.)update\((\w+)\)/.exec(object);
    if (core) return core[1];
    return object.split("(")[0];
  }
  const drizzle = /(?:^|\.)update\((\w+)\)$/.exec(object);
  if (drizzle) return drizzle[1];
  const repository = /(?:^|\.)getRepository\((\w+)\)$/.exec(object);
  if (repository) return repository[1];
  const parts = object.split("(")[0].split(".");
  return parts[parts.length - 1];
}
function sqlArgument(call) {
  const first = argumentsOf(call.field("arguments"))[0];
  if (!first) return null;
  if (first.kind() === "string") return unquote(first.text());
  if (first.kind() !== "call" && first.kind() !== "call_expression") return null;
  const inner = argumentsOf(first.field("arguments"))[0];
  return inner?.kind() === "string" ? unquote(inner.text()) : null;
}
function sqlSetFields(sql) {
  const m = sql ? /^\s*update\s+\S+(?:\s+(?:as\s+)?\w+)?\s+set\s+([\s\S]*?)(?:\bwhere\b|\bfrom\b|\breturning\b|$)/i.exec(sql) : null;
  if (!m) return [];
  const fields = [];
  let depth = 0;
  let start = 0;
  const clause = m[1];
  for (let i = 0; i <= clause.length; i++) {
    const ch = clause[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0 || i === clause.length) {
      const field = /^\s*(?:\w+\.)?["`]?(\w+)["`]?\s*=/.exec(clause.slice(start, i))?.[1];
      if (field) fields.push(field);
      start = i + 1;
    }
  }
  return fields;
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
  { kind: "GitLab token", pattern: /\bgl(?:pat|dt|ptt|rt)-[0-9A-Za-z_-]{20,}\b/ },
  { kind: "Shopify access token", pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/ },
  { kind: "Linear API key", pattern: /\blin_api_[A-Za-z0-9]{40}\b/ },
  { kind: "HashiCorp Vault token", pattern: /\bhvs\.[A-Za-z0-9_-]{90,}\b/ },
  { kind: "Doppler token", pattern: /\bdp\.(?:pt|st|sa|ct)\.[A-Za-z0-9]{40,}\b/ },
  { kind: "PyPI token", pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}\b/ },
  { kind: "Databricks token", pattern: /\bdapi[a-f0-9]{32}\b/ },
  { kind: "Sentry auth token", pattern: /\bsntrys_[A-Za-z0-9+/=_-]{60,}/ },
  { kind: "Telegram bot token", pattern: /\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b/ },
  { kind: "Azure storage account key", pattern: /AccountKey=[A-Za-z0-9+/]{86}==/ },
  { kind: "Postman API key", pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/ },
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
var PLACEHOLDER = /example|sample|dummy|placeholder|changeme|change_me|your[_-]|xxxx|\*\*\*\*|<[^>]*>|\$\{|\{\{|redacted|localhost|127\.0\.0\.1|password@|:password|:pass@|:secret@|:postgres@|:root@|:admin@|^(?:test|dev|development|local|secret|password|todo|tbd|none|null|false|true)$/i;
var GENERIC_PLACEHOLDER = /fake|dummy|test[_-]?(?:key|secret|token)|not[_-]?(?:a[_-]?)?(?:real|secret)/i;
function isPlaceholder(value3) {
  return PLACEHOLDER.test(value3) || GENERIC_PLACEHOLDER.test(value3) || /^(?:x+|\.+|-+|_+|0+)$/i.test(value3);
}
var SECRET_NAME = /(?:^|[_.-]|[a-z])(?:secret|secret_?key|password|passwd|pwd|api_?key|apikey|access_?key|auth_?token|access_?token|private_?key|client_?secret|signing_?key|encryption_?key)s?$/i;
function redact(value3) {
  return `${value3.slice(0, 4)}\u2026[redacted ${value3.length} chars]`;
}
function hashValue(value3) {
  return createHash("sha256").update(value3).digest("hex").slice(0, 16);
}
function shannonEntropy(value3) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value3) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value3.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
function looksRandom(value3) {
  return value3.length >= 16 && value3.length <= 512 && !/\s/.test(value3) && /[A-Za-z]/.test(value3) && /\d/.test(value3) && shannonEntropy(value3) >= 3.5;
}
var COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i;
function composeServices(text2) {
  const names = /* @__PURE__ */ new Set();
  let indent = null;
  let inServices = false;
  for (const line of text2.split("\n")) {
    if (/^\s*(?:#|$)/.test(line)) continue;
    const m = /^(\s*)([\w.-]+)\s*:/.exec(line);
    const depth = /^\s*/.exec(line)[0].length;
    if (depth === 0) {
      inServices = m?.[2] === "services";
      indent = null;
      continue;
    }
    if (!inServices || !m) continue;
    indent ??= depth;
    if (depth === indent) names.add(m[2]);
  }
  return names;
}
function isComposeDatabase(path2, url, services) {
  if (!COMPOSE_FILE.test(path2)) return false;
  const host = /@([^:/?\s'"`]+)/.exec(url)?.[1];
  return !!host && services().has(host);
}
function scanKnownFormats(path2, text2, facts) {
  const lines2 = text2.split("\n");
  let services = null;
  const composeServicesOnce = () => services ??= composeServices(text2);
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    if (line.length > 4e3) continue;
    COMBINED.lastIndex = 0;
    let m;
    while (m = COMBINED.exec(line)) {
      const index = GROUP_OF.findIndex((g) => m[g] !== void 0);
      const format = KNOWN_FORMATS[index];
      const value3 = m[0];
      const secretPart = format.kind === "database URL with password" ? m[GROUP_OF[index] + 1] ?? value3 : value3;
      if (PLACEHOLDER.test(value3) || PLACEHOLDER.test(secretPart)) continue;
      if (format.kind === "database URL with password" && isComposeDatabase(path2, value3, composeServicesOnce)) continue;
      pushSecret(facts, path2, format.kind, secretPart, i + 1, m.index + value3.indexOf(secretPart));
    }
  }
}
function pushSecret(facts, path2, kind2, value3, line, index) {
  const fact = {
    kind: kind2,
    redacted: redact(value3),
    valueHash: hashValue(value3),
    location: { path: path2, startLine: line, endLine: line, startColumn: index + 1, endColumn: index + 1 + value3.length }
  };
  if (!facts.secrets.some((s) => s.location.startLine === line && s.location.startColumn === fact.location.startColumn)) facts.secrets.push(fact);
}
var NAMED_LITERAL_HINT = /(?:secret|passw|pwd|api_?key|apikey|access_?key|token|private_?key|signing_?key|encryption_?key)\w*['"]?(?:\s*:\s*[\w.[\]| ]+?)?\s*[:=]\s*[rbuRBU]?['"`]/i;
var NAMED_FALLBACK_HINT = /(?:secret|passw|pwd|api_?key|apikey|access_?key|token|private_?key|signing_?key|encryption_?key)\w*['"]?\s*[:=][^\n;,]*?(?:\|\||\?\?)\s*['"`]/i;
var named = (kind2, valueField) => ({ kind: kind2, has: { field: valueField, kind: "string" } });
var fallback = (kind2, valueField) => ({ kind: kind2, has: { field: valueField, kind: "binary_expression", has: { field: "right", kind: "string" } } });
var JS_NAMED = { any: [named("variable_declarator", "value"), named("pair", "value"), named("assignment_expression", "right"), named("public_field_definition", "value")] };
var JS_NAMED_OR_FALLBACK = { any: [...JS_NAMED.any, fallback("variable_declarator", "value"), fallback("pair", "value"), fallback("public_field_definition", "value")] };
var PY_NAMED = { any: [named("assignment", "right"), named("keyword_argument", "value"), named("pair", "value")] };
var sourceSecrets = {
  id: "secrets",
  languages: ["typescript", "tsx", "javascript", "python"],
  // Its own query, and only in the few files the text hint selects.
  kinds: [],
  extract(file, facts) {
    scanKnownFormats(file.path, file.text, facts);
    const fallbacks = !file.isPython && NAMED_FALLBACK_HINT.test(file.text);
    if (fallbacks || NAMED_LITERAL_HINT.test(file.text)) scanNamedLiterals(file, facts, fallbacks);
    if (!file.isPython && ENV_FALLBACK_HINT.test(file.text)) scanEnvFallbacks(file, facts);
    if (file.isPython && PY_ENV_FALLBACK_HINT.test(file.text) && !isDevelopmentSettings(file.path)) scanPythonEnvFallbacks(file, facts);
  }
};
function scanNamedLiterals(file, facts, fallbacks) {
  for (const node of file.root.findAll({ rule: file.isPython ? PY_NAMED : fallbacks ? JS_NAMED_OR_FALLBACK : JS_NAMED })) {
    const nameNode = node.field("name") ?? node.field("key") ?? node.field("left");
    let valueNode = node.field("value") ?? node.field("right");
    if (!nameNode || !valueNode) continue;
    if (valueNode.kind() === "binary_expression") {
      const operator = valueNode.field("operator")?.text() ?? valueNode.children()[1]?.text();
      if (operator !== "||" && operator !== "??") continue;
      valueNode = valueNode.field("right");
    }
    const name = subscriptKey(nameNode) ?? unquote(nameNode.text()).replace(/^.*\./, "");
    if (!SECRET_NAME.test(name)) continue;
    if (file.isPython && (isDevelopmentSettings(file.path) || forDevelopment(node))) continue;
    const value3 = unquote(valueNode.text());
    if (!looksRandom(value3) || isPlaceholder(value3)) continue;
    const { start } = valueNode.range();
    pushSecret(facts, file.path, `hard-coded ${name}`, value3, start.line + 1, start.column + 1);
  }
}
function subscriptKey(node) {
  if (node.kind() !== "subscript") return null;
  const key = node.field("subscript");
  return key?.kind() === "string" ? unquote(key.text()) : null;
}
var ENV_FALLBACK_HINT = /env\.\w*(?:secret|passw|pwd|key|token)\w*\s*(?:\|\||\?\?)\s*['"`]/i;
function scanEnvFallbacks(file, facts) {
  if (!file.text.includes("env")) return;
  const rule = { kind: "binary_expression", all: [{ has: { field: "right", kind: "string" } }, { has: { field: "left", regex: "^(?:process\\.env|import\\.meta\\.env)\\." } }] };
  for (const node of file.root.findAll({ rule })) {
    const operator = node.field("operator")?.text() ?? node.children()[1]?.text();
    if (operator !== "||" && operator !== "??") continue;
    const left = node.field("left");
    const right = node.field("right");
    const m = left ? /^(?:process\.env|import\.meta\.env)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(left.text().replace(/\s+/g, "")) : null;
    if (!m || !SECRET_NAME.test(m[1])) continue;
    const value3 = unquote(right.text());
    if (value3.length < 8 || /\s/.test(value3) || isPlaceholder(value3) || shannonEntropy(value3) < 3) continue;
    const { start } = right.range();
    pushSecret(facts, file.path, `hard-coded ${m[1]} fallback`, value3, start.line + 1, start.column + 1);
  }
}
var PY_ENV_FALLBACK_HINT = /(?:environ\.get|getenv|\benv(?:\.\w+)?|\bconfig)\s*\(\s*['"][^'"]+['"]\s*,/;
var PY_ENV_READER = /^(?:os\.environ\.get|environ\.get|os\.getenv|getenv|env(?:\.(?:str|bytes))?|config)$/;
function scanPythonEnvFallbacks(file, facts) {
  for (const { node: call, callee } of file.calls) {
    if (!PY_ENV_READER.test(callee)) continue;
    const args = call.field("arguments")?.namedChildren() ?? [];
    const variable = args[0]?.kind() === "string" ? unquote(args[0].text()) : null;
    if (!variable) continue;
    const keyword3 = args.find((a) => a.kind() === "keyword_argument" && a.field("name")?.text() === "default")?.field("value");
    const fallbackNode = keyword3 ?? (/environ\.get|getenv/.test(callee) && args[1]?.kind() === "string" ? args[1] : null);
    if (!fallbackNode || fallbackNode.kind() !== "string") continue;
    const assigned = settingName(call);
    if (!SECRET_NAME.test(variable) && !(assigned && SECRET_NAME.test(assigned))) continue;
    if (forDevelopment(call)) continue;
    const value3 = unquote(fallbackNode.text());
    if (value3.length < 12 || /\s/.test(value3) || isPlaceholder(value3) || shannonEntropy(value3) < 3.5) continue;
    const { start } = fallbackNode.range();
    pushSecret(facts, file.path, `hard-coded ${variable} fallback`, value3, start.line + 1, start.column + 1);
  }
}
function settingName(call) {
  const parent = call.parent();
  if (!parent) return null;
  const name = parent.kind() === "assignment" ? parent.field("left") : parent.kind() === "keyword_argument" ? parent.field("name") : parent.kind() === "pair" ? parent.field("key") : null;
  return name ? subscriptKey(name) ?? unquote(name.text()).replace(/^.*\./, "") : null;
}
var CI_FILE = /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.gitlab-ci\.ya?ml|\.circleci\/[^/]+|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml)$/;
var CI_PLACEHOLDER = /(?:^|[_.-])(?:ci|insecure|testing|throwaway|unsafe)(?:[_.-]|$)/i;
var ENV_ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*["']?([^\s"'#]+)["']?/;
var TEXT_CONFIG = /(?:^|\/)(?:\.env[^/]*|[^/]+\.(?:ya?ml|json|toml|ini|cfg|conf|properties|tfvars|tf|sh|xml)|Dockerfile[^/]*)$/i;
var textSecrets = {
  id: "text-secrets",
  accepts: (path2) => TEXT_CONFIG.test(path2),
  extract(path2, text2, facts) {
    scanKnownFormats(path2, text2, facts);
    const lines2 = text2.split("\n");
    for (let i = 0; i < lines2.length; i++) {
      const m = ENV_ASSIGNMENT.exec(lines2[i]);
      if (!m) continue;
      const [, name, value3] = m;
      if (!SECRET_NAME.test(name) || !looksRandom(value3) || isPlaceholder(value3)) continue;
      if (CI_FILE.test(path2) && CI_PLACEHOLDER.test(value3)) continue;
      pushSecret(facts, path2, `hard-coded ${name}`, value3, i + 1, lines2[i].indexOf(value3));
    }
  }
};

// src/extract/suppressions.ts
var MARKER = /(?:\/\/|#|\/\*|<!--)\s*shipshape-ignore\b(.*)$/;
var WITH_REASON = /^\s+([a-z]+\/[a-z0-9-]+)\s*:\s*(.*?)\s*(?:\*\/|-->)?\s*$/;
function collectSuppressions(text2, facts) {
  if (!text2.includes("shipshape-ignore")) return;
  const lines2 = text2.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const m = MARKER.exec(lines2[i]);
    if (!m) continue;
    const parsed = WITH_REASON.exec(m[1]);
    if (!parsed || parsed[2].length === 0) {
      facts.problems.push({ kind: "notice", line: i + 1, message: "shipshape-ignore needs a rule id and a reason: `shipshape-ignore <rule-id>: <reason>`; this one is not applied" });
      continue;
    }
    facts.suppressions.push({ ruleId: parsed[1], reason: parsed[2], line: i + 1 });
  }
}

// src/extract/text/backups.ts
var COMMANDS = [
  { action: "backup", tool: "pg_dump", pattern: /\bpg_dump(?:all)?\b/ },
  { action: "backup", tool: "mysqldump", pattern: /\b(?:mysqldump|mariadb-dump)\b/ },
  { action: "backup", tool: "mongodump", pattern: /\bmongodump\b/ },
  { action: "backup", tool: "aws rds snapshot", pattern: /\baws\s+rds\s+create-db-(?:cluster-)?snapshot\b/ },
  { action: "backup", tool: "gcloud sql backup", pattern: /\bgcloud\s+sql\s+(?:backups\s+create|export)\b/ },
  { action: "backup", tool: "heroku pg:backups", pattern: /\bheroku\s+pg:backups:capture\b|\bpg:backups:schedule\b/ },
  { action: "backup", tool: "supabase db dump", pattern: /\bsupabase\s+db\s+dump\b/ },
  { action: "backup", tool: "litestream", pattern: /\blitestream\s+replicate\b/ },
  { action: "backup", tool: "wal-g", pattern: /\bwal-g\s+backup-push\b/ },
  { action: "backup", tool: "pgbackrest", pattern: /\bpgbackrest\b[^\n]*\bbackup\b/ },
  { action: "backup", tool: "restic", pattern: /\brestic\b[^\n]*\bbackup\b/ },
  { action: "backup", tool: "RDS automated backups", pattern: /\bbackup_retention_period\s*=\s*[1-9]/ },
  { action: "backup", tool: "AWS Backup", pattern: /\bresource\s+"aws_backup_plan"/ },
  { action: "backup", tool: "Cloud SQL backups", pattern: /\bpoint_in_time_recovery_enabled\s*=\s*true\b|\bbackup_configuration\s*\{/ },
  { action: "restore", tool: "pg_restore", pattern: /\bpg_restore\b/ },
  { action: "restore", tool: "psql < dump", pattern: /\bpsql\b[^\n]*(?:<|-f|--file[= ])\s*\S*(?:dump|backup|snapshot)\S*/i },
  { action: "restore", tool: "mysql < dump", pattern: /\b(?:mysql|mariadb)\b[^\n]*<\s*\S*(?:dump|backup|snapshot)\S*/i },
  { action: "restore", tool: "mongorestore", pattern: /\bmongorestore\b/ },
  { action: "restore", tool: "aws rds restore", pattern: /\baws\s+rds\s+restore-db-(?:instance|cluster)-(?:from|to)-/ },
  { action: "restore", tool: "gcloud sql restore", pattern: /\bgcloud\s+sql\s+(?:backups\s+restore|import)\b/ },
  { action: "restore", tool: "heroku pg:backups:restore", pattern: /\bheroku\s+pg:backups:restore\b/ },
  { action: "restore", tool: "litestream restore", pattern: /\blitestream\s+restore\b/ },
  { action: "restore", tool: "wal-g", pattern: /\bwal-g\s+backup-fetch\b/ },
  { action: "restore", tool: "pgbackrest", pattern: /\bpgbackrest\b[^\n]*\brestore\b/ },
  { action: "restore", tool: "restic", pattern: /\brestic\b[^\n]*\brestore\b/ }
];
var PROSE2 = /\.(?:md|mdx|markdown|txt|rst|html?)$/i;
var CI = /^(?:\.github\/workflows\/[^/]+|\.circleci\/config|(?:.*\/)?\.gitlab-ci)\.ya?ml$/;
var SCRIPT = /(?:\.(?:sh|bash)|(?:^|\/)(?:Makefile|justfile|Procfile|package\.json))$/i;
var INFRASTRUCTURE = /\.(?:tf|ya?ml|toml)$|(?:^|\/)Dockerfile[^/]*$/i;
var HASH_COMMENT = /^\s*#/;
var backupsExtractor = {
  id: "backups",
  accepts: (p) => PROSE2.test(p) || CI.test(p) || SCRIPT.test(p) || INFRASTRUCTURE.test(p),
  extract(p, content, facts) {
    if (!/dump|restore|backup|snapshot|litestream|wal-g|restic/i.test(content)) return;
    const source = CI.test(p) ? "ci" : PROSE2.test(p) ? "document" : SCRIPT.test(p) ? "script" : "infrastructure";
    const lines2 = content.split("\n");
    for (let i = 0; i < lines2.length; i++) {
      const line = lines2[i];
      if (source !== "document" && HASH_COMMENT.test(line)) continue;
      for (const command of COMMANDS) {
        if (!command.pattern.test(line)) continue;
        facts.backups.push({ action: command.action, tool: command.tool, source, location: { path: p, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 } });
      }
    }
  }
};

// src/extract/text/yaml-nodes.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlNodes = class _YamlNodes {
  constructor(path2, documents, lines2) {
    this.path = path2;
    this.documents = documents;
    this.lines = lines2;
  }
  path;
  documents;
  lines;
  static parse(path2, content, facts) {
    const lines2 = new import_yaml.LineCounter();
    let docs;
    try {
      docs = (0, import_yaml.parseAllDocuments)(content, { lineCounter: lines2, prettyErrors: false, uniqueKeys: false });
    } catch (error) {
      facts.problems.push({ kind: "notice", line: null, message: `could not be read as YAML: ${error.message}` });
      return null;
    }
    const good = [];
    for (const doc of Array.isArray(docs) ? docs : []) {
      const [error] = doc.errors;
      if (error) {
        facts.problems.push({ kind: "notice", line: error.linePos?.[0]?.line ?? null, message: `could not be read as YAML: ${error.message.split("\n")[0]}` });
        continue;
      }
      if (doc.contents) good.push(doc.contents);
    }
    return new _YamlNodes(path2, good, lines2);
  }
  line(node) {
    const range = node?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }
  endLine(node) {
    const range = node?.range;
    if (!range) return this.line(node);
    const end = this.lines.linePos(Math.max(range[0], range[2] - 1)).line;
    return Math.max(this.line(node), end);
  }
  location(node, endNode = node) {
    const start = this.line(node);
    return { path: this.path, startLine: start, endLine: Math.max(start, this.endLine(endNode)), startColumn: 1, endColumn: 1 };
  }
};
function pairs2(node) {
  return (0, import_yaml.isMap)(node) ? node.items : [];
}
function keyOf(pair) {
  return (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
}
function get(node, key) {
  for (const pair of pairs2(node)) if (keyOf(pair) === key) return pair.value ?? null;
  return null;
}
function items(node) {
  return (0, import_yaml.isSeq)(node) ? node.items : [];
}
function text(node) {
  if (!(0, import_yaml.isScalar)(node)) return null;
  const value3 = node.value;
  return value3 === null || value3 === void 0 ? null : String(value3);
}
function scalarValue(node) {
  return (0, import_yaml.isScalar)(node) ? node.value : void 0;
}

// src/extract/text/ci-workflows.ts
var GITHUB = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var GITLAB = /(?:^|\/)\.gitlab-ci\.ya?ml$/;
var CIRCLECI = /^\.circleci\/config\.ya?ml$/;
var GITLAB_RESERVED = /* @__PURE__ */ new Set(["stages", "variables", "default", "include", "workflow", "image", "services", "before_script", "after_script", "cache", "pages:deploy"]);
var REQUESTS_URL = /\b(?:curl|wget|http|httpie)\b[^|\n]*(?:https?:\/\/|\$\{\{\s*(?:secrets|vars|env)\.|\$[A-Z_]+)/;
var PIPED_TO_SHELL = /\|\s*(?:sudo\s+)?(?:ba|z)?sh\b/;
var HEALTH_CHECK_ACTION = /(?:url-health-check|health-check|uptime|ping)[\w-]*@/i;
var ciWorkflowsExtractor = {
  id: "ci-workflows",
  accepts: (p) => GITHUB.test(p) || GITLAB.test(p) || CIRCLECI.test(p),
  extract(p, content, facts) {
    const yaml = YamlNodes.parse(p, content, facts);
    const doc = yaml?.documents[0];
    if (!yaml || !(0, import_yaml.isMap)(doc)) return;
    const workflow2 = GITHUB.test(p) ? github(yaml, doc, facts) : GITLAB.test(p) ? gitlab(yaml, doc, facts) : circleci(yaml, doc);
    facts.ciWorkflows.push(workflow2);
    if (!workflow2.triggers.includes("schedule")) return;
    for (const job2 of workflow2.jobs) {
      for (const step of job2.steps) {
        const requests = step.run && REQUESTS_URL.test(step.run) && !PIPED_TO_SHELL.test(step.run) || step.uses && HEALTH_CHECK_ACTION.test(step.uses);
        if (!requests) continue;
        const url = /https?:\/\/[^\s"'`)]+/.exec(step.run ?? "")?.[0] ?? null;
        facts.uptimeMonitors.push({ tool: "scheduled workflow", target: url, kind: "code", location: { path: p, startLine: step.line, endLine: step.line, startColumn: 1, endColumn: 1 } });
      }
    }
  }
};
function github(yaml, doc, facts) {
  const on = get(doc, "on") ?? get(doc, "true");
  const triggers = text(on) ? [text(on)] : (0, import_yaml.isSeq)(on) ? items(on).map((i) => text(i) ?? "") : pairs2(on).map(keyOf);
  declareEnv(yaml, get(doc, "env"), facts);
  const jobs = [];
  const workflowDir = text(get(get(get(doc, "defaults"), "run"), "working-directory"));
  for (const pair of pairs2(get(doc, "jobs"))) {
    const job2 = pair.value;
    declareEnv(yaml, get(job2, "env"), facts);
    const defaultDir = text(get(get(get(job2, "defaults"), "run"), "working-directory")) ?? workflowDir;
    const steps = [];
    const reusable = text(get(job2, "uses"));
    if (reusable) steps.push({ run: null, uses: reusable, workingDirectory: null, line: yaml.line(get(job2, "uses")) });
    for (const step of items(get(job2, "steps"))) {
      declareEnv(yaml, get(step, "env"), facts);
      steps.push({ run: text(get(step, "run")), uses: text(get(step, "uses")), workingDirectory: folder(text(get(step, "working-directory")) ?? defaultDir), line: yaml.line(step) });
    }
    jobs.push({ name: keyOf(pair), line: yaml.line(pair.key), endLine: yaml.endLine(job2), triggers: null, steps });
  }
  const workflow2 = { provider: "github-actions", name: text(get(doc, "name")) ?? yaml.path, triggers: triggers.filter(Boolean), jobs, location: yaml.location(doc) };
  const jobsKey = pairs2(doc).find((pair) => keyOf(pair) === "jobs")?.key;
  if (jobsKey) workflow2.jobsLine = yaml.line(jobsKey);
  const push4 = get(on, "push");
  if ((0, import_yaml.isMap)(push4) && !get(push4, "branches-ignore")) {
    const branches = get(push4, "branches");
    if (branches) workflow2.pushBranches = text(branches) ? [text(branches)] : items(branches).map((i) => text(i) ?? "").filter(Boolean);
    else if (get(push4, "tags") || get(push4, "tags-ignore")) workflow2.pushBranches = [];
  }
  return workflow2;
}
function gitlab(yaml, doc, facts) {
  declareEnv(yaml, get(doc, "variables"), facts);
  const defaults = get(doc, "default");
  const globalBefore = scriptLines(get(doc, "before_script") ?? get(defaults, "before_script"));
  const jobs = [];
  for (const pair of pairs2(doc)) {
    const name = keyOf(pair);
    if (GITLAB_RESERVED.has(name) || name.startsWith(".") || !(0, import_yaml.isMap)(pair.value)) continue;
    const job2 = pair.value;
    if (!get(job2, "script") && !get(job2, "trigger") && !get(job2, "extends")) continue;
    declareEnv(yaml, get(job2, "variables"), facts);
    const commands = [...get(job2, "before_script") ? scriptLines(get(job2, "before_script")) : globalBefore, ...scriptLines(get(job2, "script"))];
    const steps = commands.map((c) => ({ run: c.text, uses: null, workingDirectory: null, line: c.line }));
    jobs.push({ name, line: yaml.line(pair.key), endLine: yaml.endLine(job2), triggers: gitlabTriggers(job2), steps });
  }
  return { provider: "gitlab-ci", name: yaml.path, triggers: ["push", "pull_request"], jobs, location: yaml.location(doc) };
  function scriptLines(node) {
    if (text(node)) return [{ text: text(node), line: yaml.line(node) }];
    return items(node).flatMap((i) => text(i) ? [{ text: text(i), line: yaml.line(i) }] : []);
  }
}
function gitlabTriggers(job2) {
  const only = get(job2, "only");
  const refs = text(only) ? [text(only)] : items(only).length > 0 ? items(only).map((i) => text(i) ?? "") : items(get(only, "refs")).map((i) => text(i) ?? "");
  if (refs.length > 0) {
    return [...new Set(refs.flatMap((r) => r === "schedules" ? ["schedule"] : r === "merge_requests" ? ["pull_request"] : r === "branches" ? ["push", "pull_request"] : r === "tags" ? ["tag"] : r === "web" || r === "api" ? ["manual"] : ["push"]))];
  }
  const rules = items(get(job2, "rules"));
  if (rules.length > 0 && rules.every((r) => /schedule/.test(text(get(r, "if")) ?? "") || text(get(r, "when")) === "never")) return ["schedule"];
  const events = rules.filter((r) => text(get(r, "when")) !== "never").map(gitlabRuleEvent);
  if (events.length > 0 && events.every((e) => e !== null)) return [...new Set(events)];
  if (text(get(job2, "when")) === "manual") return ["manual"];
  return null;
}
var GITLAB_REF = String.raw`(?:\$CI_COMMIT_(?:BRANCH|REF_NAME)|\$CI_DEFAULT_BRANCH|"[^"]*"|'[^']*')`;
var GITLAB_ONE_BRANCH = new RegExp(String.raw`^\s*${GITLAB_REF}\s*==\s*${GITLAB_REF}\s*$`);
function gitlabRuleEvent(rule) {
  if (text(get(rule, "when")) === "manual") return "manual";
  const condition = text(get(rule, "if"));
  if (!condition || /\|\||!=|!~|=~/.test(condition)) return null;
  if (/^\s*\$CI_PIPELINE_SOURCE\s*==\s*["']schedule["']\s*$/.test(condition)) return "schedule";
  if (/^\s*\$CI_PIPELINE_SOURCE\s*==\s*["']merge_request_event["']\s*$/.test(condition) || /^\s*\$CI_MERGE_REQUEST_(?:IID|ID)\s*$/.test(condition)) return "pull_request";
  if (/^\s*\$CI_COMMIT_TAG\s*$/.test(condition)) return "tag";
  const m = GITLAB_ONE_BRANCH.exec(condition);
  if (m && /\$CI_COMMIT_(?:BRANCH|REF_NAME)/.test(condition) && /\$CI_DEFAULT_BRANCH|["']/.test(condition)) return "push";
  return null;
}
function circleci(yaml, doc) {
  const scheduledOnly = /* @__PURE__ */ new Map();
  for (const wf of pairs2(get(doc, "workflows"))) {
    if (!(0, import_yaml.isMap)(wf.value)) continue;
    const scheduled = items(get(wf.value, "triggers")).some((t) => get(t, "schedule"));
    for (const entry2 of items(get(wf.value, "jobs"))) {
      const name = text(entry2) ?? ((0, import_yaml.isMap)(entry2) ? keyOf(pairs2(entry2)[0]) : "");
      scheduledOnly.set(name, (scheduledOnly.get(name) ?? true) && scheduled);
    }
  }
  const jobs = [];
  for (const pair of pairs2(get(doc, "jobs"))) {
    const job2 = pair.value;
    const jobDir = folder(text(get(job2, "working_directory")));
    const steps = [];
    for (const step of items(get(job2, "steps"))) {
      const run = get(step, "run");
      if (run) steps.push({ run: text(run) ?? text(get(run, "command")), uses: null, workingDirectory: folder(text(get(run, "working_directory"))) ?? jobDir, line: yaml.line(step) });
      else steps.push({ run: null, uses: text(step) ?? ((0, import_yaml.isMap)(step) ? keyOf(pairs2(step)[0]) : null), workingDirectory: jobDir, line: yaml.line(step) });
    }
    const name = keyOf(pair);
    jobs.push({ name, line: yaml.line(pair.key), endLine: yaml.endLine(job2), triggers: scheduledOnly.get(name) ? ["schedule"] : null, steps });
  }
  return { provider: "circleci", name: yaml.path, triggers: ["push", "pull_request"], jobs, location: yaml.location(doc) };
}
function folder(dir) {
  if (!dir) return null;
  const cleaned = dir.replace(/^(?:~\/project|\$\{\{\s*github\.workspace\s*\}\})\/?/, "").replace(/^\.\/?/, "").replace(/\/$/, "");
  return cleaned === "" || cleaned === "." ? null : cleaned;
}
function declareEnv(yaml, node, facts) {
  for (const pair of pairs2(node)) {
    const name = keyOf(pair);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      facts.envDeclarations.push({ name, location: { path: yaml.path, startLine: yaml.line(pair.key), endLine: yaml.line(pair.key), startColumn: 1, endColumn: 1 }, source: "ci", appliesTo: "." });
    }
  }
}

// src/extract/text/dependency-updates.ts
var DEPENDABOT_PATHS = /* @__PURE__ */ new Set([".github/dependabot.yml", ".github/dependabot.yaml"]);
var RENOVATE_PATHS = /* @__PURE__ */ new Set([
  "renovate.json",
  "renovate.json5",
  ".github/renovate.json",
  ".github/renovate.json5",
  ".gitlab/renovate.json",
  ".gitlab/renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".renovaterc.json5"
]);
var DEPENDABOT_LIKE = /(?:^|\/)(?:\.?dependabot[\w.-]*\.ya?ml|\.dependabot\/config\.ya?ml)$/i;
var RENOVATE_LIKE = /(?:^|\/)(?:\.?renovate(?:rc)?(?:[\w.-]*\.json5?)?|\.renovaterc)$/i;
var dependencyUpdatesExtractor = {
  id: "dependency-updates",
  accepts: (p) => DEPENDABOT_LIKE.test(p) || RENOVATE_LIKE.test(p) && !p.endsWith("package.json"),
  extract(p, content, facts) {
    if (!DEPENDABOT_PATHS.has(p) && !RENOVATE_PATHS.has(p) && !/package-ecosystem|package_manager|"extends"|"packageRules"|extends\s*:/.test(content)) return;
    const fact = { tool: DEPENDABOT_LIKE.test(p) ? "dependabot" : "renovate", location: { path: p, startLine: 1, endLine: 1, startColumn: 1, endColumn: 1 }, problems: [], ecosystems: [] };
    facts.dependencyUpdates.push(fact);
    if (fact.tool === "dependabot") dependabot(p, content, fact, facts);
    else renovate(p, content, fact);
  }
};
function dependabot(p, content, fact, facts) {
  if (/(?:^|\/)\.dependabot\/config\.ya?ml$/.test(p)) fact.problems.push("`.dependabot/config.yml` is the retired version 1 format, which Dependabot no longer reads; use `.github/dependabot.yml` with `version: 2`");
  else if (!DEPENDABOT_PATHS.has(p)) fact.problems.push(`Dependabot reads only \`.github/dependabot.yml\` (or \`.yaml\`); it never reads \`${p}\``);
  const yaml = YamlNodes.parse(p, content, facts);
  const doc = yaml?.documents[0];
  if (!yaml || !doc) {
    fact.problems.push("the file is not valid YAML");
    return;
  }
  const version = scalarValue(get(doc, "version"));
  if (version !== 2 && version !== "2") fact.problems.push(`\`version\` is ${version === void 0 ? "missing" : `\`${String(version)}\``}; Dependabot requires \`version: 2\``);
  const updates = items(get(doc, "updates"));
  if (updates.length === 0) fact.problems.push("`updates` lists no package ecosystem");
  for (const entry2 of updates) {
    const ecosystem = text(get(entry2, "package-ecosystem"));
    const line = yaml.line(entry2);
    const missing = [
      ecosystem ? null : "`package-ecosystem`",
      get(entry2, "directory") || get(entry2, "directories") ? null : "`directory`",
      text(get(get(entry2, "schedule"), "interval")) ? null : "`schedule.interval`"
    ].filter(Boolean);
    if (missing.length > 0) {
      fact.problems.push(`the entry at line ${line} lacks ${missing.join(", ")}, so Dependabot rejects the file`);
      continue;
    }
    const limit = scalarValue(get(entry2, "open-pull-requests-limit"));
    if (limit === 0 || limit === "0") {
      fact.problems.push(`\`open-pull-requests-limit: 0\` for ${ecosystem} (line ${line}) stops every version-update pull request`);
      continue;
    }
    fact.ecosystems.push(ecosystem);
  }
  fact.location = yaml.location(doc);
  fact.location.endLine = fact.location.startLine;
}
function renovate(p, content, fact) {
  if (!RENOVATE_PATHS.has(p)) fact.problems.push(`Renovate does not read \`${p}\` (it reads renovate.json, .github/renovate.json, .renovaterc\u2026 at the repository root)`);
  let data;
  try {
    data = JSON.parse(p.endsWith(".json5") || p.endsWith(".renovaterc") ? looseJson(content) : content);
  } catch {
    fact.problems.push("the file is not valid JSON");
    return;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    fact.problems.push("the configuration is not an object");
    return;
  }
  const config = data;
  if (config.enabled === false) fact.problems.push('Renovate is switched off (`"enabled": false`)');
  const managers = config.enabledManagers;
  fact.ecosystems = Array.isArray(managers) ? managers.map(String) : ["*"];
  if (Array.isArray(managers) && managers.length === 0) fact.problems.push("`enabledManagers` is empty, so no dependency is updated");
}
function looseJson(content) {
  return content.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m, str) => str ?? "").replace(/'((?:[^'\\]|\\.)*)'/g, (_, s) => JSON.stringify(s)).replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":').replace(/,\s*([}\]])/g, "$1");
}

// src/extract/text/deployment-config.ts
import path from "node:path";
var COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
var DOCKERFILE = /(?:^|\/)(?:Dockerfile(?:\.[\w-]+)?|[\w-]+\.dockerfile)$/i;
var FLY = /(?:^|\/)fly(?:\.[\w-]+)?\.toml$/;
var RENDER = /(?:^|\/)render\.ya?ml$/;
var VERCEL = /(?:^|\/)vercel\.json$/;
var HEROKU = /(?:^|\/)app\.json$/;
var TERRAFORM = /\.tf$/;
var YAML = /\.ya?ml$/;
var NOT_MANIFEST = /(?:^|\/)(?:\.github|\.gitlab|\.circleci)\//;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var deploymentConfigExtractor = {
  id: "deployment-config",
  accepts: (p) => COMPOSE.test(p) || DOCKERFILE.test(p) || FLY.test(p) || RENDER.test(p) || VERCEL.test(p) || HEROKU.test(p) || TERRAFORM.test(p) || YAML.test(p) && !NOT_MANIFEST.test(p),
  extract(p, content, facts) {
    if (COMPOSE.test(p)) compose(p, content, facts);
    else if (DOCKERFILE.test(p)) dockerfile(p, content, facts);
    else if (FLY.test(p)) flyToml(p, content, facts);
    else if (RENDER.test(p)) renderYaml(p, content, facts);
    else if (VERCEL.test(p)) jsonEnv(p, content, facts, "vercel", (data) => [data.env, data.build?.env]);
    else if (HEROKU.test(p)) jsonEnv(p, content, facts, "heroku", (data) => [data.env]);
    else if (TERRAFORM.test(p)) terraform(p, content, facts);
    else if (content.includes("{{")) return;
    else if (/^\s*(?:apiVersion|kind)\s*:/m.test(content) && /^\s*kind\s*:/m.test(content)) kubernetes(p, content, facts);
    else if (/(?:^|\/)values(?:[.-][\w-]+)?\.ya?ml$/.test(p)) helmValues(p, content, facts);
  }
};
function declare(facts, name, p, line, source, appliesTo, deployedAs) {
  if (name !== "*" && !ENV_NAME.test(name)) return;
  const fact = { name, location: { path: p, startLine: line, endLine: line, startColumn: 1, endColumn: 1 }, source };
  if (appliesTo !== void 0) fact.appliesTo = appliesTo;
  if (deployedAs !== void 0) fact.deployedAs = [...new Set(deployedAs)].sort();
  facts.envDeclarations.push(fact);
}
function resolveFolder(fromFile, folder2) {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), folder2));
  return joined === "" || joined === "./" ? "." : joined.replace(/\/$/, "");
}
function mountedFolder(volumes) {
  for (const item of items(volumes)) {
    const source = text(item)?.split(":")[0] ?? text(get(item, "source"));
    if (source && /^\.\.?(?:\/|$)/.test(source)) return source;
  }
  return null;
}
function compose(p, content, facts) {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    for (const service of pairs2(get(doc, "services"))) {
      const build = service.value ? get(service.value, "build") : null;
      const context = text(build) ?? text(get(build, "context")) ?? mountedFolder(service.value ? get(service.value, "volumes") : null);
      const appliesTo = context ? resolveFolder(p, context) : void 0;
      const environment = service.value ? get(service.value, "environment") : null;
      for (const pair of pairs2(environment)) declare(facts, keyOf(pair), p, yaml.line(pair.key), "compose", appliesTo);
      for (const item of items(environment)) {
        const entry2 = text(item);
        if (entry2) declare(facts, entry2.split("=")[0].trim(), p, yaml.line(item), "compose", appliesTo);
      }
    }
  }
}
function dockerfile(p, content, facts) {
  const lines2 = content.split("\n");
  for (let i = 0; i < lines2.length; i++) {
    const m = /^\s*ENV\s+(.+)$/i.exec(lines2[i]);
    if (!m) continue;
    const body = m[1].trim();
    if (!body.includes("=")) declare(facts, body.split(/\s+/)[0], p, i + 1, "dockerfile");
    else for (const assignment of body.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(?:"[^"]*"|'[^']*'|\S*)/g)) declare(facts, assignment[1], p, i + 1, "dockerfile");
  }
}
function flyToml(p, content, facts) {
  const lines2 = content.split("\n");
  let inEnv = false;
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i].replace(/#.*$/, "");
    const table = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (table) {
      inEnv = table[1].trim() === "env";
      continue;
    }
    const key = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line);
    if (inEnv && key) declare(facts, key[1], p, i + 1, "fly");
  }
}
function renderYaml(p, content, facts) {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    for (const service of items(get(doc, "services"))) {
      const rootDir = text(get(service, "rootDir"));
      const appliesTo = rootDir ? resolveFolder(p, rootDir) : void 0;
      for (const envVar of items(get(service, "envVars"))) {
        const key = text(get(envVar, "key"));
        if (key) declare(facts, key, p, yaml.line(envVar), "render", appliesTo);
      }
      if (items(get(service, "envVarGroups")).length > 0) declare(facts, "*", p, yaml.line(get(service, "envVarGroups")), "render", appliesTo);
    }
  }
}
function jsonEnv(p, content, facts, source, envObjects) {
  let data;
  try {
    data = JSON.parse(content);
  } catch (error) {
    facts.problems.push({ kind: "notice", line: null, message: `could not be read as JSON: ${error.message}` });
    return;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return;
  const lines2 = content.split("\n");
  for (const env of envObjects(data)) {
    if (!env || typeof env !== "object" || Array.isArray(env)) continue;
    for (const name of Object.keys(env)) {
      const index = lines2.findIndex((l) => l.includes(`"${name}"`));
      declare(facts, name, p, index + 1 || 1, source);
    }
  }
}
function kubernetes(p, content, facts) {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    const names = [text(get(get(doc, "metadata"), "name")), ...labelNames(get(get(doc, "metadata"), "labels")), ...labelNames(get(get(get(get(doc, "spec"), "template"), "metadata"), "labels"))];
    walkEnv(yaml, doc, facts, "kubernetes", 0, present(names), /^(?:Cron)?Job$/.test(text(get(doc, "kind")) ?? ""));
  }
}
function helmValues(p, content, facts) {
  const yaml = YamlNodes.parse(p, content, facts);
  for (const doc of yaml?.documents ?? []) {
    const names = [text(get(doc, "nameOverride")), text(get(doc, "fullnameOverride")), imageName(text(get(get(doc, "image"), "repository")))];
    walkEnv(yaml, doc, facts, "helm", 0, present(names));
  }
}
var WORKLOAD_LABEL = /^(?:app|name|component|app\.kubernetes\.io\/(?:name|instance|component))$/;
function labelNames(labels) {
  return pairs2(labels).filter((pair) => WORKLOAD_LABEL.test(keyOf(pair))).map((pair) => text(pair.value));
}
function imageName(image) {
  if (!image) return null;
  const last = image.split("@")[0].split("/").pop();
  return last.split(":")[0] || null;
}
function present(names) {
  return names.filter((n) => typeof n === "string" && n.length > 0 && !n.includes("{{"));
}
function walkEnv(yaml, node, facts, source, depth, names, batch = false) {
  if (depth > 12) return;
  if ((0, import_yaml.isMap)(node)) {
    const image = text(get(node, "image")) ?? text(get(get(node, "image"), "repository"));
    const scoped = image ? [...names, ...present([text(get(node, "name")), imageName(image)])] : names;
    for (const pair of pairs2(node)) {
      const key = keyOf(pair);
      if (/^(?:env|extraEnv|envVars|extraEnvVars)$/.test(key)) {
        for (const item of items(pair.value)) {
          const name = text(get(item, "name"));
          if (name) declare(facts, name, yaml.path, yaml.line(item), source, void 0, scoped);
        }
        for (const entry2 of pairs2(pair.value)) if (/^[A-Z][A-Z0-9_]*$/.test(keyOf(entry2))) declare(facts, keyOf(entry2), yaml.path, yaml.line(entry2.key), source, void 0, scoped);
      } else if (key === "envFrom" && (items(pair.value).length > 0 || (0, import_yaml.isSeq)(pair.value))) {
        if (!batch) declare(facts, "*", yaml.path, yaml.line(pair.key), source, void 0, scoped);
      } else {
        walkEnv(yaml, pair.value, facts, source, depth + 1, scoped, batch);
      }
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) walkEnv(yaml, item, facts, source, depth + 1, names, batch);
  }
}
function terraform(p, content, facts) {
  const lines2 = content.split("\n");
  let depth = 0;
  let envDepth = null;
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i].replace(/(?:#|\/\/).*$/, "");
    if (envDepth === null && /^\s*(?:environment|env|variables|secrets|environment_variables|app_settings|container_env)\s*=?\s*[[{]/.test(line)) envDepth = depth;
    if (envDepth !== null) {
      for (const m of line.matchAll(/(?:^|[\s{,])([A-Z][A-Z0-9_]*)\s*=(?!=)/g)) declare(facts, m[1], p, i + 1, "terraform");
      for (const m of line.matchAll(/"?name"?\s*[=:]\s*"([A-Za-z_][A-Za-z0-9_]*)"/g)) declare(facts, m[1], p, i + 1, "terraform");
    }
    for (const ch of line) {
      if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") depth--;
    }
    if (envDepth !== null && depth <= envDepth) envDepth = null;
  }
}

// src/extract/text/documents.ts
var PROSE3 = /\.(?:md|mdx|markdown|txt|rst|html?)$/i;
var documentsExtractor = {
  id: "documents",
  accepts: (path2) => PROSE3.test(path2),
  extract(path2, text2, facts) {
    const doc = { path: path2, headings: [], lines: 0 };
    const lines2 = text2.split("\n");
    doc.lines = lines2.length;
    const html = /\.html?$/i.test(path2);
    let fenced = false;
    for (let i = 0; i < lines2.length; i++) {
      const line = lines2[i];
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) continue;
      const md = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      if (md && !html) {
        doc.headings.push({ level: md[1].length, text: md[2], line: i + 1 });
        continue;
      }
      const h = /<h([1-6])[^>]*>(.*?)<\/h\1>/i.exec(line);
      if (h) doc.headings.push({ level: Number(h[1]), text: h[2].replace(/<[^>]+>/g, "").trim(), line: i + 1 });
      if (!html && i > 0 && /^(={3,}|-{3,}|~{3,})\s*$/.test(line) && /\S/.test(lines2[i - 1]) && path2.endsWith(".rst")) {
        doc.headings.push({ level: line.startsWith("=") ? 1 : 2, text: lines2[i - 1].trim(), line: i });
      }
    }
    facts.documents.push(doc);
  }
};

// src/extract/text/env-declarations.ts
var DOTENV = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
var envDeclarationsExtractor = {
  id: "env-declarations",
  accepts: (path2) => DOTENV.test(path2),
  extract(path2, text2, facts) {
    const lines2 = text2.split("\n");
    for (let i = 0; i < lines2.length; i++) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^#\s]*))/.exec(lines2[i]);
      if (!m) continue;
      const raw = m[2] ?? m[3] ?? m[4] ?? "";
      const value3 = raw === "" ? "empty" : isPlaceholder(raw) ? "placeholder" : "set";
      facts.envDeclarations.push({ name: m[1], location: { path: path2, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: lines2[i].length + 1 }, source: "dotenv", value: value3 });
    }
  }
};

// src/extract/text/nginx.ts
var NGINX = /(?:^|\/)(?:nginx[\w.-]*\.conf|[\w.-]+\.conf\.template|(?:nginx|conf\.d|sites-(?:available|enabled))\/[\w.-]+(?:\.conf)?)$/;
var nginxExtractor = {
  id: "nginx",
  accepts: (p) => NGINX.test(p),
  extract(p, content, facts) {
    if (!content.includes("limit_req")) return;
    const lines2 = content.split("\n");
    const stack = [];
    for (let i = 0; i < lines2.length; i++) {
      const line = lines2[i].replace(/#.*$/, "");
      const opened = /^\s*(location\s+(?:[=~^*]+\s+)?(\S+)|server|http)\s*\{/.exec(line);
      if (opened) stack.push({ location: opened[2] ?? null, start: i + 1, limited: false, upstream: null });
      const top = stack[stack.length - 1];
      if (top && /^\s*limit_req\s+zone=/.test(line)) top.limited = true;
      const proxied = /^\s*proxy_pass\s+https?:\/\/[^/\s;]+(\/[^\s;]*)?\s*;/.exec(line);
      if (top && proxied?.[1]) top.upstream = proxied[1];
      for (const ch of line.replace(/^\s*(?:location\s+(?:[=~^*]+\s+)?\S+|server|http)\s*\{/, "")) {
        if (ch !== "}") continue;
        const block = stack.pop();
        if (!block?.limited) continue;
        const location = { path: p, startLine: block.start, endLine: i + 1, startColumn: 1, endColumn: 1 };
        if (block.location === null) facts.rateLimiters.push({ name: null, via: "nginx limit_req", scope: "global", paths: [], location });
        else {
          const prefix = (block.upstream ?? block.location).replace(/\/$/, "") || "/";
          facts.rateLimiters.push({ name: null, via: "nginx limit_req", scope: "prefix", paths: [prefix], location });
        }
      }
    }
  }
};

// src/extract/text/package-json.ts
var packageJsonExtractor = {
  id: "package-json",
  accepts: (p) => /(?:^|\/)package\.json$/.test(p),
  extract(p, content, facts) {
    let data;
    try {
      data = JSON.parse(content);
    } catch (error) {
      facts.problems.push({ kind: "notice", line: null, message: `could not be read as JSON: ${error.message}` });
      return;
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) return;
    const manifest = data;
    const lines2 = content.split("\n");
    const lineOf = (key) => lines2.findIndex((l) => l.includes(`"${key}"`)) + 1 || 1;
    if (typeof manifest.name === "string" && manifest.name) facts.packages.push({ name: manifest.name, line: lineOf("name") });
    const scripts = manifest.scripts;
    if (scripts && typeof scripts === "object" && !Array.isArray(scripts)) {
      for (const [name, command] of Object.entries(scripts)) {
        if (typeof command === "string") facts.scripts.push({ runner: "npm", name, command, line: lineOf(name) });
      }
    }
    const renovate2 = manifest.renovate;
    if (renovate2 !== void 0) {
      const line = lineOf("renovate");
      const problems = [];
      if (!renovate2 || typeof renovate2 !== "object" || Array.isArray(renovate2)) problems.push('the "renovate" key is not a configuration object');
      else if (renovate2.enabled === false) problems.push('Renovate is switched off ("enabled": false)');
      if (p !== "package.json") problems.push('Renovate reads the "renovate" key only from the root package.json');
      facts.dependencyUpdates.push({ tool: "renovate", location: { path: p, startLine: line, endLine: line, startColumn: 1, endColumn: 1 }, problems, ecosystems: ["*"] });
    }
  }
};

// src/extract/text/prisma-schema.ts
var prismaSchemaExtractor = {
  id: "prisma-schema",
  accepts: (path2) => path2.endsWith(".prisma"),
  extract(path2, text2, facts) {
    const lines2 = text2.split("\n");
    for (let i = 0; i < lines2.length; i++) {
      const m = /^\s*model\s+(\w+)\s*\{/.exec(lines2[i]);
      if (!m) continue;
      const fields = [];
      let j = i + 1;
      for (; j < lines2.length && !/^\s*\}/.test(lines2[j]); j++) {
        const f = /^\s*(\w+)\s+\w/.exec(lines2[j]);
        if (f && !lines2[j].trim().startsWith("//")) fields.push(f[1]);
      }
      facts.models.push({
        name: m[1],
        fields,
        orm: "prisma",
        location: { path: path2, startLine: i + 1, endLine: j + 1, startColumn: 1, endColumn: (lines2[j] ?? "").length + 1 }
      });
      i = j;
    }
  }
};

// src/extract/text/sql-schema.ts
var CREATE_TABLE = /\bcreate\s+(?:(?:global\s+|local\s+)?(?:temporary|temp)\s+|unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?((?:[`"[]?[\w$]+[`"\]]?\s*\.\s*)?[`"[]?[\w$]+[`"\]]?)\s*\(/gi;
var CONSTRAINT = /^(?:constraint|primary|unique|foreign|check|key|index|exclude|like|fulltext|spatial)\b/i;
var sqlSchemaExtractor = {
  id: "sql-schema",
  accepts: (path2) => path2.toLowerCase().endsWith(".sql"),
  extract(path2, text2, facts) {
    const code = text2.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
    for (const m of code.matchAll(CREATE_TABLE)) {
      const open = m.index + m[0].length - 1;
      const body = tableBody(code, open);
      if (!body) continue;
      const { entries, close } = body;
      const name = unquote2(m[1].split(".").pop().trim());
      const fields = [];
      for (const entry2 of entries) {
        if (CONSTRAINT.test(entry2)) continue;
        const column = /^([`"[]?)([\w$]+)[`"\]]?/.exec(entry2);
        if (column) fields.push(column[2]);
      }
      const startLine = lineAt(code, m.index);
      const endLine = lineAt(code, close);
      const lastLine = code.split("\n")[endLine - 1] ?? "";
      facts.models.push({ name, fields, orm: "sql", location: { path: path2, startLine, endLine, startColumn: 1, endColumn: lastLine.length + 1 }, table: name });
    }
  }
};
function tableBody(code, open) {
  const entries = [];
  let depth = 0;
  let quote = null;
  let start = open + 1;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      entries.push(code.slice(start, i).trim());
      return { entries: entries.filter((e) => e !== ""), close: i };
    } else if (c === "," && depth === 1) {
      entries.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}
function unquote2(name) {
  return name.replace(/^[`"[]|[`"\]]$/g, "");
}
function lineAt(text2, index) {
  let line = 1;
  for (let i = 0; i < index; i++) if (text2.charCodeAt(i) === 10) line++;
  return line;
}

// src/extract/text/schedules.ts
var import_yaml2 = __toESM(require_dist(), 1);
var EMPTY3 = { calls: [], dataOps: [] };
var WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var CRONTAB = /(?:^|\/)(?:crontab|[^/]+\.crontab|[^/]+\.cron|cron\.d\/[^/]+)$/;
var schedulesExtractor = {
  id: "schedules",
  accepts: (path2) => /(?:^|\/)(?:vercel\.json|render\.ya?ml)$/.test(path2) || /\.(?:ya?ml|sql)$/.test(path2) || CRONTAB.test(path2),
  extract(path2, text2, facts) {
    const base = path2.slice(path2.lastIndexOf("/") + 1);
    if (base === "vercel.json") return vercelCrons(path2, text2, facts);
    if (path2.endsWith(".sql")) return pgCron(path2, text2, facts);
    if (CRONTAB.test(path2)) return crontab(path2, text2, facts);
    if (WORKFLOW.test(path2)) return workflow(path2, text2, facts);
    if (/\bkind:\s*CronJob\b/.test(text2) || /^render\.ya?ml$/.test(base) && /type:\s*cron/.test(text2)) yamlSchedules(path2, text2, facts);
  }
};
function job(fields) {
  return { name: null, schedule: null, body: EMPTY3, handlerRefs: [], task: null, queue: null, requestPath: null, command: null, ...fields };
}
function lineLocation(path2, text2, offset) {
  const before = text2.slice(0, Math.max(0, offset));
  const line = before.split("\n").length;
  const lineText = text2.split("\n")[line - 1] ?? "";
  return { path: path2, startLine: line, endLine: line, startColumn: 1, endColumn: lineText.length + 1 };
}
function vercelCrons(path2, text2, facts) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch {
    return;
  }
  const crons = data?.crons;
  if (!Array.isArray(crons)) return;
  let from = 0;
  for (const entry2 of crons) {
    if (typeof entry2?.path !== "string") continue;
    const at = text2.indexOf(JSON.stringify(entry2.path), from);
    if (at >= 0) from = at + 1;
    facts.scheduledJobs.push(
      job({ scheduler: "vercel", schedule: typeof entry2.schedule === "string" ? entry2.schedule : null, requestPath: entry2.path.split("?")[0], location: lineLocation(path2, text2, at) })
    );
  }
}
function workflow(path2, text2, facts) {
  if (!/\bschedule\s*:/.test(text2)) return;
  for (const doc of (0, import_yaml2.parseAllDocuments)(text2)) {
    if ("errors" in doc && doc.errors.length > 0) {
      brokenWorkflow(path2, text2, facts);
      continue;
    }
    const data = doc.toJS();
    const on = data?.on ?? data?.true;
    const schedule = on && typeof on === "object" && Array.isArray(on.schedule) ? on.schedule : null;
    if (!schedule) continue;
    const crons = schedule.map((s) => s?.cron).filter((c) => typeof c === "string");
    const commands = [];
    for (const jobSpec of Object.values(data?.jobs ?? {})) {
      for (const step of jobSpec?.steps ?? []) if (typeof step?.run === "string") commands.push(step.run);
    }
    const at = text2.search(/^\s*-?\s*cron\s*:/m);
    facts.scheduledJobs.push(
      job({ scheduler: "github-actions", name: typeof data?.name === "string" ? data.name : null, schedule: crons.join(", ") || null, command: commands.join("\n") || null, location: lineLocation(path2, text2, at) })
    );
  }
}
function brokenWorkflow(path2, text2, facts) {
  const at = text2.search(/^\s*-?\s*cron\s*:/m);
  if (at < 0 || !/^on\s*:|^\s+schedule\s*:/m.test(text2)) return;
  const crons = [...text2.matchAll(/^\s*-?\s*cron\s*:\s*["']?([^"'\n]+?)["']?\s*$/gm)].map((m) => m[1]);
  const commands = [...text2.matchAll(/^\s*-?\s*run\s*:[ \t]*([^|>\s].*)$/gm)].map((m) => m[1].trim());
  const name = /^name\s*:\s*["']?([^"'\n]+?)["']?\s*$/m.exec(text2)?.[1] ?? null;
  facts.scheduledJobs.push(job({ scheduler: "github-actions", name, schedule: crons.join(", ") || null, command: commands.join("\n") || null, location: lineLocation(path2, text2, at) }));
}
function yamlSchedules(path2, text2, facts) {
  for (const doc of (0, import_yaml2.parseAllDocuments)(text2)) {
    if ("errors" in doc && doc.errors.length > 0) continue;
    const data = doc.toJS();
    const start = doc.range?.[0] ?? 0;
    if (data?.kind === "CronJob") {
      const containers = data.spec?.jobTemplate?.spec?.template?.spec?.containers ?? [];
      const command = containers.map((c) => [...asList(c.command), ...asList(c.args)].join(" ")).filter(Boolean).join("\n");
      const at = text2.slice(start).search(/^\s*schedule\s*:/m);
      facts.scheduledJobs.push(
        job({ scheduler: "kubernetes", name: data.metadata?.name ?? null, schedule: typeof data.spec?.schedule === "string" ? data.spec.schedule : null, command: command || null, location: lineLocation(path2, text2, start + Math.max(0, at)) })
      );
    }
    for (const service of Array.isArray(data?.services) ? data.services : []) {
      if (service?.type !== "cron") continue;
      const command = [service.startCommand, service.dockerCommand].filter((c) => typeof c === "string").join("\n");
      const name = typeof service.name === "string" ? service.name : null;
      const at = name ? text2.indexOf(name, start) : start;
      facts.scheduledJobs.push(job({ scheduler: "render", name, schedule: typeof service.schedule === "string" ? service.schedule : null, command: command || null, location: lineLocation(path2, text2, at) }));
    }
  }
}
function asList(value3) {
  if (typeof value3 === "string") return [value3];
  return Array.isArray(value3) ? value3.filter((v) => typeof v === "string") : [];
}
function crontab(path2, text2, facts) {
  const lines2 = text2.split("\n");
  lines2.forEach((line, i) => {
    const m = /^\s*((?:@\w+)|(?:[\d*/,-]+\s+){4}[\d*/,A-Za-z-]+)\s+(.+)$/.exec(line);
    if (!m || line.trim().startsWith("#")) return;
    facts.scheduledJobs.push(
      job({ scheduler: "crontab", schedule: m[1].trim(), command: m[2].trim(), location: { path: path2, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 } })
    );
  });
}
function pgCron(path2, text2, facts) {
  if (!/cron\.schedule/i.test(text2)) return;
  const call = /cron\.schedule\s*\(\s*(?:'([^']*)'\s*,\s*)?'([^']*)'\s*,\s*(\$\w*\$)([\s\S]*?)\3\s*\)|cron\.schedule\s*\(\s*(?:'([^']*)'\s*,\s*)?'([^']*)'\s*,\s*'((?:[^']|'')*)'\s*\)/gi;
  for (const m of text2.matchAll(call)) {
    const name = m[1] ?? m[5] ?? null;
    const schedule = m[2] ?? m[6] ?? null;
    const sql = (m[4] ?? m[7] ?? "").replace(/''/g, "'");
    const location = lineLocation(path2, text2, m.index);
    const dataOps = [];
    for (const statement of sql.split(";")) {
      const op = classifySql("query", statement);
      if (op) dataOps.push({ ...op, callee: "cron.schedule", location });
    }
    facts.scheduledJobs.push(job({ scheduler: "pg_cron", name, schedule, location, body: { calls: [], dataOps } }));
  }
}

// src/extract/text/uptime-monitors.ts
var UPPTIME = /(?:^|\/)\.upptimerc\.ya?ml$/;
var PROSE4 = /\.(?:md|mdx|markdown|txt|rst)$/i;
var TERRAFORM_MONITOR = /^\s*resource\s+"((?:betteruptime|betterstack_uptime|logtail)_monitor|uptimerobot_monitor|pingdom_check|statuscake_(?:uptime_)?test|checkly_check|datadog_synthetics_test|newrelic_synthetics_monitor|google_monitoring_uptime_check_config|aws_route53_health_check|grafana_synthetic_monitoring_check|azurerm_application_insights_standard_web_test|cloudflare_healthcheck|uptime_check)"/;
var SERVICE = /\b(UptimeRobot|Uptime Robot|Better ?Stack|Better ?Uptime|Pingdom|StatusCake|Checkly|Cronitor|Freshping|Uptime Kuma|updown\.io|Oh Dear|Hetrix ?Tools|Site24x7|Upptime|Gatus)\b/i;
var PROBES = /\b(?:checks?|checking|checked|pings?|pinging|polls?|polling|probes?|probing|hits?|requests?)\b.*\bevery\s+(?:\d+\s*|few\s+)?(?:s(?:ec(?:ond)?s?)?|min(?:ute)?s?|h(?:ou)?rs?)\b/i;
var MONITOR_HEADING = /\b(?:uptime|availability|health ?checks?|status ?page|synthetic)\b/i;
var NOT_DONE = /\b(todo|tbd|should|would|could|plan(?:ned)?|consider|not yet|someday|eventually|later|no uptime)\b/i;
var uptimeMonitorsExtractor = {
  id: "uptime-monitors",
  accepts: (p) => UPPTIME.test(p) || p.endsWith(".tf") || PROSE4.test(p),
  extract(p, content, facts) {
    if (UPPTIME.test(p)) {
      const yaml = YamlNodes.parse(p, content, facts);
      for (const site of items(get(yaml?.documents[0], "sites"))) {
        const url = text(get(site, "url"));
        if (url) facts.uptimeMonitors.push({ tool: "Upptime", target: url, kind: "code", location: yaml.location(site) });
      }
      return;
    }
    const lines2 = content.split("\n");
    let heading = "";
    for (let i = 0; i < lines2.length; i++) {
      const line = lines2[i];
      const location = { path: p, startLine: i + 1, endLine: i + 1, startColumn: 1, endColumn: line.length + 1 };
      if (p.endsWith(".tf")) {
        const m2 = TERRAFORM_MONITOR.exec(line);
        if (m2) facts.uptimeMonitors.push({ tool: m2[1], target: null, kind: "code", location });
        continue;
      }
      const h = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line) ?? (/^\s*[=-]{3,}\s*$/.test(line) && i > 0 ? [line, lines2[i - 1]] : null);
      if (h) heading = h[1];
      const m = SERVICE.exec(line);
      const aboutUptime = /\b(?:uptime|monitor|status|ping|alert|down)/i.test(line) || PROBES.test(line) || MONITOR_HEADING.test(heading);
      if (m && aboutUptime && !NOT_DONE.test(line) && !NOT_DONE.test(heading)) {
        facts.uptimeMonitors.push({ tool: m[1], target: /https?:\/\/[^\s)>\]]+/.exec(line)?.[0] ?? null, kind: "document", location });
      }
    }
  }
};

// src/extract/index.ts
var SOURCE_EXTRACTORS = [
  jsStructure,
  pythonStructure,
  expressExtractor,
  koaExtractor,
  honoExtractor,
  fastifyExtractor,
  nextjsExtractor,
  authjsExtractor,
  nestjsExtractor,
  trpcExtractor,
  cookiesExtractor,
  corsExtractor,
  fastapiExtractor,
  flaskExtractor,
  djangoExtractor,
  pythonCookiesExtractor,
  pythonCorsExtractor,
  pythonSignals,
  pythonModels,
  pythonForms,
  jsModels,
  // Privacy, data lifecycle, monitoring and operations read the functions, imports, routes and env reads collected above.
  privacyPageExtractor,
  jsScheduler,
  pythonScheduler,
  recordWrites,
  pydanticSettings,
  jsMonitoring,
  pythonMonitoring,
  jsRateLimit,
  pythonRateLimit,
  checklyExtractor,
  // After every extractor that records functions and routes: it summarises what lies outside them.
  moduleBody,
  sourceSecrets
];
var TEXT_EXTRACTORS = [
  documentsExtractor,
  prismaSchemaExtractor,
  sqlSchemaExtractor,
  envDeclarationsExtractor,
  privacyPolicyExtractor,
  schedulesExtractor,
  textSecrets,
  deploymentConfigExtractor,
  ciWorkflowsExtractor,
  packageJsonExtractor,
  dependencyUpdatesExtractor,
  backupsExtractor,
  uptimeMonitorsExtractor,
  nginxExtractor
];
var EXTRACTOR_VERSION = 58;
var QUERIES = /* @__PURE__ */ new Map();
function queriesFor(language) {
  let queries = QUERIES.get(language);
  if (!queries) {
    const all = ["ERROR", CALL_KINDS[language], ...language === "python" ? ["raise_statement"] : []];
    for (const e of SOURCE_EXTRACTORS) if (e.languages.includes(language)) all.push(...e.kinds);
    queries = new NodeQueries(all, (k) => k === "ERROR" || kind(napiLanguage(language), k) !== 0);
    QUERIES.set(language, queries);
  }
  return queries;
}
function compilePattern(ruleId, spec) {
  const names = /* @__PURE__ */ new Set();
  for (const m of JSON.stringify([spec.rule, spec.constraints ?? {}, spec.utils ?? {}]).matchAll(/\$\$?\$?([A-Z_][A-Z0-9_]*)/g)) names.add(m[1]);
  return { ruleId, spec, metavariables: [...names].sort() };
}
function extractSource(path2, language, text2, tree, lines2, patterns) {
  const facts = emptyFileFacts(path2, language, lines2);
  const root = tree.root();
  const file = new SourceFile(path2, language, text2, root, queriesFor(language));
  const [syntaxError] = file.nodes("ERROR");
  if (syntaxError) {
    const line = syntaxError.range().start.line + 1;
    facts.problems.push({ kind: "error", line, message: `syntax error near line ${line}; facts from this file may be incomplete` });
  }
  for (const extractor of SOURCE_EXTRACTORS) {
    if (!extractor.languages.includes(language)) continue;
    if (extractor.applies && !extractor.applies(text2)) continue;
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
  collectSuppressions(text2, facts);
  return facts;
}
function extractTest(path2, language, text2, lines2) {
  const facts = emptyFileFacts(path2, language, lines2);
  scanKnownFormats(path2, text2, facts);
  collectSuppressions(text2, facts);
  return facts;
}
function extractText(path2, text2, lines2) {
  const facts = emptyFileFacts(path2, null, lines2);
  for (const extractor of TEXT_EXTRACTORS) if (extractor.accepts(path2)) extractor.extract(path2, text2, facts);
  collectSuppressions(text2, facts);
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
    const text2 = problems.map((p) => `  ${p.message}`).join("\n");
    super(`invalid configuration:
${text2}`, { file: first?.file ?? null, line: first?.line ?? null, key: first?.key ?? null });
    this.name = "ConfigError";
    this.problems = problems;
  }
};
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  __require,
  __commonJS,
  __toESM,
  napiLanguage,
  parseSource,
  pathParams,
  POLICY_PATH,
  require_dist,
  EXTRACTOR_VERSION,
  compilePattern,
  extractSource,
  extractTest,
  extractText,
  ShipshapeError,
  ConfigError,
  errorMessage
};
