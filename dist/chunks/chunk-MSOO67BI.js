import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  ConfigError,
  EXTRACTOR_VERSION,
  POLICY_PATH,
  ShipshapeError,
  __commonJS,
  __toESM,
  compilePattern,
  errorMessage,
  extractSource,
  extractTest,
  extractText,
  napiLanguage,
  parseSource,
  pathParams,
  require_dist
} from "./chunk-O2Z542DB.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at2)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path11) => {
      const end = path11.length - 1;
      const index = path11.lastIndexOf(
        SLASH,
        path11[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path11 : path11.slice(index + 1);
    };
    var parentOf = (path11) => {
      if (path11.charCodeAt(0) === SLASH_CODE || path11.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path11.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path11.length - 1;
      const cut = path11.lastIndexOf(
        SLASH,
        path11.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path11.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path11) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path11)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path11, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path11) : path11;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path11
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path11, originalPath, doThrow) => {
      if (!isString(path11)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path11) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path11)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path11) => {
      const first = path11.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path11.length === 1) {
        return true;
      }
      const second = path11.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path11.length === 2 || path11.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path11) {
        checkPath(
          path11,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path11 ? this._t(path11, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path11 = convertPath(target);
        if (!path11 || path11.charCodeAt(path11.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path11);
        }
        const dir = this._t(path11, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path11);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path11, cache) {
        if (path11 in cache) {
          return cache[path11];
        }
        const parentPath = parentOf(path11);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path11] = parent && parent.ignored ? parent : this._rules.test(path11, MODE_IGNORE);
      }
      ignores(path11) {
        return this._test(path11, this._ignoreCache, convertPath(path11)).ignored;
      }
      createFilter() {
        return (path11) => !this.ignores(path11);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path11) {
        return this._test(path11, this._testCache, convertPath(path11));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path11) => checkPath(convertPath(path11), path11, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path11) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path11) || isNotRelative(path11);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path11, { windows } = {}) => {
      const segs = path11.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch7 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch7(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch7.compileRe(glob, options) : picomatch7.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch7(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch7.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch7.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch7.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch7.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch7.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch7.isMatch = (str, patterns2, options) => picomatch7(patterns2, options)(str);
    picomatch7.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch7.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch7.scan = (input, options) => scan2(input, options);
    picomatch7.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch7.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch7.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch7.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch7.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch7.constants = constants2;
    module.exports = picomatch7;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch7(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch7, pico);
    module.exports = picomatch7;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path11) {
      let input = path11;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path11) {
      if (path11 === "" || path11[0] === "/") {
        return removeDotSegments(path11);
      }
      const segments = path11.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path11 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path11 && path11 !== "/" ? path11 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns2 = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns2.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns2.length === 0 || alwaysValidPatterns.length === patterns2.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns2) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare3) {
      return { validate, compare: compare3 };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches2 = DATE.exec(str);
      if (!matches2)
        return false;
      const year = +matches2[1];
      const month = +matches2[2];
      const day = +matches2[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches2 = TIME.exec(str);
        if (!matches2)
          return false;
        const hr = +matches2[1];
        const min = +matches2[2];
        const sec = +matches2[3];
        const tz = matches2[4];
        const tzSign = matches2[5] === "-" ? -1 : 1;
        const tzH = +(matches2[6] || 0);
        const tzM = +(matches2[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
  }
});

// src/core/scan.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);
import { closeSync, constants as fsConstants, openSync, readFileSync } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import path from "node:path";
var TEST_PATH = /(?:^|\/)(?:__tests__|__mocks__|__fixtures__|tests?|spec|e2e|cypress|playwright)\/|\.(?:test|spec|e2e|cy)\.[cm]?[jt]sx?$|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$/;
function isTestPath(relPath) {
  return TEST_PATH.test(relPath);
}
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "third_party",
  ".venv",
  "venv",
  "__pycache__",
  "site-packages",
  ".tox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "dist",
  "build",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".vercel",
  ".netlify",
  ".output",
  "coverage",
  ".cache",
  ".parcel-cache",
  ".terraform",
  ".gradle",
  "target",
  ".idea",
  ".yarn"
]);
var SOURCE_LANGUAGES = {
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".py": "python"
};
var TEXT_EXTENSIONS = /* @__PURE__ */ new Set([
  ".md",
  ".mdx",
  ".markdown",
  ".txt",
  ".rst",
  ".html",
  ".htm",
  ".yml",
  ".yaml",
  ".json",
  ".toml",
  ".ini",
  ".cfg",
  ".conf",
  ".prisma",
  ".sql",
  ".sh",
  ".bash",
  ".tf",
  ".tfvars",
  ".properties",
  ".xml",
  ".env",
  // Templates and component files: privacy policies are often served from them.
  ".hbs",
  ".handlebars",
  ".mustache",
  ".ejs",
  ".njk",
  ".liquid",
  ".pug",
  ".vue",
  ".svelte",
  ".astro"
]);
var TEXT_NAMES = /* @__PURE__ */ new Set(["dockerfile", "procfile", "makefile", "codeowners", "gemfile", "requirements.txt", ".renovaterc", "justfile"]);
function classify(relPath) {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  const ext = path.extname(base);
  if (base.endsWith(".d.ts") || /\.min\.(js|mjs|cjs)$/.test(base)) return { kind: "other", language: null };
  const language = SOURCE_LANGUAGES[ext];
  if (language) return { kind: "source", language };
  if (TEXT_EXTENSIONS.has(ext) || TEXT_NAMES.has(base) || base.startsWith(".env") || base.startsWith("dockerfile")) {
    return { kind: "text", language: null };
  }
  return { kind: "other", language: null };
}
async function walk(root, options) {
  const rootReal = await realpath(root);
  const excluded = options.exclude.length > 0 ? (0, import_picomatch.default)([...options.exclude], { dot: true }) : null;
  const result = { files: [], skipped: [], errors: [] };
  const stack = [{ dir: rootReal, rel: "", rules: [] }];
  while (stack.length > 0) {
    const frame = stack.pop();
    let entries;
    try {
      entries = await readdir(frame.dir, { withFileTypes: true });
    } catch (error) {
      result.errors.push({ path: frame.rel || ".", message: `cannot list folder: ${error.message}` });
      continue;
    }
    let rules = frame.rules;
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      try {
        const text = await readFile(path.join(frame.dir, ".gitignore"), "utf8");
        rules = [...rules, { base: frame.rel, ig: (0, import_ignore.default)().add(text) }];
      } catch (error) {
        result.errors.push({ path: join(frame.rel, ".gitignore"), message: `cannot read: ${error.message}` });
      }
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const subdirs = [];
    for (const entry of entries) {
      const rel = join(frame.rel, entry.name);
      if (entry.isSymbolicLink()) {
        result.skipped.push({ path: rel, reason: "symbolic link" });
        continue;
      }
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue;
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (isIgnored(rules, rel, isDir) || excluded && (excluded(rel) || isDir && excluded(`${rel}/`))) {
        continue;
      }
      if (isDir) {
        subdirs.push({ dir: path.join(frame.dir, entry.name), rel, rules });
        continue;
      }
      const { kind, language } = classify(rel);
      const file = { path: rel, absolute: path.join(frame.dir, entry.name), size: 0, kind, language };
      if (kind === "source" && isTestPath(rel)) file.test = true;
      result.files.push(file);
    }
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
  }
  await Promise.all(
    result.files.map(async (file) => {
      try {
        file.size = (await lstat(file.absolute)).size;
      } catch (error) {
        result.errors.push({ path: file.path, message: `cannot stat: ${error.message}` });
      }
    })
  );
  result.files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return result;
}
function join(base, name) {
  return base === "" ? name : `${base}/${name}`;
}
function isIgnored(rules, rel, isDir) {
  for (const { base, ig } of rules) {
    const local = base === "" ? rel : rel.slice(base.length + 1);
    if (ig.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}
var SNIFF_BYTES = 8192;
async function readText(file, maxFileSize) {
  if (file.size > maxFileSize) return { ok: false, skip: `larger than ${maxFileSize} bytes` };
  let buffer;
  try {
    const fd = openSync(file.absolute, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
    try {
      buffer = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, error: `cannot read: ${error.message}` };
  }
  if (buffer.length > maxFileSize) return { ok: false, skip: `larger than ${maxFileSize} bytes` };
  if (buffer.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, skip: "binary" };
  const text = buffer.toString("utf8");
  if (file.kind === "source") {
    const why = generatedOrMinified(text);
    if (why) return { ok: false, skip: why };
  }
  return { ok: true, text };
}
var GENERATED_MARKER = /@generated|auto-?generated|do not edit|code generated by/i;
function generatedOrMinified(text) {
  const head = text.slice(0, 1024);
  if (GENERATED_MARKER.test(head)) return "generated";
  if (text.length > 4096) {
    let newlines = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines++;
    if (text.length / (newlines + 1) > 300) return "minified";
  }
  return null;
}
function countLines(text) {
  if (text.length === 0) return 0;
  let n = 0;
  let i = -1;
  while ((i = text.indexOf("\n", i + 1)) !== -1) n++;
  return text.endsWith("\n") ? n : n + 1;
}

// src/core/fact-cache.ts
import { closeSync as closeSync2, constants, fstatSync, mkdirSync, openSync as openSync2, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// src/core/version.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
var TOOL_VERSION = "0.1.0";
var digest = null;
function codeDigest() {
  if (true) return "ab6aebadbb211ee4";
  digest ??= hashSources(path2.resolve(path2.dirname(fileURLToPath(import.meta.url)), ".."));
  return digest;
}
function hashSources(dir) {
  const hash = createHash("sha1");
  const visit = (rel) => {
    for (const entry of readdirSync(path2.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && entry.name.endsWith(".ts")) hash.update(child).update("\0").update(readFileSync2(path2.join(dir, child))).update("\0");
    }
  };
  visit("");
  return hash.digest("hex").slice(0, 16);
}

// src/core/fact-cache.ts
var MAX_RESULTS = 4;
var MemoryFactCache = class {
  map = /* @__PURE__ */ new Map();
  /**
   * Rule results as JSON text, most recently used last: each is a fresh copy when read (the
   * scan's suppressions must not change what is kept), and a cache file reads them as strings,
   * parsing only the one a scan asks for.
   */
  results = /* @__PURE__ */ new Map();
  get(key) {
    return this.map.get(key);
  }
  set(key, facts) {
    this.map.set(key, facts);
  }
  getResult(key) {
    const text = this.results.get(key);
    if (text === void 0) return void 0;
    this.results.delete(key);
    this.results.set(key, text);
    let result = null;
    try {
      result = JSON.parse(text);
    } catch {
    }
    if (result && Array.isArray(result.gaps) && Array.isArray(result.runs) && Array.isArray(result.errors)) return result;
    this.results.delete(key);
    return void 0;
  }
  setResult(key, result) {
    this.results.delete(key);
    this.results.set(key, JSON.stringify(result));
    for (const oldest of this.results.keys()) {
      if (this.results.size <= MAX_RESULTS) break;
      this.results.delete(oldest);
    }
  }
  get size() {
    return this.map.size;
  }
};
var FORMAT = 3;
var MAX_CACHE_BYTES = 512 * 1024 * 1024;
var FileFactCache = class _FileFactCache extends MemoryFactCache {
  constructor(file) {
    super();
    this.file = file;
  }
  file;
  used = /* @__PURE__ */ new Set();
  /** Why the file's entries were not used, if they were not (shown to the user as a notice). */
  problem = null;
  /** Entries read from the file. */
  loaded = 0;
  static load(file) {
    const cache = new _FileFactCache(path3.resolve(file));
    let fd;
    try {
      fd = openSync2(cache.file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      if (error.code !== "ENOENT") cache.problem = `the fact cache ${file} could not be opened (${errorMessage(error)}); starting empty`;
      return cache;
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) cache.problem = `the fact cache ${file} is not a regular file; starting empty`;
      else if (stat.size > MAX_CACHE_BYTES) cache.problem = `the fact cache ${file} is larger than ${MAX_CACHE_BYTES >> 20} MB; starting empty`;
      else {
        const buffer = Buffer.alloc(stat.size);
        let offset = 0;
        while (offset < buffer.length) {
          const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
          if (read === 0) break;
          offset += read;
        }
        const newline = buffer.indexOf(10);
        const end = newline === -1 || newline > offset ? offset : newline;
        cache.adopt(JSON.parse(buffer.toString("utf8", 0, end)), file);
        if (cache.problem === null) cache.adoptResults(buffer.subarray(end + 1, offset));
      }
    } catch (error) {
      cache.problem = `the fact cache ${file} could not be read (${errorMessage(error)}); starting empty`;
    } finally {
      closeSync2(fd);
    }
    return cache;
  }
  adopt(data, file) {
    const cacheFile = data;
    if (!cacheFile || typeof cacheFile !== "object" || !Array.isArray(cacheFile.entries)) {
      this.problem = `the fact cache ${file} is not a shipshape fact cache; starting empty`;
      return;
    }
    if (cacheFile.format !== FORMAT || cacheFile.tool !== TOOL_VERSION || cacheFile.extractor !== EXTRACTOR_VERSION) {
      this.problem = `the fact cache ${file} was written by another shipshape version; starting empty`;
      return;
    }
    for (const entry of cacheFile.entries) {
      if (!Array.isArray(entry) || entry.length !== 2) continue;
      const [key, facts] = entry;
      if (typeof key === "string" && facts && typeof facts === "object" && typeof facts.path === "string") this.map.set(key, facts);
    }
    this.loaded = this.map.size;
  }
  adoptResults(lines) {
    for (let start = 0; start < lines.length; ) {
      const newline = lines.indexOf(10, start);
      const end = newline === -1 ? lines.length : newline;
      const tab = lines.indexOf(9, start);
      if (tab > start && tab < end) this.results.set(lines.toString("utf8", start, tab), lines.toString("utf8", tab + 1, end));
      start = end + 1;
    }
  }
  get(key) {
    const facts = super.get(key);
    if (facts) this.used.add(key);
    return facts;
  }
  set(key, facts) {
    super.set(key, facts);
    this.used.add(key);
  }
  /** Writes the entries this process used, and the latest rule results (atomically: a crash leaves the old file or the new one). */
  save() {
    const entries = [];
    for (const key of this.used) entries.push([key, this.map.get(key)]);
    const data = { format: FORMAT, tool: TOOL_VERSION, extractor: EXTRACTOR_VERSION, entries };
    mkdirSync(path3.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      const results = [...this.results].map(([key, text]) => `
${key}	${text}`).join("");
      writeFileSync(temporary, JSON.stringify(data) + results, { flag: "wx" });
      renameSync(temporary, this.file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
};

// src/core/engine.ts
import { createHash as createHash3 } from "node:crypto";
import { availableParallelism } from "node:os";
import path10 from "node:path";

// src/rules/packs.generated.ts
var RULE_DEFINITIONS = [
  {
    "id": "audit/audit-log-is-append-only",
    "dimension": "audit",
    "phase": "polish",
    "title": "Audit records are never changed or deleted outside a retention job",
    "why": 'An audit log is evidence only if nobody can quietly rewrite it. Code that updates or\ndeletes audit rows \u2014 an admin "clear log" button, a repair script, a cascade from deleting\na user \u2014 means the record of who did what can be edited by the people it records. Deleting\nold entries on a schedule, under a documented retention policy, is the one exception: a\nretention job (named for retention, purge, cleanup\u2026) whose query selects rows by age (a\ndate comparison such as `createdAt < cutoff`, or in raw SQL with the database clock:\n`WHERE created_at < now() - interval \'365 days\'`). A "purge this user\'s entries" action is not\none, whatever it is called, and neither is a cutoff the caller chooses (a DRF `purge` action\ndoing `entries = self.get_queryset()`, `entries.filter(created_at__lt=request.query_params["before"])`,\nthen `entries.delete()` on a viewset of the audit model).\n',
    "fix": "Remove the update or delete. If entries must expire, do it in one scheduled retention job\n(a file or function named for retention, purge or cleanup) that deletes only by age, and\nrestrict the database role the application uses to INSERT and SELECT on the audit table.\n",
    "example": {
      "language": "ts",
      "before": "router.delete('/admin/audit-log', requireRole('owner'), async (req, res) => {\n  await prisma.auditLog.deleteMany({ where: { organizationId: req.user.organizationId } });\n  res.sendStatus(204);\n});\n",
      "after": "// jobs/audit-retention.ts \u2014 runs nightly\nexport async function purgeExpiredAuditEntries() {\n  await prisma.auditLog.deleteMany({ where: { createdAt: { lt: subYears(new Date(), 7) } } });\n}\n"
    },
    "reported": "On the call that updates or deletes audit records.\n",
    "messages": {
      "deleted": {
        "title": "Audit records deleted by {{where}}",
        "message": "{{callee}} ({{path}}:{{line}}) deletes {{model}} rows in {{where}}, which is not a retention job: anyone who can run it can erase the record of what they did."
      },
      "updated": {
        "title": "Audit records changed by {{where}}",
        "message": "{{callee}} ({{path}}:{{line}}) updates {{model}} rows in {{where}}: an audit record that can be edited is not evidence."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "auditCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against a call's full callee text (e.g. `audit.record`, `logActivity`) that count as recording an audit event. Same default as audit/audit-trail-exists.",
          "default": [
            "(?:^|\\.)audit(?:Log|Logs|Trail|Logger|Service|Events?)?\\.\\w+$",
            "(?:^|\\.)(?:create|record|write|log|add|emit|insert|track|save|append)Audit\\w*$",
            "(?:^|\\.)audit(?:Event|Action|Log)?$",
            "(?:^|\\.)auditLog\\.(?:create|createMany|insert|add)$",
            "(?:^|\\.)AuditLog(?:Entry)?\\.(?:objects\\.)?create$",
            "^(?:Audit|Activity)(?:Log|Event|Entry|Record)$",
            "(?:^|\\.)(?:record|log)Activity$",
            "(?:^|\\.)activityLog\\.(?:create|insert)$",
            "(?:^|\\.)(?:record|log|write|create|add|emit|insert)_audit\\w*$",
            "(?:^|\\.)audit_log(?:ger)?\\.\\w+$",
            "(?:^|\\.)(?:record|log)_activity$"
          ]
        },
        "auditModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched case-insensitively against model and table names that hold an audit trail (`audit_log`, `AuditEvent`, `AuditLogEntry`, `audit_log_entries`). Same default as audit/audit-trail-exists.",
          "default": [
            "^(?:audit|activity|security)_?(?:log|event|trail|entry|entrie|record)s?(?:_?(?:entry|entrie|event|record|item))?s?$"
          ]
        },
        "retentionPatterns": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the file path and the enclosing function's name that mark a retention job allowed to delete old audit records (when it selects them by age, see `ageFilters`).",
          "default": [
            "retention",
            "purge",
            "prune",
            "clean[-_]?up",
            "expire",
            "expiry",
            "housekeeping",
            "rotate",
            "gdpr",
            "erasure"
          ]
        },
        "ageFilters": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the values a query selects rows by that make it a selection by age: a cutoff date, a comparison helper (`lt(t.createdAt, cutoff)`, `LessThan(cutoff)`), the clock (`new Date()`, `Date.now()`, `timezone.now()`). A retention job's update or delete is excused only with one of these.",
          "default": [
            "^(?:Date|now|cutoff|cut_?off|threshold|older_?than|expires_?at|retention\\w*|\\w*_?(?:cutoff|before|ago))$",
            "(?:^|\\.)(?:lt|lte|LessThan|LessThanOrEqual|isBefore|before)\\(",
            "(?:^|\\.)(?:now|utcnow|today)\\(\\)$",
            "^(?:timedelta|relativedelta|subDays|subWeeks|subMonths|subYears|dayjs|moment|addDays|Temporal\\.\\w+)\\b",
            "(?:^|\\.)(?:RETENTION\\w*|\\w*_DAYS|\\w*_MONTHS|\\w*_YEARS|\\w*Cutoff|\\w*_CUTOFF)$"
          ]
        }
      }
    },
    "references": [
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#protection"
    ],
    "source": "rules/audit/audit-log-is-append-only.yml"
  },
  {
    "id": "audit/audit-trail-exists",
    "dimension": "audit",
    "phase": "hardening",
    "title": "The application keeps an audit trail of changes",
    "why": `When something goes wrong \u2014 a deletion that shouldn't have happened, a credential that
surfaced \u2014 the first question is "who did what, when?". Without an audit trail the answer
is a guess pieced together from request logs, if they are still there. Enterprise buyers
ask for it in security questionnaires, and SOC 2 expects it.
`,
    "fix": "Add one audit helper that records actor, action, target, time and context to an\nappend-only table (or an audit service), and call it from every route that changes data.\nName it so it is recognisable (`audit.record`, `createAuditLog`, `AuditLog.objects.create`),\nor add your helper's name to the rule's `auditCalls` option.\n",
    "example": {
      "language": "ts",
      "before": "await prisma.project.update({ where: { id }, data: { status } });\n",
      "after": "await prisma.project.update({ where: { id }, data: { status } });\nawait audit.record({ actor: req.user.id, action: 'project.status_changed', target: id, data: { status } });\n"
    },
    "reported": "Once for the repository (no file): the message names the changes found and the audit shapes\nlooked for.\n",
    "messages": {
      "missing": {
        "title": "No audit trail: {{count}} data changes are never recorded",
        "message": "The application changes data in {{count}} places (for example {{example}}) but nothing records who made a change and when: no audit call ({{evidence}}) and no audit-log model was found."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "auditCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against a call's full callee text (e.g. `audit.record`, `logActivity`) that count as recording an audit event.",
          "default": [
            "(?:^|\\.)audit(?:Log|Logs|Trail|Logger|Service|Events?)?\\.\\w+$",
            "(?:^|\\.)(?:create|record|write|log|add|emit|insert|track|save|append)Audit\\w*$",
            "(?:^|\\.)audit(?:Event|Action|Log)?$",
            "(?:^|\\.)auditLog\\.(?:create|createMany|insert|add)$",
            "(?:^|\\.)AuditLog(?:Entry)?\\.(?:objects\\.)?create$",
            "^(?:Audit|Activity)(?:Log|Event|Entry|Record)$",
            "(?:^|\\.)(?:record|log)Activity$",
            "(?:^|\\.)activityLog\\.(?:create|insert)$",
            "(?:^|\\.)(?:record|log|write|create|add|emit|insert)_audit\\w*$",
            "(?:^|\\.)audit_log(?:ger)?\\.\\w+$",
            "(?:^|\\.)(?:record|log)_activity$"
          ]
        },
        "auditModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched case-insensitively against model and table names that hold an audit trail (`audit_log`, `AuditEvent`, `AuditLogEntry`, `audit_log_entries`).",
          "default": [
            "^(?:audit|activity|security)_?(?:log|event|trail|entry|entrie|record)s?(?:_?(?:entry|entrie|event|record|item))?s?$"
          ]
        }
      }
    },
    "references": [
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html"
    ],
    "source": "rules/audit/audit-trail-exists.yml"
  },
  {
    "id": "audit/sensitive-actions-are-recorded",
    "dimension": "audit",
    "phase": "hardening",
    "title": "Every sensitive action is recorded in the audit log",
    "why": "\"Who did this, and when?\" is the first question after a deletion that should not have\nhappened or a credential that surfaced \u2014 and the audit log can only answer for actions\nthat were recorded. Having an audit table is not enough: one team found seven important\nactions (project status changes, credential reveals, document submissions\u2026) happening\nsilently next to a working audit helper.\n\nA route is sensitive when it deletes data, changes roles, permissions or memberships,\nchanges a status, reveals or decrypts a credential, exports data (even when it only reads:\n`POST /exports`, `POST /exports/invoices`, `GET /users.csv`, an `exportPatientRecord` action;\nnot `GET /exports/:id` or `/exports/history`, which look at exports), submits or approves a\ndocument, changes billing or settings, or signs someone in or out. It is recorded when the\nhandler, a helper or service it calls, or a middleware on it (a NestJS interceptor too:\n`@UseInterceptors(AuditInterceptor)` on the controller or method, `APP_INTERCEPTOR`,\n`app.useGlobalInterceptors`, whose `intercept()` records) makes an audit call or writes\nan audit-log row \u2014 or a signal receiver does, for a signal the route sends (Django's\n`login()`/`logout()` send `user_logged_in`/`user_logged_out`, so an audit call in a\n`@receiver(user_logged_in)` records every sign-in; `membership.save()` and\n`Membership.objects.create(\u2026)` send `post_save` for Membership, `.delete()` sends\n`post_delete`, so a `@receiver(post_save, sender=Membership)` that writes the audit row\nrecords them \u2014 a queryset `.update()` sends no signal). Writes made to a row a service is\nhanded (`case.status = \u2026; case.save()` in `close_case(case: Case)`) or loaded through a function of\nthe same module (Sequelize `const invoice = await findInvoice(orgId, id); invoice.status = 'void';\nawait invoice.save()`, where `findInvoice` returns a row it read from `Invoice`) or by a lookup helper of\nanother module (Flask `program = program_service.get_org_program(org_id, program_id); program.status =\n\"archived\"; db.session.commit()`: a change of the model the helper reads) count as the route's, and\nso do the changes of a method of a service made for the request\n(`new ClientService(req.user).remove(id)`, or `svc.remove(id)` after `const svc = new ClientService(\u2026)`).\nA TypeORM repository's `save` of such a row writes what was set on it before\n(`const vehicle = await this.findForOrg(orgId, id); vehicle.status = 'decommissioned'; await this.repo.save(vehicle)`\nin a NestJS service changes the status of a `Vehicle`).\nA generic repository made for an entity through a factory (`const invoices = scoped(Invoice, user.workspaceId)`,\nwhere `scoped` returns `new WorkspaceRepository(entity, workspaceId)` and the class writes through its\n`Repository<T>`) changes that entity: `invoices.update(id, { status: 'sent' })` changes an `Invoice`, and\n`save(repo.create({ \u2026 } as T))` creates one.\nA Django REST framework view's rows are followed through the locals that hold them\n(`entries = self.get_queryset()`, `entries = entries.filter(created_at__lt=before)`, `entries.delete()`\ndeletes the view's model), and a viewset whose `http_method_names` leaves a method out has no route for\nit: a `ModelViewSet` with `http_method_names = [\"get\", \"post\", \"patch\"]` answers `DELETE` with 405, so its\ninherited `destroy` deletes nothing.\nA password route that changes nothing in the repository but one-time token rows (asking for a\nreset email through Django's `PasswordResetView`, or a handler that stores a `password_reset_tokens`\nrow and mails the link) is not a sign-in event; the route that sets the password is. Django's\nown `PasswordResetConfirmView` sets it through its `SetPasswordForm` with no code in the\nrepository: mounted as it is (the `path(\u2026)` is the route) it is reported unless the app records\nsign-ins through a `user_logged_in` receiver that writes an audit record; a subclass is judged\nby its `form_valid`.\n\nA route that establishes a session signs someone in, whatever its path says and whatever its\nmethod (`GET /auth/magic-link/verify`, an OAuth callback): it writes the caller's identity\ninto the session \u2014 `req.session.userId = user.id`, `req.session.user = \u2026`,\n`ctx.session.userId = \u2026`, iron-session's `session.userId = \u2026`, Flask's\n`session['user_id'] = \u2026` \u2014 in the handler or a helper it calls, or makes a sign-in call\n(`signInCalls`: Passport's `req.login(user)`/`req.logIn`, `req.session.regenerate(\u2026)`,\nFlask-Login's `login_user`, Django's `auth.login`). A principal other than a user signs in the\nsame way: a route that takes a token from the request (a magic link's `:token`, a lookup by\n`token_hash`) and writes another id into the session (`ctx.session.tenantId = row.tenant_id`,\n`req.session.patientId = \u2026`) signs in whoever that id names, when the repository declares that\nmodel with an email, a phone or a password column (a property manager's renters, a clinic's\npatients); an id kept as state (`session.cartId`) signs nobody in. A body that also reads the identity back\nfrom the session (a helper caching the current user there) signs nobody in, clearing it\n(`req.session.user = null`) is a sign-out, and signing in the account the route has just\ncreated (a sign-up or register route, or one that creates a user or account row) ends a\nsign-up rather than signing into an existing account.\n\nAuth.js (NextAuth) answers sign-in and sign-out itself behind its catch-all route\n(`app/api/auth/[...nextauth]/route.ts`, `pages/api/auth/[...nextauth].ts`): that route is\na sign-in event recorded by the configuration its handlers are built from \u2014 an audit call\nin its `events` (`signIn`, `signOut`, `createUser`, `linkAccount`) or in\n`callbacks.signIn`, followed into a configuration in another module (`authOptions`,\n`handlers` from `auth.ts`, an `authConfig` spread into it).\n\nWriting an audit row is the record itself; purging or rewriting the audit log is a deletion\nlike any other (`DELETE /admin/audit-log` must record who cleared it \u2014 the one event an\nauditor asks about first), and a call into the audit namespace that erases\n(`auditLog.deleteMany`, `auditService.purge\u2026`) records nothing. A route that only a schedule\nrequests (a Vercel cron's `path`, a scheduled workflow's `curl \u2026/api/cron/purge`) is the\nscheduler's work, not a user's action, and is not judged. A scheduled workflow whose one-line\n`run:` YAML cannot parse (an unquoted `-H \"X-Cron-Secret: \u2026\"`) is still read line by line; quote\nthat line or use `run: |`: strict YAML parsers, GitHub's among them, reject it.\n",
    "fix": "Call your audit helper with actor, action, target and context after the action succeeds,\nin the route or in the service that performs it. If your helper has another name, add it\nto the `auditCalls` option; if the action is not sensitive for you, narrow the\n`sensitiveModels`, `sensitiveRoutes` or `sensitiveCalls` options.\n",
    "example": {
      "language": "ts",
      "before": "router.post('/:id/reveal', async (req, res) => {\n  res.json(await revealCredential(req.user, req.params.id));\n});\n",
      "after": "router.post('/:id/reveal', async (req, res) => {\n  const revealed = await revealCredential(req.user, req.params.id);\n  await audit.record({ actor: req.user, action: 'credential.revealed', target: { type: 'credential', id: req.params.id }, req });\n  res.json(revealed);\n});\n"
    },
    "reported": "On the route that performs the action: the line that declares it (the router call, the decorated\nmethod or view, the exported handler, the server action or procedure).\n",
    "messages": {
      "missing": {
        "title": "{{route}} {{action}} without recording it in the audit log",
        "message": "{{route}} {{action}}, but no audit event is recorded: no audit call or audit-log write ({{evidence}}) in its middleware, its handler or the helpers it calls ({{helpers}})."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "auditCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against a call's full callee text (e.g. `audit.record`, `logActivity`) that count as recording an audit event. Same default as audit/audit-trail-exists.",
          "default": [
            "(?:^|\\.)audit(?:Log|Logs|Trail|Logger|Service|Events?)?\\.\\w+$",
            "(?:^|\\.)(?:create|record|write|log|add|emit|insert|track|save|append)Audit\\w*$",
            "(?:^|\\.)audit(?:Event|Action|Log)?$",
            "(?:^|\\.)auditLog\\.(?:create|createMany|insert|add)$",
            "(?:^|\\.)AuditLog(?:Entry)?\\.(?:objects\\.)?create$",
            "^(?:Audit|Activity)(?:Log|Event|Entry|Record)$",
            "(?:^|\\.)(?:record|log)Activity$",
            "(?:^|\\.)activityLog\\.(?:create|insert)$",
            "(?:^|\\.)(?:record|log|write|create|add|emit|insert)_audit\\w*$",
            "(?:^|\\.)audit_log(?:ger)?\\.\\w+$",
            "(?:^|\\.)(?:record|log)_activity$"
          ]
        },
        "auditModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched case-insensitively against model and table names that hold an audit trail (`audit_log`, `AuditEvent`, `AuditLogEntry`, `audit_log_entries`). Same default as audit/audit-trail-exists.",
          "default": [
            "^(?:audit|activity|security)_?(?:log|event|trail|entry|entrie|record)s?(?:_?(?:entry|entrie|event|record|item))?s?$"
          ]
        },
        "sensitiveModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the models a route updates that make the change sensitive (deletes always are; creates are judged by the route). A model named like the organization that the repository shows is held by another one (a `tenants` table of renters with an `org_id` column beside an `organizations` model) is not the organization and does not count.",
          "default": [
            "(?:member|membership|role|permission|invite|invitation|credential|secret|apikey|api_key|(?:token|access|permission|role|scope|oauth)_?grant|subscription|billing|payment|invoice|plan|setting|organization|workspace|tenant)s?$"
          ]
        },
        "sensitiveRoutes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route (`POST /documents/:id/submit`; camelCase names split into words, `server action submit Document`) that make a change sensitive. The word `status` names a status change only on a route that changes rows: one that only creates them (`POST /status-pages`, `POST /status/:slug/subscribe` of a status page product) is judged by the fields it writes, and its other words still count. A bare `checkout` is not among them (an equipment or library checkout is an ordinary change): a billing checkout is recognised by its call (`stripe.checkout.sessions.create`, see `sensitiveCalls`).",
          "default": [
            "(?:^|[/._\\s-])(?:members?|memberships?|roles?|permissions?|invites?|invitations?|status|approve|approval|reject|submit|submission|publish|unpublish|exports?|download|reveal|decrypt|credentials?|secrets?|api-?keys?|billing|subscription|plan|settings|impersonat\\w*|transfer|archive|restore|deactivate|suspend|ban|grant|revoke)(?:$|[/._\\s-])"
          ]
        },
        "systemRoutes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the full path of routes another system calls (webhooks, provider callbacks such as `/webhooks/twilio/status`). Their path words do not make a change sensitive, since no user acts there; what they delete, the privileged models and status fields they change, and the sensitive calls they make still do.",
          "default": [
            "(?:^|/)(?:webhooks?|hooks|callbacks?)(?:$|/)"
          ]
        },
        "signInRoutes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route (camelCase names split into words) that mark sign-in events, recorded even when no data changes.",
          "default": [
            "(?:^|[/._\\s-])(?:log[\\s_-]?in|log[\\s_-]?out|sign[\\s_-]?in|sign[\\s_-]?out|password|password[\\s_-]?reset|reset[\\s_-]?password|mfa|2fa|otp)(?:$|[/._\\s-])",
            "/\\[\\.\\.\\.nextauth\\]$"
          ]
        },
        "signInCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and its helpers that establish a session: the route is a sign-in event whatever its path and method. Writes of the caller's identity into the session (`req.session.userId = \u2026`, Flask's `session['user_id'] = \u2026`) count as well.",
          "default": [
            "(?:^|\\.)(?:req|request|ctx)\\.(?:login|logIn)$",
            "(?:^|\\.)session\\.regenerate$",
            "^(?:login_user|auth_login|django_login)$",
            "^(?:auth|django\\.contrib\\.auth)\\.login$"
          ]
        },
        "sensitiveCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and its helpers that make a route sensitive (an export, an approval, an impersonation, a billing checkout or subscription change).",
          "default": [
            "(?:^|\\.)(?:export|approve|reject|submit|publish|impersonate|transfer|grant|revoke)[A-Z]\\w*$",
            "(?:^|\\.)(?:export|approve|reject|submit|publish|impersonate|transfer|grant|revoke)_\\w+$",
            "(?:^|\\.)(?:checkout|billingPortal)\\.sessions\\.create$",
            "(?:^|\\.)stripe\\.subscriptions\\.(?:create|update|cancel|del|resume)$"
          ]
        },
        "statusFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the field names an update writes (as `.field`) that mean a status change; a status only read to compute another field (`cancelledAt: event.status === 'cancelled' ? new Date() : null`) is no status change. `state` is left out by default: it is more often a job's or a queue's processing state than a business status.",
          "default": [
            "(?:^|\\.)(?:status|stage|approvalStatus|approval_status|reviewStatus|review_status)$"
          ]
        },
        "roleFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the field names an update writes (as `.field`) that mean a role or privilege change, whatever the model and the route are called (`prisma.user.updateMany({ data: { role } })` under `PATCH /api/staff/:id`).",
          "default": [
            "(?:^|\\.)(?:role|roles|isAdmin|is_admin|isSuperuser|is_superuser|isStaff|is_staff|permissions)$"
          ]
        },
        "ignoredModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against models whose changes are bookkeeping, not actions (sessions, caches, one-time tokens such as `password_reset_tokens` or `password_resets`).",
          "default": [
            "^(?:session|sessions|user_session|usersession|verificationtoken|verification_token|refreshtoken|refresh_token|password_?reset_?(?:tokens?|requests?)?|password_?resets|cache\\w*|rate_?limit\\w*|outbox\\w*)$",
            "^\\w*(?:verification|one_?time|otp|magic_?link|login|reset)_?(?:code|token)s?$"
          ]
        },
        "queueModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against models that are usually a job queue's bookkeeping (`jobs`), ignored like `ignoredModels` unless the repository declares a model of that name itself (a Prisma `model Job`, a Django or SQLAlchemy model): then it is the business's own record (a field-service job) and its changes are judged.",
          "default": [
            "^(?:job|jobs)$"
          ]
        },
        "revealCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that decrypt or reveal a stored secret.",
          "default": [
            "(?:^|\\.)(?:decrypt\\w*|reveal\\w*|unseal\\w*|decipher\\w*)$",
            "^kms\\.decrypt$"
          ]
        },
        "maxDepth": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6,
          "description": "How many levels of the repository's own helpers and services to follow from the handler when looking for the action and its audit call.",
          "default": 3
        }
      }
    },
    "references": [
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html",
      "https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/"
    ],
    "source": "rules/audit/sensitive-actions-are-recorded.yml"
  },
  {
    "id": "monitoring/alerts-reach-a-destination",
    "dimension": "monitoring",
    "phase": "hardening",
    "title": "Alert code is called when something fails and posts to a declared destination",
    "why": "An alert helper that posts to Slack, Discord, Teams, PagerDuty or Opsgenie is only useful\nwhen two things hold: something calls it when a request, job or process fails, and the\nvariable that holds its destination (the webhook URL, the routing key) is declared where the\nservice is deployed. Written but never called, or called with an unset URL, it turns a 3 am\noutage into a silent one \u2014 while everyone believes alerting is in place. A post is an alert by\nits purpose: named for alerts, incidents, errors, failures, ops, on-call or monitoring (the\nfunction or its destination variable), sent from an error path, or going to PagerDuty or\nOpsgenie. A post named for another purpose \u2014 a sign-up heads-up to a sales channel\n(`postToSalesChannel`, `SLACK_SALES_WEBHOOK_URL`), a marketing digest, a newsletter \u2014 that no\nerror path sends is a notification and is not judged.\n",
    "fix": "Call the alert helper from the places where failures surface: the error middleware (Fastify's\n`setErrorHandler` or `onError` hook), the `catch` of background jobs and scheduled tasks, `process.on('unhandledRejection')`, the\nqueue's `failed` handler, Celery's `task_failure` signal. Declare its destination variable in\nthe service's environment template and deployment configuration (a Kubernetes manifest outside\nthe services' folders counts for the service its deployment, container, image or path is named\nafter; one that loads a whole secret with `envFrom` counts for anything unless the service's\n`.env.example` lists its variables and leaves this one out), and send a test alert once to\ncheck the channel. Python helpers are recognised by their `requests`/`httpx` posts to a\nvariable named after the channel (`os.environ[\"ALERT_SLACK_WEBHOOK_URL\"]`). A destination read through a\nsettings object counts as the variable behind it: t3's `createEnv` (`env.SLACK_ALERTS_WEBHOOK_URL`\nfrom `~/env`) or a config key bound to the environment (`config.slackAlertsUrl` from\n`slackAlertsUrl: process.env.OPS_SLACK_HOOK`); a schema in `src/env.js` is code, not a declaration.\n",
    "example": {
      "language": "ts",
      "before": "export function errorHandler(err, req, res, next) {\n  logger.error({ err }, 'unhandled error');\n  res.status(500).json({ error: 'internal_error' });\n}\n",
      "after": "export function errorHandler(err, req, res, next) {\n  logger.error({ err }, 'unhandled error');\n  void sendAlert('critical', 'Unhandled API error', { path: req.path });\n  res.status(500).json({ error: 'internal_error' });\n}\n"
    },
    "reported": "An undeclared destination: on the call that posts the alert (the\n`fetch`/`axios.post`/`requests.post` to the webhook). A helper never called, or never called\nwhen something fails: on the helper's definition.\n",
    "messages": {
      "neverCalled": {
        "title": "{{function}} posts alerts to {{channel}} but nothing calls it",
        "message": "`{{function}}` sends to {{channel}}{{destination}}, but no code in the repository calls it: the alert can never fire. Call it from the error middleware, job failure handlers or process-level hooks."
      },
      "notOnErrorPath": {
        "title": "{{function}} posts alerts to {{channel}} but is never called when something fails",
        "message": "`{{function}}` sends to {{channel}}{{destination}} and is called {{count}} time(s) ({{callers}}), but never from a catch block, error handler, process hook or job-failure handler: a crash or failed job will not page anyone."
      },
      "undeclared": {
        "title": "Alerts from {{function}} go to {{variable}}, which {{service}} does not declare",
        "message": "`{{function}}` posts to {{channel}} at the URL in `{{variable}}`, but nothing that configures the deployment of {{service}} declares it (looked in {{looked}}). When it is unset the alert is dropped."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "alertNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": 'Regular expressions (case-insensitive) matched against a sending function\'s name and its destination variables; a match makes it an alert rather than a notification (PagerDuty and Opsgenie are always alerts). "Page" counts only as paging someone (`page`, `pageOnCall`, `sendPage`, `PAGER_WEBHOOK_URL`, `paging`), not as a document page (`postPagePublished`).',
          "default": [
            "alert",
            "incident",
            "pag(?:er|ing)",
            "(?:^|[._])page(?:$|_?(?:on_?call|team|someone|engineers?|sre|responders?|humans?|admins?|ops))",
            "(?:send|trigger|fire|raise)_?page(?:$|_)",
            "on_?call",
            "error",
            "fail",
            "crash",
            "critical",
            "ops",
            "outage",
            "monitor"
          ]
        },
        "notificationNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against a sending function's name and its destination variables; a match makes a post that is not named for alerts (alertNames) and that no error path sends a notification (a sign-up heads-up in a sales channel, a digest), which is not judged.",
          "default": [
            "sales",
            "marketing",
            "sign_?ups?",
            "new_?(?:user|customer|account|company)",
            "digest",
            "newsletter",
            "growth",
            "welcome",
            "announce",
            "feedback"
          ]
        },
        "errorHandlerNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the name of the function a call is in; a match counts as an error path (on top of catch blocks, error middleware, process hooks and failure events).",
          "default": [
            "(?:^|\\.)(?:on|handle|report|notify)\\w*(?:Error|Errors|Failure|Failed|Exception|Crash|Incident)$",
            "(?:^|\\.)(?:on|handle|report|notify)_\\w*(?:error|failure|failed|exception|crash)$"
          ]
        }
      }
    },
    "references": [
      "https://api.slack.com/messaging/webhooks",
      "https://developer.pagerduty.com/docs/events-api-v2/overview/"
    ],
    "source": "rules/monitoring/alerts-reach-a-destination.yml"
  },
  {
    "id": "monitoring/error-tracking-is-configured",
    "dimension": "monitoring",
    "phase": "hardening",
    "title": "Every service reports its errors to an error tracker that has its key",
    "why": "Without error tracking, an exception in production is seen only by whoever reads the logs,\nusually after a customer complained. Installing the SDK is not enough: when the variable\nits DSN or API key is read from is not set where the service is deployed, the SDK starts\nwithout a key and silently sends nothing. The classic case is a template that declares\n`SENTRY_DSN_API` while the code reads `SENTRY_DSN`: everything looks wired, nothing arrives.\n",
    "fix": "Initialise an error tracker (Sentry, Bugsnag, Rollbar, Honeybadger\u2026) first thing in each\nservice, read its key from one variable, and declare that exact variable where the service's\ndeployment reads its environment: its `.env.example`, docker-compose `environment`, fly.toml,\nKubernetes manifest or Helm values. Then set the real value in the deployment's secrets.\nA service is a folder that registers routes or a Next.js app served with `next start` (the\nsame services `monitoring/health-endpoint-exists` judges): a Next.js app initialises its\ntracker in `instrumentation.ts` or `sentry.server.config.ts`.\nIn a monorepo, a Kubernetes manifest or Helm values file kept outside the services' folders\n(`deploy/k8s/api.yaml`, `k8s/api/deployment.yaml`, `charts/api/values.yaml`) counts for the\nservice folder its deployment, container, image or path is named after (`services/api`);\none that names no service counts for all of them. A docker-compose service counts for the\nfolder it is built from (`build`/`context`) or, without a build, the folder it mounts\n(`volumes: [\"./services/worker:/app\"]`). A manifest that loads a whole secret (`envFrom`) may\ndeclare anything, unless the service's `.env.example` lists the variables its deployment must\nset and leaves this one out. A service that serves no routes (a Celery or queue worker) is\njudged too when it initialises a tracker.\n",
    "example": {
      "language": "ts",
      "before": "// src/instrument.ts\nSentry.init({ dsn: process.env.SENTRY_DSN });\n# .env.example\nSENTRY_DSN_API=\n",
      "after": "// src/instrument.ts\nSentry.init({ dsn: process.env.SENTRY_DSN });\n# .env.example\nSENTRY_DSN=\n"
    },
    "reported": "On the SDK's initialisation (`Sentry.init(\u2026)`) when it is there but cannot report (no DSN\ndeclared, disabled, empty); once per service (no file) when a service initialises no error\ntracking at all.\n",
    "messages": {
      "missing": {
        "title": "No error tracking in {{service}}",
        "message": "In {{service}}, {{count}} routes are served but no error-tracking SDK is initialised (looked for Sentry, Bugsnag, Rollbar, Honeybadger, Datadog and OpenTelemetry initialisation). An exception there is seen only by whoever reads the logs."
      },
      "missingNext": {
        "title": "No error tracking in {{service}}",
        "message": "The Next.js app in {{service}} is served with `next start` but initialises no error-tracking SDK (looked for Sentry, Bugsnag, Rollbar, Honeybadger, Datadog and OpenTelemetry initialisation anywhere in its folder, `instrumentation.ts` and `sentry.server.config.ts` included). An exception while rendering a page or running a server action is seen only by whoever reads the logs."
      },
      "undeclared": {
        "title": "{{callee}} reads its {{option}} from {{variable}}, which {{service}} does not declare",
        "message": "`{{callee}}` takes `{{option}}` from `{{variable}}`, but nothing that configures the deployment of {{service}} declares it (looked in {{looked}}).{{similar}} Unless it is set by hand on every host, {{sdk}} starts without a key and silently sends nothing."
      },
      "empty": {
        "title": "{{callee}} is initialised with an empty {{option}}",
        "message": "`{{callee}}` in {{service}} is given an empty `{{option}}`, so {{sdk}} is installed but sends nothing. Read it from a variable declared in the service's environment."
      },
      "noKey": {
        "title": "{{callee}} is initialised without a {{option}}",
        "message": "`{{callee}}` in {{service}} is called without `{{option}}` and {{sdk}} has no variable it reads one from by itself, so nothing is sent."
      },
      "disabled": {
        "title": "{{callee}} is switched off in code",
        "message": "`{{callee}}` in {{service}} passes `enabled: false` as a literal, so {{sdk}} never reports anything, in any environment."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "requireInEveryService": {
          "type": "boolean",
          "description": "Report services that serve requests (routes, or a Next.js app run with `next start`) but initialise no error tracker at all (not only trackers whose key is missing).",
          "default": true
        }
      }
    },
    "references": [
      "https://docs.sentry.io/platforms/javascript/guides/node/configuration/options/#dsn",
      "https://12factor.net/config"
    ],
    "source": "rules/monitoring/error-tracking-is-configured.yml"
  },
  {
    "id": "monitoring/health-endpoint-exists",
    "dimension": "monitoring",
    "phase": "hardening",
    "title": "Every service exposes a health endpoint",
    "why": 'Load balancers, orchestrators and uptime monitors need a cheap URL that answers "is this\ninstance alive and able to serve?". Without one, a hung process keeps receiving traffic,\ndeploys cannot tell a healthy release from a broken one, and the first alert comes from a\ncustomer.\n',
    "fix": "Add a `GET /health` (or `/healthz`) route that answers 200 quickly, optionally checking\nthe database connection, and point your uptime monitor and load-balancer health check at it.\nServe it without authentication: a probe cannot sign in. Under a global authentication guard\n(NestJS `APP_GUARD` or `app.useGlobalGuards(new JwtAuthGuard())`), mark the health controller\nor route public (`@Public()`, see the `publicMarkers` option).\n\nWhich services are judged: every service that registers routes, and every Next.js app\nserved with `next start` (a web server, even with pages only), where `app/api/health/route.ts`,\n`app/healthz/route.ts` or `pages/api/health.ts` is the health route. A Next.js static export\nhas no server: switch the rule off for its folder with an `ignore` entry.\n",
    "example": {
      "language": "ts",
      "before": "app.use('/api', apiRouter);\n",
      "after": "app.get('/healthz', async (_req, res) => {\n  await prisma.$queryRaw`SELECT 1`;\n  res.json({ status: 'ok' });\n});\napp.use('/api', apiRouter);\n"
    },
    "reported": "A health route that a probe cannot reach (behind authentication): on that route. No health route\nat all: once per service (no file).\n",
    "messages": {
      "missing": {
        "title": "Service {{service}} has no health endpoint",
        "message": "The service in {{service}} registers {{count}} routes but none of them is a health check (looked for paths matching {{paths}})."
      },
      "missingNext": {
        "title": "Service {{service}} has no health endpoint",
        "message": "The Next.js app in {{service}} is served with `next start` but has no health route, so a load balancer or uptime monitor can only probe a rendered page. Add `app/api/health/route.ts` (or `pages/api/health.ts`) answering GET."
      },
      "authenticated": {
        "title": "The health endpoint of {{service}} requires authentication",
        "message": "{{route}} is the only health check of {{service}}, but it sits behind {{guard}}: a load balancer, orchestrator or uptime monitor cannot sign in, so it gets a 401 or a login redirect. Serve the health check without authentication (it should reveal nothing but ok)."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "paths": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the full path of GET routes that count as a health endpoint. A health word names the whole path, under static folders (`/healthz`, `/api/v1/health`, `/health/live`); the words that also name resources (`status`, `ping`, `ready`) only at the root or under an operations prefix (`/status`, `/api/status`, `/internal/ping`), so `/invoices/:id/status` is not one. A route behind an authentication guard never counts.",
          "default": [
            "^/?(?:[\\w.-]+/)*(?:health|healthz|healthcheck|health-check|health_check|livez|readyz|livenessz?|readiness|_health|__health)(?:/[\\w.-]+)?/?$",
            "^/?(?:(?:api|internal|_internal|private|ops|_ops|system|sys|monitoring|management|manage|admin|actuator|meta|_|__|-|v\\d+)/){0,2}(?:ping|status|ready|alive|up|heartbeat)/?$"
          ]
        },
        "authGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names that authenticate the caller; a health path behind one (bound to it, its router or controller, or globally) does not count, since a probe cannot sign in (`app.use('/api', authenticateJwt, apiRouter)` locks `/api/status`). A database connection check is no sign-in; `sequelize.authenticate()` (or `db.`/`connection.authenticate()`) in a health handler tests the database. Calls in the handler's own body count too (`await requireSession()` in a Next.js route), except predicates (`isAuthenticated()`), which may only choose what to show.",
          "default": [
            "(?:^|\\.)(?:requireAuth|requireUser|requireSession|isAuthenticated|ensureAuthenticated|authenticated|verifyToken|verifyJwt|jwtAuth|withAuth|requireLogin|requireApiKey|apiKeyAuth)$",
            "^(?![\\w$.]*\\b(?:sequelize|db|database|connection|conn|knex|pool|dataSource|orm)\\.authenticate$)(?:.*\\.)?(?:authenticate\\w*|authMiddleware|authGuard|jwtMiddleware|bearerAuth|basicAuth|expressjwt|expressJwt)$",
            "(?:^|\\.)(?:get_current_user|current_user|login_required|require_user|require_auth|verify_api_key|permission_required)$",
            "AuthGuard|JwtAuthGuard|IsAuthenticated|LoginRequiredMixin"
          ]
        },
        "publicMarkers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against decorator or guard names that exempt a route from global guards (NestJS `@Public()` read by a global `JwtAuthGuard`). A health route under a global authentication guard (`APP_GUARD`, `app.useGlobalGuards`) counts only with one of these on it or its controller; keep them in step with the security rules' `publicMarkers`.",
          "default": [
            "^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute|AllowAny|csrf_exempt_public)$"
          ]
        },
        "healthLibraries": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that register health endpoints through a library (Terminus, Lightship).",
          "default": [
            "(?:^|\\.)createTerminus$",
            "(?:^|\\.)createLightship$"
          ]
        }
      }
    },
    "references": [
      "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
    ],
    "source": "rules/monitoring/health-endpoint-exists.yml"
  },
  {
    "id": "monitoring/uptime-is-monitored",
    "dimension": "monitoring",
    "phase": "hardening",
    "title": "Something outside the application checks that it is up",
    "why": "Error tracking only reports errors the application is alive to report. When the process\ncrashes, the host dies, DNS breaks or the certificate expires, nothing inside the app can\ntell anyone: the first to notice is a customer, or whoever happens to refresh the page at\n3 am. An external uptime check that requests the site every minute or so is free on most\nservices and takes minutes to set up.\n",
    "fix": "Point an uptime monitor at the health endpoint and route its alerts to a channel someone\nwatches. Keep it as code when you can \u2014 Upptime (`.upptimerc.yml`), Checkly constructs,\nTerraform `betteruptime_monitor`/`uptimerobot_monitor`, or a scheduled workflow that\nrequests the site \u2014 or, for a monitor configured in a hosted service's dashboard, name it\nand the URL it checks in the runbook.\n",
    "example": {
      "language": "yaml",
      "before": "# (no monitor anywhere)\n",
      "after": "# .upptimerc.yml\nowner: acme\nrepo: status\nsites:\n  - name: API\n    url: https://api.acme.example/healthz\n"
    },
    "reported": "Once for the repository (no file).\n",
    "messages": {
      "missing": {
        "title": "Nothing checks from outside that the application is up",
        "message": "The repository serves {{count}} routes{{health}} but no uptime monitor was found: no Upptime, Checkly or Terraform monitor, no scheduled workflow that requests the site, and no document naming a hosted uptime service (UptimeRobot, Better Stack, Pingdom\u2026). If the site goes down, nobody is told."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "acceptDocumented": {
          "type": "boolean",
          "description": "Accept a monitor that a document (runbook, README) says a hosted service runs, since a monitor configured in a dashboard leaves no other trace in the repository.",
          "default": true
        }
      }
    },
    "references": [
      "https://upptime.js.org/",
      "https://www.checklyhq.com/docs/cli/"
    ],
    "source": "rules/monitoring/uptime-is-monitored.yml"
  },
  {
    "id": "operations/dependency-updates-are-automated",
    "dimension": "operations",
    "phase": "polish",
    "title": "A dependency-update bot is configured and able to open pull requests",
    "why": "Dependencies age into known vulnerabilities one release at a time. A bot that opens update\npull requests keeps the upgrades small and regular instead of one frightening jump after an\nincident. A configuration that looks right but does nothing \u2014 a Dependabot file with the wrong\nname or outside `.github/`, `open-pull-requests-limit: 0`, Renovate with `enabled: false` \u2014\nis worse than none, because everyone believes updates are handled.\n",
    "fix": "Add `.github/dependabot.yml` (`version: 2`, one `updates` entry per package ecosystem with\n`directory` and `schedule.interval`, no zero pull-request limit) or a Renovate configuration\n(`renovate.json` at the root).\n",
    "example": {
      "language": "yaml",
      "before": "# dependabot.yml (at the repository root: never read)\nversion: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n    open-pull-requests-limit: 0\n",
      "after": "# .github/dependabot.yml\nversion: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: { interval: weekly }\n"
    },
    "reported": "A configuration that cannot work (wrong name or place, zero pull requests): on that file. None\nat all: once for the repository (no file).\n",
    "messages": {
      "missing": {
        "title": "No dependency-update bot is configured",
        "message": "Neither Dependabot (.github/dependabot.yml) nor Renovate (renovate.json, .renovaterc, package.json#renovate) is configured, so dependencies ({{ecosystems}}) are only updated when someone remembers."
      },
      "broken": {
        "title": "{{tool}} configuration {{path}} does not open update pull requests",
        "message": "{{path}} configures {{tool}}, but it cannot work as written: {{problems}}."
      },
      "uncovered": {
        "title": "Dependabot does not update the {{ecosystem}} dependencies",
        "message": "The repository has {{ecosystem}} dependencies ({{manifest}}) but no working entry of {{path}} updates them."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "references": [
      "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference",
      "https://docs.renovatebot.com/configuration-options/"
    ],
    "source": "rules/operations/dependency-updates-are-automated.yml"
  },
  {
    "id": "operations/expired-data-is-cleaned-up",
    "dimension": "operations",
    "phase": "hardening",
    "title": "Expired sessions, tokens, invites and one-time codes are deleted by a scheduled job",
    "why": "Rows with an expiry date \u2014 sessions, password-reset and verification tokens, invites,\none-time codes \u2014 stop being valid when they expire, but they do not disappear. Without a\ncleanup job the tables grow for ever, queries and backups slow down, and secrets and\npersonal data (token hashes, email addresses, IP addresses) are kept long after anyone\nneeds them, which is a liability in a breach.\n\nshipshape looks for models (Prisma, Drizzle tables, Mongoose schemas and `@nestjs/mongoose`\n`@Schema()` classes, TypeORM `@Entity()` classes, Sequelize models (`sequelize.define('VerificationCode', { expiresAt: \u2026 })`\nand `Model.init({ \u2026 }, { sequelize })` classes), SQLAlchemy, SQLModel, Django, and tables created by Knex migrations,\n`knex.schema.createTable('password_reset_tokens', (t) => { t.timestamp('expires_at') })`, or in SQL schema files,\n`CREATE TABLE password_resets (\u2026 expires_at TIMESTAMPTZ \u2026)`; a table an ORM model also declares, as a Prisma\nmigration's `migration.sql` does, is the model's) whose name says they expire and that have\nan expiry field, and for a MongoDB TTL index on the model (`expiresAt: { type: Date, expires: 0 }`,\n`@Prop({ expires: 0 })`, or `schema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })`: the\ndatabase deletes expired documents itself) or a scheduled job (cron, queue repeatable, Vercel cron, scheduled workflow, Celery\nbeat, APScheduler, Kubernetes CronJob, pg_cron\u2026) that deletes their rows, following the job\ninto the code it runs (a Vercel cron route built by a factory, `export const GET =\ncronHandler('purge', purgeExpiredTokens)`, runs the function passed to it, and so does an\nAPScheduler job wrapped for the app context, `scheduler.add_job(_in_app(app, purge_expired_tokens), \"cron\", hour=3)`,\nand a helper of the repository that schedules its parameter: `job('purge', '0 3 * * *', purgeExpiredTokens)`\nwith `function job(name, expr, run) { cron.schedule(expr, () => run()) }`, and the entry of a table of\nfunctions a queue's worker picks by the repeatable's data or name: `maintenance.add('cleanup', { task:\n'purge-tokens' }, { repeat })` processed by `runCleanup(job.data.task)` runs `cleanupTasks['purge-tokens']`). A delete through another handle on the same table counts (a\nSQLAlchemy Core `Table(\"sessions\", \u2026)` for the model whose `__tablename__` is `sessions`). When the privacy policy promises a retention period for the same\ndata, `privacy/retention-promise-is-enforced` reports it instead, so one missing cleanup is\none gap.\n",
    "fix": "Add a scheduled job that deletes expired rows, for example a daily cron running\n`prisma.session.deleteMany({ where: { expiresAt: { lt: new Date() } } })`, a Celery beat\ntask, or a pg_cron statement. With MongoDB, a TTL index on the expiry field\n(`expires: 0` on the Mongoose path) does it without a job.\n",
    "example": {
      "language": "typescript",
      "before": "// schema.prisma: model PasswordResetToken { \u2026 expiresAt DateTime }\n// nothing deletes expired tokens\n",
      "after": "cron.schedule('15 3 * * *', async () => {\n  await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});\n"
    },
    "reported": "On the model of the expiring data: its definition (the Prisma `model`, the entity or model\nclass, the table).\n",
    "messages": {
      "notCleaned": {
        "title": "Expired {{model}} rows are never deleted",
        "message": "{{model}} expires ({{field}}) but no scheduled job deletes its rows: {{jobs}}. Expired rows stay in the database and in every backup."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "modelNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against model names (lower case, singular, without separators) of data that expires.",
          "default": [
            "session$",
            "token$",
            "invite$",
            "invitation$",
            "otp",
            "onetime",
            "(verification|confirmation|login|magic|reset|auth|sms|email)code$",
            "magiclink$",
            "nonce$",
            "challenge$",
            "passwordreset$"
          ]
        },
        "expiryFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against field names (snake_case) that hold the expiry.",
          "default": [
            "^(expires|expire|expiry|expiration)(_?(at|on|date|time))?$",
            "^valid_?until$",
            "^ttl$"
          ]
        }
      }
    },
    "references": [
      "https://gdpr-info.eu/art-5-gdpr/"
    ],
    "source": "rules/operations/expired-data-is-cleaned-up.yml"
  },
  {
    "id": "operations/public-endpoints-are-rate-limited",
    "dimension": "operations",
    "phase": "hardening",
    "title": "Sign-in, sign-up, password reset, invitation, magic-link and public API endpoints are rate-limited",
    "why": 'Endpoints anyone on the internet can call are where credential stuffing, password-reset\nemail floods, token guessing and scraping happen. A limiter on `/login` alone is a common\nhalf-measure: the password-reset endpoint next to it still sends one email per request, and\nits confirm endpoint still lets an attacker try tokens as fast as the server answers. A\nglobal limiter counts only where it really applies \u2014 in Express, `app.use(limiter)`\nregistered after the routers, or under another prefix, protects nothing.\n\nA CORS preflight (an `OPTIONS` handler beside a public form\'s `POST`) is not judged: it answers\nwith headers and changes nothing; the request it announces is the one that needs the limit.\n\nDjango\'s built-in `LoginView`, `PasswordResetView` and `PasswordResetConfirmView` mounted in\na `urls.py` are judged as the POST routes they are, at their `path(...)`, as sign-in and\npassword reset whatever the path (Django\'s own `reset/<uidb64>/<token>/` included); wrapping\nthem (`ratelimit(key="ip", rate="5/h")(auth_views.PasswordResetView.as_view())`) covers them.\nA subclass of one of them in the repository that does not write `post` itself (one that only\nadds a `form_valid` hook) is the same endpoint: it is judged the same way, at the `path(...)`\nthat mounts it, and `@method_decorator(ratelimit(\u2026), name="post")` on the class covers it too.\n\nA limiter called in a Next.js `middleware.ts` covers the routes its `config.matcher` matches\n(every route when there is no matcher); routes outside the matcher stay unlimited.\n\nFastify\'s `@fastify/rate-limit` registered as is limits every route of the service, except a\nroute whose options switch it off (`config: { rateLimit: false }`). Registered with\n`global: false`, it limits only the routes that set their own limit in their options\n(`{ config: { rateLimit: { max: 5, timeWindow: \'1 minute\' } } }`, also through a constant of\nthe same file such as `{ config: strict }`); every other route is unlimited.\n\nDjango REST framework: throttle classes a view sets itself (`@throttle_classes([LoginThrottle])`\non a function view, `throttle_classes = [...]` on a class view or in `@action(...)`) limit it,\nwhatever the classes are called. `REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"]` limits every DRF\nview, except one that sets `throttle_classes = []`; it does not limit plain Django views.\n',
    "fix": "Apply a limiter to every such route (or to their router, before the routes are registered):\n`express-rate-limit`/`rate-limiter-flexible` middleware, `@nestjs/throttler`'s\n`ThrottlerGuard`, `@fastify/rate-limit`, `@upstash/ratelimit` in the handler or in a Next.js `middleware.ts` whose matcher covers the route, slowapi's\n`@limiter.limit(...)`, Flask-Limiter's `@limiter.limit(...)` on a view or\n`limiter.limit(\"20 per hour\")(bp)` on a whole blueprint, Django REST framework throttles. Keep limits strict on flows that send\nemail or check secrets.\n",
    "example": {
      "language": "ts",
      "before": "authRouter.post('/login', loginLimiter, login);\nauthRouter.post('/password-reset', requestPasswordReset);\n",
      "after": "authRouter.use(authLimiter);\nauthRouter.post('/login', loginLimiter, login);\nauthRouter.post('/password-reset', requestPasswordReset);\n"
    },
    "reported": "On the route: the line that declares it (for a sign-in route a library serves, such as Auth.js,\nthe line that mounts it).\n",
    "messages": {
      "unlimited": {
        "title": "{{route}} ({{flow}}) is not rate-limited",
        "message": "{{route}} is a {{flow}} endpoint anyone can call, and no rate limiter applies to it: none among its middleware, its routers' middleware registered before it, the calls its handler makes, or the service-wide limiters.{{settings}}{{nearby}}"
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "publicFlows": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": 'Flows that are public by nature, by name, each a regular expression matched against "METHOD /full/path". A route behind an authentication guard is not judged.',
          "default": {
            "sign-in": "^(?:POST|PUT|ANY) \\S*/(?:login|log-in|signin|sign-in|sign_in|sessions?|token|authenticate)/?$",
            "sign-up": "^(?:POST|PUT|ANY) \\S*/(?:signup|sign-up|sign_up|register|registration)/?$",
            "password reset": "^(?:POST|PUT|PATCH|ANY) \\S*/(?:forgot-password|forgot_password|reset-password|reset_password|password-reset|password_reset|password/(?:forgot|reset))(?:/\\S*)?$",
            "invitation": "^(?:GET|POST|PUT|ANY) \\S*/(?:invites?|invitations?)/(?::\\w*token\\w*|\\{\\w*token\\w*\\})(?:/\\S*)?$|^(?:POST|PUT|ANY) \\S*/(?:invites?|invitations?)/\\S+/accept/?$|^(?:POST|ANY) \\S*/accept-invit\\w*/?$",
            "magic link": "^(?:GET|POST|ANY) \\S*/(?:magic-link|magic_link|magiclink|passwordless|otp|one-time-code|verify-email|verify_email|email/verify|confirm-email)(?:/\\S*)?$"
          }
        },
        "publicApis": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": 'Regular expressions matched against "METHOD /full/path" of routes that form a public API; judged when no authentication guard applies.',
          "default": [
            "^\\S+ /(?:api/)?(?:v\\d+/)?public(?:/|$)"
          ]
        },
        "authGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names that authenticate the caller (a route behind one is not public).",
          "default": [
            "(?:^|\\.)(?:requireAuth|requireUser|requireSession|isAuthenticated|ensureAuthenticated|authenticated|verifyToken|verifyJwt|jwtAuth|withAuth|requireLogin|requireApiKey|apiKeyAuth)$",
            "(?:^|\\.)(?:get_current_user|current_user|login_required|require_user|require_auth|verify_api_key)$",
            "AuthGuard|JwtAuthGuard|IsAuthenticated"
          ]
        },
        "limiterNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against middleware, guard, decorator and call names that are rate limiters (on top of limiters built from a known rate-limit package).",
          "default": [
            "[Rr]ate_?[Ll]imit",
            "[Ll]imiter(?:\\b|\\.|$)",
            "[Tt]hrottl",
            "[Ss]low_?[Dd]own",
            "[Bb]rute"
          ]
        },
        "exemptions": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names that switch a limiter off for the route.",
          "default": [
            "SkipThrottle",
            "limiter\\.exempt",
            "ratelimit_exempt"
          ]
        },
        "webhookVerification": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls (in the route, its guards and the helpers they call) that verify a webhook's signature (Stripe, GitHub, Svix, Slack, Twilio\u2026): a public API route that verifies one is a webhook called by one provider, not by the public, and is not judged (sign-in, sign-up, password reset, invitation and magic-link flows always are).",
          "default": [
            "(?:^|\\.)(?:constructEvent|constructEventAsync|construct_event|validateRequest|verifyKey|timingSafeEqual|compare_digest)$",
            "(?:^|\\.)(?:verify|validate|check|assert)\\w*(?:Signature|Webhook|Hmac|HMAC)\\w*$",
            "(?:^|\\.)(?:verify|validate|check)_\\w*(?:signature|webhook|hmac)\\w*$",
            "(?:^|\\.)(?:wh|webhook|webhooks|svix|receiver|Receiver|Webhook|slack|signature)\\.verify$"
          ]
        }
      }
    },
    "references": [
      "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#protect-against-automated-attacks",
      "https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/"
    ],
    "source": "rules/operations/public-endpoints-are-rate-limited.yml"
  },
  {
    "id": "operations/restore-is-tested",
    "dimension": "operations",
    "phase": "hardening",
    "title": "Database backups exist and restoring one is exercised by a script or CI job",
    "why": "Most teams have backups; very few have ever restored one. A backup nobody restored is a\nhope: the dump may be empty, the snapshot may lack a schema, the restore may take six hours,\nand the steps live in one person's head. The moment you need it is the worst moment to find\nout. A restore that runs from a script or a scheduled CI job into a scratch database proves\nthe backups work and leaves the exact steps written down.\n",
    "fix": "Take backups (managed database snapshots with retention, or a scheduled `pg_dump`), and add\na script or a scheduled CI job that restores the latest one into a scratch database and runs\na sanity query (`pg_restore` into a service container, `aws rds restore-db-instance-from-db-snapshot`\ninto a throwaway instance). Link it from the runbook's restore section.\n",
    "example": {
      "language": "yaml",
      "before": '# .github/workflows/backup.yml\n- run: pg_dump "$DATABASE_URL" -Fc -f backup.dump\n',
      "after": `# .github/workflows/restore-drill.yml (weekly)
- run: pg_restore --no-owner -d "$SCRATCH_DATABASE_URL" latest.dump
- run: psql "$SCRATCH_DATABASE_URL" -c 'select count(*) from users'
`
    },
    "reported": "Once for the repository (no file); the message lists the backup evidence found, if any.\n",
    "messages": {
      "noBackups": {
        "title": "No database backups are configured or documented",
        "message": "The application stores data ({{evidence}}) but the repository shows no backup: no pg_dump/mysqldump/mongodump in scripts or CI, no snapshot retention in infrastructure code, no backup procedure in the docs."
      },
      "neverRestored": {
        "title": "Backups are never restored by a script or CI job",
        "message": "Backups exist ({{backups}}) but no script or CI job restores one{{documented}}. Nobody knows whether they can be restored, or how long it takes."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "references": [
      "https://www.postgresql.org/docs/current/backup-dump.html#BACKUP-DUMP-RESTORE"
    ],
    "source": "rules/operations/restore-is-tested.yml"
  },
  {
    "id": "operations/runbook-exists",
    "dimension": "operations",
    "phase": "polish",
    "title": "A runbook says how to handle an incident, roll back, restore data and whom to call",
    "why": "At 2 am, whoever is on call needs written steps, not tribal knowledge: how to tell what\nis broken, how to roll back a deploy, how to restore the database, and whom to call. A\nrunbook turns an outage from improvisation into a checklist, and lets someone other than\nthe founder handle it.\n",
    "fix": "Add `docs/runbook.md` (or `RUNBOOK.md`) with at least: incident response (how to triage\nand communicate), rollback (how to revert a deploy), restore (how to restore data from a\nbackup), and contacts (who is on call, escalation, vendors).\n",
    "example": {
      "language": "markdown",
      "before": "docs/\n  architecture.md\n",
      "after": "docs/\n  architecture.md\n  runbook.md   # Incident response \xB7 Rollback \xB7 Restore \xB7 Contacts\n"
    },
    "reported": "No runbook: once for the repository (no file). A runbook missing sections: on the runbook file.\n",
    "messages": {
      "missing": {
        "title": "No runbook in the repository",
        "message": "No runbook was found (looked for files named like {{names}} and documents with a heading that mentions a runbook or incident response)."
      },
      "incomplete": {
        "title": "The runbook {{path}} has no {{missing}} section",
        "message": "{{path}} is the runbook, but it does not cover {{missing}} (looked at the headings{{files}}). Whoever is on call at 2 am will have to improvise those steps."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "names": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against file paths that are runbooks.",
          "default": [
            "(^|/)run-?books?(/|\\.(md|mdx|txt|rst|html)$)",
            "(^|/)(on-?call|incident(-response)?|playbook)s?(/|\\.(md|mdx|txt|rst)$)"
          ]
        },
        "sections": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "The sections a runbook must have, each a regular expression (case-insensitive) matched against its headings and, for a runbook folder, its file names. The rollback section may be worded in any inflection (Rollback, Roll back, Rolling back a deploy, Rollbacks, Reverting).",
          "default": {
            "incident response": "incident|outage|triage|on-?call|escalat|emergency|something.*(broken|down|wrong)|when .* (breaks|fails|goes down)",
            "rollback": "\\broll(s|ed|ing)?[ -]?backs?\\b|revert|redeploy|previous (release|version|deploy)",
            "restore": "restor|backup|recover|disaster",
            "contacts": "contact|escalat|on-?call|who to (call|page)|people|owners?|support|vendors?|phone|pager"
          }
        }
      }
    },
    "references": [
      "https://sre.google/sre-book/being-on-call/"
    ],
    "source": "rules/operations/runbook-exists.yml"
  },
  {
    "id": "operations/security-policy-exists",
    "dimension": "operations",
    "phase": "polish",
    "title": "A security policy tells researchers how to report a vulnerability",
    "why": "Someone who finds a vulnerability in your product needs to know whom to tell and how,\nwithout opening a public issue. Without a `SECURITY.md`, reports go to a support inbox, a\npublic issue, or nowhere. Enterprise customers' security reviews also ask for a disclosure\npolicy; GitHub shows the file in the repository's Security tab.\n",
    "fix": "Add `SECURITY.md` at the root, in `.github/` or in `docs/` (the only places GitHub reads it)\nwith the supported versions, a private way to report (an address or GitHub's private\nvulnerability reporting) and the response time you commit to.\n",
    "example": {
      "language": "markdown",
      "before": "README.md\n",
      "after": "README.md\nSECURITY.md   # Reporting a vulnerability: security@acme.example, reply within 2 business days\n"
    },
    "reported": "Once for the repository (no file).\n",
    "messages": {
      "missing": {
        "title": "No security policy (SECURITY.md)",
        "message": "No SECURITY.md was found at the root, in .github/ or in docs/ (the places GitHub reads it).{{misplaced}} Researchers have no private way to report a vulnerability."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {}
    },
    "references": [
      "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository"
    ],
    "source": "rules/operations/security-policy-exists.yml"
  },
  {
    "id": "operations/tests-run-in-ci",
    "dimension": "operations",
    "phase": "hardening",
    "title": "CI runs each service's tests on every push and pull request",
    "why": "Tests only catch a broken flow when they run before the change is merged. A test suite\nthat exists but that no CI job runs decays quietly: people stop running it locally, it goes\nred, and the next regression ships. A pipeline that only lints gives the comfort of a green\ncheck without the protection.\n",
    "fix": "Add a job to the CI workflow that runs on `push` and `pull_request` and runs the tests of\nevery service that has them (`npm test`, `vitest run`, `pytest`, `go test ./...`), in the\nservice's folder.\n\nWhat counts: a job started by `pull_request`, `pull_request_target` or `merge_group`, or by a\npush to any branch (every pull request's branch included); a workflow started only by pushes\nto named branches (`push: branches: [main]`; GitLab `only: [main]` or\n`rules: - if: '$CI_COMMIT_BRANCH == \"main\"'` / `$CI_COMMIT_REF_NAME == $CI_DEFAULT_BRANCH`), a\nschedule or by hand runs after the merge and gates nothing. A command scoped to some workspaces of a monorepo runs only their tests:\n`pnpm --filter @acme/api test`, `npm test -w apps/api`, `yarn workspace @acme/api test`,\n`turbo run test --filter=@acme/api`, `lerna run test --scope @acme/api`, `cd apps/api && npm test`.\nA selector that cannot be resolved (a dependency graph `@acme/api...`, a changed-since filter)\nis taken to cover every workspace.\n\nA command that fans out to the workspaces (`turbo run test`, `pnpm -r test`,\n`npm test --workspaces`, `nx run-many -t test`, `lerna run test`, or the root script that\nruns one) runs the tests of each workspace that defines that script, and only those: a\nworkspace with test files but no `test` script is passed by. A root whose `test` script only\nfans out has no tests of its own and is not judged as a service.\n",
    "example": {
      "language": "yaml",
      "before": "jobs:\n  lint:\n    steps:\n      - run: npm run lint\n",
      "after": "jobs:\n  lint:\n    steps:\n      - run: npm run lint\n  test:\n    steps:\n      - run: npm test\n"
    },
    "reported": "On the CI workflow that should run the tests (at its jobs, from the `jobs:` key), when there is one:\nthe one that gates merges, or else the one that runs when the code changes (a `push` to `main`),\nnot a scheduled or manual workflow (a nightly backup); the message lists the commands the\npipelines run instead. Once per service (no file) when no CI runs at all.\n",
    "messages": {
      "noCi": {
        "title": "No CI pipeline runs the tests of {{service}}",
        "message": "The tests of {{service}} ({{tests}}) run nowhere: the repository has no CI pipeline (looked for .github/workflows, .gitlab-ci.yml and .circleci/config.yml), so nothing runs them before a change is merged."
      },
      "notRun": {
        "title": "CI never runs the tests of {{service}}",
        "message": "The tests of {{service}} ({{tests}}) are not run by any CI job that runs before a change is merged (on a pull request, the merge queue or a push to any branch): {{ran}}."
      },
      "afterMerge": {
        "title": "CI runs the tests of {{service}} only after a change is merged",
        "message": "The tests of {{service}} ({{tests}}) run only on {{events}} ({{workflow}}): a pull request that breaks them is merged with a green check, and the failure shows up afterwards on the main branch. Run them on `pull_request` as well."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "testCommands": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against each shell command of a CI step (and of the package scripts it calls) that run tests.",
          "default": [
            "\\b(?:jest|vitest|mocha|ava|playwright\\s+test|cypress\\s+run|karma\\s+start|node\\s+--test|bun\\s+test|deno\\s+test)\\b",
            "\\b(?:pytest|py\\.test|tox|nox)\\b|\\bpython\\d?(?:\\.\\d+)?\\s+-m\\s+(?:pytest|unittest)\\b|\\bmanage\\.py\\s+test\\b",
            "\\bgo\\s+test\\b|\\bcargo\\s+(?:test|nextest)\\b|\\brspec\\b|\\bphpunit\\b|\\bmvn\\w*\\s+(?:\\S+\\s+)*(?:test|verify)\\b|\\bgradlew?\\s+(?:\\S+\\s+)*test\\b|\\bdotnet\\s+test\\b",
            "\\bmake\\s+(?:\\S+\\s+)*test\\w*\\b|\\bturbo\\s+(?:run\\s+)?test\\b|\\bnx\\s+(?:test|(?:run-many|affected)\\b.*\\b(?:-t|--targets?)[= ]test)\\b|\\blerna\\s+run\\s+test\\b"
          ]
        },
        "testActions": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against GitHub `uses:` actions and CircleCI orb steps that run tests.",
          "default": [
            "^cypress-io/github-action@",
            "^(?:\\w+/)?(?:python|node)/test$"
          ]
        }
      }
    },
    "references": [
      "https://docs.github.com/en/actions/use-cases-and-examples/building-and-testing/building-and-testing-nodejs"
    ],
    "source": "rules/operations/tests-run-in-ci.yml"
  },
  {
    "id": "privacy/deletion-promise-is-built",
    "dimension": "privacy",
    "phase": "critical",
    "title": "An account deletion the privacy policy promises really deletes the user's data",
    "why": "When the privacy policy tells users they can delete their account (GDPR Article 17, right\nto erasure), the product has to erase them. Two things go wrong in practice: there is no\nway to do it at all, or \"delete my account\" only sets a flag (`deactivated: true`,\n`deletedAt`) and the name, email address and history stay in the database for ever\nbecause nothing purges them later. Both break the promise; the second one is worse\nbecause it looks done.\n\nshipshape reads the promises in the policy kept in the repository and looks for a route,\nscheduled job or queue worker that deletes the user record, calls an identity provider's\nuser deletion, or anonymises the user's personal fields (TypeORM `update(criteria, data)`\nwrites its data, inside a `transaction` too; a Celery task the route hands the work to by\n`send_task`, `.delay` or `.apply_async` counts as the route's). A deletion route that only\nwrites flag fields is reported with what it writes. A tRPC procedure is named by its router as\nwell as its key: `deactivate` of `accountRouter` is an account deletion.\n\nA self-service promise (\"you can delete your account from Settings\") is kept only by a\ndeletion the user can make of their own account. A route that deletes a user picked by an\nid from the request (a company admin's \"remove member\", `DELETE /admin/users/:id`) removes\nsomeone else and does not count for it; it does for an on-request promise, which staff fulfil.\nThe id is followed into the services the route calls: `DELETE /companies/:companyId/members/:userId`\nhanding its `@Param('userId')` to `MembersService.remove(companyId, memberId)` deletes the user the\nURL names, however the service calls it. Removing someone's membership of a practice or team\n(`remove_member(membership)` deleting the membership row the URL picked) deletes no user at all,\nwhatever the service's parameter is called. A deletion selected by the caller's own id\n(`{ _id: user.id, companyId }`) is the caller's, in whichever company the URL names.\n",
    "fix": "Make the deletion real: delete the user row (with its personal data cascading), or\nanonymise it (replace name and email, drop sign-in history) when rows must stay for\nhistory. A soft delete is fine as a grace period when a scheduled job deletes or\nanonymises deactivated accounts after the period the policy states.\n",
    "example": {
      "language": "typescript",
      "before": "export async function deactivateAccount(user: User) {\n  await prisma.user.update({ where: { id: user.id }, data: { deactivated: true } });\n}\n",
      "after": "export async function deleteAccount(user: User) {\n  await prisma.user.update({\n    where: { id: user.id },\n    data: { deactivated: true, email: `deleted-${user.id}@invalid`, name: 'Deleted user' },\n  });\n  await prisma.session.deleteMany({ where: { userId: user.id } });\n}\n"
    },
    "reported": "On the sentence of the privacy policy that makes the promise (its file and line), quoted in the\nmessage; when a deletion exists but only sets a flag, the message names that route and what it\nwrites.\n",
    "messages": {
      "missing": {
        "title": "The privacy policy promises account deletion that is not built",
        "message": 'The privacy policy promises: "{{sentence}}" ({{claimAt}}). Nothing deletes or anonymises a user: {{considered}}.'
      },
      "softDelete": {
        "title": "Account deletion only sets {{fields}}: {{route}} does not erase the user",
        "message": 'The privacy policy promises: "{{sentence}}" ({{claimAt}}). {{route}} only sets {{fields}} on {{model}} ({{writeAt}}); name, email address and the rest stay in the database, and no scheduled job or worker deletes or anonymises users later.'
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "channels": {
          "type": "array",
          "items": {
            "enum": [
              "self-service",
              "on-request",
              "right",
              "statement"
            ]
          },
          "description": 'Which promises are checked: `self-service` ("you can delete your account in Settings"), `on-request` ("email us to delete"), `right` (a statement of the right to erasure), `statement` (what "we" do).',
          "default": [
            "self-service"
          ]
        },
        "userModels": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against model and table names (lower case, singular, without separators) that hold the users, in order of preference. The first pattern that names a model of the repository decides (an app with a `User` model keeps its accounts there, and its `Customer` is a record of the business); with none declared, any of them counts.",
          "default": [
            "^(app|auth)?users?$",
            "^customers?$",
            "^(admin|staff|portal)users?$",
            "^(person|people)$"
          ]
        },
        "deletionCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against callees that delete a user outright (identity providers, ORM instances).",
          "default": [
            "(^|\\.)deleteUser$",
            "(^|\\.)users\\.delete$",
            "(^|\\.)(user|currentUser|current_user|request\\.user|req\\.user|account)\\.(delete|destroy|remove|deleteOne)$"
          ]
        },
        "personalFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against field names (snake_case) whose overwriting anonymises a user.",
          "default": [
            "^e?mail(_?address)?$",
            "^(first|last|full|display|user)?_?name$",
            "^phone(_?number)?$",
            "^(street_?)?address(_?line\\d)?$",
            "^(avatar|image|photo)(_?url)?$"
          ]
        },
        "deletionWords": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the words of route paths and function names that mean deleting an account.",
          "default": [
            "^(delete|deletion|erase|erasure|remove|close|deactivate|anonymi[sz]e|forget|destroy|purge|terminate|cancel)$"
          ]
        },
        "personalWords": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the same words that mean the user's own account.",
          "default": [
            "^(me|my|self|account|accounts|profile|user|users)$"
          ]
        }
      }
    },
    "references": [
      "https://gdpr-info.eu/art-17-gdpr/"
    ],
    "source": "rules/privacy/deletion-promise-is-built.yml"
  },
  {
    "id": "privacy/export-promise-is-built",
    "dimension": "privacy",
    "phase": "critical",
    "title": "A data export the privacy policy promises is built",
    "why": 'When the privacy policy tells users they can download all their data (GDPR Article 15,\nright of access, and Article 20, data portability), the product has to deliver it. A\npolicy that promises a button the product does not have is a broken promise the customer\ncan see: the first user who asks has to email support and wait, and a customer\'s legal\nteam reading the policy against the product finds the mismatch.\n\nshipshape reads the promises in the policy kept in the repository (the usual places, or\n`privacy.policies` in the configuration) and looks for a route, scheduled job or queue\nworker that exports one user\'s own data: a path or function about the account, the user\nor "me" that exports or downloads, and reads data or hands the work to a queue. A Celery\nhand-off is followed to its task by name (`app.send_task("worker.tasks.export.export_user_data")`\nto `@app.task def export_user_data`, `@shared_task(name=\u2026)`, `export_user_data.delay(\u2026)`), so\nwhat the worker reads counts for the route. A Django view is named by its own function or\nclass (`/accounts/export` served by `export_my_data` is the user\'s own data; served by\n`export_accounts` it is a list of accounts). An export of organization data (reports,\ninvoices, projects) is not a personal-data export.\n',
    "fix": 'Build the export the policy describes: a route (for example `POST /account/export`) that\ncollects the user\'s own records (profile, memberships, content they created, sign-in\nhistory) into a machine-readable file and sends a download link, usually through a queue\njob. Or, if exports are handled by request, say so in the policy ("email privacy@\u2026").\n',
    "example": {
      "language": "typescript",
      "before": `// privacy policy: "You can download a copy of all your data from Settings \u2192 Privacy."
accountRouter.delete('/', deleteAccount); // no export route anywhere
`,
      "after": "accountRouter.post('/export', async (req, res) => {\n  await exportQueue.add('user-export', { userId: req.user.id });\n  res.status(202).json({ status: 'queued' });\n});\n// worker: exportUserData(userId) reads the user's records and emails a download link\n"
    },
    "reported": "On the sentence of the privacy policy that makes the promise (its file and line), quoted in the\nmessage.\n",
    "messages": {
      "missing": {
        "title": "The privacy policy promises a data export that is not built",
        "message": `The privacy policy promises: "{{sentence}}" ({{claimAt}}). No route, scheduled job or worker exports a user's own data ({{considered}}).`
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "channels": {
          "type": "array",
          "items": {
            "enum": [
              "self-service",
              "on-request",
              "right",
              "statement"
            ]
          },
          "description": 'Which promises are checked: `self-service` ("you can download \u2026 in Settings"), `on-request` ("email us and we send a copy"), `right` (a statement of the right of access), `statement` (what "we" do). Promises fulfilled by a person on request cannot be seen in code.',
          "default": [
            "self-service"
          ]
        },
        "exportWords": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the words of route paths and function, job and queue names that mean exporting.",
          "default": [
            "^(export|exports|exporter|download|downloads|takeout|portability|portable|dsar)$"
          ]
        },
        "personalWords": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the same words that mean the user's own data (not an organization's).",
          "default": [
            "^(me|my|mine|self|account|profile|personal|privacy|gdpr|dsar|user|userdata)$"
          ]
        }
      }
    },
    "references": [
      "https://gdpr-info.eu/art-15-gdpr/",
      "https://gdpr-info.eu/art-20-gdpr/"
    ],
    "source": "rules/privacy/export-promise-is-built.yml"
  },
  {
    "id": "privacy/policy-exists",
    "dimension": "privacy",
    "phase": "polish",
    "title": "A privacy policy exists for the personal data the app stores",
    "why": "The application stores personal data (names, email addresses\u2026). Customers, their legal\nteams and the GDPR (Articles 13\u201314) expect a privacy policy that says what is stored, why,\nfor how long, and how to get it exported or deleted \u2014 and shipshape checks those promises\nagainst the code, which it can only do when the policy is kept with the code.\n",
    "fix": "Add the policy to the repository (`PRIVACY.md`, `docs/privacy.md`, or the page that\nserves it, such as `app/privacy/page.tsx`), or, when it is published elsewhere, name its\nURL in the configuration under `privacy.policies`. The same locator finds the policy whose\npromises the other privacy rules check, so a policy kept somewhere unusual belongs in\n`privacy.policies` as a repository path.\n",
    "example": {
      "language": "yaml",
      "before": "# .github/shipshape.yml\nfail-on: critical\n",
      "after": "# .github/shipshape.yml\nfail-on: critical\nprivacy:\n  policies: [docs/privacy.md]\n"
    },
    "reported": "On the first model that holds personal data (its definition). A policy path in the\nconfiguration that matches no file: once for the repository (no file).\n",
    "messages": {
      "missing": {
        "title": "No privacy policy for the personal data in {{model}}",
        "message": '{{model}} ({{fields}}) stores personal data, but no privacy policy was found in the repository (looked for PRIVACY.md, docs/privacy*, app/privacy/page.tsx, pages/privacy.*, privacy templates and documents titled "Privacy policy") and none is configured under privacy.policies.'
      },
      "configuredMissing": {
        "title": "Configured privacy policy {{path}} is not in the repository",
        "message": "{{config}} names {{path}} under privacy.policies, but no file in the repository matches it: the policy's promises cannot be checked against the code."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "personalFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against field names that hold personal data.",
          "default": [
            "^e?mail(_?address)?$",
            "^(first|last|full|display)_?name$",
            "^phone(_?number)?$",
            "^(street_?)?address(_?line\\d)?$",
            "^date_?of_?birth$|^dob$|^birth_?date$",
            "^ssn$|^national_?id$|^tax_?id$"
          ]
        }
      }
    },
    "references": [
      "https://gdpr-info.eu/art-13-gdpr/"
    ],
    "source": "rules/privacy/policy-exists.yml"
  },
  {
    "id": "privacy/retention-promise-is-enforced",
    "dimension": "privacy",
    "phase": "hardening",
    "title": "Data the privacy policy says is deleted after a period is deleted by a scheduled job",
    "why": '"Invitations expire after 7 days and are deleted", "sessions are removed after 30 days",\n"audit logs are kept for 12 months": a retention period in the privacy policy \u2014 how long the\ndata is deleted after or kept for \u2014 is a promise that the data is gone afterwards\n(GDPR Article 5(1)(e), storage limitation). Checking `expiresAt` when reading a row makes\nit unusable, not deleted: the email addresses and IP addresses stay in the database and in\nevery backup until something deletes them. Only a scheduled job makes the promise true.\n\nshipshape maps the data each retention promise names to the repository\'s models and\ntables ("sign-in sessions" \u2192 `Session`, "invitations" and "staff invitations" \u2192 `Invite`, `Invitation` or `StaffInvitation`, "pending workspace invitations" \u2192 an `invitations` table (who the rows belong to and the state the promise is about do not change the table), "login history" \u2192\n`LoginEvent`, `LoginAttempt` or `SignInLog`, never a bare `Event` or `Log` table, "raw click\nevents" \u2192 a `clicks` or `ClickEvent` table (an event noun \u2014 click, visit, page view, open,\nimpression\u2026 \u2014 names its own table; "payment events" are not `payments`), "audit logs of team\nactivity" \u2192 `AuditLog` (what follows "of" says what the data records), "reset\nlinks" \u2192 `PasswordResetToken`; Prisma, Drizzle, Mongoose, TypeORM, Sequelize, SQLAlchemy and Django models; in "We keep\nyour sign-in history for 90 days, after which it is deleted" the data is the sign-in history, not the `it`) and\nlooks for a MongoDB TTL index on that model (`expires` on a Mongoose path, or\n`schema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })`) or a scheduled job \u2014 cron, queue repeatable, Vercel cron, scheduled workflow, Celery beat,\nAPScheduler, Kubernetes CronJob, pg_cron\u2026 \u2014 that deletes rows of that model, following the\njob into the functions, queues, routes and scripts it runs (a cleanup function the job\'s\ncallback hands to a wrapper, `() => runJob(\'sessions\', purgeSessions)` or APScheduler\'s\n`add_job(_in_app(app, purge_sessions), "cron")`, a Vercel cron route\nbuilt by a factory, `export const GET = cronHandler(\'sessions\', purgeSessions)`, and a function\nhanded to a helper that schedules its parameter, `job(\'purge-sessions\', \'0 3 * * *\', purgeSessions)`,\nincluded). A queue\'s repeatable runs what the queue\'s worker does for it: when the worker picks the\nfunction from a table by the job\'s data or name (`runCleanup(job.data.task)` looking up\n`cleanupTasks[task]`), a repeatable added with `{ task: \'purge-sessions\' }` runs that entry only, and\none whose key is not known may run any entry. A model and its table are one:\na worker\'s SQLAlchemy Core `delete(sessions)` on `Table("sessions", \u2026)` deletes the\n`UserSession` model whose `__tablename__` is `sessions`. A job that cleans other data\ndoes not count, and a cleanup function nothing schedules does not either. Promises about\ndata the code does not store (server logs, backups) are not judged.\n\nWhen a policy promises retention for a model, this rule reports it and\n`operations/expired-data-is-cleaned-up` does not, so one missing cleanup is one gap.\n',
    "fix": "Schedule a job that deletes the expired rows, for example a daily cron that runs\n`prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } })` (with MongoDB, a\nTTL index on the expiry field), or change the policy to say what really happens.\n",
    "example": {
      "language": "typescript",
      "before": '// policy: "Expired invitations are deleted automatically."\nconst invite = await prisma.invite.findFirst({ where: { tokenHash, expiresAt: { gt: new Date() } } });\n',
      "after": "cron.schedule('0 3 * * *', async () => {\n  await prisma.invite.deleteMany({ where: { expiresAt: { lt: new Date() } } });\n});\n"
    },
    "reported": "On the sentence of the privacy policy that states the period (its file and line), quoted in the\nmessage with the data it names.\n",
    "messages": {
      "notEnforced": {
        "title": "Retention promise for {{subject}} is not enforced: nothing deletes {{models}}",
        "message": 'The privacy policy promises: "{{sentence}}" ({{claimAt}}). No scheduled job deletes {{models}} ({{modelAt}}): {{jobs}}.'
      }
    },
    "references": [
      "https://gdpr-info.eu/art-5-gdpr/"
    ],
    "options": {
      "type": "object",
      "properties": {}
    },
    "source": "rules/privacy/retention-promise-is-enforced.yml"
  },
  {
    "id": "security/cors-is-restrictive",
    "dimension": "security",
    "phase": "critical",
    "title": "CORS does not let any website make credentialed requests",
    "why": "When an API answers any origin with `Access-Control-Allow-Credentials: true` \u2014 by echoing\nthe request's `Origin` (`origin: true`, a callback that always allows \u2014 also `@koa/cors`'s\n`origin: (ctx) => ctx.get('Origin')`, which returns the request's own Origin \u2014 or a hand-written\nheader copied from the request) \u2014 any website a signed-in user visits can call the API\nwith their cookies and read the answers: their data, their CSRF tokens, their actions.\nA wildcard origin with credentials is the same intent; browsers refuse it today, which\nbreaks the app rather than protecting it, and the next \"fix\" usually turns it into\nreflection. A wildcard without credentials is normal for public APIs and is not reported\nunless `flagWildcardWithoutCredentials` is on. A hand-written header is followed through a\nlocal (`const origin = req.headers.origin`), and is not reported when the origin was first\ntested against an allow-list (`allowed.has(origin)`, `includes`, a comparison with a literal)\n\u2014 a presence check such as `if (origin)` is not one.\n\nPython is read too: Starlette/FastAPI `CORSMiddleware` with `allow_origins=[\"*\"]` (or an\n`allow_origin_regex` that matches everything) and `allow_credentials=True`, Flask-CORS\n`CORS(app, supports_credentials=True)` with its default any-origin (also in the app factory\nform, `cors = CORS()` then `cors.init_app(app, supports_credentials=True)`), and django-cors-headers\n`CORS_ALLOW_ALL_ORIGINS = True` (or `CORS_ORIGIN_ALLOW_ALL`) with `CORS_ALLOW_CREDENTIALS = True`\nall echo the request's origin. Development settings modules (`settings/dev.py`,\n`local_settings.py`) and values set under `if DEBUG:` are not judged.\n",
    "fix": "List the origins that may call the API (`origin: ['https://app.example.com']`, or a\ncallback that checks an allow-list) and keep `credentials: true` only for those. In Python,\n`allow_origins=[settings.app_origin]`, Flask-CORS `origins=[\u2026]`, django-cors-headers\n`CORS_ALLOWED_ORIGINS = [...]`.\n",
    "example": {
      "language": "ts",
      "before": "app.use(cors({ origin: true, credentials: true }));\n",
      "after": "app.use(cors({ origin: ['https://app.acme.com'], credentials: true }));\n"
    },
    "reported": "On the CORS configuration: the `cors({ \u2026 })` / `enableCors` call, the `CORSMiddleware` or the\nsettings line that allows the origin.\n",
    "messages": {
      "reflectedWithCredentials": {
        "title": "CORS reflects any origin with credentials ({{via}})",
        "message": "The CORS policy at {{path}}:{{line}} ({{via}}) echoes whatever Origin the request sends and allows credentials, so any website can make requests with a signed-in user's cookies and read the responses."
      },
      "wildcardWithCredentials": {
        "title": "CORS allows any origin with credentials ({{via}})",
        "message": "The CORS policy at {{path}}:{{line}} ({{via}}) allows origin '*' together with credentials. Browsers reject this combination, and the usual workaround \u2014 reflecting the origin \u2014 exposes every signed-in user; list the allowed origins instead."
      },
      "wildcard": {
        "title": "CORS allows any origin ({{via}})",
        "message": "The CORS policy at {{path}}:{{line}} ({{via}}) allows every origin. That is fine for a public API without cookies; for anything else list the allowed origins."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "flagWildcardWithoutCredentials": {
          "type": "boolean",
          "description": "Also report a wildcard origin without credentials (APIs that authenticate with cookies or are not meant to be public).",
          "default": false
        }
      }
    },
    "references": [
      "https://portswigger.net/web-security/cors",
      "https://cheatsheetseries.owasp.org/cheatsheets/HTML5_Security_Cheat_Sheet.html#cross-origin-resource-sharing"
    ],
    "source": "rules/security/cors-is-restrictive.yml"
  },
  {
    "id": "security/mutations-require-authentication",
    "dimension": "security",
    "phase": "critical",
    "title": "Every route that changes data requires a signed-in caller, unless it is public by design",
    "why": "A route that creates, changes or deletes data \u2014 or decrypts a stored secret \u2014 with no\nauthentication can be called by anyone who can reach the server. Public-by-design\nendpoints are the exception and are recognised as such: sign-in, sign-up and password\nreset endpoints, public forms that only add records (waitlist, newsletter, contact, a job\napplication sent from a public careers page), rate-limited guest checkouts, booking and lead\nforms that only add records (anything under a `public` path segment included, see `publicCheckouts`), short or tracked links (a `GET` that answers\nwith a redirect and whose only writes add visit or click rows \u2014 `clicks`, `page_views`,\n`link_visits`; one that also changes or deletes a row, or adds any other record, is reported),\nlinks authorized by a secret token in the request (invites, password resets), scheduled jobs that check a shared secret\n(`authorization === \\`Bearer ${process.env.CRON_SECRET}\\``),\nand webhooks that verify their sender's signature (Stripe `constructEvent`, GitHub's HMAC\nwith `timingSafeEqual`, Svix `wh.verify`, QStash `Receiver.verify`, Slack's signing\nsecret). A webhook route that verifies nothing is reported, even when it only creates\nrecords, since anyone can post forged events to it.\n\nA route behind authentication is no webhook receiver, whatever its path says: the routes where a\nsigned-in workspace manages its own outgoing webhook endpoints (`POST \u2026/webhooks/:id/secret/reveal`)\nare judged like any other signed-in route.\n\nAuthentication is looked for in route, router and mount guards, global guards (NestJS\n`APP_GUARD`, Next.js `middleware.ts`), procedure builders, decorators, and calls in the\nhandler and its helpers (`getServerSession`, `auth()`, a `401`). A Django view mixin of the\nrepository's own (`class OrganizerRequiredMixin(AccessMixin)` in another module) is judged by\nwhat its `dispatch` and `test_func` do \u2014 `self.handle_no_permission()` for a caller not signed in,\n`raise PermissionDenied(\"Only organizers\u2026\")` \u2014 not by its name. Fastify's encapsulation is\nfollowed: a hook added in a plugin (`api.addHook('onRequest', api.authenticate)`) applies to the\nroutes registered in it and in the plugins it registers, with their prefixes joined, but not to\nits siblings or parents unless the plugin is wrapped with `fastify-plugin`; an authenticator\nadded with `fastify.decorate` is followed into its body. Koa routers nested with `@koa/router`\n(`api.use('/tickets', ticketsRouter.routes(), ticketsRouter.allowedMethods())`, koa-router's\n`router.middleware()`, several routers in one `use`) get the prefixes and the guards of every router\nthey are mounted on, and the middleware passed to `use` before them; middleware passed after a router\nruns after its routes. Routes with\nauthentication but no authorization are reported by `security/mutations-require-authorization`.\n\nA Next.js `middleware.ts` counts for the routes its `config.matcher` covers, and only where it\nsigns the caller in. Clerk's `clerkMiddleware()` signs no one in by itself: `auth.protect()` does,\nand when it runs only for some paths \u2014 `if (!isPublicRoute(req)) await auth.protect()` or\n`if (isProtectedRoute(req)) await auth.protect()` with `createRouteMatcher([\u2026])`, or Clerk v4's\n`authMiddleware({ publicRoutes })` \u2014 a route on a path it leaves public (`/api/webhooks/(.*)`) has\nno authentication from it. A server action is a POST to whichever page path it is invoked from,\nand an exported action can be invoked from any page, public ones included: a middleware protects\nserver actions only when it signs the caller in on every path it runs for and its matcher covers\nevery page. Otherwise each action must check the session itself (`auth()`, an authenticated\nnext-safe-action client), as Next.js and Clerk recommend.\n",
    "fix": "Put the route behind your authentication middleware or guard, or check the session in\nthe handler. For a webhook, verify the provider's signature over the raw body before\nacting on it. If your check has another name, add it to the `authenticationGuards` or\n`authenticationCalls` option.\n",
    "example": {
      "language": "ts",
      "before": "app.post('/projects/:id/archive', async (req, res) => {\n  await prisma.project.update({ where: { id: req.params.id }, data: { archivedAt: new Date() } });\n  res.sendStatus(204);\n});\n",
      "after": "app.post('/projects/:id/archive', requireAuth, requireRole('admin'), async (req, res) => {\n  await prisma.project.updateMany({ where: { id: req.params.id, organizationId: req.user.organizationId }, data: { archivedAt: new Date() } });\n  res.sendStatus(204);\n});\n"
    },
    "reported": "On the route: the line that declares it (the `router.post(\u2026)` call, the decorated method or\nview, the exported route handler, the server action, the procedure). The message names the route\nand what it changes.\n",
    "messages": {
      "missing": {
        "title": "{{route}} {{action}} without any authentication",
        "message": "{{route}} {{action}} and anyone who can reach the server can call it: no authentication guard among its guards ({{guards}}), no session check in the handler or the helpers it calls ({{helpers}}), and it is not a verified webhook, a shared-secret job, a token link, a sign-in endpoint or a public form."
      },
      "webhook": {
        "title": "{{route}} {{action}} but verifies no webhook signature",
        "message": "{{route}} looks like a webhook and {{action}}, but nothing verifies that the request comes from the provider (no signature check such as constructEvent, wh.verify or an HMAC compared with timingSafeEqual; guards: {{guards}}; helpers: {{helpers}}). Anyone can post forged events to it."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "authenticationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, procedure builders) that establish who the caller is. Middleware that only restores a session when there is one and lets everyone through (`passport.session()`, express-session's `session()`) establishes nothing and is no such guard.",
          "default": [
            "(?:^|\\.)(?:require|ensure|is|check|verify|with|must)(?:Auth|Authenticated|Authentication|Login|LoggedIn|Session|SignedIn|User|Token|Jwt|JWT)\\w*$",
            "(?:^|\\.)(?:authenticate\\w*|authenticated|auth|authMiddleware|authGuard|protect|protected|redirectToSignIn|loggedIn|requireLogin|jwtVerify|verifyJwt|withApiAuthRequired|withPageAuthRequired|getToken)$",
            "^(?:jwt|expressjwt|expressJwt|jwtAuth|jwtMiddleware|bearerAuth|basicAuth|apiKeyAuth|clerkAuth|koaJwt|fastifyJwt)$",
            "^passport\\.authenticate$",
            "(?:Jwt|JWT|Auth|Session|Local|ApiKey|Clerk|Supabase|Firebase|Bearer)\\w*Guard$",
            "^AuthGuard$",
            "^(?:protected|authed|private|auth|user|session|signedIn|loggedIn)(?:Procedure|ActionClient|Action)$",
            "^(?:get_current_user|get_current_active_user|current_active_user|login_required|IsAuthenticated\\w*|jwt_required|auth_required|require_user|require_login|authenticated_user|get_user_from_token|LoginRequiredMixin|TokenAuthentication|SessionAuthentication|JWTAuthentication)$"
          ]
        },
        "authenticationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers it calls that establish who the caller is. A `401`/`UNAUTHORIZED` response or error also counts (`UnauthorizedError` is about who the caller is, not what they may do).",
          "default": [
            "(?:^|\\.)(?:getSession|getServerSession|getServerAuthSession|auth|currentUser|getCurrentUser|requireUser|requireSession|requireAuth|getUser|getAuth|validateRequest|verifySession|verifyToken|verifyIdToken|authenticate|getSessionUser|getAuthUser|getUserOrThrow|isAuthenticated|getKindeServerSession|getLoggedInUser|withSession)$",
            "^jwt\\.verify$",
            "(?:^|\\.)(?:Unauthorized|Unauthenticated|NotAuthenticated|AuthenticationRequired)\\w*(?:Error|Exception)$",
            "^(?:get_current_user|get_current_active_user|authenticate)$",
            "(?:^|\\.)(?:handle_no_permission|redirect_to_login)$"
          ]
        },
        "authorizationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, DRF permission classes, procedure builders) that decide whether the caller may act. A DRF permission class written in the repository is judged by its `has_permission` body instead when that body only checks membership.",
          "default": [
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|has|is|can|must)\\w*(?:Role|Roles|Permission|Permissions|Admin|Owner|Ownership|Member|Membership|Access|Policy|Policies|Scope|Scopes|Ability|Abilities)\\w*$",
            "(?:^|\\.)(?:authorize|authorise|authorization|permit|allow|rbac|acl|abac)\\w*$",
            "^(?:Roles|Role|Permissions|Permission|RequirePermissions?|RequireRoles?|CheckPolicies|CheckAbilit(?:y|ies)|Policy|Policies|Scopes|HasRole|HasPermission|Authorize|Abilities)$",
            "(?:Roles?|Permissions?|Policies|Policy|Ability|Abilities|Owner|Ownership|Admin|Member|Casl|Acl|Rbac)\\w*Guard$",
            "^(?:\\w*(?:Admin|Owner|Role|Permission|Staff)|admin|owner|staff)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|check|has)_(?:admin|role|roles|permission|permissions|owner|member|scope|scopes|staff|superuser)\\w*$",
            "^(?:permission_required|user_passes_test|staff_member_required|superuser_required|IsAdminUser|DjangoModelPermissions\\w*|DjangoObjectPermissions|IsOwner\\w*|Is\\w*(?:Admin|Owner|Member|Staff)\\w*|Has\\w*(?:Permission|Role)\\w*|PermissionRequiredMixin|UserPassesTestMixin)$"
          ]
        },
        "authorizationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers and services it calls (followed to `maxDepth`) that check permission. A `403`/`FORBIDDEN` response or error also counts.",
          "default": [
            "(?:^|\\.)(?:authorize|authorise|permit)\\w*$",
            "(?:^|\\.)enforce$",
            "(?:^|\\.)(?:can|cannot)$",
            "(?:^|\\.)can[A-Z]\\w*$",
            "(?:^|\\.)(?:check|assert|ensure|require|enforce|verify)\\w*(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Ownership|Member|Membership|Policy|Scope|Ability|Can)\\w*$",
            "(?:^|\\.)(?:has|is)(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Scope|Ability)\\w*$",
            "(?:^|\\.)assertCan\\w*$",
            "^ForbiddenError\\.from$",
            "(?:^|\\.)(?:Forbidden|Permission|AccessDenied|NotAuthorized)\\w*(?:Error|Exception)$",
            "^(?:PermissionDenied|ForbiddenException|HTTPForbidden)$",
            "^(?:ability|abilities|policy|policies|permissions|acl|rbac|enforcer|guard|gate|oso|cerbos|permit|authz)\\.\\w+$",
            "(?:^|\\.)(?:check|has|require|assert)_(?:permission|permissions|perm|perms|role|roles|object_permissions|access|owner|admin|membership)\\w*$"
          ]
        },
        "authorizationErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler or its helpers (`throw new Error('Only admins can remove members')`): a refusal that names a permission is an authorization check written inline.",
          "default": [
            "^(?:forbidden|access denied|permission denied|not allowed|not permitted|insufficient (?:permissions?|privileges|role))",
            "(?:^|\\s)only (?:the )?(?:an? )?(?:organi[sz]ation |org |team |project |workspace )?(?:admins?|owners?|managers?|editors?)\\b",
            "(?:requires?|need|needs|must (?:be|have)) (?:an? )?(?:admin|owner|manager|editor)(?: role| rights| permission)?\\b",
            "(?:^|\\s)not (?:an? )?(?:admin|owner|member of)"
          ]
        },
        "membershipChecks": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard, procedure-builder and call names that only establish the caller's membership of an organization, team or workspace (`orgProcedure`, `requireOrgMember`, `@workspace_member_required`). Membership is authorization for ordinary actions; member, role, permission, invite, export, billing, credential and settings actions (`privilegedActions`) need more. A name that also says admin, owner, role or permission is a real permission check.",
          "default": [
            "^(?:\\w*(?:Member|Org|Organization|Organisation|Team|Tenant|Workspace)|member|org|organization|organisation|team|tenant|workspace)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|verify|is|has|must)\\w*(?:Member|Membership|Memberships|OrgAccess|TenantAccess|TeamAccess|WorkspaceAccess)$",
            "(?:^|\\.)(?:(?:require|ensure|check|assert|enforce|verify|is|has|must)_(?:\\w+_)?member(?:ship)?s?|(?:\\w+_)?member(?:ship)?_required)$"
          ]
        },
        "membershipErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler, its helpers or its guards that refuses a non-member (`Not a member of this organization`, also after a status or beside a code: `new HttpError(403, 'Not a member\u2026')`, `new TRPCError({ code: 'FORBIDDEN', message: 'Not a member\u2026' })`, `HTTPException(status_code=403, detail=\"Not a member\u2026\")`, werkzeug's `abort(403, description=\"Not a member\u2026\")` in a Flask `before_request` hook): a membership check, not a permission check.",
          "default": [
            "(?:^|\\s)not (?:an? )?(?:active )?member\\b",
            "must be (?:an? )?(?:active )?member\\b",
            "(?:^|\\s)no (?:active )?membership\\b",
            "membership (?:is )?(?:required|not found)"
          ]
        },
        "baseRoles": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the role a role guard is given (`requireWorkspaceRole('member')`, `requireRole('viewer')`) that name the role every member holds: such a guard only checks membership. When the code ranks its roles by number (`const rank = { member: 0, editor: 1, admin: 2, owner: 3 }`), the least privileged role of the ranking is the base role instead, whatever its name.",
          "default": [
            "^(?:member|viewer|user|guest|reader|read[-_ ]?only)$"
          ]
        },
        "publicMarkers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against decorator or guard names that exempt a route from global guards (NestJS `@Public()`).",
          "default": [
            "^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute|AllowAny|csrf_exempt_public)$"
          ]
        },
        "ownerValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the values a query is filtered by (or, for a create, the values written) that refer to the caller's own identity: the caller's own records. flask-jwt-extended's `get_jwt_identity()` counts, also through a conversion (`int(get_jwt_identity())`) and through an accessor of the repository's own without parameters that returns it (`def current_user_id(): return int(get_jwt_identity())`, then `applicant_id=current_user_id()`).",
          "default": [
            "^(?:(?:req|request|ctx|context|c|event\\.locals|locals|res\\.locals|this|self|g)\\.)?(?:state\\.|var\\.)?(?:session\\.)?(?:user|currentUser|current_user|auth|me|viewer|actor|principal|identity|account)\\.(?:id|_id|userId|user_id|sub|uid|pk|email)$",
            "^(?:req|request|ctx|context|session|ctx\\.session|ctx\\.state|context\\.session)\\.user$",
            "^(?:req|request)\\.(?:sessionId|session\\.id|userId|auth\\.userId)$",
            "^(?:ctx|context)\\.(?:userId|session\\.userId)$",
            "^(?:userId|currentUserId|actorId|viewerId|sessionUserId|uid)$",
            "^auth\\(\\)\\.userId$",
            `^c\\.get\\(['\\"](?:user|userId|session)['\\"]\\)`,
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:id|sub|userId|user_id|uid|email)$`,
            "^(?:flask_jwt_extended\\.)?get_jwt_identity\\(\\)$",
            "^(?:flask_jwt_extended\\.)?get_jwt\\(\\)\\.sub$",
            "^g\\.(?:user_id|current_user_id|uid)$"
          ]
        },
        "tenantValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that refer to the caller's organization, tenant, team or workspace \u2014 or to any other attribute of the caller (`current_user.lab_id`, `g.user.clinic_id`, `request.user.membership.studio` at any depth, or an id a middleware put into the context such as `ctx.agencyId` or Flask's `g.org_id`, never `ctx.params` or `ctx.input`; a field of the object making the query named for the tenant, `this.workspaceId` of a workspace-scoped repository, like a parameter of that name, unless the call site that made the object says where the value came from): a query filtered by a value taken from the caller is limited to the caller's group, whatever the column is called.",
          "default": [
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self)\\.)*(?:user|currentUser|current_user|auth|me|viewer|actor|membership|session|tenant|org|organization|account)\\.(?:organizationId|organization_id|orgId|org_id|tenantId|tenant_id|workspaceId|workspace_id|teamId|team_id|accountId|account_id|companyId|company_id|organization|tenant)$",
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self|g)\\.)*(?:user|currentUser|current_user|me|viewer|actor)(?:\\.\\w+)+$",
            "^(?:this\\.|self\\.)?(?:orgId|organizationId|tenantId|workspaceId|teamId|currentOrgId|activeOrganizationId|activeOrgId|currentTenantId|org_id|organization_id|tenant_id|workspace_id|team_id)$",
            "^(?:req|request|ctx|context)\\.(?:tenant|org|organization|tenantId|orgId|organizationId|workspace)(?:\\.id)?$",
            "^auth\\(\\)\\.orgId$",
            "^g\\.(?:org|organization|organisation|tenant|workspace|team|account|company)_id$",
            "^(?:ctx|context)\\.(?!params\\b|query\\b|request\\b|req\\b|input\\b|headers\\b|requested)[A-Za-z]\\w*(?:Id|_id)$",
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:organizationId|orgId|tenantId|teamId|workspaceId|accountId|organization_id|org_id|tenant_id|team_id|workspace_id|account_id)$`
          ]
        },
        "requestValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that come from the request. Path parameters of the route (`:id`, `[id]`, `{id}`) and server-action arguments count as well.",
          "default": [
            "^(?:req|request|ctx|ctx\\.request|c\\.req|event)\\.(?:params|body|query|param|json|valid|path_params|query_params|data|GET|POST|form)\\b",
            "^(?:params|input|body|query|args|parsedInput|payload|searchParams|formData|dto|kwargs|self\\.kwargs)\\b",
            "^c\\.req\\.(?:param|query|json|valid)\\("
          ]
        },
        "tokenValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that are secret tokens (invite, reset, magic-link): a lookup by such a token from the request (`req.params.token`, Hono `c.req.param('token')`, also hashed first: `eq(invites.tokenHash, sha256(c.req.param('token')))`) is its own authorization. A token a create only writes (an invitation handing out a fresh token) authorizes nothing.",
          "default": [
            `(?:^|[.(_'"])\\w*(?:[Tt]oken|TOKEN)['"]?\\)?$`,
            `(?:^|[.('"])(?:inviteCode|invite_code|resetCode|reset_code|otp|nonce|magicLink\\w*)['"]?\\)?$`
          ]
        },
        "privilegedActions": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route (`DELETE /projects/:id/members/:userId`, camelCase names split into words) and the models it updates or deletes, or creates with a role or permission field whose value the request supplies (`role: input.role`: a member could invite an admin). For these actions tenant scoping alone is not authorization: some member of the organization must be allowed, which needs a role or permission check or the caller's own records. A grant counts when it grants access (`/access-grants`, `grant-role`, an `AccessGrant` or `RoleGrant` model); a record merely called `Grant` (a funding grant) does not. A model named like the organization that the repository shows is held by another one (a `tenants` table of renters with an `org_id` column beside an `organizations` model) is a record of the organization, not the organization: changing it is not privileged.",
          "default": [
            "(?:^|[/._\\s-])(?:members?|memberships?|users?|roles?|permissions?|invites?|invitations?|exports?|admin|billing|subscriptions?|api[\\s_-]?keys?|credentials?|secrets?|owners?|ownership|transfer|impersonat\\w*|settings|(?:access|permission|role|scope)[\\s_-]?grants?|grants?[\\s_-](?:access|permissions?|roles?|scopes?)|access)(?:$|[/._\\s-])",
            "^\\w*(?:Member|Membership|Role|Permission|Invite|Invitation|ApiKey|ApiToken|PersonalAccessToken|Credential|Secret|AccessGrant|PermissionGrant|RoleGrant|ScopeGrant|OAuthGrant)s?$",
            "^\\w*_(?:member|membership|role|permission|invite|invitation|api_key|api_token|personal_access_token|credential|secret|access_grant|permission_grant|role_grant|scope_grant|oauth_grant)s?$",
            "^(?:user|users|app_user|account_user)$",
            "^(?:organization|organisation|org|workspace|tenant|account|team)s?$"
          ]
        },
        "revealCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that decrypt or reveal a stored secret: a route that makes one is treated like a change. A call whose result only keys a signature or hash (`_sign(decrypt_secret(hook.secret), body)`, `hmac.new(key.encode(), \u2026)` with `key` used nowhere else) uses the secret without revealing it, and does not count.",
          "default": [
            "(?:^|\\.)(?:decrypt\\w*|reveal\\w*|unseal\\w*|decipher\\w*)$",
            "^kms\\.decrypt$"
          ]
        },
        "webhookVerification": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that verify a webhook's signature (Stripe, GitHub, Svix, QStash, Slack, Twilio\u2026): such a route needs no user session.",
          "default": [
            "(?:^|\\.)(?:constructEvent|constructEventAsync|construct_event|validateRequest|verifyKey|timingSafeEqual|compare_digest)$",
            "(?:^|\\.)(?:verify|validate|check|assert)\\w*(?:Signature|Webhook|Hmac|HMAC)\\w*$",
            "(?:^|\\.)(?:verify|validate|check)_\\w*(?:signature|webhook|hmac)\\w*$",
            "(?:^|\\.)(?:wh|webhook|webhooks|svix|receiver|Receiver|Webhook|slack|signature)\\.verify$"
          ]
        },
        "publicEndpoints": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action sign In`), that mark public-by-design endpoints: sign-in, sign-up, password reset, email verification, OAuth callbacks.",
          "default": [
            "(?:^|[/._\\s-])(?:log[\\s_-]?in|log[\\s_-]?out|sign[\\s_-]?in|sign[\\s_-]?out|sign[\\s_-]?up|register|registration|forgot|reset|password[\\s_-]?reset|reset[\\s_-]?password|verify|verify[\\s_-]?email|confirm|magic[\\s_-]?link|oauth|callback)(?:$|[/._\\s-])",
            "/\\[\\.\\.\\.nextauth\\]$"
          ]
        },
        "publicForms": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action join Waitlist`), that mark public-by-design forms: a waitlist, newsletter or contact form, or a job application sent from a public careers page (`POST /careers/:slug/jobs/:jobId/apply`, `POST /jobs/:id/applications`: applying right under a job opening or careers segment, so `/applications` of a grant portal or `/coupons/:code/apply` is not one). Such a route needs no session while it only adds records; an update or delete behind the same name is judged like any other.",
          "default": [
            "(?:^|[/._\\s-])(?:wait[\\s_-]?list|newsletter|contact[\\s_-]?(?:us|form|sales)|early[\\s_-]?access|request[\\s_-]?(?:an?[\\s_-]?)?demo|demo[\\s_-]?requests?|book[\\s_-]?(?:a[\\s_-]?)?demo)(?:$|[/._\\s-])",
            "(?:^|[/._\\s-])(?:(?:careers?|jobs?|job[\\s_-]?(?:postings?|openings?)|openings?|vacanc(?:y|ies))/(?:[^/]+/)?(?:apply|applications?)|job[\\s_-]?applications?)(?:$|[/._\\s-])"
          ]
        },
        "publicCheckouts": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words, that mark a guest checkout, booking or lead form, or any route the path itself declares public: a storefront's ticket checkout (`POST /e/<org_slug>/<event_slug>/checkout`), a clinic's public booking form (`POST /api/public/practices/<slug>/book`), an embeddable lead or enquiry form (`POST /api/public/lead-forms/[slug]`), an RSVP, or anything under a `public` path segment. A guest buys, books or gets in touch without an account there, so such a route needs no session, but only while all of these hold: it only adds records (an update or delete, such as rescheduling an existing booking, is judged like any other change); the route names no privileged action (`/billing/checkout` changes an organization's subscription) and creates no privileged model (a member, an invitation); its path names no object by id (`:orderId`, `{booking_id}`; public slugs are fine); and the route is rate-limited, the sign that the public is meant to reach it \u2014 on the evidence `operations/public-endpoints-are-rate-limited` accepts: a limiter guard, decorator or mount middleware, a limiter call in the handler, Django REST framework `throttle_classes` on the view (or `DEFAULT_THROTTLE_CLASSES`), a service-wide limiter. An unauthenticated `POST /api/projects`, or a `POST /api/public/\u2026` with no limiter, is still reported.",
          "default": [
            "(?:^|[/._\\s-])(?:checkout|book|booking|bookings|reserve|reservations?)$",
            "(?:^|[/._\\s-])(?:lead[\\s_-]?(?:forms?|capture)|inquir(?:y|ies)|enquir(?:y|ies)|rsvps?)(?:$|[/._\\s-])",
            "/public(?:$|/)"
          ]
        },
        "sharedSecretHeaders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the header a handler reads (`req.headers.get('authorization')`, `req.get('x-cron-secret')`, `req.headers.authorization`, a NestJS `@Headers('authorization')` parameter). Read together with a secret from the environment (`sharedSecretEnv`), directly or through a settings object (`env.CRON_SECRET` from t3 `createEnv`, `config.cronSecret` built from `process.env`, a pydantic `settings.cron_secret`), in the handler or its helpers, it is a shared-secret check (a cron job's `Bearer ${CRON_SECRET}`): the caller is authenticated as the scheduler, no user session and no user permission needed. A bare `401` answer next to it (`res.status(401)`, `throw new UnauthorizedException()`) is that check's refusal, not a session, and a session a global middleware establishes (Next.js `middleware.ts`, a NestJS `APP_GUARD`) does not make it a user's route; a session the route checks itself does.",
          "default": [
            "^(?:authorization|x-[\\w-]*(?:secret|token|key|auth|signature)[\\w-]*)$"
          ]
        },
        "sharedSecretEnv": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the names of environment variables that hold a shared secret (`CRON_SECRET`, `INTERNAL_API_TOKEN`). Keys that sign the app's own sessions (`JWT_SECRET`, `SESSION_SECRET`, `NEXTAUTH_SECRET`, `AUTH_\u2026`) never count: a header checked with one carries a session.",
          "default": [
            "(?:SECRET|TOKEN|API_KEY|APIKEY|PASSWORD)\\w*$"
          ]
        },
        "maxDepth": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6,
          "description": "How many levels of the repository's own helpers and services to follow from the handler when looking for checks and queries.",
          "default": 3
        }
      }
    },
    "references": [
      "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/",
      "https://owasp.org/Top10/A01_2021-Broken_Access_Control/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html"
    ],
    "source": "rules/security/mutations-require-authentication.yml"
  },
  {
    "id": "security/mutations-require-authorization",
    "dimension": "security",
    "phase": "critical",
    "title": "Every route that changes data checks that the caller may do it",
    "why": "Signing in proves who the caller is, not what they may do. A route that deletes a project\nmember, changes a role or reveals a credential after only checking the session lets any\nsigned-in user \u2014 a new hire, a contractor, a client's employee \u2014 do it to anyone's data.\nThese bugs survive demos and tests because there is only ever one user clicking around:\none team removed a teammate from a project they had no admin role on for two months\nbefore anyone noticed, and the fix was nine lines.\n\nA route counts as authorized when a role or permission guard applies to it (route,\nrouter or mount middleware, a decorator such as `@Roles`, a custom tRPC procedure, a\nFastAPI dependency \u2014 also one a factory made at module level, `reviewers = require_role(\"reviewer\")`\nthen `Depends(reviewers)`, in the route's module or imported from the one that defines the factory, judged by\nwhat that call returns \u2014 DRF `permission_classes`), when the handler or a helper or service it\ncalls checks permission (`ability.can`, `authorize`, `assertProjectAdmin`, a `403`), or\nwhen every change it makes is limited to the caller's own records (or, for ordinary\nactions, to the caller's organization). Member, role, permission, invite, export,\nbilling, credential and settings actions need more than organization scoping \u2014 and more\nthan a check that the caller belongs to the organization (an `orgProcedure`,\n`requireOrgMember`, `requireAccountMember`, \"Not a member of this organization\"), which\nonly establishes membership. Loading the caller's own membership row and refusing when it is missing\n(`ensure_room_member` selecting `RoomMembership` by `room_id` and the caller's id) is such a check, and that row is\nthe only one it found: deleting the row of the `user_id` the request names is not limited by it. A helper that\nalso refuses unless that row holds a role (`membership.role != \"manager\"`, \"Only room managers can do this\")\nchecks permission. Creating a member or invitation row is such an action when the\nclient chooses the role or permissions it grants (`role: input.role`); with a fixed role it\nis how sign-up and joining work \u2014 and so is creating a top-level object (`POST /workspaces`, a path\nnaming no existing object) together with the caller's own membership of it with a role the code\nfixes (`role: 'owner'`): the caller founds something of their own. A token the create writes (a fresh invitation token) is\nhanded out, not checked: only a lookup by a token from the request authorizes by itself.\nA membership check may be a decorator named for it (`@workspace_member_required`,\n`@require_org_member`), or a role guard given the role every member holds\n(`requireWorkspaceRole('member')`, `requireRole('viewer')`): when the code ranks its roles by number\n(`const rank = { member: 0, editor: 1, admin: 2, owner: 3 }`) the least privileged one, else the usual\nbase role names (`baseRoles`).\n\nA DRF permission class written in the repository is judged by its body, not its name: one whose\n`has_permission` only checks that the caller is signed in and belongs to some organization\n(`return bool(user and user.is_authenticated and user.practice_id)`) is a membership check, even\nwhen it is called `IsPracticeMember` or `IsClinicStaff`; one that checks a role, a flag such as\n`is_manager`, the method or calls a helper (`is_practice_admin(request.user)`) is a permission check.\nThe name patterns (`authorizationGuards`) decide only for classes the scan cannot see (DRF's own, a\npackage's). Its `has_object_permission` comparing the object with the caller\n(`obj.practice_id == request.user.practice_id`) limits the rows the view looks up itself\n(`self.get_object()`, a viewset's `update` and `destroy`) \u2014 and no row the handler finds with its\nown query: a change to `Appointment.objects.filter(pk=pk)` or to `Appointment.objects.get(pk=pk)`\nbehind such a class passes neither the queryset nor the object permission, so nothing authorized it.\nA model named `Owner` (a clinic's pet owners) is a record the app keeps, not ownership: `/owners`\nroutes changing it are no privileged action.\nSaving the row a loaded row points to (`practitioner = self.get_object()`, then\n`practitioner.user.role = \u2026; practitioner.user.save()`) changes that related model (`User`), reached\nthrough the loaded row and limited as it is.\n\nRaw SQL (`execute(\"UPDATE users SET full_name = :name WHERE id = :uid\", \u2026)`, also through the\nrepository's own `fetch_one`/`fetch_all`/`execute` helpers and `conn.execute(text(\u2026), {\u2026})`)\nis limited to the caller by the values its WHERE clause binds (`uid=g.user[\"id\"]`); the values\nan UPDATE's SET clause writes limit nothing, wherever they come from.\n\nA helper's parameter name speaks for the value only when the call site's value says nothing:\na row the route loaded (`target = get_object_or_404(User, pk=pk, company=request.user.company)`)\nhanded to `change_user_role(user, role)` is that row, not the caller, so changing its role\nstill needs a permission check.\n\nData changes are read through the repository layers teams write: TypeORM repositories held in\nfields (`@InjectRepository`), built in place (`getRepository(Member).remove(member)`) or returned\nby an accessor of the file (`const members = () => AppDataSource.getRepository(Member)`, then\n`members().remove(member)`) or held in a local (`const repo = AppDataSource.getRepository(TimeEntry)`,\nthen `repo.save(\u2026)`). An accessor or repository exported by another module\n(`export const userRepo = () => AppDataSource.getRepository(User)` in db/repositories.ts, then\n`userRepo().update({ id, organizationId }, { role })` where it is imported) writes the entity it holds,\nwhatever it is called; an imported function that returns no repository (`cacheStore().delete(key)`)\nwrites nothing.\n\nMiddleware is read as Express runs it: in `router.use(requireAuth, attachAbility)` every\nfunction is middleware, the last one too when it is a function imported from the\nrepository (a router is a value, not a function). Building a CASL ability checks nothing:\nthe `can(\u2026)`/`cannot(\u2026)` of an `AbilityBuilder` or a `defineAbility((can, cannot) => \u2026)`\ncallback grant permissions, so a middleware that only attaches `req.ability` is no\nauthorization; the check is `req.ability.can(\u2026)`/`cannot(\u2026)` or `ForbiddenError.from(\u2026)`.\n\nA helper's refusal counts only where it can run: `withWorkspace(slug, role?)` that refuses\n`if (role && !roleAtLeast(\u2026))` checks a role for `withWorkspace(slug, 'admin')`, and only\nmembership for `withWorkspace(slug)` \u2014 the call leaves `role` out (a parameter with a\ndefault, other than `undefined`, is always set). The same holds for a check call and for an\noptions object: a pages-router wrapper `withOrg(handler, options = {})` that runs\n`if (options.role) requireRole(\u2026)` checks nothing for `export default withOrg(handler)`\n(an empty default sets none of its properties), and a `403` it answers in a `catch` block only\ntranslates an error thrown elsewhere.\n\nIn NestJS, `@Roles(\u2026)`, `@CheckPolicies(\u2026)`, `@Permissions(\u2026)` and other decorators only label\nthe route; a guard (`RolesGuard`, `PoliciesGuard`, \u2026) bound with `@UseGuards` on the class or\nmethod, or globally (`APP_GUARD`, `app.useGlobalGuards`), enforces the label. So a label counts\nonly when a role, permission or policy guard (by name, or a guard class whose `canActivate`\nrefuses with a `403` or calls `ability.can`) covers the route \u2014 an authentication guard such\nas `JwtAuthGuard` does not enforce it \u2014 and a guard class that reads route metadata\n(`this.reflector.get(\u2026)`) counts only on routes that carry a label themselves or through their\nclass: such guards let a route without one through (`if (!requiredRoles) return true`, CASL's\n`handlers.every(\u2026)` over no handlers). A decorator of the repository's own that also binds\nguards (`applyDecorators(SetMetadata('roles', roles), UseGuards(RolesGuard))`) is a guard.\n\nChanges are followed into the helpers and services the handler calls, with the caller's\nvalues: `removeMember(req.user.companyId, req.params.userId)` filtering by its `companyId`\nand `userId` parameters is scoped to the caller's company and selected by an id from the\nrequest. A method of a service made for the request (`new ClientService(req.user).remove(id)`,\nor through `const svc = new ClientService(req.user)`) is followed the same way, the\nconstructor's arguments standing for its fields (`this.user.orgId` is `req.user.orgId`); in Python,\n`ClientService(current_user).delete(id)` runs `ClientService.delete`, and `self.user.agency_id` is read like\n`this.user.orgId`, an attribute of the caller. In NestJS, a\ngetter of a request-scoped provider that returns a value of the request it is given (`@Inject(REQUEST) private\nreadonly request`, `get userId() { return this.request.user.id; }`) is that value wherever the provider is\ninjected: `this.tenant.userId` in a service is the caller's id. In Python, a local the handler assigns once from\nthe caller (`user = request.user`, `practice = user.practice`) is the caller's value when handed on:\n`services.delete_account(user)` whose deletes filter by `user=user` deletes the caller's own rows, and so does a\nloop deleting the rows it has just compared with the caller (`if session.get_decoded().get(\"_auth_user_id\") ==\nstr(user.pk): session.delete()`). A write through a row loaded from a model (`member.destroy()`, `invoice.save()`\nafter `invoice.status = 'void'`, `member.update({ role })`) is a change of that model, as\nscoped as the load \u2014 also when the row is handed to a helper that writes it: after `membership =\nself.get_object()` in a viewset whose queryset is `StaffMembership`, `services.remove_member(membership)`\ndoing `membership.delete()` deletes a `StaffMembership`, a membership change that membership alone does\nnot authorize (a helper's parameter name says nothing of its model); a record created under a row loaded within the caller's scope\n(`projectId: project.id`) is as scoped as that row. So is a row the handler itself has just created\nwithin the caller's scope (`const ticket = await tx.ticket.create({ data: { organizationId, \u2026 } })`):\na record hung under it (`comment.create({ data: { ticketId: ticket.id } })`) and a later change of it by\nits own id (`dataExport.update({ where: { id: requested.id } })`, also in a helper handed `requested.id`)\nare limited as the create was. A change picks the row the scoped load found only when it is keyed by\nnothing the load did not look at: after `requireWorkspaceMember(userId, workspaceId)` loads the caller's\nown membership, `membership.update({ where: { workspaceId_userId: { workspaceId, userId: memberId } } })`\nchanges another member's row, and a secret loaded by the workspace (`apiKey.findFirst({ where: { id,\nworkspaceId } })`) is the workspace's, not the caller's own. A Prisma find-or-create of a row the code\nnames (`user.upsert({ where: { email: 'deleted-user@\u2026' }, create: {\u2026}, update: {} })`, a shared\nplaceholder), taking nothing from the request or the caller, changes no one's row; with a non-empty\n`update` it changes that row. For member, role, invite, export, billing, credential and settings\nactions a create's owner field is attribution (`invitedById: user.id`), not permission \u2014 except at the\ncaller's own account (a path with a `me`, `my`, `account`, `profile` or `self` segment, such as\n`POST /account/export`), where a record written for the caller alone (`dataExport.create({ data: {\nuserId: user.id } })`: no organization, nothing the request names, no member, role or credential\nmodel) is the caller's own. A row loaded by an id from the request\nwhose parent is then loaded within the caller's scope by the row's own key, refusing when it is\nnot found (`item = session.get(LineItem, item_id)`, then `get_quote_for_org(session, user.org_id,\nitem.quote_id)` raising a `404`), is as scoped as that parent; a parent load that lets a missing\nparent through limits nothing.\n\nA row compared with the caller after loading it (`if invoice.owner_id != request.user.id: raise\nPermissionDenied`) is the caller's own. The opposite test is not: `if membership.user_id ==\nrequest.user.id: return redirect(\u2026)` (\"you cannot remove yourself\") refuses the caller's own row\nand lets every other member's through, so it authorizes nothing.\n\nDjango class-based views are judged by what runs: a `FormView`'s POST is its `form_valid`, the\naccess mixins of the app's own (`OrganizerRequiredMixin` in orgs/mixins.py) by what their\n`dispatch` and `test_func` check, and an `UpdateView` whose `get_object` returns\n`self.request.user` edits the caller's own record.\n\nDivision of labour: a route with no authentication at all is reported by\n`security/mutations-require-authentication`; a change made without authorization is\nreported here even when it is also selected by an id from the request (the fix is a\npermission check); `security/object-access-is-scoped` reports the remaining\nload-by-id problems, so one problem is one gap.\n",
    "fix": "Check the permission where the action happens: a role guard on the route or its router,\na policy call in the service (`assertProjectAdmin(user, projectId)`), or a query that\nonly matches the caller's own rows. If your check has another name, add it to the\n`authorizationCalls` or `authorizationGuards` option.\n",
    "example": {
      "language": "ts",
      "before": "router.delete('/:projectId/members/:userId', async (req, res) => {\n  await prisma.projectMember.delete({ where: { projectId_userId: req.params } });\n  res.sendStatus(204);\n});\n",
      "after": "router.delete('/:projectId/members/:userId', async (req, res) => {\n  await assertProjectAdmin(req.user, req.params.projectId);\n  await prisma.projectMember.delete({ where: { projectId_userId: req.params } });\n  res.sendStatus(204);\n});\n"
    },
    "reported": "On the route: the line that declares it (the `router.delete(\u2026)` call, the decorated controller\nmethod or view, the exported `POST` function, the server action, the tRPC procedure). The\nmessage names the route, what it changes and the guards and helpers that were considered\n(`related`).\n",
    "messages": {
      "missing": {
        "title": "{{route}} {{action}} without checking the caller's permission",
        "message": "{{route}} {{action}}. It requires a signed-in user ({{authentication}}) but nothing decides whether this user may do it: no role or permission guard among its guards ({{guards}}), no permission check in the handler or the helpers it calls ({{helpers}}), and {{scoping}}."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "authenticationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, procedure builders) that establish who the caller is. Middleware that only restores a session when there is one and lets everyone through (`passport.session()`, express-session's `session()`) establishes nothing and is no such guard.",
          "default": [
            "(?:^|\\.)(?:require|ensure|is|check|verify|with|must)(?:Auth|Authenticated|Authentication|Login|LoggedIn|Session|SignedIn|User|Token|Jwt|JWT)\\w*$",
            "(?:^|\\.)(?:authenticate\\w*|authenticated|auth|authMiddleware|authGuard|protect|protected|redirectToSignIn|loggedIn|requireLogin|jwtVerify|verifyJwt|withApiAuthRequired|withPageAuthRequired|getToken)$",
            "^(?:jwt|expressjwt|expressJwt|jwtAuth|jwtMiddleware|bearerAuth|basicAuth|apiKeyAuth|clerkAuth|koaJwt|fastifyJwt)$",
            "^passport\\.authenticate$",
            "(?:Jwt|JWT|Auth|Session|Local|ApiKey|Clerk|Supabase|Firebase|Bearer)\\w*Guard$",
            "^AuthGuard$",
            "^(?:protected|authed|private|auth|user|session|signedIn|loggedIn)(?:Procedure|ActionClient|Action)$",
            "^(?:get_current_user|get_current_active_user|current_active_user|login_required|IsAuthenticated\\w*|jwt_required|auth_required|require_user|require_login|authenticated_user|get_user_from_token|LoginRequiredMixin|TokenAuthentication|SessionAuthentication|JWTAuthentication)$"
          ]
        },
        "authenticationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers it calls that establish who the caller is. A `401`/`UNAUTHORIZED` response or error also counts (`UnauthorizedError` is about who the caller is, not what they may do).",
          "default": [
            "(?:^|\\.)(?:getSession|getServerSession|getServerAuthSession|auth|currentUser|getCurrentUser|requireUser|requireSession|requireAuth|getUser|getAuth|validateRequest|verifySession|verifyToken|verifyIdToken|authenticate|getSessionUser|getAuthUser|getUserOrThrow|isAuthenticated|getKindeServerSession|getLoggedInUser|withSession)$",
            "^jwt\\.verify$",
            "(?:^|\\.)(?:Unauthorized|Unauthenticated|NotAuthenticated|AuthenticationRequired)\\w*(?:Error|Exception)$",
            "^(?:get_current_user|get_current_active_user|authenticate)$",
            "(?:^|\\.)(?:handle_no_permission|redirect_to_login)$"
          ]
        },
        "authorizationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, DRF permission classes, procedure builders) that decide whether the caller may act. A DRF permission class written in the repository is judged by its `has_permission` body instead when that body only checks membership.",
          "default": [
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|has|is|can|must)\\w*(?:Role|Roles|Permission|Permissions|Admin|Owner|Ownership|Member|Membership|Access|Policy|Policies|Scope|Scopes|Ability|Abilities)\\w*$",
            "(?:^|\\.)(?:authorize|authorise|authorization|permit|allow|rbac|acl|abac)\\w*$",
            "^(?:Roles|Role|Permissions|Permission|RequirePermissions?|RequireRoles?|CheckPolicies|CheckAbilit(?:y|ies)|Policy|Policies|Scopes|HasRole|HasPermission|Authorize|Abilities)$",
            "(?:Roles?|Permissions?|Policies|Policy|Ability|Abilities|Owner|Ownership|Admin|Member|Casl|Acl|Rbac)\\w*Guard$",
            "^(?:\\w*(?:Admin|Owner|Role|Permission|Staff)|admin|owner|staff)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|check|has)_(?:admin|role|roles|permission|permissions|owner|member|scope|scopes|staff|superuser)\\w*$",
            "^(?:permission_required|user_passes_test|staff_member_required|superuser_required|IsAdminUser|DjangoModelPermissions\\w*|DjangoObjectPermissions|IsOwner\\w*|Is\\w*(?:Admin|Owner|Member|Staff)\\w*|Has\\w*(?:Permission|Role)\\w*|PermissionRequiredMixin|UserPassesTestMixin)$"
          ]
        },
        "authorizationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers and services it calls (followed to `maxDepth`) that check permission. A `403`/`FORBIDDEN` response or error also counts.",
          "default": [
            "(?:^|\\.)(?:authorize|authorise|permit)\\w*$",
            "(?:^|\\.)enforce$",
            "(?:^|\\.)(?:can|cannot)$",
            "(?:^|\\.)can[A-Z]\\w*$",
            "(?:^|\\.)(?:check|assert|ensure|require|enforce|verify)\\w*(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Ownership|Member|Membership|Policy|Scope|Ability|Can)\\w*$",
            "(?:^|\\.)(?:has|is)(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Scope|Ability)\\w*$",
            "(?:^|\\.)assertCan\\w*$",
            "^ForbiddenError\\.from$",
            "(?:^|\\.)(?:Forbidden|Permission|AccessDenied|NotAuthorized)\\w*(?:Error|Exception)$",
            "^(?:PermissionDenied|ForbiddenException|HTTPForbidden)$",
            "^(?:ability|abilities|policy|policies|permissions|acl|rbac|enforcer|guard|gate|oso|cerbos|permit|authz)\\.\\w+$",
            "(?:^|\\.)(?:check|has|require|assert)_(?:permission|permissions|perm|perms|role|roles|object_permissions|access|owner|admin|membership)\\w*$"
          ]
        },
        "authorizationErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler or its helpers (`throw new Error('Only admins can remove members')`): a refusal that names a permission is an authorization check written inline.",
          "default": [
            "^(?:forbidden|access denied|permission denied|not allowed|not permitted|insufficient (?:permissions?|privileges|role))",
            "(?:^|\\s)only (?:the )?(?:an? )?(?:organi[sz]ation |org |team |project |workspace )?(?:admins?|owners?|managers?|editors?)\\b",
            "(?:requires?|need|needs|must (?:be|have)) (?:an? )?(?:admin|owner|manager|editor)(?: role| rights| permission)?\\b",
            "(?:^|\\s)not (?:an? )?(?:admin|owner|member of)"
          ]
        },
        "membershipChecks": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard, procedure-builder and call names that only establish the caller's membership of an organization, team or workspace (`orgProcedure`, `requireOrgMember`, `@workspace_member_required`). Membership is authorization for ordinary actions; member, role, permission, invite, export, billing, credential and settings actions (`privilegedActions`) need more. A name that also says admin, owner, role or permission is a real permission check.",
          "default": [
            "^(?:\\w*(?:Member|Org|Organization|Organisation|Team|Tenant|Workspace)|member|org|organization|organisation|team|tenant|workspace)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|verify|is|has|must)\\w*(?:Member|Membership|Memberships|OrgAccess|TenantAccess|TeamAccess|WorkspaceAccess)$",
            "(?:^|\\.)(?:(?:require|ensure|check|assert|enforce|verify|is|has|must)_(?:\\w+_)?member(?:ship)?s?|(?:\\w+_)?member(?:ship)?_required)$"
          ]
        },
        "membershipErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler, its helpers or its guards that refuses a non-member (`Not a member of this organization`, also after a status or beside a code: `new HttpError(403, 'Not a member\u2026')`, `new TRPCError({ code: 'FORBIDDEN', message: 'Not a member\u2026' })`, `HTTPException(status_code=403, detail=\"Not a member\u2026\")`, werkzeug's `abort(403, description=\"Not a member\u2026\")` in a Flask `before_request` hook): a membership check, not a permission check.",
          "default": [
            "(?:^|\\s)not (?:an? )?(?:active )?member\\b",
            "must be (?:an? )?(?:active )?member\\b",
            "(?:^|\\s)no (?:active )?membership\\b",
            "membership (?:is )?(?:required|not found)"
          ]
        },
        "baseRoles": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the role a role guard is given (`requireWorkspaceRole('member')`, `requireRole('viewer')`) that name the role every member holds: such a guard only checks membership. When the code ranks its roles by number (`const rank = { member: 0, editor: 1, admin: 2, owner: 3 }`), the least privileged role of the ranking is the base role instead, whatever its name.",
          "default": [
            "^(?:member|viewer|user|guest|reader|read[-_ ]?only)$"
          ]
        },
        "publicMarkers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against decorator or guard names that exempt a route from global guards (NestJS `@Public()`).",
          "default": [
            "^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute|AllowAny|csrf_exempt_public)$"
          ]
        },
        "ownerValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the values a query is filtered by (or, for a create, the values written) that refer to the caller's own identity: the caller's own records. flask-jwt-extended's `get_jwt_identity()` counts, also through a conversion (`int(get_jwt_identity())`) and through an accessor of the repository's own without parameters that returns it (`def current_user_id(): return int(get_jwt_identity())`, then `applicant_id=current_user_id()`).",
          "default": [
            "^(?:(?:req|request|ctx|context|c|event\\.locals|locals|res\\.locals|this|self|g)\\.)?(?:state\\.|var\\.)?(?:session\\.)?(?:user|currentUser|current_user|auth|me|viewer|actor|principal|identity|account)\\.(?:id|_id|userId|user_id|sub|uid|pk|email)$",
            "^(?:req|request|ctx|context|session|ctx\\.session|ctx\\.state|context\\.session)\\.user$",
            "^(?:req|request)\\.(?:sessionId|session\\.id|userId|auth\\.userId)$",
            "^(?:ctx|context)\\.(?:userId|session\\.userId)$",
            "^(?:userId|currentUserId|actorId|viewerId|sessionUserId|uid)$",
            "^auth\\(\\)\\.userId$",
            `^c\\.get\\(['\\"](?:user|userId|session)['\\"]\\)`,
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:id|sub|userId|user_id|uid|email)$`,
            "^(?:flask_jwt_extended\\.)?get_jwt_identity\\(\\)$",
            "^(?:flask_jwt_extended\\.)?get_jwt\\(\\)\\.sub$",
            "^g\\.(?:user_id|current_user_id|uid)$"
          ]
        },
        "tenantValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that refer to the caller's organization, tenant, team or workspace \u2014 or to any other attribute of the caller (`current_user.lab_id`, `g.user.clinic_id`, `request.user.membership.studio` at any depth, or an id a middleware put into the context such as `ctx.agencyId` or Flask's `g.org_id`, never `ctx.params` or `ctx.input`; a field of the object making the query named for the tenant, `this.workspaceId` of a workspace-scoped repository, like a parameter of that name, unless the call site that made the object says where the value came from): a query filtered by a value taken from the caller is limited to the caller's group, whatever the column is called.",
          "default": [
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self)\\.)*(?:user|currentUser|current_user|auth|me|viewer|actor|membership|session|tenant|org|organization|account)\\.(?:organizationId|organization_id|orgId|org_id|tenantId|tenant_id|workspaceId|workspace_id|teamId|team_id|accountId|account_id|companyId|company_id|organization|tenant)$",
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self|g)\\.)*(?:user|currentUser|current_user|me|viewer|actor)(?:\\.\\w+)+$",
            "^(?:this\\.|self\\.)?(?:orgId|organizationId|tenantId|workspaceId|teamId|currentOrgId|activeOrganizationId|activeOrgId|currentTenantId|org_id|organization_id|tenant_id|workspace_id|team_id)$",
            "^(?:req|request|ctx|context)\\.(?:tenant|org|organization|tenantId|orgId|organizationId|workspace)(?:\\.id)?$",
            "^auth\\(\\)\\.orgId$",
            "^g\\.(?:org|organization|organisation|tenant|workspace|team|account|company)_id$",
            "^(?:ctx|context)\\.(?!params\\b|query\\b|request\\b|req\\b|input\\b|headers\\b|requested)[A-Za-z]\\w*(?:Id|_id)$",
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:organizationId|orgId|tenantId|teamId|workspaceId|accountId|organization_id|org_id|tenant_id|team_id|workspace_id|account_id)$`
          ]
        },
        "requestValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that come from the request. Path parameters of the route (`:id`, `[id]`, `{id}`) and server-action arguments count as well.",
          "default": [
            "^(?:req|request|ctx|ctx\\.request|c\\.req|event)\\.(?:params|body|query|param|json|valid|path_params|query_params|data|GET|POST|form)\\b",
            "^(?:params|input|body|query|args|parsedInput|payload|searchParams|formData|dto|kwargs|self\\.kwargs)\\b",
            "^c\\.req\\.(?:param|query|json|valid)\\("
          ]
        },
        "tokenValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that are secret tokens (invite, reset, magic-link): a lookup by such a token from the request (`req.params.token`, Hono `c.req.param('token')`, also hashed first: `eq(invites.tokenHash, sha256(c.req.param('token')))`) is its own authorization. A token a create only writes (an invitation handing out a fresh token) authorizes nothing.",
          "default": [
            `(?:^|[.(_'"])\\w*(?:[Tt]oken|TOKEN)['"]?\\)?$`,
            `(?:^|[.('"])(?:inviteCode|invite_code|resetCode|reset_code|otp|nonce|magicLink\\w*)['"]?\\)?$`
          ]
        },
        "privilegedActions": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route (`DELETE /projects/:id/members/:userId`, camelCase names split into words) and the models it updates or deletes, or creates with a role or permission field whose value the request supplies (`role: input.role`: a member could invite an admin). For these actions tenant scoping alone is not authorization: some member of the organization must be allowed, which needs a role or permission check or the caller's own records. A grant counts when it grants access (`/access-grants`, `grant-role`, an `AccessGrant` or `RoleGrant` model); a record merely called `Grant` (a funding grant) does not. A model named like the organization that the repository shows is held by another one (a `tenants` table of renters with an `org_id` column beside an `organizations` model) is a record of the organization, not the organization: changing it is not privileged.",
          "default": [
            "(?:^|[/._\\s-])(?:members?|memberships?|users?|roles?|permissions?|invites?|invitations?|exports?|admin|billing|subscriptions?|api[\\s_-]?keys?|credentials?|secrets?|owners?|ownership|transfer|impersonat\\w*|settings|(?:access|permission|role|scope)[\\s_-]?grants?|grants?[\\s_-](?:access|permissions?|roles?|scopes?)|access)(?:$|[/._\\s-])",
            "^\\w*(?:Member|Membership|Role|Permission|Invite|Invitation|ApiKey|ApiToken|PersonalAccessToken|Credential|Secret|AccessGrant|PermissionGrant|RoleGrant|ScopeGrant|OAuthGrant)s?$",
            "^\\w*_(?:member|membership|role|permission|invite|invitation|api_key|api_token|personal_access_token|credential|secret|access_grant|permission_grant|role_grant|scope_grant|oauth_grant)s?$",
            "^(?:user|users|app_user|account_user)$",
            "^(?:organization|organisation|org|workspace|tenant|account|team)s?$"
          ]
        },
        "revealCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that decrypt or reveal a stored secret: a route that makes one is treated like a change. A call whose result only keys a signature or hash (`_sign(decrypt_secret(hook.secret), body)`, `hmac.new(key.encode(), \u2026)` with `key` used nowhere else) uses the secret without revealing it, and does not count.",
          "default": [
            "(?:^|\\.)(?:decrypt\\w*|reveal\\w*|unseal\\w*|decipher\\w*)$",
            "^kms\\.decrypt$"
          ]
        },
        "webhookVerification": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that verify a webhook's signature (Stripe, GitHub, Svix, QStash, Slack, Twilio\u2026): such a route needs no user session.",
          "default": [
            "(?:^|\\.)(?:constructEvent|constructEventAsync|construct_event|validateRequest|verifyKey|timingSafeEqual|compare_digest)$",
            "(?:^|\\.)(?:verify|validate|check|assert)\\w*(?:Signature|Webhook|Hmac|HMAC)\\w*$",
            "(?:^|\\.)(?:verify|validate|check)_\\w*(?:signature|webhook|hmac)\\w*$",
            "(?:^|\\.)(?:wh|webhook|webhooks|svix|receiver|Receiver|Webhook|slack|signature)\\.verify$"
          ]
        },
        "publicEndpoints": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action sign In`), that mark public-by-design endpoints: sign-in, sign-up, password reset, email verification, OAuth callbacks.",
          "default": [
            "(?:^|[/._\\s-])(?:log[\\s_-]?in|log[\\s_-]?out|sign[\\s_-]?in|sign[\\s_-]?out|sign[\\s_-]?up|register|registration|forgot|reset|password[\\s_-]?reset|reset[\\s_-]?password|verify|verify[\\s_-]?email|confirm|magic[\\s_-]?link|oauth|callback)(?:$|[/._\\s-])",
            "/\\[\\.\\.\\.nextauth\\]$"
          ]
        },
        "publicForms": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action join Waitlist`), that mark public-by-design forms: a waitlist, newsletter or contact form, or a job application sent from a public careers page (`POST /careers/:slug/jobs/:jobId/apply`, `POST /jobs/:id/applications`: applying right under a job opening or careers segment, so `/applications` of a grant portal or `/coupons/:code/apply` is not one). Such a route needs no session while it only adds records; an update or delete behind the same name is judged like any other.",
          "default": [
            "(?:^|[/._\\s-])(?:wait[\\s_-]?list|newsletter|contact[\\s_-]?(?:us|form|sales)|early[\\s_-]?access|request[\\s_-]?(?:an?[\\s_-]?)?demo|demo[\\s_-]?requests?|book[\\s_-]?(?:a[\\s_-]?)?demo)(?:$|[/._\\s-])",
            "(?:^|[/._\\s-])(?:(?:careers?|jobs?|job[\\s_-]?(?:postings?|openings?)|openings?|vacanc(?:y|ies))/(?:[^/]+/)?(?:apply|applications?)|job[\\s_-]?applications?)(?:$|[/._\\s-])"
          ]
        },
        "publicCheckouts": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words, that mark a guest checkout, booking or lead form, or any route the path itself declares public: a storefront's ticket checkout (`POST /e/<org_slug>/<event_slug>/checkout`), a clinic's public booking form (`POST /api/public/practices/<slug>/book`), an embeddable lead or enquiry form (`POST /api/public/lead-forms/[slug]`), an RSVP, or anything under a `public` path segment. A guest buys, books or gets in touch without an account there, so such a route needs no session, but only while all of these hold: it only adds records (an update or delete, such as rescheduling an existing booking, is judged like any other change); the route names no privileged action (`/billing/checkout` changes an organization's subscription) and creates no privileged model (a member, an invitation); its path names no object by id (`:orderId`, `{booking_id}`; public slugs are fine); and the route is rate-limited, the sign that the public is meant to reach it \u2014 on the evidence `operations/public-endpoints-are-rate-limited` accepts: a limiter guard, decorator or mount middleware, a limiter call in the handler, Django REST framework `throttle_classes` on the view (or `DEFAULT_THROTTLE_CLASSES`), a service-wide limiter. An unauthenticated `POST /api/projects`, or a `POST /api/public/\u2026` with no limiter, is still reported.",
          "default": [
            "(?:^|[/._\\s-])(?:checkout|book|booking|bookings|reserve|reservations?)$",
            "(?:^|[/._\\s-])(?:lead[\\s_-]?(?:forms?|capture)|inquir(?:y|ies)|enquir(?:y|ies)|rsvps?)(?:$|[/._\\s-])",
            "/public(?:$|/)"
          ]
        },
        "sharedSecretHeaders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the header a handler reads (`req.headers.get('authorization')`, `req.get('x-cron-secret')`, `req.headers.authorization`, a NestJS `@Headers('authorization')` parameter). Read together with a secret from the environment (`sharedSecretEnv`), directly or through a settings object (`env.CRON_SECRET` from t3 `createEnv`, `config.cronSecret` built from `process.env`, a pydantic `settings.cron_secret`), in the handler or its helpers, it is a shared-secret check (a cron job's `Bearer ${CRON_SECRET}`): the caller is authenticated as the scheduler, no user session and no user permission needed. A bare `401` answer next to it (`res.status(401)`, `throw new UnauthorizedException()`) is that check's refusal, not a session, and a session a global middleware establishes (Next.js `middleware.ts`, a NestJS `APP_GUARD`) does not make it a user's route; a session the route checks itself does.",
          "default": [
            "^(?:authorization|x-[\\w-]*(?:secret|token|key|auth|signature)[\\w-]*)$"
          ]
        },
        "sharedSecretEnv": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the names of environment variables that hold a shared secret (`CRON_SECRET`, `INTERNAL_API_TOKEN`). Keys that sign the app's own sessions (`JWT_SECRET`, `SESSION_SECRET`, `NEXTAUTH_SECRET`, `AUTH_\u2026`) never count: a header checked with one carries a session.",
          "default": [
            "(?:SECRET|TOKEN|API_KEY|APIKEY|PASSWORD)\\w*$"
          ]
        },
        "maxDepth": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6,
          "description": "How many levels of the repository's own helpers and services to follow from the handler when looking for checks and queries.",
          "default": 3
        }
      }
    },
    "references": [
      "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/",
      "https://owasp.org/Top10/A01_2021-Broken_Access_Control/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html"
    ],
    "source": "rules/security/mutations-require-authorization.yml"
  },
  {
    "id": "security/no-committed-env-files",
    "dimension": "security",
    "phase": "critical",
    "title": "No .env file with real credentials is committed",
    "why": "`.env` files exist to keep credentials out of the repository. One that is committed with\nreal values \u2014 a database password, an API key, a signing secret \u2014 hands every one of them\nto everyone who can read the repository or its history, at once. Templates such as\n`.env.example` with empty or placeholder values are how variables should be documented\nand are not reported; neither are `.env` files git ignores (they are not scanned).\n",
    "fix": "Rotate every credential in the file, remove it from the repository (`git rm --cached`),\nadd `.env*` (except the template) to `.gitignore`, and keep the variable names with empty\nvalues in `.env.example`.\n",
    "example": {
      "language": "sh",
      "before": "# .env (committed)\nDATABASE_URL=postgres://app:Zx81kPq02Lmn@db.internal:5432/app\n",
      "after": "# .env.example (committed); .env is in .gitignore\nDATABASE_URL=\n"
    },
    "reported": "On the committed environment file, at the first value that looks like a secret (masked).\n",
    "messages": {
      "committed": {
        "title": "{{path}} is committed with {{count}} credential values",
        "message": "{{path}} is in the repository with values for {{names}}. Anyone with read access to the repository or its history has them: rotate them and keep only a template (.env.example) with empty values."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "excludePaths": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Glob patterns of paths whose .env files are test fixtures, not real configuration.",
          "default": [
            "**/test/fixtures/**",
            "**/testdata/**",
            "**/__fixtures__/**"
          ]
        },
        "templateSuffixes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "File-name endings of `.env` templates, which are meant to be committed.",
          "default": [
            ".example",
            ".sample",
            ".template",
            ".dist",
            ".defaults",
            ".schema"
          ]
        },
        "secretNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against variable names whose values are credentials (plural names such as `SESSION_KEYS` or `API_TOKENS` count too). Values in a known key format count whatever the name.",
          "default": [
            "secret",
            "password",
            "passwd",
            "pwd",
            "token",
            "api_?key",
            "private_?key",
            "access_?key",
            "credentials?",
            "database_url",
            "db_url",
            "_dsn$",
            "connection_string",
            "webhook",
            "signing",
            "encryption_?key",
            "_keys?$"
          ]
        }
      }
    },
    "references": [
      "https://cwe.mitre.org/data/definitions/798.html",
      "https://12factor.net/config"
    ],
    "source": "rules/security/no-committed-env-files.yml"
  },
  {
    "id": "security/no-hardcoded-secrets",
    "dimension": "security",
    "phase": "critical",
    "title": "No secrets are committed to the repository",
    "why": 'A key committed to git is a key shared with everyone who can read the repository, every\nfork, every CI log and every laptop that cloned it \u2014 and it stays in the history after the\nline is deleted. Attackers scan public and leaked repositories for these formats within\nminutes. For a B2B product, one leaked live payment or cloud key is a customer-visible\nincident.\n\nKnown key formats (cloud, payment, source hosting, chat, AI, package registries, vaults)\nare reported wherever they appear; other values only when a credential-named variable or\nproperty holds a long random-looking literal, directly or as the fallback of another value\n(`jwtSecret: env.JWT_SECRET || \'kR7v\u2026\'`, `SECRET_KEY = "\u2026"` in a Flask config class,\n`app.config["SECRET_KEY"] = "\u2026"`, the annotated default of a settings field (`quote_link_secret: str = "qL7v\u2026"` in a\npydantic `BaseSettings` class), `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "p4Lq\u2026")`,\n`os.getenv(\u2026, "\u2026")`, `env(\u2026, default="\u2026")`; a `DevelopmentConfig`/`TestingConfig` class, an\n`if app.debug:` branch or a development settings module (`settings/dev.py`, `settings/local.py`, `local_settings.py`), literal or fallback, is the developer\'s, not production\'s; a known key format is reported there too). Documentation placeholders (`EXAMPLE`, `your_key`,\n`xxxx`, `${VAR}`, local database URLs: `localhost`, or a service of the same Docker Compose\nfile such as `postgres://app:app@db:5432/app`) and a CI job\'s throwaway values that say so\n(`DJANGO_SECRET_KEY: ci-insecure-\u2026`, `\u2026-not-secret-\u2026` in a workflow) are not secrets. A live-format key is reported even\nwhen it says "fake": scanners and attackers cannot tell either.\n',
    "fix": "1. Revoke and rotate the key at its provider first: removing it from the code does not\n   un-leak it.\n2. Read it from the environment (or a secret manager) instead, and declare the variable\n   name \u2014 never its value \u2014 in `.env.example`.\n3. If the value is a test fixture, use an obviously fake value (`sk_live_xxx\u2026`) or exclude\n   the fixture folder with the rule's `excludePaths` option.\n",
    "example": {
      "language": "ts",
      "before": "const stripe = new Stripe('sk_live_51H8\u2026');\n",
      "after": "const stripe = new Stripe(requireEnv('STRIPE_SECRET_KEY'));\n"
    },
    "reported": "On the secret itself (its line), with the value masked in every output.\n",
    "messages": {
      "hardcoded": {
        "title": "{{kind}} committed in {{path}}",
        "message": "A {{kind}} ({{redacted}}) is committed in {{path}} at line {{line}}. Anyone with read access to the repository or its history can use it; rotate it and load it from the environment."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "excludePaths": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Glob patterns of paths whose secrets are test fixtures, not real keys.",
          "default": [
            "**/__tests__/**",
            "**/*.test.*",
            "**/*.spec.*",
            "**/test/fixtures/**",
            "**/testdata/**",
            "**/*.example",
            "**/.env.example",
            "**/.env.sample",
            "**/.env.template"
          ]
        },
        "envTemplateSuffixes": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "File-name endings of `.env` templates. Secrets in other `.env` files are reported once per file by `security/no-committed-env-files` instead of once per value here.",
          "default": [
            ".example",
            ".sample",
            ".template",
            ".dist",
            ".defaults",
            ".schema"
          ]
        }
      }
    },
    "references": [
      "https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
      "https://cwe.mitre.org/data/definitions/798.html"
    ],
    "source": "rules/security/no-hardcoded-secrets.yml"
  },
  {
    "id": "security/object-access-is-scoped",
    "dimension": "security",
    "phase": "critical",
    "title": "Objects selected by an id from the request are limited to the caller",
    "why": "`findUnique({ where: { id: req.params.id } })` on a signed-in route returns any row whose\nid the caller can guess or copy from a URL \u2014 including other organizations' documents.\nThis is an insecure direct object reference (IDOR), OWASP's most common API flaw. The\nquery has to say whose object it is (`organizationId: user.organizationId`,\n`ownerId: user.id`), or the route has to check permission on the object before using it.\nAny value taken from the caller counts, whatever the column is called\n(`filter_by(id=sample_id, lab_id=current_user.lab_id)`, also through a local or a helper\nhanded `current_user`); a value from the request body or URL does not.\n\nChecking the row after loading it counts the same: `const invoice = await\nInvoice.findById(id)` followed by `if (invoice.orgId !== req.user.orgId) throw \u2026` (also\n`String(invoice.orgId) !== this.user.orgId` in a service made for the caller, or Mongoose's\n`invoice.ownerId.equals(req.user._id)`, also after query modifiers such as\n`findById(id).lean()`) limits the object to the caller. Comparing the row\nwith a value from the request, or with another row the request chose, does not. In a\nservice handed the caller (`@CurrentUser() caller` passed as its `user` parameter), the\nservice's own name for it counts when the handler's says nothing.\n\nA guard that refuses unless a path parameter is the caller's own value\n(`@UseGuards(CompanyScopeGuard)` whose `canActivate` compares `request.params.companyId`\nwith `request.user.companyId`, or such a middleware) makes that parameter the caller's: a\nquery keyed by the URL's `companyId` under it is limited to the caller's company. Another\nid of the same URL (`:userId`) is not, and a guard comparing the parameter with another\nrequest value pins nothing.\n\nA lookup by a public slug among the rows the application publishes is no object of\nanyone's: `get_object_or_404(Grant, slug=slug, status=Grant.Status.OPEN)`, or the same\nslug within a queryset a helper returns (`get_object_or_404(services.open_grants(),\nslug=slug)` where `open_grants` filters `status=Grant.Status.OPEN`), with a published\nfilter (`is_public=True`, `published=True`, a `status`/`state`/`visibility` of open,\npublished, public, live or listed). A route under a `public` path segment looking a row up by its slug\n(`GET /public/clinics/:slug`) declares it public the same way. Neither half alone is enough: a private document looked\nup by its slug is still an object, and a published filter on a lookup by id says nothing\nof which id the caller may ask for.\n\nQueries in the helpers and services a handler calls are judged with the values the handler\npasses: `getShift(request.user.companyId, request.params.id)` filtering by its `companyId`\nparameter is limited to the caller's company; the same helper called with\n`request.query.companyId` is not.\n\nRaw SQL is judged by the values its WHERE clause binds (also through the repository's own\nhelpers such as `fetch_one(\"SELECT \u2026 WHERE id = :id AND owner_id = :uid\", id=\u2026, uid=g.user[\"id\"])`,\nand `conn.execute(text(\"\u2026\"), {\u2026})` in a transaction block); an UPDATE's SET values are written,\nnot filters. A field of the caller read by key (`g.user[\"id\"]`) counts like `g.user.id`.\nMembership of the workspace the URL names (`@workspace_member_required`, `requireOrgMember`)\nis enough to read what the workspace holds, its member list included.\nSo is a load of the object the URL names within the caller's organization that refuses when it\nis not there (`_room_in_org(session, user, room_id)` selecting the `DataRoom` by `room_id` and\n`user.org_id`, raising a `404`): a later read keyed only by that `room_id`\n(`select(RoomMembership).where(RoomMembership.room_id == room_id)`) reads under a room the caller\nmay see. A load that lets a missing row through, or that is not limited to the caller, checks nothing.\n\nA Django generic view (`DetailView`, `UpdateView`, `DeleteView`) works on a row of its\n`get_queryset`: a queryset mixin of the app's own, also in another module, counts as the view's\n(`super().get_queryset().filter(**{self.org_field: self.request.organization})` with\n`org_field = \"event__organization\"` on the view), and so does a `get_object` that returns\n`self.request.user` (a profile form edits the caller's own record).\n\nDRF's object permissions (`has_object_permission` of a permission class of the app's own comparing\n`obj.practice_id` with `request.user.practice_id`) limit the row the view looks up itself\n(`self.get_object()`, a viewset's `retrieve`/`update`/`destroy`), never a row the handler loads by\nits own query: `get_object_or_404(Attachment, pk=pk)` in an `APIView`, or `Patient.objects.filter(owner_id=pk)`\nin an `@action`, behind a class whose `has_permission` only checks membership, may be any organization's.\n\nDivision of labour: a route that changes data without authorization is reported by\n`security/mutations-require-authorization` (even when the change is also selected by a\nrequest id), and one without authentication by `security/mutations-require-authentication`;\nthis rule reports the remaining object access \u2014 typically reads \u2014 so one problem is one gap.\nLookups by a secret token (invite or reset links) are not object references.\n\nA permission on a kind of object is not a check on this one: a `can('read', 'Payment')`\nmiddleware, a NestJS `@CheckPolicies((ability) => ability.can(Action.Read, 'Ticket'))` or a\nclass-level policies guard says the caller may read payments or tickets \u2014 CASL answers `true`\nfor a subject type when the caller may read some of them \u2014 not which organization's. So does a\npermission guard named for it and handed only literals (`requirePermission('payroll', 'manage')`\nasking casbin whether the caller's role may manage payroll, `requirePermission('task:write')`). Such a\nroute is still reported when it loads by a request id with no scoping. A check that can see\nthe object does limit it: a call in the handler or its helpers (`ability.can('read', payment)`,\n`assertProjectAccess(user, projectId)`), or a guard handed the request's id\n(`requireProjectRole('projectId')`, a guard that looks the id up). A call in the handler handed\nnothing but the caller and strings (`policy.authorize(req.membership, 'payments:read')`,\n`authorize(user, 'read', 'Payment')`) is a permission on the kind too, and so is what it runs.\nReading a row again by the id a change has just limited to the caller (`Customer.update(\u2026,\n{ where: { id, organizationId } })` then `Customer.findByPk(id)`) is as limited as the change. Role guards\n(`requireAdmin`, `@Roles('admin')`) grant their holders every object on purpose and are\ntrusted as before.\n\nMembership of an organization is not a check on the object either: a middleware that loads\nthe caller's membership of the organization named by a header or the session (refusing\n\"Not a member of this organization\") says the caller belongs to that organization, not that\nthe invoice whose id is in the URL is that organization's. Such a route is reported when it\nloads by a request id with no organization filter. A membership check handed the request's\nid, or one in the handler next to the loaded object, limits it.\n\nA membership check of the organization or workspace the URL names (a `requireWorkspaceMember`\nhook looking the caller up by `params.workspaceId`) limits that workspace's objects only: a row\nthen selected by another request id alone (`documents` by `params.documentId`, with no\n`workspace_id` condition) may belong to any workspace, and is reported. So does a role guard of that\nworkspace (`requireWorkspaceRole('editor')` ranking the caller's membership of `params.workspaceId`): it\ndecides what the caller may do in that workspace, not which workspace the object belongs to. A role\nguard that looks up nothing by a URL parameter (`requireAdmin` reading the caller's own user, a\nsuperuser flag) is a global role and grants its holders every object on purpose. A role guard given\nthe base role (`requireWorkspaceRole('member')`, see `baseRoles`) only checks membership.\nThe same holds for such a check the handler makes through a helper handed the request's value (a Next.js\nserver action's `const { workspace } = await withWorkspace(slug)`, looking the caller's membership up by\n`slug` and refusing \"Not a member\u2026\"): a share link then changed by `linkId` alone may be any\nworkspace's, while a query filtered by what the helper returned (`workspaceId: workspace.id`), or a row\nloaded by such a query, is limited to the workspace it checked. A helper named as a membership check\nand called in the handler (`await requireWorkspaceMember(userId, workspaceId)` loading the caller's\nmembership by `workspaceId`) counts the same: `page.findUnique({ where: { id: pageId } })` after it may\nbe any workspace's page, `page.findFirst({ where: { id: pageId, workspaceId } })` is not.\n",
    "fix": "Add the caller's organization or identity to the query's filter, or load the object\nthrough a helper that checks the caller's access (`assertProjectRole`, `ability.can`),\nand answer 404 when it does not match.\n",
    "example": {
      "language": "ts",
      "before": "const document = await prisma.document.findUnique({ where: { id: req.params.id } });\n",
      "after": "const document = await prisma.document.findFirst({\n  where: { id: req.params.id, organizationId: req.user.organizationId },\n});\n"
    },
    "reported": "On the route that loads or changes the object (the line that declares it), not on the query: the\nmessage names the model and the request value it was picked by.\n",
    "messages": {
      "typeLevel": {
        "title": "{{route}} {{action}} by an id from the request without limiting it to the caller",
        "message": "{{route}} {{action}} selected by {{key}} ({{query}}). Its permission check ({{check}}) is on the kind of object, not on this one, and neither the query nor a check in the handler or the helpers it calls ({{helpers}}) limits the object to the caller's organization or own records, so anyone allowed that action reaches any organization's object by its id."
      },
      "membershipOnly": {
        "title": "{{route}} {{action}} by an id from the request without limiting it to the caller's organization",
        "message": "{{route}} {{action}} selected by {{key}} ({{query}}). The route checks only that the caller is a member of an organization ({{check}}), and neither the query nor a check in the handler or the helpers it calls ({{helpers}}) limits the object to that organization, so a member of any organization reaches another organization's object by its id."
      },
      "unscoped": {
        "title": "{{route}} {{action}} by an id from the request without limiting it to the caller",
        "message": "{{route}} {{action}} selected by {{key}} ({{query}}). The route requires a signed-in user ({{authentication}}) but neither the query nor a permission check in the handler or the helpers it calls ({{helpers}}) limits the object to the caller's organization or own records, so any signed-in user can reach any object by its id."
      },
      "pastMembership": {
        "title": "{{route}} {{action}} by an id from the request without limiting it to the workspace it checked",
        "message": "{{route}} {{action}} selected by {{key}} ({{query}}). The route checks that the caller belongs to the organization or workspace the request names ({{membership}}), but neither the query nor a check in the handler or the helpers it calls ({{helpers}}) limits the object to it, so a member of any workspace reaches another workspace's object by its id."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "authenticationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, procedure builders) that establish who the caller is. Middleware that only restores a session when there is one and lets everyone through (`passport.session()`, express-session's `session()`) establishes nothing and is no such guard.",
          "default": [
            "(?:^|\\.)(?:require|ensure|is|check|verify|with|must)(?:Auth|Authenticated|Authentication|Login|LoggedIn|Session|SignedIn|User|Token|Jwt|JWT)\\w*$",
            "(?:^|\\.)(?:authenticate\\w*|authenticated|auth|authMiddleware|authGuard|protect|protected|redirectToSignIn|loggedIn|requireLogin|jwtVerify|verifyJwt|withApiAuthRequired|withPageAuthRequired|getToken)$",
            "^(?:jwt|expressjwt|expressJwt|jwtAuth|jwtMiddleware|bearerAuth|basicAuth|apiKeyAuth|clerkAuth|koaJwt|fastifyJwt)$",
            "^passport\\.authenticate$",
            "(?:Jwt|JWT|Auth|Session|Local|ApiKey|Clerk|Supabase|Firebase|Bearer)\\w*Guard$",
            "^AuthGuard$",
            "^(?:protected|authed|private|auth|user|session|signedIn|loggedIn)(?:Procedure|ActionClient|Action)$",
            "^(?:get_current_user|get_current_active_user|current_active_user|login_required|IsAuthenticated\\w*|jwt_required|auth_required|require_user|require_login|authenticated_user|get_user_from_token|LoginRequiredMixin|TokenAuthentication|SessionAuthentication|JWTAuthentication)$"
          ]
        },
        "authenticationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers it calls that establish who the caller is. A `401`/`UNAUTHORIZED` response or error also counts (`UnauthorizedError` is about who the caller is, not what they may do).",
          "default": [
            "(?:^|\\.)(?:getSession|getServerSession|getServerAuthSession|auth|currentUser|getCurrentUser|requireUser|requireSession|requireAuth|getUser|getAuth|validateRequest|verifySession|verifyToken|verifyIdToken|authenticate|getSessionUser|getAuthUser|getUserOrThrow|isAuthenticated|getKindeServerSession|getLoggedInUser|withSession)$",
            "^jwt\\.verify$",
            "(?:^|\\.)(?:Unauthorized|Unauthenticated|NotAuthenticated|AuthenticationRequired)\\w*(?:Error|Exception)$",
            "^(?:get_current_user|get_current_active_user|authenticate)$",
            "(?:^|\\.)(?:handle_no_permission|redirect_to_login)$"
          ]
        },
        "authorizationGuards": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard names (middleware, decorators, dependencies, DRF permission classes, procedure builders) that decide whether the caller may act. A DRF permission class written in the repository is judged by its `has_permission` body instead when that body only checks membership.",
          "default": [
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|has|is|can|must)\\w*(?:Role|Roles|Permission|Permissions|Admin|Owner|Ownership|Member|Membership|Access|Policy|Policies|Scope|Scopes|Ability|Abilities)\\w*$",
            "(?:^|\\.)(?:authorize|authorise|authorization|permit|allow|rbac|acl|abac)\\w*$",
            "^(?:Roles|Role|Permissions|Permission|RequirePermissions?|RequireRoles?|CheckPolicies|CheckAbilit(?:y|ies)|Policy|Policies|Scopes|HasRole|HasPermission|Authorize|Abilities)$",
            "(?:Roles?|Permissions?|Policies|Policy|Ability|Abilities|Owner|Ownership|Admin|Member|Casl|Acl|Rbac)\\w*Guard$",
            "^(?:\\w*(?:Admin|Owner|Role|Permission|Staff)|admin|owner|staff)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|check|has)_(?:admin|role|roles|permission|permissions|owner|member|scope|scopes|staff|superuser)\\w*$",
            "^(?:permission_required|user_passes_test|staff_member_required|superuser_required|IsAdminUser|DjangoModelPermissions\\w*|DjangoObjectPermissions|IsOwner\\w*|Is\\w*(?:Admin|Owner|Member|Staff)\\w*|Has\\w*(?:Permission|Role)\\w*|PermissionRequiredMixin|UserPassesTestMixin)$"
          ]
        },
        "authorizationCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls in the handler and the helpers and services it calls (followed to `maxDepth`) that check permission. A `403`/`FORBIDDEN` response or error also counts.",
          "default": [
            "(?:^|\\.)(?:authorize|authorise|permit)\\w*$",
            "(?:^|\\.)enforce$",
            "(?:^|\\.)(?:can|cannot)$",
            "(?:^|\\.)can[A-Z]\\w*$",
            "(?:^|\\.)(?:check|assert|ensure|require|enforce|verify)\\w*(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Ownership|Member|Membership|Policy|Scope|Ability|Can)\\w*$",
            "(?:^|\\.)(?:has|is)(?:Permission|Permissions|Role|Roles|Access|Admin|Owner|Scope|Ability)\\w*$",
            "(?:^|\\.)assertCan\\w*$",
            "^ForbiddenError\\.from$",
            "(?:^|\\.)(?:Forbidden|Permission|AccessDenied|NotAuthorized)\\w*(?:Error|Exception)$",
            "^(?:PermissionDenied|ForbiddenException|HTTPForbidden)$",
            "^(?:ability|abilities|policy|policies|permissions|acl|rbac|enforcer|guard|gate|oso|cerbos|permit|authz)\\.\\w+$",
            "(?:^|\\.)(?:check|has|require|assert)_(?:permission|permissions|perm|perms|role|roles|object_permissions|access|owner|admin|membership)\\w*$"
          ]
        },
        "authorizationErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler or its helpers (`throw new Error('Only admins can remove members')`): a refusal that names a permission is an authorization check written inline.",
          "default": [
            "^(?:forbidden|access denied|permission denied|not allowed|not permitted|insufficient (?:permissions?|privileges|role))",
            "(?:^|\\s)only (?:the )?(?:an? )?(?:organi[sz]ation |org |team |project |workspace )?(?:admins?|owners?|managers?|editors?)\\b",
            "(?:requires?|need|needs|must (?:be|have)) (?:an? )?(?:admin|owner|manager|editor)(?: role| rights| permission)?\\b",
            "(?:^|\\s)not (?:an? )?(?:admin|owner|member of)"
          ]
        },
        "membershipChecks": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against guard, procedure-builder and call names that only establish the caller's membership of an organization, team or workspace (`orgProcedure`, `requireOrgMember`, `@workspace_member_required`). Membership is authorization for ordinary actions; member, role, permission, invite, export, billing, credential and settings actions (`privilegedActions`) need more. A name that also says admin, owner, role or permission is a real permission check.",
          "default": [
            "^(?:\\w*(?:Member|Org|Organization|Organisation|Team|Tenant|Workspace)|member|org|organization|organisation|team|tenant|workspace)\\w*(?:Procedure|ActionClient)$",
            "(?:^|\\.)(?:require|ensure|check|assert|enforce|verify|is|has|must)\\w*(?:Member|Membership|Memberships|OrgAccess|TenantAccess|TeamAccess|WorkspaceAccess)$",
            "(?:^|\\.)(?:(?:require|ensure|check|assert|enforce|verify|is|has|must)_(?:\\w+_)?member(?:ship)?s?|(?:\\w+_)?member(?:ship)?_required)$"
          ]
        },
        "membershipErrors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the message of an error thrown in the handler, its helpers or its guards that refuses a non-member (`Not a member of this organization`, also after a status or beside a code: `new HttpError(403, 'Not a member\u2026')`, `new TRPCError({ code: 'FORBIDDEN', message: 'Not a member\u2026' })`, `HTTPException(status_code=403, detail=\"Not a member\u2026\")`, werkzeug's `abort(403, description=\"Not a member\u2026\")` in a Flask `before_request` hook): a membership check, not a permission check.",
          "default": [
            "(?:^|\\s)not (?:an? )?(?:active )?member\\b",
            "must be (?:an? )?(?:active )?member\\b",
            "(?:^|\\s)no (?:active )?membership\\b",
            "membership (?:is )?(?:required|not found)"
          ]
        },
        "baseRoles": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the role a role guard is given (`requireWorkspaceRole('member')`, `requireRole('viewer')`) that name the role every member holds: such a guard only checks membership. When the code ranks its roles by number (`const rank = { member: 0, editor: 1, admin: 2, owner: 3 }`), the least privileged role of the ranking is the base role instead, whatever its name.",
          "default": [
            "^(?:member|viewer|user|guest|reader|read[-_ ]?only)$"
          ]
        },
        "publicMarkers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against decorator or guard names that exempt a route from global guards (NestJS `@Public()`).",
          "default": [
            "^(?:Public|IsPublic|AllowAnonymous|SkipAuth|NoAuth|Anonymous|PublicRoute|AllowAny|csrf_exempt_public)$"
          ]
        },
        "ownerValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the values a query is filtered by (or, for a create, the values written) that refer to the caller's own identity: the caller's own records. flask-jwt-extended's `get_jwt_identity()` counts, also through a conversion (`int(get_jwt_identity())`) and through an accessor of the repository's own without parameters that returns it (`def current_user_id(): return int(get_jwt_identity())`, then `applicant_id=current_user_id()`).",
          "default": [
            "^(?:(?:req|request|ctx|context|c|event\\.locals|locals|res\\.locals|this|self|g)\\.)?(?:state\\.|var\\.)?(?:session\\.)?(?:user|currentUser|current_user|auth|me|viewer|actor|principal|identity|account)\\.(?:id|_id|userId|user_id|sub|uid|pk|email)$",
            "^(?:req|request|ctx|context|session|ctx\\.session|ctx\\.state|context\\.session)\\.user$",
            "^(?:req|request)\\.(?:sessionId|session\\.id|userId|auth\\.userId)$",
            "^(?:ctx|context)\\.(?:userId|session\\.userId)$",
            "^(?:userId|currentUserId|actorId|viewerId|sessionUserId|uid)$",
            "^auth\\(\\)\\.userId$",
            `^c\\.get\\(['\\"](?:user|userId|session)['\\"]\\)`,
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:id|sub|userId|user_id|uid|email)$`,
            "^(?:flask_jwt_extended\\.)?get_jwt_identity\\(\\)$",
            "^(?:flask_jwt_extended\\.)?get_jwt\\(\\)\\.sub$",
            "^g\\.(?:user_id|current_user_id|uid)$"
          ]
        },
        "tenantValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that refer to the caller's organization, tenant, team or workspace \u2014 or to any other attribute of the caller (`current_user.lab_id`, `g.user.clinic_id`, `request.user.membership.studio` at any depth, or an id a middleware put into the context such as `ctx.agencyId` or Flask's `g.org_id`, never `ctx.params` or `ctx.input`; a field of the object making the query named for the tenant, `this.workspaceId` of a workspace-scoped repository, like a parameter of that name, unless the call site that made the object says where the value came from): a query filtered by a value taken from the caller is limited to the caller's group, whatever the column is called.",
          "default": [
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self)\\.)*(?:user|currentUser|current_user|auth|me|viewer|actor|membership|session|tenant|org|organization|account)\\.(?:organizationId|organization_id|orgId|org_id|tenantId|tenant_id|workspaceId|workspace_id|teamId|team_id|accountId|account_id|companyId|company_id|organization|tenant)$",
            "^(?:(?:req|request|ctx|context|c|locals|event\\.locals|ctx\\.state|session|ctx\\.session|this|self|g)\\.)*(?:user|currentUser|current_user|me|viewer|actor)(?:\\.\\w+)+$",
            "^(?:this\\.|self\\.)?(?:orgId|organizationId|tenantId|workspaceId|teamId|currentOrgId|activeOrganizationId|activeOrgId|currentTenantId|org_id|organization_id|tenant_id|workspace_id|team_id)$",
            "^(?:req|request|ctx|context)\\.(?:tenant|org|organization|tenantId|orgId|organizationId|workspace)(?:\\.id)?$",
            "^auth\\(\\)\\.orgId$",
            "^g\\.(?:org|organization|organisation|tenant|workspace|team|account|company)_id$",
            "^(?:ctx|context)\\.(?!params\\b|query\\b|request\\b|req\\b|input\\b|headers\\b|requested)[A-Za-z]\\w*(?:Id|_id)$",
            `^c\\.(?:get\\(['\\"]\\w+['\\"]\\)|var\\.\\w+)\\.(?:organizationId|orgId|tenantId|teamId|workspaceId|accountId|organization_id|org_id|tenant_id|team_id|workspace_id|account_id)$`
          ]
        },
        "requestValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that come from the request. Path parameters of the route (`:id`, `[id]`, `{id}`) and server-action arguments count as well.",
          "default": [
            "^(?:req|request|ctx|ctx\\.request|c\\.req|event)\\.(?:params|body|query|param|json|valid|path_params|query_params|data|GET|POST|form)\\b",
            "^(?:params|input|body|query|args|parsedInput|payload|searchParams|formData|dto|kwargs|self\\.kwargs)\\b",
            "^c\\.req\\.(?:param|query|json|valid)\\("
          ]
        },
        "tokenValues": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against filter values that are secret tokens (invite, reset, magic-link): a lookup by such a token from the request (`req.params.token`, Hono `c.req.param('token')`, also hashed first: `eq(invites.tokenHash, sha256(c.req.param('token')))`) is its own authorization. A token a create only writes (an invitation handing out a fresh token) authorizes nothing.",
          "default": [
            `(?:^|[.(_'"])\\w*(?:[Tt]oken|TOKEN)['"]?\\)?$`,
            `(?:^|[.('"])(?:inviteCode|invite_code|resetCode|reset_code|otp|nonce|magicLink\\w*)['"]?\\)?$`
          ]
        },
        "privilegedActions": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route (`DELETE /projects/:id/members/:userId`, camelCase names split into words) and the models it updates or deletes, or creates with a role or permission field whose value the request supplies (`role: input.role`: a member could invite an admin). For these actions tenant scoping alone is not authorization: some member of the organization must be allowed, which needs a role or permission check or the caller's own records. A grant counts when it grants access (`/access-grants`, `grant-role`, an `AccessGrant` or `RoleGrant` model); a record merely called `Grant` (a funding grant) does not. A model named like the organization that the repository shows is held by another one (a `tenants` table of renters with an `org_id` column beside an `organizations` model) is a record of the organization, not the organization: changing it is not privileged.",
          "default": [
            "(?:^|[/._\\s-])(?:members?|memberships?|users?|roles?|permissions?|invites?|invitations?|exports?|admin|billing|subscriptions?|api[\\s_-]?keys?|credentials?|secrets?|owners?|ownership|transfer|impersonat\\w*|settings|(?:access|permission|role|scope)[\\s_-]?grants?|grants?[\\s_-](?:access|permissions?|roles?|scopes?)|access)(?:$|[/._\\s-])",
            "^\\w*(?:Member|Membership|Role|Permission|Invite|Invitation|ApiKey|ApiToken|PersonalAccessToken|Credential|Secret|AccessGrant|PermissionGrant|RoleGrant|ScopeGrant|OAuthGrant)s?$",
            "^\\w*_(?:member|membership|role|permission|invite|invitation|api_key|api_token|personal_access_token|credential|secret|access_grant|permission_grant|role_grant|scope_grant|oauth_grant)s?$",
            "^(?:user|users|app_user|account_user)$",
            "^(?:organization|organisation|org|workspace|tenant|account|team)s?$"
          ]
        },
        "revealCalls": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that decrypt or reveal a stored secret: a route that makes one is treated like a change. A call whose result only keys a signature or hash (`_sign(decrypt_secret(hook.secret), body)`, `hmac.new(key.encode(), \u2026)` with `key` used nowhere else) uses the secret without revealing it, and does not count.",
          "default": [
            "(?:^|\\.)(?:decrypt\\w*|reveal\\w*|unseal\\w*|decipher\\w*)$",
            "^kms\\.decrypt$"
          ]
        },
        "webhookVerification": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against calls that verify a webhook's signature (Stripe, GitHub, Svix, QStash, Slack, Twilio\u2026): such a route needs no user session.",
          "default": [
            "(?:^|\\.)(?:constructEvent|constructEventAsync|construct_event|validateRequest|verifyKey|timingSafeEqual|compare_digest)$",
            "(?:^|\\.)(?:verify|validate|check|assert)\\w*(?:Signature|Webhook|Hmac|HMAC)\\w*$",
            "(?:^|\\.)(?:verify|validate|check)_\\w*(?:signature|webhook|hmac)\\w*$",
            "(?:^|\\.)(?:wh|webhook|webhooks|svix|receiver|Receiver|Webhook|slack|signature)\\.verify$"
          ]
        },
        "publicEndpoints": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action sign In`), that mark public-by-design endpoints: sign-in, sign-up, password reset, email verification, OAuth callbacks.",
          "default": [
            "(?:^|[/._\\s-])(?:log[\\s_-]?in|log[\\s_-]?out|sign[\\s_-]?in|sign[\\s_-]?out|sign[\\s_-]?up|register|registration|forgot|reset|password[\\s_-]?reset|reset[\\s_-]?password|verify|verify[\\s_-]?email|confirm|magic[\\s_-]?link|oauth|callback)(?:$|[/._\\s-])",
            "/\\[\\.\\.\\.nextauth\\]$"
          ]
        },
        "publicForms": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words (`server action join Waitlist`), that mark public-by-design forms: a waitlist, newsletter or contact form, or a job application sent from a public careers page (`POST /careers/:slug/jobs/:jobId/apply`, `POST /jobs/:id/applications`: applying right under a job opening or careers segment, so `/applications` of a grant portal or `/coupons/:code/apply` is not one). Such a route needs no session while it only adds records; an update or delete behind the same name is judged like any other.",
          "default": [
            "(?:^|[/._\\s-])(?:wait[\\s_-]?list|newsletter|contact[\\s_-]?(?:us|form|sales)|early[\\s_-]?access|request[\\s_-]?(?:an?[\\s_-]?)?demo|demo[\\s_-]?requests?|book[\\s_-]?(?:a[\\s_-]?)?demo)(?:$|[/._\\s-])",
            "(?:^|[/._\\s-])(?:(?:careers?|jobs?|job[\\s_-]?(?:postings?|openings?)|openings?|vacanc(?:y|ies))/(?:[^/]+/)?(?:apply|applications?)|job[\\s_-]?applications?)(?:$|[/._\\s-])"
          ]
        },
        "publicCheckouts": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the route, with camelCase names split into words, that mark a guest checkout, booking or lead form, or any route the path itself declares public: a storefront's ticket checkout (`POST /e/<org_slug>/<event_slug>/checkout`), a clinic's public booking form (`POST /api/public/practices/<slug>/book`), an embeddable lead or enquiry form (`POST /api/public/lead-forms/[slug]`), an RSVP, or anything under a `public` path segment. A guest buys, books or gets in touch without an account there, so such a route needs no session, but only while all of these hold: it only adds records (an update or delete, such as rescheduling an existing booking, is judged like any other change); the route names no privileged action (`/billing/checkout` changes an organization's subscription) and creates no privileged model (a member, an invitation); its path names no object by id (`:orderId`, `{booking_id}`; public slugs are fine); and the route is rate-limited, the sign that the public is meant to reach it \u2014 on the evidence `operations/public-endpoints-are-rate-limited` accepts: a limiter guard, decorator or mount middleware, a limiter call in the handler, Django REST framework `throttle_classes` on the view (or `DEFAULT_THROTTLE_CLASSES`), a service-wide limiter. An unauthenticated `POST /api/projects`, or a `POST /api/public/\u2026` with no limiter, is still reported.",
          "default": [
            "(?:^|[/._\\s-])(?:checkout|book|booking|bookings|reserve|reservations?)$",
            "(?:^|[/._\\s-])(?:lead[\\s_-]?(?:forms?|capture)|inquir(?:y|ies)|enquir(?:y|ies)|rsvps?)(?:$|[/._\\s-])",
            "/public(?:$|/)"
          ]
        },
        "sharedSecretHeaders": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against the header a handler reads (`req.headers.get('authorization')`, `req.get('x-cron-secret')`, `req.headers.authorization`, a NestJS `@Headers('authorization')` parameter). Read together with a secret from the environment (`sharedSecretEnv`), directly or through a settings object (`env.CRON_SECRET` from t3 `createEnv`, `config.cronSecret` built from `process.env`, a pydantic `settings.cron_secret`), in the handler or its helpers, it is a shared-secret check (a cron job's `Bearer ${CRON_SECRET}`): the caller is authenticated as the scheduler, no user session and no user permission needed. A bare `401` answer next to it (`res.status(401)`, `throw new UnauthorizedException()`) is that check's refusal, not a session, and a session a global middleware establishes (Next.js `middleware.ts`, a NestJS `APP_GUARD`) does not make it a user's route; a session the route checks itself does.",
          "default": [
            "^(?:authorization|x-[\\w-]*(?:secret|token|key|auth|signature)[\\w-]*)$"
          ]
        },
        "sharedSecretEnv": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions matched against the names of environment variables that hold a shared secret (`CRON_SECRET`, `INTERNAL_API_TOKEN`). Keys that sign the app's own sessions (`JWT_SECRET`, `SESSION_SECRET`, `NEXTAUTH_SECRET`, `AUTH_\u2026`) never count: a header checked with one carries a session.",
          "default": [
            "(?:SECRET|TOKEN|API_KEY|APIKEY|PASSWORD)\\w*$"
          ]
        },
        "maxDepth": {
          "type": "integer",
          "minimum": 0,
          "maximum": 6,
          "description": "How many levels of the repository's own helpers and services to follow from the handler when looking for checks and queries.",
          "default": 3
        }
      }
    },
    "references": [
      "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/",
      "https://owasp.org/Top10/A01_2021-Broken_Access_Control/",
      "https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html"
    ],
    "source": "rules/security/object-access-is-scoped.yml"
  },
  {
    "id": "security/session-cookies-are-secure",
    "dimension": "security",
    "phase": "critical",
    "title": "Session and authentication cookies are httpOnly, secure and sameSite",
    "why": "A session cookie is the user's identity. Without `httpOnly`, any script injected into the\npage can read it; without `secure`, it is sent over plain HTTP where anyone on the network\ncan copy it; without `sameSite`, other sites can make the browser send it along with\nforged requests. `express-session` and `cookie-session` default to `secure: false`, so a\nsession middleware without a cookie configuration is reported too, and so is an Auth.js /\nNextAuth `cookies.sessionToken.options` override, which replaces the library's own secure\ndefaults. Fastify's `@fastify/session` and `@fastify/secure-session` are judged where they\nare registered (`app.register(session, { cookieName, cookie: {\u2026} })`), with their own\ndefaults (`@fastify/session` sets `httpOnly` and `secure` unless told otherwise, and no\n`sameSite`). A cookie is a session or authentication cookie by its name \u2014 refresh and access\ntoken cookies too (`hd_refresh`), also when a constant of the same file holds the name\n(`res.cookie(REFRESH_COOKIE, \u2026)` with `const REFRESH_COOKIE = 'hd_refresh'`); a CSRF token\ncookie (`XSRF-TOKEN`) is meant to be read by the page's scripts and is not judged. Options\nheld in a constant of the same file, passed as such (`reply.setCookie(name, token,\ncookieOptions)`) or spread (`{ ...cookieOptions }`), are read through; options that cannot be\nfollowed (an import) may set anything, so then only an attribute switched off is reported.\nKoa's `ctx.cookies.set` (the `cookies` package) sets `httpOnly` unless told otherwise, so only\n`secure` and `sameSite` can be missing there. A cookie cleared by setting it empty\n(`ctx.cookies.set(SESSION_COOKIE, null)`, `res.cookie('sid', '')`) issues no session and is\nnot judged.\n\nA cookie built by hand with the `cookie` package's `serialize(name, value, options)` for a\n`Set-Cookie` header is judged like any other setter.\n\nPython `response.set_cookie(...)` (Starlette/FastAPI, Flask, Django) is judged by the same\nnames, with the framework's defaults (Starlette sets `samesite=\"lax\"` by itself). Django's\nsession cookie is judged by what a settings module switches off (`SESSION_COOKIE_SECURE =\nFalse`, `SESSION_COOKIE_HTTPONLY = False`); development settings modules, values under\n`if DEBUG:` and a base module overridden by another settings module are not reported.\nFlask's session cookie is read the same way from config classes (a `BaseConfig` value\ncounts for the `ProductionConfig` that inherits it unless the subclass sets it again;\n`DevelopmentConfig`/`TestingConfig` classes are left out), `app.config[\"SESSION_COOKIE_SECURE\"] = \u2026`\nand `app.config.update(SESSION_COOKIE_SECURE=\u2026)` outside `if app.debug:`.\n",
    "fix": "Set the three attributes where the cookie is created: `httpOnly: true`,\n`secure: true` (or `process.env.NODE_ENV === 'production'` behind TLS), and\n`sameSite: 'lax'` (or `'strict'`). For `express-session` and `@fastify/session`, put them under `cookie`. In Python,\n`response.set_cookie(key, value, httponly=True, secure=True, samesite=\"lax\")`; in Django,\n`SESSION_COOKIE_SECURE = True` in the production settings (in Flask, in the production\nconfig class or `app.config`).\n",
    "example": {
      "language": "ts",
      "before": "app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));\n",
      "after": "app.use(session({\n  secret: process.env.SESSION_SECRET,\n  resave: false,\n  saveUninitialized: false,\n  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },\n}));\n"
    },
    "reported": "On the cookie: the call or configuration that sets it (`res.cookie(\u2026)`, `cookies().set(\u2026)`, the\nsession middleware's `cookie` options, the settings line).\n",
    "messages": {
      "weak": {
        "title": "Session cookie {{name}}: {{missing}}",
        "message": "The {{name}} cookie set by {{via}} at {{path}}:{{line}} has {{missing}}. A session cookie needs httpOnly (scripts cannot read it), secure (never sent over plain HTTP) and sameSite (not sent with other sites' requests)."
      }
    },
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "sessionCookieNames": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Regular expressions (case-insensitive) matched against a cookie's name, and against the constant holding it (each word of the constant's name besides `cookie`, `name` and `key` must match, so `SESSION_COOKIE` does and `SESSION_PREFS_COOKIE` does not), that mark session and authentication cookies (refresh and access tokens included; a CSRF token cookie is meant to be read by the page's scripts and is left out). Session middleware is always judged.",
          "default": [
            "sess",
            "sid$",
            "auth",
            "(?<!(?:csrf|xsrf)[_-]?)token",
            "jwt",
            "login",
            "remember",
            "identity",
            "refresh",
            "(?:^|[_.-])access$",
            "^__(?:Host|Secure)-"
          ]
        },
        "requiredAttributes": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "httpOnly",
              "secure",
              "sameSite"
            ]
          },
          "description": "The attributes a session cookie must set (an expression such as `secure: isProduction` counts as set).",
          "default": [
            "httpOnly",
            "secure",
            "sameSite"
          ]
        }
      }
    },
    "references": [
      "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies",
      "https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies#restrict_access_to_cookies"
    ],
    "source": "rules/security/session-cookies-are-secure.yml"
  }
];

// src/rules/types.ts
function patterns(options, key) {
  const list = options[key];
  return Array.isArray(list) ? list.map((p) => new RegExp(String(p))) : [];
}
function optionDefaults(ruleId, option) {
  const definition = RULE_DEFINITIONS.find((r) => r.id === ruleId);
  const properties = definition?.options.properties ?? {};
  const value = properties[option]?.default;
  return Array.isArray(value) ? value.map(String) : [];
}
function matchesAny(value, list) {
  return list.some((p) => p.test(value));
}

// src/rules/audit/audit-calls.ts
var defaultsOf = (option) => optionDefaults("audit/audit-trail-exists", option);
var AUDIT_CALL_DEFAULTS = defaultsOf("auditCalls");
var AUDIT_MODEL_DEFAULTS = defaultsOf("auditModels");
function auditMatchers(options) {
  const list = (key, fallback, flags) => (Array.isArray(options[key]) ? options[key].map(String) : fallback).map((p) => new RegExp(p, flags));
  return { calls: list("auditCalls", AUDIT_CALL_DEFAULTS, ""), models: list("auditModels", AUDIT_MODEL_DEFAULTS, "i") };
}
var ERASING = /\.(?:delete|remove|destroy|truncate|purge|clear|drop|update|upsert)\w*$/;
function isAuditCall(call, m) {
  return m.calls.some((p) => p.test(call.callee)) && !ERASING.test(call.callee);
}
function isAuditModel(model, m) {
  return model !== null && m.models.some((p) => p.test(model));
}
function findAuditRecord(calls, dataOps, m) {
  const call = calls.find((c) => isAuditCall(c, m));
  if (call) return call.callee;
  const op = dataOps.find((o) => o.op === "create" && isAuditModel(o.model, m));
  return op ? op.callee : null;
}

// src/rules/audit/audit-log-is-append-only.ts
var FROM_REQUEST = /^(?:req|request|ctx\.request|c\.req|input|body|params|query|args|parsedInput|payload|dto|searchParams|formData)(?:\.|$)/;
var auditLogIsAppendOnly = {
  id: "audit/audit-log-is-append-only",
  check({ facts, options, report }) {
    const audit = auditMatchers(options);
    const retention = (Array.isArray(options.retentionPatterns) ? options.retentionPatterns : []).map((p) => new RegExp(String(p), "i"));
    const isRetention = (text) => retention.some((p) => p.test(text));
    const age = (Array.isArray(options.ageFilters) ? options.ageFilters : []).map((p) => new RegExp(String(p), "i"));
    const byAge = (op) => {
      const filter = op.filter ?? [];
      return filter.some((v) => age.some((p) => p.test(v))) && !filter.some((v) => FROM_REQUEST.test(v));
    };
    let auditWrites = 0;
    const seen = /* @__PURE__ */ new Set();
    for (const file of facts.fileFacts) {
      const owners = [
        ...file.functions.map((f) => ({ name: f.qualifiedName, ops: f.dataOps })),
        ...file.routes.map((r) => ({ name: `${r.method} ${r.path}`, ops: r.dataOps })),
        { name: "module code", ops: file.moduleBody.dataOps }
      ];
      for (const { name, ops } of owners) {
        for (const op of ops) {
          if (!isAuditModel(op.model, audit)) continue;
          auditWrites++;
          if (op.op !== "update" && op.op !== "delete") continue;
          const key = `${op.location.path}:${op.location.startLine}:${op.location.startColumn}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if ((isRetention(file.path) || isRetention(name)) && byAge(op)) continue;
          report({
            messageId: op.op === "delete" ? "deleted" : "updated",
            data: { callee: op.callee, model: op.model ?? "audit log", where: name, path: op.location.path, line: op.location.startLine },
            location: op.location,
            anchor: `${op.callee} in ${name}`
          });
        }
      }
    }
    if (auditWrites === 0) return "not-applicable";
  }
};

// src/rules/audit/audit-trail-exists.ts
var auditTrailExists = {
  id: "audit/audit-trail-exists",
  check({ facts, options, report }) {
    const writes = facts.dataOps().filter((op) => op.op !== "read");
    if (writes.length === 0) return "not-applicable";
    const audit = auditMatchers(options);
    if (facts.calls().some(({ call }) => isAuditCall(call, audit))) return;
    if ([...facts.fileFacts].some((f) => f.models.some((m) => isAuditModel(m.name, audit)))) return;
    if (writes.some((op) => isAuditModel(op.model, audit))) return;
    const [first] = writes;
    report({
      messageId: "missing",
      data: {
        count: writes.length,
        example: `${first.callee} in ${first.location.path}:${first.location.startLine}`,
        evidence: "audit.*, createAuditLog, auditLog.create, AuditLog.objects.create\u2026"
      },
      location: null,
      anchor: "repository",
      related: writes.slice(0, 5).map((op) => ({ path: op.location.path, startLine: op.location.startLine, message: `${op.op} via ${op.callee}` }))
    });
  }
};

// src/rules/data-lifecycle.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import path4 from "node:path";
var POLICY_HEADING = /\bprivacy (?:policy|notice|statement)\b|\bdatenschutz/i;
function policyFiles(facts, config) {
  const configured = config.privacyPolicies.filter((p) => !/^https?:\/\//i.test(p));
  const isConfigured = configured.length > 0 ? (0, import_picomatch2.default)(configured.flatMap((p) => [p, `${p.replace(/\/$/, "")}/**`]), { dot: true }) : () => false;
  const found = /* @__PURE__ */ new Set();
  for (const p of facts.paths()) if (POLICY_PATH.test(p) || isConfigured(p)) found.add(p);
  for (const doc of facts.documents()) if (doc.headings.some((h) => h.level <= 2 && POLICY_HEADING.test(h.text)) && !/(?:^|\/)CHANGELOG\.md$/i.test(doc.path)) found.add(doc.path);
  return [...found].toSorted();
}
function missingConfiguredPolicies(facts, config) {
  const paths = facts.paths();
  return config.privacyPolicies.filter((p) => !/^https?:\/\//i.test(p)).filter((p) => {
    const match = (0, import_picomatch2.default)([p, `${p.replace(/\/$/, "")}/**`], { dot: true });
    return !paths.some((f) => match(f));
  });
}
function policyClaims(facts, config, kind) {
  const files = new Set(policyFiles(facts, config));
  const out = [];
  for (const f of facts.fileFacts) if (files.has(f.path)) out.push(...f.privacyClaims.filter((c) => c.kind === kind));
  return out.toSorted((a, b) => a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : a.location.startLine - b.location.startLine);
}
function strongestClaim(claims) {
  const rank = ["self-service", "on-request", "right", "statement"];
  return claims.toSorted((a, b) => rank.indexOf(a.channel) - rank.indexOf(b.channel))[0];
}
function quote(claim) {
  return claim.sentence.length > 220 ? `${claim.sentence.slice(0, 219)}\u2026` : claim.sentence;
}
function where(location) {
  return `${location.path}:${location.startLine}`;
}
function normaliseModel(name) {
  const bare = name.replace(/["'`[\]]/g, "").split(".").pop().toLowerCase().replace(/[^a-z0-9]/g, "");
  if (bare.endsWith("ies")) return `${bare.slice(0, -3)}y`;
  if (bare.endsWith("sses") || bare.endsWith("xes")) return bare.slice(0, -2);
  if (bare.endsWith("s") && !bare.endsWith("ss")) return bare.slice(0, -1);
  return bare;
}
function knownModels(facts) {
  const out = /* @__PURE__ */ new Map();
  const tables = tableNames(facts);
  const seen = (name) => tables.spellings(name).some((k) => out.has(k));
  for (const m of declaredModels(facts)) {
    const name = isHandle(m) && m.table ? m.table : m.name;
    if (!seen(name)) out.set(normaliseModel(name), { name, model: m });
  }
  for (const op of facts.dataOps()) if (op.model && !seen(op.model)) out.set(normaliseModel(op.model), { name: op.model, model: null });
  return [...out.values()];
}
var isHandle = (m) => m.orm === "sqlalchemy-core" || m.orm === "sql";
var declaredCache = /* @__PURE__ */ new WeakMap();
function declaredModels(facts) {
  const cached = declaredCache.get(facts);
  if (cached) return cached;
  const all = [...facts.fileFacts].flatMap((f) => f.models);
  const owned = new Set(all.filter((m) => !isHandle(m)).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
  const core = new Set(all.filter((m) => m.orm === "sqlalchemy-core").map((m) => normaliseModel(m.table ?? m.name)));
  const tables = /* @__PURE__ */ new Set();
  const out = all.filter((m) => {
    if (!isHandle(m)) return true;
    const key = normaliseModel(m.table ?? m.name);
    if (owned.has(key)) return false;
    if (m.orm !== "sql") return true;
    if (core.has(key) || tables.has(key)) return false;
    tables.add(key);
    return true;
  });
  declaredCache.set(facts, out);
  return out;
}
function modelSpellings(facts, name) {
  return tableNames(facts).spellings(name);
}
var tableCache = /* @__PURE__ */ new WeakMap();
function tableNames(facts) {
  const cached = tableCache.get(facts);
  if (cached) return cached;
  const groups = /* @__PURE__ */ new Map();
  const handles = /* @__PURE__ */ new Map();
  for (const f of facts.fileFacts) {
    for (const m of f.models) {
      if (!m.table && !m.aliases) continue;
      if (isHandle(m) && m.table) {
        handles.set(normaliseModel(m.name), normaliseModel(m.table));
        continue;
      }
      const merged = /* @__PURE__ */ new Set();
      for (const key of [m.name, m.table ?? m.name, ...m.aliases ?? []].map(normaliseModel)) for (const k of groups.get(key) ?? [key]) merged.add(k);
      for (const k of merged) groups.set(k, merged);
    }
  }
  const names = {
    spellings(name) {
      const key = normaliseModel(name);
      const table = handles.get(key) ?? key;
      return [...groups.get(table) ?? [table]];
    }
  };
  tableCache.set(facts, names);
  return names;
}
var WORD_SYNONYMS = {
  invitation: ["invite"],
  invite: ["invitation"],
  link: ["token"],
  code: ["otp"]
};
var RECORD_HEADS = {
  history: ["event", "log", "attempt", "activity", "history"],
  event: ["event", "log", "history", "attempt"],
  attempt: ["attempt", "event", "log"],
  activity: ["activity", "event", "log"]
};
var GENERIC_HEADS = /* @__PURE__ */ new Set(["event", "log", "attempt"]);
var EVENT_NOUNS = /* @__PURE__ */ new Set(["click", "visit", "pageview", "view", "impression", "open", "scan", "hit", "download"]);
var SIGN_IN = ["login", "signin", "auth"];
var FILLER = /* @__PURE__ */ new Set(["entry", "record", "data", "information", "detail", "row"]);
var NEUTRAL = /* @__PURE__ */ new Set(["user", "signin", "login", "auth", "authentication", "browser", "web", "app", "account", "customer", "member", "team", "staff", "employee", "active", "onetime", "pending", "workspace", "organization", "organisation", "org", "company", "tenant"]);
function modelsForSubject(subject, models) {
  const words = subject.toLowerCase().replace(/[-'’]/g, "").split(/\s+/).map((w) => normaliseModel(w)).filter((w) => w.length > 0 && !FILLER.has(w));
  if (words.length === 0) return [];
  const head = words[words.length - 1];
  const keys = /* @__PURE__ */ new Set();
  const recordHead = RECORD_HEADS[head];
  for (const qualifiers of [words.slice(0, -1), words.slice(0, -1).filter((q) => !NEUTRAL.has(q))]) {
    for (let i = 0; i <= qualifiers.length; i++) {
      if (!qualifiers.slice(0, i).every((q) => NEUTRAL.has(q))) break;
      const kept = qualifiers.slice(i);
      if (recordHead && words.length > 1) {
        if (kept.length === 0) {
          if (!GENERIC_HEADS.has(head)) keys.add(head);
          continue;
        }
        if (EVENT_NOUNS.has(kept.join(""))) keys.add(kept.join(""));
        const spellings = kept.length === 1 && SIGN_IN.includes(kept[0]) ? SIGN_IN.map((q) => [q]) : [kept];
        for (const q of spellings) for (const h of recordHead) keys.add([...q, h].join(""));
        continue;
      }
      for (const h of [head, ...WORD_SYNONYMS[head] ?? []]) keys.add([...kept, h].join(""));
    }
  }
  const prefixes = ["", ...NEUTRAL, "password"];
  return models.filter((m) => {
    const name = normaliseModel(m.name);
    return [...keys].some((k) => prefixes.some((p) => name === p + k || name === `${p}${k}token`));
  });
}
var BUILTIN_CLEANUPS = [
  { command: /\bmanage\.py\s+clearsessions\b|\bdjango-admin\s+clearsessions\b/, models: ["django_session", "Session"] },
  { command: /\bmanage\.py\s+flushexpiredtokens\b/, models: ["OutstandingToken", "BlacklistedToken"] },
  { command: /\bmanage\.py\s+cleartokens\b/, models: ["AccessToken", "RefreshToken", "Grant", "IDToken"] }
];
var resolvedCache = /* @__PURE__ */ new WeakMap();
function resolvedJobs(facts) {
  const cached = resolvedCache.get(facts);
  if (cached) return cached;
  const resolver = new JobResolver(facts);
  const jobs = [...facts.fileFacts].flatMap((f) => f.scheduledJobs).flatMap((job) => resolver.registered(job)).map((job) => resolver.resolve(job));
  resolvedCache.set(facts, jobs);
  return jobs;
}
function jobsDeleting(facts, modelNames) {
  const tables = tableNames(facts);
  const wanted = new Set(modelNames.flatMap((m) => tables.spellings(m)));
  return resolvedJobs(facts).filter((j) => j.deletes.some((op) => op.model !== null && tables.spellings(op.model).some((k) => wanted.has(k))));
}
function describeJobs(jobs) {
  const deleting = jobs.filter((j) => j.deletes.some((d) => d.model));
  if (jobs.length === 0) return "no scheduled job was found (cron, queue repeatables, Vercel crons, scheduled workflows, Celery beat, APScheduler, CronJobs\u2026)";
  if (deleting.length === 0) return `${jobs.length === 1 ? "the one scheduled job" : `none of the ${jobs.length} scheduled jobs`} (${firstLabels(jobs)}) deletes ${jobs.length === 1 ? "nothing" : "anything"}`;
  const models = [...new Set(deleting.flatMap((j) => j.deletes.map((d) => d.model).filter((m) => m !== null)))];
  return `scheduled jobs delete only ${models.join(", ")} (${firstLabels(deleting)})`;
}
function firstLabels(jobs) {
  const more = jobs.length - 3;
  return `${jobs.slice(0, 3).map((j) => j.label).join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function jobRelated(jobs, limit = 3) {
  return jobs.slice(0, limit).map((j) => ({ path: j.job.location.path, startLine: j.job.location.startLine, message: `${j.label} deletes ${[...new Set(j.deletes.map((d) => d.model ?? "records"))].join(", ") || "nothing"}` }));
}
function jobValues(job, param) {
  const values = /* @__PURE__ */ new Map();
  if (job.name) values.set(`${param}.name`, job.name);
  for (const [key, value] of Object.entries(job.data ?? {})) values.set(`${param}.data.${key}`, value);
  return values;
}
var JobResolver = class {
  constructor(facts) {
    this.facts = facts;
    for (const f of facts.fileFacts) {
      for (const fn of f.functions) {
        const list = this.functionsByName.get(fn.name) ?? [];
        list.push(fn);
        this.functionsByName.set(fn.name, list);
      }
    }
    this.handlers = [...facts.fileFacts].flatMap((f) => f.jobHandlers);
  }
  facts;
  functionsByName = /* @__PURE__ */ new Map();
  handlers;
  /**
   * A repository helper that schedules what it is handed — `function job(name, expr, run) {
   * cron.schedule(expr, () => run()) }` — registers one job per call: `job('purge-sessions',
   * '10 3 * * *', purgeExpiredSessions)` schedules `purgeExpiredSessions`. The schedule inside
   * the helper runs a parameter of it (calls it, or is given it); each call site's argument in
   * that position is the job's handler, named by the call's first string argument. A helper
   * nothing calls with a function stays the one job it is.
   */
  registered(job) {
    const file = this.facts.byPath.get(job.location.path);
    if (!file) return [job];
    const run = /* @__PURE__ */ new Set([...job.handlerRefs, ...job.body.calls.map((c) => c.callee)]);
    const helper = file.functions.filter((fn) => fn.location.startLine <= job.location.startLine && fn.location.endLine >= job.location.endLine && fn.params?.some((p) => p !== "" && run.has(p))).sort((a, b) => a.location.endLine - a.location.startLine - (b.location.endLine - b.location.startLine))[0];
    if (!helper) return [job];
    const positions = helper.params.flatMap((p, i) => p !== "" && run.has(p) ? [i] : []);
    const out = [];
    for (const { path: from, call } of this.facts.calls()) {
      if (!call.args || this.facts.resolveFunction(from, call.callee) !== helper) continue;
      const refs = positions.map((i) => call.args[i] ?? "").filter((a) => a !== "" && this.facts.resolveFunction(from, a) !== null);
      if (refs.length === 0) continue;
      const location = { path: from, startLine: call.line, endLine: call.line, startColumn: 0, endColumn: 0 };
      const body = { calls: job.body.calls.filter((c) => !helper.params.includes(c.callee)), dataOps: job.body.dataOps };
      out.push({ ...job, name: call.firstArg ?? job.name, location, body, handlerRefs: [...job.handlerRefs.filter((r) => !helper.params.includes(r)), ...refs] });
    }
    return out.length > 0 ? out : [job];
  }
  resolve(job) {
    const bodies = [];
    const from = job.location.path;
    if (job.body.calls.length > 0 || job.body.dataOps.length > 0) bodies.push({ path: from, body: job.body });
    for (const ref of job.handlerRefs) this.addFunction(bodies, from, ref);
    if (job.task) this.addTask(bodies, from, job.task, job);
    if (job.queue) {
      const queue = normaliseQueue(job.queue);
      for (const handler of this.handlers.filter((h) => h.queue !== null && normaliseQueue(h.queue) === queue)) this.addHandler(bodies, handler, job);
    }
    if (job.requestPath) this.addRequest(bodies, job.requestPath);
    const builtin = [];
    if (job.command) {
      for (const cleanup of BUILTIN_CLEANUPS) {
        if (cleanup.command.test(job.command)) for (const model of cleanup.models) builtin.push({ op: "delete", model, callee: job.command, via: "command", location: job.location });
      }
      this.addCommand(bodies, from, job.command, 0);
    }
    const deletes = [...builtin];
    const calls = [];
    const writes = [];
    for (const { path: p, body, fn } of bodies) {
      const reached = this.facts.reach(p, body, 4);
      deletes.push(...reached.dataOps.filter((op) => op.op === "delete"));
      calls.push(...reached.calls);
      writes.push(...fieldWritesIn(this.facts, fn ? [fn, ...reached.via] : reached.via));
    }
    const name = job.name ? ` "${job.name}"` : "";
    const schedule = job.schedule ? ` (${job.schedule})` : "";
    return { job, label: `${job.scheduler} job${name}${schedule} at ${where(job.location)}`, deletes, calls, writes };
  }
  addFunction(bodies, from, ref) {
    const fn = this.facts.resolveFunction(from, ref) ?? this.byDottedPath(ref);
    if (fn) bodies.push({ path: fn.location.path, body: { calls: [{ callee: fn.qualifiedName, line: fn.location.startLine }], dataOps: [] } });
  }
  /** A task named by string: a job handler of that name, or a function at that dotted path (`app.tasks.purge`). */
  addTask(bodies, from, task, job) {
    const handlers = this.handlers.filter((h) => h.name === task);
    for (const h of handlers) this.addHandler(bodies, h, job);
    if (handlers.length === 0) this.addFunction(bodies, from, task);
  }
  byDottedPath(ref) {
    const parts = ref.split(".");
    const name = parts.pop();
    const candidates = this.functionsByName.get(name) ?? [];
    if (candidates.length === 1) return candidates[0];
    const module = parts.join("/");
    return candidates.find((c) => module && c.location.path.replace(/\.py$/, "").endsWith(module)) ?? null;
  }
  /**
   * A processor runs what the scheduled job's name and data pick: `runCleanup(job.data.task)`
   * with `{ task: 'purge-sessions' }` runs `cleanupTasks['purge-sessions']`, not every task of the
   * table (a key that is not known here leaves them all, see `FactIndex.callees`).
   */
  addHandler(bodies, handler, job) {
    const from = handler.location.path;
    const body = { calls: handler.calls, dataOps: handler.dataOps };
    bodies.push(...handler.jobParam && this.specialise(from, body, jobValues(job, handler.jobParam), 3) || [{ path: from, body }]);
    if (!handler.handlerRef) return;
    const fn = this.facts.resolveFunction(from, handler.handlerRef);
    const param = fn?.params?.[0];
    const special = fn && param ? this.specialise(fn.location.path, fn, jobValues(job, param), 3, fn) : null;
    if (special) bodies.push(...special);
    else this.addFunction(bodies, from, handler.handlerRef);
  }
  /**
   * A body with the values its names are known to hold: a call through a table of functions
   * keyed by one of them runs that entry only, and a call passing one on is followed into the
   * callee with its parameter bound. Null when nothing was narrowed.
   */
  specialise(from, body, values, depth, fn) {
    if (values.size === 0) return null;
    const kept = [];
    const extra = [];
    for (const call of body.calls) {
      const key = call.dispatch ? values.get(call.dispatch.key) : void 0;
      const entry = call.dispatch && key !== void 0 ? this.facts.dispatchEntry(from, call.dispatch.table, key) : null;
      if (entry) {
        extra.push({ path: entry.location.path, body: entry, fn: entry });
        continue;
      }
      if (depth > 0 && !call.dispatch && call.args?.some((a) => values.has(a))) {
        const callee = this.facts.resolveFunction(from, call.callee, call.receiverType);
        const bound = /* @__PURE__ */ new Map();
        if (callee?.params) call.args.forEach((a, i) => {
          const value = values.get(a);
          const param = callee.params[i];
          if (value !== void 0 && param) bound.set(param, value);
        });
        const inner = callee ? this.specialise(callee.location.path, callee, bound, depth - 1, callee) : null;
        if (inner) {
          extra.push(...inner);
          continue;
        }
      }
      kept.push(call);
    }
    return extra.length > 0 ? [{ path: from, body: { calls: kept, dataOps: body.dataOps }, ...fn ? { fn } : {} }, ...extra] : null;
  }
  /** A route the schedule requests: a linked route with that path, or a Next.js route/page file at it. */
  addRequest(bodies, requestPath) {
    const wanted = requestPath.replace(/\/+$/, "") || "/";
    for (const linked of this.facts.routes().filter((r) => r.fullPath === wanted)) {
      bodies.push({ path: linked.route.location.path, body: linked.route });
      if (linked.handler) bodies.push({ path: linked.handler.location.path, body: { calls: [{ callee: linked.handler.qualifiedName, line: linked.handler.location.startLine }], dataOps: [] } });
    }
    const file = new RegExp(`(?:^|/)(?:src/)?(?:app${escape2(wanted)}/route|pages${escape2(wanted)}(?:/index)?)\\.(?:ts|tsx|js|jsx|mjs)$`);
    for (const f of this.facts.fileFacts) if (file.test(f.path)) this.addFile(bodies, f.path);
  }
  /** Everything a script file runs: its module code and its functions. */
  addFile(bodies, filePath) {
    const facts = this.facts.byPath.get(filePath);
    if (!facts) return;
    bodies.push({ path: filePath, body: facts.moduleBody });
    for (const fn of facts.functions) bodies.push({ path: filePath, body: fn });
  }
  /** `npm run db:cleanup`, `node dist/jobs/purge.js`, `python -m app.jobs.purge`, `python manage.py purge_invites`, `curl …/api/cron/purge`. */
  addCommand(bodies, from, command, depth) {
    if (depth > 3) return;
    for (const line of command.split(/\n|&&|\|\||;/)) {
      const words = line.trim().split(/\s+/).filter((w) => w === "-m" || !w.startsWith("-") && !/^(?:sudo|exec|time|env)$/.test(w) && !/^\w+=/.test(w));
      if (words.length === 0) continue;
      const manager = words.findIndex((w) => /^(?:npm|pnpm|yarn|bun)$/.test(w));
      const run = words.findIndex((w, i) => i > manager && (w === "run" || w === "run-script"));
      const script = manager >= 0 ? words[run > manager ? run + 1 : manager + 1] : void 0;
      if (script) {
        for (const f of this.facts.fileFacts) {
          for (const s of f.scripts) if (s.name === script) this.addCommand(bodies, f.path, s.command, depth + 1);
        }
        continue;
      }
      const managePy = words.indexOf("manage.py");
      if (managePy >= 0 && words[managePy + 1]) {
        for (const f of this.facts.fileFacts) if (f.path.endsWith(`/management/commands/${words[managePy + 1]}.py`)) this.addFile(bodies, f.path);
        continue;
      }
      const moduleFlag = words.indexOf("-m");
      if (moduleFlag >= 0 && words[moduleFlag + 1]) {
        const module = words[moduleFlag + 1].replace(/\./g, "/");
        for (const f of this.facts.fileFacts) if (f.path.endsWith(`${module}.py`) || f.path.endsWith(`${module}/__main__.py`)) this.addFile(bodies, f.path);
        continue;
      }
      const requested = requestedPath(words);
      if (requested !== void 0) {
        if (requested) this.addRequest(bodies, requested);
        continue;
      }
      for (const word of words) {
        if (!/\.(?:[cm]?[jt]s|py)$/.test(word)) continue;
        for (const candidate of scriptCandidates(word, from)) if (this.facts.byPath.has(candidate)) this.addFile(bodies, candidate);
      }
    }
  }
};
function scriptCandidates(word, from) {
  const clean = word.replace(/^["']|["']$/g, "").replace(/^\.\//, "");
  const bases = [clean, path4.posix.join(path4.posix.dirname(from), clean)];
  const out = /* @__PURE__ */ new Set();
  for (const base of bases) {
    out.add(base);
    const source = base.replace(/(^|\/)(?:dist|build|out)\//, "$1src/");
    for (const b of [base, source]) for (const ext of [".ts", ".tsx", ".js", ".mjs"]) out.add(b.replace(/\.[cm]?[jt]sx?$/, ext));
  }
  return [...out];
}
function normaliseQueue(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/queue$/, "");
}
function escape2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function requestedPath(words) {
  const url = words.find((w) => /^["']?https?:\/\/|^["']?\$\{?\w+\}?\/\S+/.test(w));
  if (!/^(?:curl|wget|http|xh)$/.test(words[0] ?? "") || !url) return void 0;
  return url.replace(/^["']|["']$/g, "").replace(/^https?:\/\/[^/]+|^\$\{?\w+\}?/, "").split("?")[0];
}
function scheduledRequestPaths(facts) {
  const paths = /* @__PURE__ */ new Set();
  const add = (p) => paths.add(p.split("?")[0].replace(/\/+$/, "") || "/");
  for (const f of facts.fileFacts) {
    for (const job of f.scheduledJobs) {
      if (job.requestPath) add(job.requestPath);
      for (const line of job.command?.split(/\n|&&|\|\||;/) ?? []) {
        const requested = requestedPath(line.trim().split(/\s+/).filter((w) => !w.startsWith("-")));
        if (requested) add(requested);
      }
    }
  }
  return paths;
}
function fieldWritesIn(facts, functions) {
  const out = [];
  for (const fn of functions) out.push(...fieldWritesBetween(facts, fn.location.path, fn.location.startLine, fn.location.endLine));
  return out;
}
function fieldWritesBetween(facts, filePath, startLine, endLine) {
  return (facts.byPath.get(filePath)?.fieldWrites ?? []).filter((w) => w.location.startLine >= startLine && w.location.endLine <= endLine);
}
var flowCache = /* @__PURE__ */ new WeakMap();
var SEND_TASK = /(?:^|\.)send_task$/;
var TASK_CALL = /(?:^|\.)(\w+)\.(?:delay|apply_async)$/;
var taskIndexes = /* @__PURE__ */ new WeakMap();
function taskIndex(facts) {
  let index = taskIndexes.get(facts);
  if (index) return index;
  index = { byTaskName: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
  const add = (map, key, fn) => map.set(key, [...map.get(key) ?? [], fn]);
  for (const f of facts.fileFacts) {
    if (!f.path.endsWith(".py")) continue;
    for (const fn of f.functions) if (fn.qualifiedName === fn.name) add(index.byName, fn.name, fn);
    for (const h of f.jobHandlers) {
      const fn = h.framework === "celery" && h.name ? f.functions.find((x) => x.qualifiedName === h.handlerRef) : void 0;
      if (fn) add(index.byTaskName, h.name, fn);
    }
  }
  taskIndexes.set(facts, index);
  return index;
}
function handedOffTo(facts, call) {
  const named = SEND_TASK.test(call.callee) ? call.firstArg : TASK_CALL.exec(call.callee)?.[1];
  if (!named) return [];
  const index = taskIndex(facts);
  const explicit = index.byTaskName.get(named);
  if (explicit) return explicit;
  const parts = named.split(".");
  const candidates = index.byName.get(parts.pop()) ?? [];
  if (candidates.length <= 1) return candidates;
  const module = parts.join("/");
  return candidates.filter((c) => module && c.location.path.replace(/(?:\/__init__)?\.py$/, "").endsWith(module));
}
function reachWithHandOffs(facts, fromPath, body, depth) {
  const reached = facts.reach(fromPath, body, depth);
  const seen = new Set(reached.via);
  for (let round = 0; round < 2; round++) {
    const tasks = [...new Set(reached.calls.flatMap((c) => handedOffTo(facts, c)))].filter((fn) => !seen.has(fn));
    if (tasks.length === 0) break;
    for (const task of tasks) {
      seen.add(task);
      const inner = facts.reach(task.location.path, { calls: [{ callee: task.qualifiedName, line: task.location.startLine }], dataOps: [] }, depth);
      for (const fn of inner.via) if (!reached.via.includes(fn)) {
        seen.add(fn);
        reached.via.push(fn);
        reached.calls.push(...fn.calls);
        reached.dataOps.push(...fn.dataOps);
      }
    }
  }
  return reached;
}
var NEXT_ROUTE_FILE = /(?:^|\/)app\/(.+)\/route\.(?:ts|tsx|js|jsx|mjs)$/;
var NEXT_ACTIONS_FILE = /(?:^|\/)app\/(?:.+\/)?actions\.(?:ts|tsx|js|jsx)$|(?:^|\/)(?:app|src)\/actions\/[^/]+\.(?:ts|js)$/;
var HTTP_METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
function trpcLabel(r) {
  const kind = r.route.method === "POST" ? "mutation" : "query";
  const dotted = r.fullPath.replace(/^\//, "").replace(/\//g, ".");
  const mounted = r.mounts.some((m) => m.framework === "trpc" && m.prefix !== "");
  return !mounted && r.route.router ? `${kind} ${dotted} of ${r.route.router}` : `${kind} ${dotted}`;
}
function flows(facts) {
  const cached = flowCache.get(facts);
  if (cached) return cached;
  const out = [];
  flowCache.set(facts, out);
  for (const r of facts.routes()) {
    const body = r.handler ? { calls: [...r.route.calls, { callee: r.handler.qualifiedName, line: r.handler.location.startLine }], dataOps: r.route.dataOps } : r.route;
    const reached = reachWithHandOffs(facts, r.route.location.path, body, 4);
    const loc = r.route.location;
    out.push({
      // A server action has no URL of its own: it is named by its function.
      label: r.route.framework === "next-action" ? `server action ${r.route.path.replace(/^\//, "")}` : r.route.framework === "trpc" ? trpcLabel(r) : `${r.route.method} ${r.fullPath}`,
      location: loc,
      // A Django view is its own handler, named by its router (`export_my_data`, `MyDataExportView`): that name is the flow's too.
      names: [...!r.handler && r.route.framework.startsWith("django") && r.route.router ? [r.route.router] : [], ...reached.via.map((f) => f.name)],
      calls: reached.calls,
      dataOps: reached.dataOps,
      writes: [...fieldWritesBetween(facts, loc.path, loc.startLine, loc.endLine), ...fieldWritesIn(facts, reached.via)],
      kind: "route",
      route: r
    });
  }
  const seen = new Set(out.map((f) => `${f.location.path}:${f.location.startLine}`));
  for (const f of facts.fileFacts) {
    const routeFile = NEXT_ROUTE_FILE.exec(f.path);
    const actions = NEXT_ACTIONS_FILE.test(f.path);
    if (!routeFile && !actions) continue;
    for (const fn of f.functions) {
      if (!fn.exported || routeFile && !HTTP_METHODS.has(fn.name) || seen.has(`${f.path}:${fn.location.startLine}`)) continue;
      const reached = reachWithHandOffs(facts, f.path, { calls: [{ callee: fn.qualifiedName, line: fn.location.startLine }], dataOps: [] }, 4);
      const routePath = routeFile ? `/${routeFile[1]}`.replace(/\/\([^)]*\)/g, "").replace(/\[([^\]]+)\]/g, ":$1") : null;
      out.push({
        label: routePath ? `${fn.name} ${routePath}` : `server action ${fn.name}`,
        location: fn.location,
        names: [fn.name, ...reached.via.map((v) => v.name)],
        calls: reached.calls,
        dataOps: reached.dataOps,
        writes: fieldWritesIn(facts, reached.via),
        kind: "route",
        route: routePath ? { route: { framework: "nextjs", method: fn.name, path: routePath, location: fn.location, guards: [], handlerRef: null, router: null, calls: fn.calls, dataOps: fn.dataOps }, fullPath: routePath, guards: [], mounts: [], handler: fn } : null
      });
    }
  }
  for (const j of resolvedJobs(facts)) {
    out.push({ label: j.label, location: j.job.location, names: [j.job.name ?? "", ...j.job.handlerRefs, j.job.task ?? ""].filter(Boolean), calls: j.calls, dataOps: j.deletes, writes: j.writes, kind: "job", route: null });
  }
  for (const f of facts.fileFacts) {
    for (const h of f.jobHandlers) {
      const body = h.handlerRef ? { calls: [...h.calls, { callee: h.handlerRef, line: h.location.startLine }], dataOps: h.dataOps } : h;
      const reached = reachWithHandOffs(facts, h.location.path, body, 4);
      out.push({
        label: `${h.framework} worker${h.queue ? ` for queue "${h.queue}"` : ""}${h.name ? ` "${h.name}"` : ""} at ${where(h.location)}`,
        location: h.location,
        names: [h.queue ?? "", h.name ?? "", h.handlerRef ?? "", ...reached.via.map((v) => v.name)].filter(Boolean),
        calls: reached.calls,
        dataOps: reached.dataOps,
        writes: [...fieldWritesBetween(facts, h.location.path, h.location.startLine, h.location.endLine), ...fieldWritesIn(facts, reached.via)],
        kind: "worker",
        route: null
      });
    }
  }
  return out;
}
function snakeCase(field) {
  return field.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
function wordsOf(texts) {
  return texts.flatMap((t) => t.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/)).map((w) => w.toLowerCase()).filter(Boolean);
}

// src/rules/organization-models.ts
var UNIT_NAME = /^(?:organi[sz]ation|org|workspace|tenant|account|team|company|agency)$/;
var UNIT_KEY = /^(organi[sz]ation|org|workspace|tenant|account|team|company|agency)_?id$/i;
function unitOf(name) {
  const singular = name.toLowerCase().replace(/_/g, "").replace(/ies$/, "y").replace(/s$/, "");
  if (!UNIT_NAME.test(singular)) return null;
  return singular === "org" || singular === "organisation" ? "organization" : singular;
}
var memo = /* @__PURE__ */ new WeakMap();
function unitsHeldByAnotherUnit(facts) {
  let known = memo.get(facts);
  if (known) return known;
  known = /* @__PURE__ */ new Set();
  const models = [...facts.fileFacts].flatMap((f) => f.models);
  const declaredUnits = new Set(models.flatMap((m) => [unitOf(m.name), m.table ? unitOf(m.table) : null]).filter((u) => u !== null));
  for (const m of models) {
    const own = unitOf(m.table ?? m.name) ?? unitOf(m.name);
    if (!own) continue;
    const heldBy = m.fields.some((field) => {
      const key = UNIT_KEY.exec(field)?.[1];
      const unit = key ? unitOf(key) : null;
      return unit !== null && unit !== own && declaredUnits.has(unit);
    });
    if (!heldBy) continue;
    for (const name of [m.name, m.table, ...m.aliases ?? []]) if (name) known.add(name.toLowerCase());
  }
  memo.set(facts, known);
  return known;
}
function isHeldByAnotherUnit(facts, model) {
  return model !== null && unitsHeldByAnotherUnit(facts).has(model.toLowerCase());
}

// src/rules/reach.ts
function reachFrom(facts, start, depth, skip = () => false, loaded = []) {
  const calls = [];
  const dataOps = [];
  const comparisons = [];
  const via = [];
  const seen = /* @__PURE__ */ new Set();
  let frontier = [{ calls: start, binding: NO_BINDING, rows: rowsLoaded(loaded, NO_ROWS) }];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next = [];
    for (const run of frontier) {
      for (const { call, path: path11 } of run.calls) {
        if (skip(call)) continue;
        const resolved = facts.resolveCall(path11, call);
        for (const fn of facts.callees(path11, call)) {
          if (seen.has(fn)) continue;
          seen.add(fn);
          via.push(fn);
          const inner = fn === resolved ? bind(facts, fn, call, run.binding) : NO_BINDING;
          const rows = fn === resolved ? rowsLoaded(fn.dataOps, handedRows(fn, call, run.rows)) : NO_ROWS;
          const innerCalls = fn === resolved ? runsFor(fn, call) : locatedCalls(fn);
          for (const c of innerCalls) calls.push(c);
          for (const op of fn.dataOps) dataOps.push(withHandedModel(inner.size > 0 ? substitute(op, inner) : op, op, rows));
          for (const c of fn.comparisons ?? []) {
            const left = rebind(c.left, inner);
            const right = rebind(c.right, inner);
            const compared = { left, right, line: c.line, path: fn.location.path };
            if (left !== c.left || right !== c.right) compared.written = { left: c.left, right: c.right };
            comparisons.push(compared);
          }
          next.push({ calls: innerCalls, binding: inner, rows });
        }
      }
    }
    frontier = next;
  }
  return { calls, dataOps, via, comparisons };
}
var NO_BINDING = /* @__PURE__ */ new Map();
var NO_ROWS = /* @__PURE__ */ new Map();
function rowsLoaded(ops, rows) {
  let out = null;
  for (const op of ops) {
    if (op.op !== "read" || !op.boundTo || op.model === null || rows.get(op.boundTo) === op.model) continue;
    out ??= new Map(rows);
    out.set(op.boundTo, op.model);
  }
  return out ?? rows;
}
function handedRows(fn, call, rows) {
  if (rows.size === 0 || !fn.params) return NO_ROWS;
  const handed = /* @__PURE__ */ new Map();
  fn.params.forEach((param, i) => {
    const model = param && param !== "this" ? rows.get(call.args?.[i] ?? "") : void 0;
    if (model) handed.set(param, model);
  });
  if (call.keywordArgs) for (const param of fn.params) {
    const model = param ? rows.get(call.keywordArgs[param] ?? "") : void 0;
    if (model) handed.set(param, model);
  }
  return handed.size > 0 ? handed : NO_ROWS;
}
function withHandedModel(op, written, rows) {
  if (op.model !== null || op.op === "read" || rows.size === 0) return op;
  const receiver = /^([A-Za-z_$][\w$]*)\.[A-Za-z_$][\w$]*$/.exec(written.callee)?.[1];
  const model = receiver ? rows.get(receiver) : void 0;
  return model ? withModel(op, model) : op;
}
function withModel(op, model) {
  const out = { ...op, model };
  const originals = ORIGINALS.get(op);
  if (originals) ORIGINALS.set(out, originals);
  return out;
}
var LOCATED = /* @__PURE__ */ new WeakMap();
function locatedCalls(fn) {
  let located = LOCATED.get(fn);
  if (!located) LOCATED.set(fn, located = fn.calls.map((call) => ({ call, path: fn.location.path })));
  return located;
}
function runsFor(fn, call) {
  const located = locatedCalls(fn);
  const passed = call.args?.length;
  if (passed === void 0 || !fn.params || !located.some((c) => c.call.onlyIf !== void 0)) return located;
  const omitted = new Set(fn.params.slice(passed).filter((p) => p !== "" && !(fn.defaulted ?? []).includes(p)));
  return omitted.size === 0 ? located : located.filter((c) => c.call.onlyIf === void 0 || !omitted.has(c.call.onlyIf.split(".")[0]));
}
function rebind(value, binding) {
  if (binding.size === 0) return value;
  const field = value.startsWith("this.") ? /^this\.[A-Za-z_$][\w$]*/.exec(value)?.[0] : void 0;
  const boundField = field ? binding.get(field) : void 0;
  if (boundField !== void 0) return boundField + value.slice(field.length);
  const root = /^[A-Za-z_$][\w$]*/.exec(value)?.[0];
  const bound = root ? binding.get(root) : void 0;
  return bound === void 0 ? value : bound + value.slice(root.length);
}
function bind(facts, fn, call, outer) {
  const binding = /* @__PURE__ */ new Map();
  if (/^this\.[\w$]+$/.test(call.callee)) {
    for (const [key, value] of outer) if (key.startsWith("this.")) binding.set(key, value);
  }
  if (call.receiverArgs && call.receiverType) {
    const ctor = facts.resolveFunction(fn.location.path, "constructor", call.receiverType);
    if (ctor?.qualifiedName === `${call.receiverType}.constructor`) {
      ctor.params?.forEach((param, i) => {
        const arg = call.receiverArgs[i];
        if (param && arg) binding.set(`this.${param}`, rebind(arg, outer));
      });
    }
  }
  fn.params?.forEach((param, i) => {
    const arg = call.args?.[i];
    if (param && arg && param !== "this") binding.set(param, rebind(arg, outer));
  });
  if (call.keywordArgs) for (const param of fn.params ?? []) {
    const arg = param ? call.keywordArgs[param] : void 0;
    if (arg) binding.set(param, rebind(arg, outer));
  }
  return binding.size > 0 ? binding : NO_BINDING;
}
var ORIGINALS = /* @__PURE__ */ new WeakMap();
function originalValue(op, value) {
  return ORIGINALS.get(op)?.get(value);
}
function substitute(op, binding) {
  const out = { ...op };
  const originals = /* @__PURE__ */ new Map();
  const map = (v) => {
    const bound = v.startsWith(".") ? v : rebind(v, binding);
    if (bound !== v && !originals.has(bound)) originals.set(bound, v);
    return bound;
  };
  if (op.filter) out.filter = op.filter.map(map);
  if (op.values) out.values = op.values.map(map);
  const entity = op.modelArgument ? binding.get(`this.${op.modelArgument}`) : void 0;
  if (entity && /^[A-Z][\w$]*$/.test(entity)) out.model = entity;
  if (originals.size > 0) ORIGINALS.set(out, originals);
  return out;
}
function revealingCalls(facts, calls, isReveal) {
  const candidates = calls.filter((c) => isReveal(c.call));
  const keys = candidates.filter((c) => c.call.signs !== void 0);
  if (keys.length === 0) return candidates;
  const bodies = reachFrom(facts, keys, 2).via.map((f) => f.location);
  return candidates.filter((c) => c.call.signs === void 0 && !bodies.some((l) => l.path === c.path && l.startLine <= c.call.line && c.call.line <= l.endLine));
}
function withLoaderModels(ops, via) {
  return ops.map((op) => {
    if (op.model !== null || !op.loadedBy) return op;
    const models = new Set(loaderBodies(op.loadedBy, via).flatMap((f) => f.dataOps.filter((o) => o.op === "read" && o.model !== null).map((o) => o.model)));
    return models.size === 1 ? withModel(op, [...models][0]) : op;
  });
}
function loaderBodies(name, via) {
  const helpers = via.filter((f) => f.name === name);
  const called = via.filter((g) => !helpers.includes(g) && helpers.some((h) => h.location.path === g.location.path && h.calls.some((c) => c.callee.slice(c.callee.lastIndexOf(".") + 1) === g.name)));
  return [...helpers, ...called];
}

// src/rules/global-middleware.ts
var GLOBALS = /* @__PURE__ */ new WeakMap();
function globalMiddleware(facts, linked) {
  let all = GLOBALS.get(facts);
  if (!all) {
    all = [];
    for (const f of facts.fileFacts) for (const m of facts.mountsOf(f)) if (m.parent === "*") all.push({ mount: m, path: f.path, service: facts.serviceOf(f.path) });
    GLOBALS.set(facts, all);
  }
  const { route } = linked;
  const service = facts.serviceOf(route.location.path);
  return all.filter((g) => g.service === service && sameFamily(g.mount.framework, route.framework) && prefixCovers(g.mount.prefix, linked.fullPath, route.framework) && matchCovers(g.mount.match, linked.fullPath, route.framework));
}
var PATH_PATTERNS = /* @__PURE__ */ new Map();
function pathPattern(source) {
  let re = PATH_PATTERNS.get(source);
  if (re === void 0) {
    try {
      re = new RegExp(source, "i");
    } catch {
      re = null;
    }
    PATH_PATTERNS.set(source, re);
  }
  return re;
}
function matchCovers(match, fullPath, framework) {
  if (!match) return true;
  if (framework === "next-action") return match.include === void 0 && (match.exclude ?? []).length === 0;
  const test = (sources) => sources.some((s) => pathPattern(s)?.test(fullPath) ?? false);
  if (match.include && !test(match.include)) return false;
  return !(match.exclude && test(match.exclude));
}
function sameFamily(mountFramework, routeFramework) {
  if (mountFramework === routeFramework) return true;
  return mountFramework === "nextjs" && routeFramework === "next-action";
}
function prefixCovers(prefix, fullPath, framework) {
  if (framework === "next-action") return prefix === "/" || prefix === "";
  const base = prefix.replace(/\/?\*$/, "").replace(/\/$/, "");
  return base === "" || fullPath === base || fullPath.startsWith(`${base}/`);
}

// src/rules/environment.ts
import path5 from "node:path";
function declarationsFor(facts, service) {
  const out = [];
  for (const f of facts.fileFacts) {
    for (const d of f.envDeclarations) {
      const linked = d.appliesTo ?? deploymentTarget(facts, d);
      const folder = linked ?? path5.posix.dirname(d.location.path);
      if (isWithin(service, folder) || linked === void 0 && facts.serviceOf(d.location.path) === service) out.push(d);
    }
  }
  return out;
}
var targets = /* @__PURE__ */ new WeakMap();
function deploymentTarget(facts, d) {
  if (d.deployedAs === void 0) return void 0;
  let cache = targets.get(facts);
  if (!cache) targets.set(facts, cache = /* @__PURE__ */ new Map());
  if (cache.has(d)) return cache.get(d);
  let target;
  const services = facts.serviceFolders();
  if (facts.serviceOf(d.location.path) === "." && services.length > 0) {
    const segments = d.location.path.replace(/\.ya?ml$/, "").split("/");
    const scores = services.map((s) => {
      const base = path5.posix.basename(s).toLowerCase();
      const named = Math.max(0, ...d.deployedAs.map((n) => nameMatch(n, base)));
      return named > 0 ? named + 2 : Math.max(0, ...segments.map((n) => nameMatch(n, base)));
    });
    const best = Math.max(...scores);
    target = best > 0 && scores.filter((x) => x === best).length === 1 ? services[scores.indexOf(best)] : ".";
  }
  cache.set(d, target);
  return target;
}
function nameMatch(name, base) {
  const n = name.toLowerCase();
  if (n === base) return 2;
  return n.startsWith(`${base}-`) || n.startsWith(`${base}_`) || n.endsWith(`-${base}`) || n.endsWith(`_${base}`) ? 1 : 0;
}
function isWithin(folder, ancestor) {
  return ancestor === "." || folder === ancestor || folder.startsWith(`${ancestor}/`);
}
var ENV_TEMPLATE = /(?:^|\/)\.env\.(?:example|sample|template|dist|tpl)$/;
function isDeclared(declarations, name) {
  if (declarations.some((d) => d.name === name)) return true;
  return declarations.some((d) => d.name === "*") && !declarations.some((d) => d.source === "dotenv" && ENV_TEMPLATE.test(d.location.path));
}
function resolveSetting(facts, fromPath, expression) {
  const last = expression.split(/[.[\]'"]+/).filter(Boolean).pop();
  if (!last || !/^\w+$/.test(last)) return null;
  const service = facts.serviceOf(fromPath);
  const local = [];
  const sameService = [];
  for (const f of facts.fileFacts) {
    for (const read of f.envReads) {
      if (read.key !== last) continue;
      if (f.path === fromPath) local.push(read.name);
      else if (facts.serviceOf(f.path) === service) sameService.push(read.name);
    }
  }
  if (local.length > 0) return [...new Set(local)];
  if (sameService.length > 0) return [...new Set(sameService)];
  if (/^[A-Z][A-Z0-9_]*$/.test(last) && expression.includes(".")) return [last];
  return null;
}
var NEXT_SERVER = /\bnext\s+start\b/;
function servingServices(facts) {
  const services = /* @__PURE__ */ new Map();
  const entry = (service) => {
    let found = services.get(service);
    if (!found) services.set(service, found = { routes: 0, nextStart: null });
    return found;
  };
  for (const linked of facts.routes()) entry(facts.serviceOf(linked.route.location.path)).routes++;
  for (const f of facts.fileFacts) {
    const start = f.scripts.find((s) => NEXT_SERVER.test(s.command));
    if (start) entry(facts.serviceOf(f.path)).nextStart ??= { path: f.path, line: start.line };
  }
  return services;
}
function serviceLabel(service) {
  return service === "." ? "the app" : service;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function listing(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/rules/rate-limits.ts
var Limiters = class {
  constructor(facts, names) {
    this.facts = facts;
    this.names = names;
    for (const f of facts.fileFacts) {
      for (const l of f.rateLimiters) {
        if (l.via.startsWith("nginx")) this.edge.push(l);
        if (l.scope !== "global" && l.scope !== "opt-in" || l.via.startsWith("nginx")) continue;
        const service = facts.serviceOf(l.location.path);
        this.registered.add(service);
        if (l.scope !== "global") continue;
        this.global.set(service, [...this.global.get(service) ?? [], l]);
      }
    }
  }
  facts;
  names;
  global = /* @__PURE__ */ new Map();
  /** Services where a limiter plugin is registered that honours routes' own settings (globally or for the routes that opt in). */
  registered = /* @__PURE__ */ new Set();
  /** A proxy in front of every service (nginx `limit_req`): everything, or the path prefixes it limits. */
  edge = [];
  memo = /* @__PURE__ */ new Map();
  reached = /* @__PURE__ */ new Map();
  covers(linked) {
    let covered = this.memo.get(linked);
    if (covered === void 0) this.memo.set(linked, covered = this.compute(linked));
    return covered;
  }
  compute(linked) {
    const routePath = linked.route.location.path;
    const own = linked.route.rateLimit;
    if (own === "applied") return true;
    if (own === "own" && this.registered.has(this.facts.serviceOf(routePath))) return true;
    const global = (this.global.get(this.facts.serviceOf(routePath)) ?? []).filter((l) => l.via !== "djangorestframework" || linked.route.framework === "django-rest-framework");
    if (own !== "off" && global.length > 0) return true;
    if (this.edge.some((l) => l.scope === "global" || l.paths.some((p) => p === "/" || linked.fullPath === p || linked.fullPath.startsWith(`${p}/`)))) return true;
    if (globalMiddleware(this.facts, linked).some((m) => m.mount.guards.some((g) => this.isLimiter(g, [m.path])))) return true;
    const guardFiles = [...linked.mounts.map((m) => m.location.path), routePath];
    for (const guard of linked.guards) {
      if (this.isLimiter(guard, guardFiles)) return true;
    }
    return this.handlerReach(linked).calls.some((c) => this.isLimiter(c, [routePath]));
  }
  /** The route's and its handler's calls and what they call, two levels deep: reached once per route. */
  handlerReach(linked) {
    let body = this.reached.get(linked);
    if (!body) {
      const { route, handler } = linked;
      body = this.facts.reach(route.location.path, { calls: handler ? [...route.calls, ...handler.calls] : route.calls, dataOps: [] }, 2);
      this.reached.set(linked, body);
    }
    return body;
  }
  /** A call or middleware name is a limiter by name, or because it is bound to one built from a rate-limit package (here or in the module it is imported from). */
  isLimiter(call, files) {
    if (matchesAny(call.callee, this.names)) return true;
    const head = call.callee.split(".")[0];
    for (const file of files) {
      const facts = this.facts.byPath.get(file);
      if (!facts) continue;
      if (facts.rateLimiters.some((l) => l.name === head)) return true;
      const imp = facts.imports.find((i) => i.local === head);
      if (!imp) continue;
      const target = this.facts.resolveModule(file, imp.source);
      const bound = target ? this.facts.byPath.get(target) : null;
      if (bound?.rateLimiters.some((l) => l.name === imp.imported || imp.imported === "default" && l.name !== null)) return true;
    }
    return false;
  }
};

// src/rules/security/access.ts
var CASE_INSENSITIVE = /* @__PURE__ */ new Set(["baseRoles", "privilegedActions", "publicEndpoints", "publicForms", "publicCheckouts", "sharedSecretHeaders", "authorizationErrors", "membershipErrors"]);
var PERMISSION_WORDS = /admin|owner|role|permission|polic|abilit|staff|manager|editor|superuser/i;
var HEADER_READ = /(?:^|\.)(?:get|header|getHeader)$/;
var ERROR_CALL = /(?:^|\.)(?:\w*Error|\w*Exception|abort|error|throw|fail|reject|PermissionDenied)$/;
function accessOptions(options) {
  const list = (key) => Array.isArray(options[key]) ? options[key].map((p) => new RegExp(String(p), CASE_INSENSITIVE.has(key) ? "i" : "")) : [];
  return {
    authenticationGuards: list("authenticationGuards"),
    authenticationCalls: list("authenticationCalls"),
    authorizationGuards: list("authorizationGuards"),
    authorizationCalls: list("authorizationCalls"),
    authorizationErrors: list("authorizationErrors"),
    membershipChecks: list("membershipChecks"),
    membershipErrors: list("membershipErrors"),
    baseRoles: list("baseRoles"),
    publicMarkers: list("publicMarkers"),
    ownerValues: list("ownerValues"),
    tenantValues: list("tenantValues"),
    requestValues: list("requestValues"),
    tokenValues: list("tokenValues"),
    privilegedActions: list("privilegedActions"),
    revealCalls: list("revealCalls"),
    webhookVerification: list("webhookVerification"),
    publicEndpoints: list("publicEndpoints"),
    publicForms: list("publicForms"),
    publicCheckouts: list("publicCheckouts"),
    sharedSecretHeaders: list("sharedSecretHeaders"),
    sharedSecretEnv: list("sharedSecretEnv"),
    maxDepth: typeof options.maxDepth === "number" ? options.maxDepth : 3
  };
}
var SLUG_KEY = /^(?:(?:[a-z][a-z0-9]*_)*slug|[a-z][A-Za-z0-9]*Slug)$/;
var PUBLIC_SEGMENT = /(?:^|\/)public(?:\/|$)/i;
var ID_PARAMETER = /^(?:id|pk|uuid)$|(?:_id|_pk|_uuid|Id|Pk|Uuid|ID)$/;
var RATE_LIMIT_CALL = /(?:^|\.)(?:\w*rate_?limit\w*|\w*RateLimit\w*|\w*[lL]imiter\w*|[tT]hrottle\w*)$/i;
var LIMITER_NAMES = optionDefaults("operations/public-endpoints-are-rate-limited", "limiterNames").map((p) => new RegExp(p));
var SESSION_OPENER = /^(?:withIronSessionApiRoute|withIronSessionSsr|withIronSession|getIronSession|unsealData)$/;
function verdict(access) {
  const mutates = access.writes.length > 0 || access.reveals.length > 0;
  if (mutates && !access.authentication && !access.authorization && !access.publicByDesign) return "authentication";
  if (!access.authentication && !access.authorization) return null;
  if (access.authorization) return (access.typeLevelOnly || access.membershipOnly) && access.unscopedByRequest.length > 0 || access.unscopedPastMembership.length > 0 ? "object-access" : null;
  if (mutates && (access.unscopedWrites.length > 0 || access.reveals.length > 0 && !access.revealsOwnSecret)) return "authorization";
  if (access.unscopedByRequest.length > 0) return "object-access";
  return null;
}
var CALLER_ARGUMENT = /^(?:req|request|ctx|c|context|res\.locals|this|self|event\.locals|locals)?\.?(?:state\.|session\.|auth\.|var\.)?(?:membership|member|user|currentUser|current_user|session|role|roles|ability|actor|principal|auth|viewer|account)$/i;
function onKindOnly(call, loaded) {
  if (!call.stringsOnly || !call.args) return false;
  const values = call.args.filter((a) => a !== "");
  return values.length > 0 && values.every((a) => CALLER_ARGUMENT.test(a) && !loaded.has(a));
}
var ABILITY_GUARD = /^(?:can|cannot|\w+\.(?:can|cannot)|CheckPolicies|CheckAbilit(?:y|ies)|Policies|\w*(?:Policies|Ability|Abilities|Casl)Guard)$/;
var PERMISSION_GUARD = /(?:^|\.)(?:require|check|ensure|assert|has|verify)Permissions?$/;
var isKindGuard = (call) => ABILITY_GUARD.test(call.callee) || PERMISSION_GUARD.test(call.callee) && call.firstArg !== void 0;
var SHARED = /* @__PURE__ */ new WeakMap();
var AccessAnalysis = class _AccessAnalysis {
  constructor(facts, options) {
    this.facts = facts;
    this.options = options;
    for (const f of facts.fileFacts) {
      for (const m of facts.mountsOf(f)) {
        this.mountPath.set(m, f.path);
        if (m.parent !== "*" && m.prefix === "" && m.child) {
          const list = this.aliases.get(m.child) ?? [];
          list.push(m);
          this.aliases.set(m.child, list);
        }
      }
    }
  }
  facts;
  options;
  /** The analysis for a scan and a set of options: the three access rules share defaults, so one scan analyses routes once. */
  static of(facts, options) {
    let byOptions = SHARED.get(facts);
    if (!byOptions) SHARED.set(facts, byOptions = /* @__PURE__ */ new Map());
    const key = JSON.stringify(options);
    let analysis = byOptions.get(key);
    if (!analysis) byOptions.set(key, analysis = new _AccessAnalysis(facts, accessOptions(options)));
    return analysis;
  }
  aliases = /* @__PURE__ */ new Map();
  cache = /* @__PURE__ */ new Map();
  limitersOfScan = null;
  /** The file of every mount, for `related` locations (mount locations carry it too, but facts from a cache may not). */
  mountPath = /* @__PURE__ */ new Map();
  get limiters() {
    return this.limitersOfScan ??= new Limiters(this.facts, LIMITER_NAMES);
  }
  routes() {
    return this.facts.routes().map((r) => this.analyse(r));
  }
  analyse(linked) {
    const cached = this.cache.get(linked);
    if (cached) return cached;
    const o = this.options;
    const { route } = linked;
    const routePath = route.location.path;
    const related = [];
    const guards = [];
    const mountPaths = this.mountPath;
    for (const g of linked.guards) {
      const mount = linked.mounts.find((m) => m.guards.includes(g));
      guards.push({ call: g, path: mount ? mountPaths.get(mount) ?? routePath : routePath });
    }
    this.expandAliases(guards, related);
    const publicMarker = guards.find((g) => matches(g.call.callee, o.publicMarkers));
    const global = /* @__PURE__ */ new Set();
    if (!publicMarker) {
      for (const g of globalMiddleware(this.facts, linked)) {
        for (const call of g.mount.guards) {
          const located = { call, path: g.path };
          guards.push(located);
          global.add(located);
        }
        related.push({ path: g.path, startLine: g.mount.location.startLine, message: `global guard ${g.mount.guards.map((c) => c.callee).join(", ")}` });
      }
    }
    for (const m of linked.mounts) {
      const names = m.guards.map((c) => c.callee).filter(isGuardName);
      if (names.length > 0) related.push({ path: mountPaths.get(m) ?? routePath, startLine: m.location.startLine, message: `router-level guard ${names.join(", ")}` });
    }
    let authentication = null;
    const checks = { authorization: null, membership: null };
    const inForce = this.inForce(guards, related);
    const drfMembers = inForce.filter((g) => this.drfPermission(g)?.membershipOnly !== void 0);
    for (const g of inForce) {
      if (drfMembers.includes(g)) {
        if (!checks.authorization) checks.membership ??= { what: `${g.call.callee} (its has_permission only checks ${this.drfPermission(g).membershipOnly.join(", ")})`, path: g.path, line: g.call.line };
        continue;
      }
      const inMembershipBuilder = g.alias !== void 0 && this.isMembershipAlias(g.alias);
      this.recordCheck(checks, g.call, true, inMembershipBuilder, (byBuilder) => ({ what: byBuilder ? `${describeCall(g.call)} in ${g.alias}` : describeCall(g.call), path: g.path, line: g.call.line }));
      if (!authentication && (matches(g.call.callee, o.authenticationGuards) || this.isAuthenticationCall(g.call)) && !this.opensSessionOnly(g)) authentication = { what: describeCall(g.call), path: g.path, line: g.call.line };
    }
    const guardReach = reachFrom(this.facts, guardStarts(this.facts, inForce), 2, () => false);
    const baseRoleGuards = inForce.filter((g) => !g.call.callee.includes("(") && this.isBaseRoleGuard(g.call, true));
    const membershipBodies = [
      ...guardReach.via.filter((f) => this.isMembershipAlias(f.name)),
      ...baseRoleGuards.length > 0 ? reachFrom(this.facts, baseRoleGuards, 2, () => false).via : []
    ].map((f) => f.location);
    const inMembershipBody = (c) => membershipBodies.some((l) => l.path === c.path && l.startLine <= c.call.line && c.call.line <= l.endLine);
    for (const c of guardReach.calls) {
      const inGuard = () => ({ what: `${describeCall(c.call)} in a guard`, path: c.path, line: c.call.line });
      this.recordCheck(checks, c.call, false, inMembershipBody(c), inGuard);
      if (!authentication && this.isAuthenticationCall(c.call)) authentication = inGuard();
    }
    const guardAuthorization = checks.authorization;
    const body = linked.handler ?? route;
    const bodyPath = linked.handler?.location.path ?? routePath;
    const skip = (c) => this.isAuthenticationCall(c) || isAuditCall2(c.callee);
    const handlerCalls = body.calls.map((call) => ({ call, path: bodyPath }));
    const reach = reachFrom(this.facts, handlerCalls, o.maxDepth, skip, body.dataOps);
    const calls = [...handlerCalls, ...reach.calls];
    let objectChecked = false;
    const loaded = new Set([...body.dataOps, ...reach.dataOps].flatMap((op) => op.op === "read" && op.boundTo ? [op.boundTo] : []));
    const kindChecks = calls.filter((c) => this.isAuthorizationCall(c.call) && !this.isMembershipCheck(c.call) && onKindOnly(c.call, loaded));
    const key = (c) => `${c.path}:${c.call.line}:${c.call.callee}`;
    const insideKindChecks = new Set(kindChecks.length > 0 ? reachFrom(this.facts, kindChecks, o.maxDepth, skip).calls.map(key) : []);
    for (const c of calls) {
      if (kindChecks.includes(c) || insideKindChecks.has(key(c))) {
      } else if (this.isAuthorizationCall(c.call) || this.isMembershipCheck(c.call)) objectChecked = true;
      const evidence = () => ({ what: describeCall(c.call), path: c.path, line: c.call.line });
      this.recordCheck(checks, c.call, false, false, evidence);
      if (!authentication && this.isAuthenticationCall(c.call)) authentication = evidence();
    }
    const checkedInHandler = objectChecked;
    let { authorization } = checks;
    const { membership } = checks;
    for (const fn of reach.via) related.push({ path: fn.location.path, startLine: fn.location.startLine, message: `helper ${fn.qualifiedName} was followed` });
    authentication ??= authorization ?? membership;
    const params = /* @__PURE__ */ new Set([...route.params ?? [], ...pathParams(linked.fullPath)]);
    const namesRequest = (v) => params.has(v.split(/[.([]/)[0]) || matches(v, o.requestValues);
    if (guards.some((g) => g.call.firstArg !== void 0 && namesRequest(g.call.firstArg) || (g.call.args ?? []).some((a) => a !== "" && namesRequest(a)))) objectChecked = true;
    if (guardReach.calls.some((c) => (c.call.args ?? []).some((a) => a !== "" && namesRequest(a)))) objectChecked = true;
    if (guardReach.dataOps.some((op) => this.scope(op, params).request.length > 0)) objectChecked = true;
    const objectSeen = objectChecked;
    const kindLevel = !objectSeen && checks.authorization !== null && kindChecks.some((k) => k.path === checks.authorization.path && k.call.line === checks.authorization.line);
    if (membership) objectChecked = true;
    const authorizationGuards = inForce.filter((g) => !drfMembers.includes(g) && (matches(g.call.callee, o.authorizationGuards) || this.isAuthorizationCall(g.call)));
    if (authorizationGuards.length === 0 || !authorizationGuards.every((g) => isKindGuard(g.call))) objectChecked = true;
    const ops = withMixinQuerysets(this.facts, inForce, withLoaderModels(dedupe([...body.dataOps, ...reach.dataOps]), reach.via).filter((op) => !isAuditModel2(op.model)));
    const loadedRows = new Set(ops.flatMap((op) => op.op === "read" && op.boundTo ? [op.boundTo] : []));
    const scoped = ops.map((op) => this.scope(op, params, loadedRows));
    const objectScope = inForce.map((g) => this.drfPermission(g)?.objectScope).find((v) => v !== void 0);
    if (objectScope) {
      for (const s of scoped) {
        if (!s.op.viewObject || s.owner || s.tenant) continue;
        const by = this.scope({ ...s.op, filter: [objectScope], values: [] }, /* @__PURE__ */ new Set());
        s.owner = by.owner;
        if (!s.owner) s.tenant = by.tenant;
      }
    }
    const pinned = this.pinnedParameters(inForce, guardReach.via, pathParams(linked.fullPath));
    if (pinned.size > 0) for (const s of scoped) pinToCaller(s, pinned);
    const comparisons = [...(body.comparisons ?? []).map((c) => ({ ...c, path: bodyPath })), ...reach.comparisons];
    if (comparisons.length > 0) for (const s of scoped) this.checkedAfterLoad(s, comparisons, params, loadedRows);
    const writes = scoped.filter((s) => s.op.op !== "read");
    const reads = scoped.filter((s) => s.op.op === "read");
    const reveals = revealingCalls(this.facts, calls, (c) => matches(c.callee, o.revealCalls)).map((c) => ({ what: c.call.callee, path: c.path, line: c.call.line }));
    const label = describeRoute(linked);
    const spoken = splitWords(label);
    let privileged = null;
    if (matches(withoutRecordNames(spoken, scoped.map((s) => s.op.model)), o.privilegedActions)) privileged = { what: label, path: routePath, line: route.location.startLine };
    for (const w of writes) {
      if (privileged) break;
      if (w.op.op !== "create" && w.op.model && matches(w.op.model, o.privilegedActions) && !isHeldByAnotherUnit(this.facts, w.op.model) && !isRecordModel(w.op.model)) privileged = { what: `changes to ${displayModel(w.op)}`, path: w.op.location.path, line: w.op.location.startLine };
      else if (w.op.op === "create" && w.op.model && matches(w.op.model, o.privilegedActions) && grantsRequestedRole(w)) {
        privileged = { what: `a grant of the role the client chooses (${w.request.find((v) => ROLE_VALUE.test(v)) ?? (w.op.values ?? []).find((v) => BARE_ROLE_LOCAL.test(v))} written to ${displayModel(w.op)})`, path: w.op.location.path, line: w.op.location.startLine };
      }
    }
    if (!privileged && reveals.length > 0) privileged = { what: `revealing a secret (${reveals[0].what})`, path: reveals[0].path, line: reveals[0].line };
    const byMembership = !authorization && membership !== null && (!privileged || writes.length === 0 && reveals.length === 0);
    if (byMembership) authorization = membership;
    const token = [...reads, ...writes].find((s) => s.token !== null);
    const scopedReads = reads.filter((r) => r.owner || r.tenant && !privileged);
    const loadedScoped = (s) => scopedReads.some((r) => modelKey(r.op.model) === modelKey(s.op.model) && (s.request.length === 0 || s.request.every((v) => r.request.includes(v))));
    const underScopedRow = (s) => (s.op.values ?? []).some((v) => {
      const root = /^[A-Za-z_$][\w$]*/.exec(v)?.[0];
      return root !== void 0 && scopedReads.some((r) => r.op.boundTo === root && r.op.location.path === s.op.location.path && r.op.location.startLine <= s.op.location.startLine);
    });
    const founds = params.size === 0 && writes.some((w) => w.op.op === "create" && w.owner !== null && w.op.model !== null && MEMBERSHIP_MODEL.test(w.op.model) && (w.op.values ?? []).some((v) => ROLE_FIELD.test(v)) && !grantsRequestedRole(w));
    const loadedByScopedHelper = (s) => {
      if (!s.op.loadedBy) return false;
      const helpers = loaderBodies(s.op.loadedBy, reach.via);
      return scopedReads.some((r) => helpers.some((f) => f.location.path === r.op.location.path && f.location.startLine <= r.op.location.startLine && r.op.location.startLine <= f.location.endLine));
    };
    const refuses = (p) => {
      if (REFUSING_LOAD.test(p.op.callee)) return true;
      const inside = reach.via.find((f) => f.location.path === p.op.location.path && f.location.startLine <= p.op.location.startLine && p.op.location.startLine <= f.location.endLine);
      return (inside ? inside.calls : body.calls).some((c) => REFUSAL.test(c.callee) && c.line >= p.op.location.startLine);
    };
    const parentLimits = (r) => {
      const row = r.op.boundTo;
      return row !== void 0 && scopedReads.some((p) => p !== r && modelKey(p.op.model) !== modelKey(r.op.model) && (p.op.filter ?? []).some((v) => v.startsWith(`${row}.`)) && refuses(p));
    };
    const loadedUnderParent = (s) => reads.some((r) => !r.owner && !r.tenant && modelKey(r.op.model) === modelKey(s.op.model) && (s === r || s.request.length === 0 || s.request.some((v) => r.request.includes(v))) && parentLimits(r));
    const readUnderCheckedParent = (s) => s.op.op === "read" && s.request.length > 0 && reads.some((p) => p !== s && (p.owner || p.tenant) && modelKey(p.op.model) !== modelKey(s.op.model) && s.request.every((v) => p.request.includes(v)) && refuses(p));
    const ownAccount = SELF_PATH.test(linked.fullPath);
    const ownRecord = (s) => ownAccount && s.owner !== null && s.tenant === null && s.request.length === 0 && !(s.op.model !== null && matches(s.op.model, o.privilegedActions));
    const scopedCreates = [];
    const createdRow = (root, s, ordered) => scopedCreates.some((c) => c.op.boundTo === root && c !== s && c.op.location.path === s.op.location.path && (!ordered || c.op.location.startLine <= s.op.location.startLine));
    const underCreatedRow = (s) => (s.op.values ?? []).some((v) => {
      const root = /^[A-Za-z_$][\w$]*/.exec(v)?.[0];
      return root !== void 0 && createdRow(root, s, true);
    });
    const otherRows = new Set(ops.flatMap((op) => op.boundTo && op.op !== "create" ? [op.boundTo] : []));
    const createdScoped = (s) => s.request.length === 0 && (s.op.filter ?? []).some((v) => {
      const root = /^([A-Za-z_$][\w$]*)\.(?:id|_id|pk|uuid)$/.exec(v)?.[1];
      if (root === void 0 || otherRows.has(root) || writes.some((w) => w.op.op === "create" && w.op.boundTo === root && !scopedCreates.includes(w))) return false;
      return scopedCreates.some((c) => c.op.boundTo === root && modelKey(c.op.model) === modelKey(s.op.model) && c.op.location.path === s.op.location.path);
    });
    const fixedRow = (s) => /(?:^|\.)upsert$/.test(s.op.callee) && s.request.length === 0 && s.owner === null && s.tenant === null && s.token === null;
    const createLimited = (s) => !privileged && (s.owner !== null || s.tenant !== null || founds) || ownRecord(s) || underScopedRow(s) || underCreatedRow(s) || fixedRow(s);
    for (let grew = true; grew; ) {
      grew = false;
      for (const w of writes) {
        if (w.op.op !== "create" || !w.op.boundTo || scopedCreates.includes(w) || !createLimited(w)) continue;
        scopedCreates.push(w);
        grew = true;
      }
    }
    const limited = (s) => {
      if (s.op.op === "create") return createLimited(s);
      if (s.owner || s.tenant && !privileged) return true;
      return loadedScoped(s) || loadedByScopedHelper(s) || createdScoped(s) || !privileged && loadedUnderParent(s);
    };
    const unscopedWrites = writes.filter((w) => !limited(w));
    const rereadScoped = (s) => s.op.op === "read" && writes.some((w) => (w.owner || w.tenant) && modelKey(w.op.model) === modelKey(s.op.model) && s.request.every((v) => w.request.includes(v)));
    const publishedBySlug = (s) => {
      if (s.op.op !== "read" || !s.request.every((v) => SLUG_KEY.test(lastName(v)))) return false;
      if (s.op.publishedOnly || PUBLIC_SEGMENT.test(linked.fullPath)) return true;
      const helper = s.op.querysetFrom;
      return helper !== void 0 && loaderBodies(helper.slice(helper.lastIndexOf(".") + 1), reach.via).some((f) => f.dataOps.some((d) => d.op === "read" && d.publishedOnly === true && !d.keyedByRequestId));
    };
    const unscopedByRequest = [...reads, ...writes].filter((s) => s.op.op !== "create" && s.request.length > 0 && !s.owner && !s.tenant && !s.token && !loadedScoped(s) && !loadedByScopedHelper(s) && !rereadScoped(s) && !(!privileged && loadedUnderParent(s)) && !readUnderCheckedParent(s) && !publishedBySlug(s));
    const bypassing = (w) => w.op.op !== "create" && !w.op.viewObject && (unscopedByRequest.includes(w) || unscopedByRequest.some((r) => r.op.op === "read" && !r.op.viewObject && modelKey(r.op.model) === modelKey(w.op.model)));
    if (drfMembers.length > 0 && byMembership && authorization === membership && unscopedWrites.some(bypassing)) authorization = null;
    const memberKeys = new Set(guardReach.dataOps.flatMap((op) => this.scope(op, params).request).map(lastName));
    const checkedNames = /* @__PURE__ */ new Set();
    if (memberKeys.size === 0 && membership && !guardReach.calls.some((c) => c.path === membership.path && c.call.line === membership.line)) {
      const called = calls.find((c) => c.path === membership.path && c.call.line === membership.line && c.call.callee === membership.what);
      const calledHelper = called ? this.facts.resolveCall(called.path, called.call) : null;
      const helper = reach.via.find((f) => f.location.path === membership.path && f.location.startLine < membership.line && membership.line <= f.location.endLine) ?? (calledHelper ? reach.via.find((f) => f === calledHelper) : void 0);
      const inHelper = (s) => helper !== void 0 && s.op.location.path === helper.location.path && helper.location.startLine <= s.op.location.startLine && s.op.location.startLine <= helper.location.endLine;
      for (const r of reads) if (inHelper(r) && r.owner) for (const v of r.request) memberKeys.add(lastName(v));
      if (helper && memberKeys.size > 0) {
        for (const c of calls) if (c.call.assignedTo && this.facts.resolveCall(c.path, c.call) === helper) for (const name of c.call.assignedTo) checkedNames.add(name);
      }
    }
    const rootName = (v) => /^[A-Za-z_$][\w$]*/.exec(v)?.[0] ?? "";
    const filteredByChecked = (s) => (s.op.filter ?? []).some((v) => v.includes(".") && checkedNames.has(rootName(v)));
    const checkedRows = new Set(reads.filter(filteredByChecked).flatMap((r) => r.op.boundTo ? [r.op.boundTo] : []));
    const inCheckedWorkspace = (s) => checkedNames.size > 0 && (filteredByChecked(s) || s.request.length > 0 && s.request.every((v) => checkedRows.has(rootName(v))));
    const roleKeys = guardAuthorization !== null && authorization === guardAuthorization && !checkedInHandler ? this.workspaceRoleKeys(inForce, guardAuthorization, params) : null;
    const pastKeys = membership && authorization === membership && memberKeys.size > 0 ? memberKeys : roleKeys;
    const pastMembership = pastKeys ? unscopedByRequest.filter((s) => s.request.every((v) => !pastKeys.has(lastName(v))) && !inCheckedWorkspace(s)) : [];
    const verification = [...inForce, ...calls, ...guardReach.calls].find((c) => matches(c.call.callee, o.webhookVerification));
    const publicEndpoint = o.publicEndpoints.find((p) => p.test(spoken));
    const webhookLike = /hook/i.test(label);
    const publicForm = writes.length > 0 && writes.every((w) => w.op.op === "create") && reveals.length === 0 && matches(spoken, o.publicForms);
    const trackedRedirect = (route.method === "GET" || route.method === "HEAD") && writes.length > 0 && reveals.length === 0 && writes.every((w) => w.op.op === "create" && isEventModel(w.op.model)) && handlerCalls.some((c) => REDIRECT_CALL.test(c.call.callee));
    const guestCheckout = !publicForm && writes.length > 0 && writes.every((w) => w.op.op === "create") && reveals.length === 0 && matches(spoken, o.publicCheckouts) && !matches(spoken, o.privilegedActions) && !writes.some((w) => w.op.model !== null && matches(w.op.model, o.privilegedActions)) && !pathParams(linked.fullPath).some((p) => ID_PARAMETER.test(p)) && ([...inForce.map((g) => g.call), ...calls.map((c) => c.call)].some((c) => RATE_LIMIT_CALL.test(c.callee)) || this.limiters.covers(linked));
    const bySession = (c) => this.isAuthenticationCall(c) && !this.isBareUnauthorized(c);
    const statusOnly = authentication !== null && !authorization && !membership && !inForce.some((g) => !global.has(g) && (matches(g.call.callee, o.authenticationGuards) || bySession(g.call))) && !calls.some((c) => bySession(c.call)) && !(global.size === 0 ? guardReach : reachFrom(this.facts, guardStarts(this.facts, inForce.filter((g) => !global.has(g))), 2, () => false)).calls.some((c) => bySession(c.call));
    const headerReads = [
      ...(body.headerReads ?? []).map((h) => ({ ...h, path: bodyPath })),
      ...reach.via.flatMap((f) => (f.headerReads ?? []).map((h) => ({ ...h, path: f.location.path })))
    ];
    const sharedSecret = authentication && !statusOnly ? null : this.sharedSecret(calls, headerReads, [{ path: bodyPath, location: body.location }, ...reach.via.map((f) => ({ path: f.location.path, location: f.location }))]);
    let publicByDesign = null;
    if (verification) publicByDesign = `it verifies the caller's signature (${verification.call.callee})`;
    else if (sharedSecret) publicByDesign = `it checks a shared secret (${sharedSecret})`;
    else if (token) publicByDesign = `the token in the request authorizes it (${token.token} in ${token.op.callee})`;
    else if (publicEndpoint && !webhookLike) publicByDesign = "it is a sign-in or sign-up style endpoint";
    else if (publicForm && !webhookLike) publicByDesign = "it is a public form that only adds records (waitlist, newsletter, contact, job application)";
    else if (trackedRedirect && !webhookLike) publicByDesign = "it is a public redirect that only records the visit (a short or tracked link)";
    else if (guestCheckout && !webhookLike) publicByDesign = "it is a rate-limited public checkout, booking or lead form that only adds records";
    if (publicByDesign && !authorization) authorization = { what: publicByDesign, path: routePath, line: route.location.startLine };
    if (publicByDesign) objectChecked = true;
    const access = {
      linked,
      label,
      anchor: anchorOf(linked),
      authentication,
      authorization,
      membership,
      writes,
      reads,
      reveals,
      // The caller's own membership row (read to check it) holds no secret: a key then loaded by the workspace is the workspace's.
      revealsOwnSecret: reads.some((r) => r.owner !== null && !(r.op.model !== null && MEMBERSHIP_MODEL.test(r.op.model))),
      privileged,
      publicByDesign,
      unverifiedWebhook: webhookLike && !verification,
      unscopedWrites,
      unscopedByRequest,
      unscopedPastMembership: pastMembership,
      typeLevelOnly: authorization !== null && (!objectChecked || kindLevel && !publicByDesign),
      membershipOnly: byMembership && authorization !== null && !objectSeen && !publicByDesign,
      related: dedupeRelated(related),
      guardNames: [...new Set(guards.filter((g) => isGuardName(g.call.callee)).map((g) => inForce.includes(g) ? g.call.callee : `${g.call.callee} (${g.call.metadata ? "not enforced by any guard" : "no metadata on this route"})`))],
      helperNames: reach.via.map((f) => f.qualifiedName)
    };
    this.cache.set(linked, access);
    return access;
  }
  /**
   * The URL parameters the role guard that authorized the route looks its rows up by (`requireWorkspaceRole('editor')`
   * loading the caller's membership of `params.workspaceId`): the workspace it ranks the caller in. Null for a guard keyed
   * by no URL parameter (`requireAdmin`, a superuser flag): a global role.
   */
  workspaceRoleKeys(inForce, evidence, params) {
    for (const g of inForce) {
      if (g.call.callee.includes("(")) continue;
      const reached = reachFrom(this.facts, [g], 2, () => false);
      const decided = g.path === evidence.path && g.call.line === evidence.line || reached.calls.some((c) => c.path === evidence.path && c.call.line === evidence.line);
      if (!decided) continue;
      const keys = new Set(reached.dataOps.flatMap((op) => this.scope(op, params).request).map(lastName).filter((k) => params.has(k)));
      return keys.size > 0 ? keys : null;
    }
    return null;
  }
  /**
   * The guards that decide something for this route. NestJS metadata decorators (`@Roles('admin')`,
   * `@CheckPolicies(…)`) and the guards that read them (`RolesGuard`, `PoliciesGuard`) come in pairs:
   * a decorator with no guard enforcing it bound to the route (its class or method, or globally)
   * decides nothing, and a guard that reads metadata lets a route without any through
   * (`if (!requiredRoles) return true`, `handlers.every(…)` over none).
   */
  inForce(guards, related) {
    const o = this.options;
    const label = (g) => g.call.metadata === true && !this.bindsGuards(g);
    const labels = guards.filter((g) => label(g) && !matches(g.call.callee, o.publicMarkers) && !NOT_ACCESS_METADATA.test(g.call.callee));
    const runtime = guards.filter((g) => !label(g));
    const labelReader = (g) => !label(g) && this.guardClass(g).readsMetadata && this.guardClass(g).enforces && !matches(g.call.callee, o.authenticationGuards);
    if (labels.length === 0 && !runtime.some(labelReader)) return [...guards];
    const enforcing = runtime.filter((g) => this.guardClass(g).enforces);
    const out = [];
    for (const g of guards) {
      if (label(g)) {
        if (labels.includes(g) && enforcing.length === 0) {
          related.push({ path: g.path, startLine: g.call.line, message: `@${g.call.callee} only labels the route: no guard that enforces it (a roles, permissions or policies guard) is bound to it` });
          continue;
        }
      } else if (labels.length === 0 && labelReader(g)) {
        const cls = this.guardClass(g);
        related.push({ path: cls.path ?? g.path, startLine: cls.line ?? g.call.line, message: `${g.call.callee} reads metadata this route does not set (no decorator such as @Roles or @CheckPolicies on it or its class), so it lets every caller through` });
        continue;
      }
      out.push(g);
    }
    return out;
  }
  /** `export const Auth = (...roles) => applyDecorators(SetMetadata('roles', roles), UseGuards(JwtAuthGuard, RolesGuard))`. */
  bindsGuards(g) {
    const fn = this.facts.resolveFunction(g.path, g.call.callee);
    return fn !== null && fn.calls.some((c) => c.callee === "UseGuards");
  }
  guardClasses = /* @__PURE__ */ new Map();
  drfClasses = null;
  /**
   * A guard that is a DRF permission class written in the repository (`IsPracticeMember` in permissions.py), as its
   * bodies show it; null for a class it cannot see (DRF's own, a package's), which its name still judges. A name
   * defined differently in two files is judged by neither.
   */
  drfPermission(g) {
    if (!g.path.endsWith(".py") || !/^[A-Z]\w*$/.test(g.call.callee)) return null;
    if (!this.drfClasses) {
      this.drfClasses = /* @__PURE__ */ new Map();
      for (const f of this.facts.fileFacts) {
        for (const p of f.drfPermissions ?? []) {
          const known = this.drfClasses.get(p.name);
          if (known === void 0) this.drfClasses.set(p.name, p);
          else if (known !== null && (known.membershipOnly?.join() !== p.membershipOnly?.join() || known.objectScope !== p.objectScope)) this.drfClasses.set(p.name, null);
        }
      }
    }
    return this.drfClasses.get(g.call.callee) ?? null;
  }
  /**
   * What a NestJS guard class bound by name does, from its `canActivate` and the methods it calls: whether it reads
   * route metadata (`this.reflector.get(ROLES_KEY, …)`) and whether it decides permission (its name, a 403, `ability.can`).
   */
  guardClass(g) {
    const name = g.call.callee;
    const key = `${g.path}\0${name}`;
    let known = this.guardClasses.get(key);
    if (known) return known;
    const named = matches(name, this.options.authorizationGuards);
    const fn = /^[A-Z][\w$]*$/.test(name) ? this.facts.resolveFunction(g.path, "canActivate", name) : null;
    if (!fn || fn.qualifiedName !== `${name}.canActivate`) known = { readsMetadata: false, enforces: named, bodies: [], path: null, line: null };
    else {
      const reached = reachFrom(this.facts, fn.calls.map((call) => ({ call, path: fn.location.path })), 2);
      const calls = [...fn.calls, ...reached.calls.map((c) => c.call)].filter((c) => !/(?:^|\.)canActivate$/.test(c.callee));
      known = {
        readsMetadata: calls.some((c) => c.receiverType === "Reflector" || METADATA_READ.test(c.callee)),
        enforces: named || calls.some((c) => this.isAuthorizationCall(c) && !this.isMembershipCheck(c)),
        bodies: [fn, ...reached.via],
        path: fn.location.path,
        line: fn.location.startLine
      };
    }
    this.guardClasses.set(key, known);
    return known;
  }
  /**
   * `CRON_SECRET in the authorization header` when a header is read (`req.headers.get('authorization')`,
   * `req.headers.authorization`) and a secret env var is read in the same bodies or on the header's line, else null.
   */
  sharedSecret(calls, headerReads, bodies) {
    const o = this.options;
    const byCall = calls.find((c) => c.call.firstArg !== void 0 && HEADER_READ.test(c.call.callee) && matches(c.call.firstArg, o.sharedSecretHeaders));
    const header = byCall ? { name: byCall.call.firstArg, line: byCall.call.line, path: byCall.path } : headerReads.find((h) => matches(h.name, o.sharedSecretHeaders));
    if (!header) return null;
    const secret = (e) => matches(e.name, o.sharedSecretEnv) && !SESSION_SIGNING_KEY.test(e.name);
    const onHeaderLine = this.facts.byPath.get(header.path)?.envReads.find((e) => e.location.startLine === header.line && secret(e));
    if (onHeaderLine) return `${onHeaderLine.name} in the ${header.name} header`;
    for (const { path: path11, location } of bodies) {
      const env = this.facts.byPath.get(path11)?.envReads.find((e) => e.location.startLine >= location.startLine && e.location.startLine <= location.endLine && secret(e));
      if (env) return `${env.name} in the ${header.name} header`;
    }
    const throughSetting = (path11, within) => {
      for (const read of this.facts.byPath.get(path11)?.settingReads ?? []) {
        if (!within(read.location.startLine)) continue;
        const name = resolveSetting(this.facts, path11, read.expression)?.find((n) => secret({ name: n }));
        if (name) return `${name} (${read.expression}) in the ${header.name} header`;
      }
      return null;
    };
    const settingOnLine = throughSetting(header.path, (line) => line === header.line);
    if (settingOnLine) return settingOnLine;
    for (const { path: path11, location } of bodies) {
      const found = throughSetting(path11, (line) => line >= location.startLine && line <= location.endLine);
      if (found) return found;
    }
    return null;
  }
  /**
   * Records a check as authorization or as membership only, until authorization is found. A membership check
   * (`requireOrgMember`, "Not a member…") is membership, and so is a refusal inside a membership builder or its body
   * (`orgProcedure` throwing FORBIDDEN) that names no permission: `evidence` is told when the builder decided.
   * A guard counts by the authorization guard names as well as by what it calls.
   */
  recordCheck(checks, call, asGuard, inMembershipBuilder, evidence) {
    if (checks.authorization) return;
    if (this.isBaseRoleGuard(call, asGuard)) {
      checks.membership ??= evidence(false);
      return;
    }
    if (asGuard && matches(call.callee, this.options.authorizationGuards) || this.isAuthorizationCall(call)) {
      const byBuilder = inMembershipBuilder && !this.namesPermission(call);
      if (this.isMembershipCheck(call) || byBuilder) checks.membership ??= evidence(byBuilder);
      else checks.authorization = evidence(false);
    } else if (this.isMembershipCheck(call)) checks.membership ??= evidence(false);
  }
  /**
   * `res.status(401)`, `ctx.throw(401)`, `throw new UnauthorizedException()`: a refusal that does not say who was asked
   * for (a session or a secret). Looking the session up (`getSession`, `jwt.verify`) does.
   */
  isBareUnauthorized(call) {
    if (ERROR_CALL.test(call.callee)) return call.firstArg === "401" || call.firstArg === "UNAUTHORIZED" || matches(call.callee, this.options.authenticationCalls);
    return (call.firstArg === "401" || call.firstArg === "UNAUTHORIZED") && !matches(call.callee, this.options.authenticationCalls);
  }
  /** `requireOrgMember`, `orgProcedure`, a refusal saying the caller is not a member, or a role guard given the least role. */
  isMembershipCheck(call) {
    const message = call.message !== void 0 && (call.firstArg === void 0 || /^\d{3}$/.test(call.firstArg) || call.firstArg === "FORBIDDEN") ? call.message : void 0;
    if (ERROR_CALL.test(call.callee) && [call.firstArg, message].some((text) => text !== void 0 && matches(text, this.options.membershipErrors))) return true;
    return this.isMembershipAlias(call.callee) || this.isBaseRoleGuard(call, false);
  }
  /**
   * `requireWorkspaceRole('member')`, `requireRole('viewer')`: a role check given the role every member holds lets every
   * member through. Which role that is the code says when it ranks its roles (`{ member: 0, editor: 1, admin: 2, owner: 3 }`:
   * the least privileged); otherwise the usual names of the base role (`baseRoles`).
   */
  isBaseRoleGuard(call, asGuard) {
    const role = call.firstArg;
    if (role === void 0 || call.metadata || ERROR_CALL.test(call.callee) || !/role/i.test(call.callee.split(".").pop())) return false;
    if (!asGuard && !matches(call.callee, this.options.authorizationGuards) && !matches(call.callee, this.options.authorizationCalls)) return false;
    const wanted = role.toLowerCase();
    const ranked = this.roleRanks().filter((r) => r.has(wanted));
    if (ranked.length > 0) return ranked.every((r) => r.get(wanted) === Math.min(...r.values()));
    return matches(role, this.options.baseRoles);
  }
  ranks = null;
  /** The repository's role rankings, lower-cased and turned so that the least privileged role ranks lowest. */
  roleRanks() {
    if (this.ranks) return this.ranks;
    this.ranks = [];
    for (const f of this.facts.fileFacts) {
      for (const { ranks } of f.roleRanks ?? []) {
        const entries = Object.entries(ranks).map(([k, v]) => [k.toLowerCase(), v]);
        const high = entries.filter(([k]) => HIGH_ROLE.test(k)).map(([, v]) => v);
        const rest = entries.filter(([k]) => !HIGH_ROLE.test(k)).map(([, v]) => v);
        const descending = high.length > 0 && rest.length > 0 && Math.max(...high) < Math.min(...rest);
        this.ranks.push(new Map(entries.map(([k, v]) => [k, descending ? -v : v])));
      }
    }
    return this.ranks;
  }
  /** A check that says which permission it wants (`requireRole('admin')`, `ability.can`, "Only admins can…"), not a bare refusal. */
  namesPermission(call) {
    const said = call.message ?? call.firstArg;
    if (said !== void 0 && ERROR_CALL.test(call.callee)) return PERMISSION_WORDS.test(said) && !matches(said, this.options.membershipErrors);
    return !ERROR_CALL.test(call.callee) && (matches(call.callee, this.options.authorizationGuards) || matches(call.callee, this.options.authorizationCalls)) && !this.isMembershipCheck(call);
  }
  isMembershipAlias(name) {
    return matches(name, this.options.membershipChecks) && !PERMISSION_WORDS.test(name);
  }
  /** Per call, memoised: routes reach the same helpers' calls again and again. */
  authorizationMemo = /* @__PURE__ */ new WeakMap();
  authenticationMemo = /* @__PURE__ */ new WeakMap();
  isAuthorizationCall(call) {
    let known = this.authorizationMemo.get(call);
    if (known === void 0) {
      known = call.firstArg === "403" && !call.inCatch || call.firstArg === "FORBIDDEN" || call.firstArg !== void 0 && ERROR_CALL.test(call.callee) && matches(call.firstArg, this.options.authorizationErrors) || matches(call.callee, this.options.authorizationCalls);
      this.authorizationMemo.set(call, known);
    }
    return known;
  }
  /**
   * A guard named like authentication whose body, in the repository, only opens the session and calls the handler
   * (`withSessionRoute = (h) => withIronSessionApiRoute(h, options)`): judged by its body, it checks nobody. A body
   * calling anything it cannot see into (another library, an unresolved helper) is trusted by its name as before.
   */
  opensSessionOnly(g) {
    if (g.call.callee.includes("(")) return false;
    const fn = this.facts.resolveFunction(g.path, g.call.callee);
    if (!fn || fn.calls.length === 0) return false;
    const reached = this.facts.reach(fn.location.path, fn, 2);
    const params = new Set(reached.via.flatMap((f) => f.params ?? []).concat(fn.params ?? []));
    let opens = false;
    for (const call of reached.calls) {
      if (this.isAuthenticationCall(call) || matches(call.callee, this.options.authenticationGuards) || call.firstArg === "403") return false;
      if (SESSION_OPENER.test(call.callee)) opens = true;
      else if (!params.has(call.callee) && this.facts.resolveFunction(fn.location.path, call.callee) === null) return false;
    }
    const bodies = [fn, ...reached.via];
    if (bodies.some((b) => (b.comparisons?.length ?? 0) > 0 || (b.headerReads?.length ?? 0) > 0)) return false;
    return opens;
  }
  isAuthenticationCall(call) {
    let known = this.authenticationMemo.get(call);
    if (known === void 0) {
      known = call.firstArg === "401" || call.firstArg === "UNAUTHORIZED" || matches(call.callee, this.options.authenticationCalls);
      this.authenticationMemo.set(call, known);
    }
    return known;
  }
  /** `adminProcedure` → what `adminProcedure = protectedProcedure.use(isAdmin)` adds, down to the base builder. */
  expandAliases(guards, related) {
    const seen = /* @__PURE__ */ new Set();
    for (let i = 0; i < guards.length && i < 64; i++) {
      const name = guards[i].call.callee;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const m of this.aliases.get(name) ?? []) {
        const path11 = this.pathOfMount(m);
        guards.push(...m.guards.map((call) => ({ call, path: path11, alias: name })), { call: { callee: m.parent, line: m.location.startLine }, path: path11, alias: name });
        related.push({ path: path11, startLine: m.location.startLine, message: `${name} is built on ${m.parent}${m.guards.length > 0 ? ` with ${m.guards.map((g) => g.callee).join(", ")}` : ""}` });
      }
    }
  }
  pathOfMount(mount) {
    return this.mountPath.get(mount) ?? mount.location.path;
  }
  /**
   * Path parameters a guard in force compares with the caller's own value (`request.params.companyId !== request.user.companyId`
   * in a NestJS guard's `canActivate` or in a middleware), refusing otherwise: the caller's value each stands for, and whether it is
   * the caller's identity (owner) or organization (tenant). Only parameters of this route's path are pinned.
   */
  pinnedParameters(inForce, reached, pathNames) {
    const out = /* @__PURE__ */ new Map();
    if (pathNames.length === 0) return out;
    const bodies = [...reached, ...inForce.flatMap((g) => this.guardClass(g).bodies)];
    for (const fn of bodies) {
      for (const c of fn.comparisons ?? []) {
        for (const [param, other] of [[c.left, c.right], [c.right, c.left]]) {
          const name = GUARDED_PARAMETER.exec(param)?.[1];
          if (!name || !pathNames.includes(name) || out.has(name) || matches(other, this.options.requestValues)) continue;
          if (matches(other, this.options.ownerValues)) out.set(name, { value: other, owner: true });
          else if (matches(other, this.options.tenantValues)) out.set(name, { value: other, owner: false });
        }
      }
    }
    return out;
  }
  /** A read kept in a local whose owner or organization field is later compared with the caller's: scoped by that comparison. */
  checkedAfterLoad(s, comparisons, params, loadedRows) {
    const local = s.op.boundTo;
    if (s.op.op !== "read" || !local || s.owner || s.tenant) return;
    for (const c of comparisons) {
      if (c.path !== s.op.location.path || c.line < s.op.location.startLine) continue;
      const other = c.left.startsWith(`${local}.`) ? c.right : c.right.startsWith(`${local}.`) ? c.left : null;
      if (!other || other.startsWith(`${local}.`)) continue;
      const caller = this.scope({ ...s.op, filter: [other], values: [] }, params);
      const written = c.written ? other === c.right ? c.written.right : c.written.left : void 0;
      const root = other.split(/[.([]/)[0];
      const byName = !caller.owner && !caller.tenant && caller.request.length === 0 && written !== void 0 && !params.has(root) && !loadedRows.has(root) ? this.scope({ ...s.op, filter: [written], values: [] }, /* @__PURE__ */ new Set()) : null;
      s.owner = caller.owner ?? byName?.owner ?? null;
      if (!s.owner) s.tenant = caller.tenant ?? byName?.tenant ?? null;
      if (s.owner || s.tenant) return;
    }
  }
  /**
   * `this.tenant.userId` with `tenant: TenantContext`, a request-scoped provider whose `get userId()` returns
   * `this.request.user.id`: the value is the caller's `request.user.id`.
   */
  throughGetter(op, value) {
    const m = /^this\.([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)(.*)$/.exec(value);
    const type = m ? op.fieldTypes?.[m[1]] : void 0;
    if (!m || !type) return value;
    const getter = this.facts.resolveFunction(op.location.path, m[2], type);
    return getter?.returns && getter.qualifiedName === `${type}.${m[2]}` ? `${getter.returns}${m[3]}` : value;
  }
  /**
   * `current_user_id()` with `def current_user_id(): return int(get_jwt_identity())` (see `FunctionFact.returns`): the
   * value the accessor returns (`get_jwt_identity()`), what follows the call kept (`current_membership().org_id`).
   * Conversions around a value (`int(get_jwt_identity())`) keep what it stands for.
   */
  throughAccessor(op, value) {
    let v = value;
    for (let m2 = CONVERSION.exec(v); m2; m2 = CONVERSION.exec(v)) v = m2[1];
    const m = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\(\)(.*)$/s.exec(v);
    if (!m) return v;
    const fn = this.facts.resolveFunction(op.location.path, m[1]);
    return fn?.returns && !fn.params && fn.location.path.endsWith(".py") ? `${fn.returns}${m[2]}` : v;
  }
  scope(op, params, loadedRows = /* @__PURE__ */ new Set()) {
    const o = this.options;
    const values = op.op === "create" ? [...op.values ?? [], ...op.filter ?? []] : op.filter ?? [];
    const filters = new Set(op.filter ?? []);
    const out = { op, owner: null, tenant: null, request: [], token: null };
    const says = (v) => params.has(v.split(/[.([]/)[0]) || [o.ownerValues, o.tenantValues, o.requestValues, o.tokenValues].some((list) => matches(byAttribute(this.throughAccessor(op, v)), list));
    for (const written of values) {
      if (written.startsWith(".")) continue;
      const original = originalValue(op, written);
      const v = this.throughAccessor(op, this.throughGetter(op, byAttribute(original !== void 0 && !says(written) && !loadedRows.has(written.split(/[.([]/)[0]) ? original : written)));
      const root = v.split(/[.([]/)[0];
      if (params.has(root)) {
        if (!out.token && filters.has(written) && matches(v, o.tokenValues)) out.token = v;
        out.request.push(v);
        continue;
      }
      if (!out.owner && matches(v, o.ownerValues)) out.owner = v;
      else if (!out.tenant && matches(v, o.tenantValues)) out.tenant = v;
      else if (matches(v, o.requestValues)) out.request.push(v);
      if (!out.token && filters.has(written) && matches(v, o.tokenValues)) out.token = v;
    }
    return out;
  }
};
var SELF_PATH = /(?:^|\/)(?:me|my|account|profile|self)(?:\/|$)/i;
var CONVERSION = /^(?:int|str|UUID|uuid\.UUID)\(([^()]*(?:\(\))?[^()]*)\)$/;
function byAttribute(value) {
  return value.includes("[") ? value.replace(/\[\s*(["'])(\w+)\1\s*\]/g, ".$2") : value;
}
var MIXIN_HOOKS = ["dispatch", "test_func"];
function guardStarts(facts, guards) {
  const out = [];
  for (const g of guards) {
    if (g.call.callee.includes("(")) continue;
    out.push(g);
    const name = g.call.callee.split(".").pop();
    if (!g.path.endsWith(".py") || !/^[A-Z]\w*Mixin$/.test(name)) continue;
    for (const hook of MIXIN_HOOKS) {
      const call = { callee: `${name}.${hook}`, line: g.call.line };
      if (facts.resolveFunction(g.path, call.callee)?.qualifiedName === call.callee) out.push({ call, path: g.path });
    }
  }
  return out;
}
var IMPLIED_VIEW_OP = /^\w+\.(?:detail|list|update|delete)$/;
function withMixinQuerysets(facts, guards, ops) {
  const implied = ops.filter((op) => op.via === "django" && IMPLIED_VIEW_OP.test(op.callee) && (op.filter ?? []).every((v) => v === "pk" || v === "slug"));
  if (implied.length === 0) return ops;
  const added = [];
  for (const g of guards) {
    const name = g.call.callee.split(".").pop();
    if (!g.path.endsWith(".py") || !/^[A-Z]\w*Mixin$/.test(name)) continue;
    const callee = `${name}.get_queryset`;
    const fn = facts.resolveFunction(g.path, callee);
    if (fn?.qualifiedName !== callee) continue;
    for (const op of fn.dataOps) if (op.op === "read" && op.model === null) {
      for (const v of op.filter ?? []) if (!added.includes(v)) added.push(v);
    }
  }
  if (added.length === 0) return ops;
  return ops.map((op) => implied.includes(op) ? { ...op, filter: [...op.filter ?? [], ...added] } : op);
}
var METADATA_READ = /(?:^|\.)(?:reflector\.(?:get|getAll\w*)|Reflect\.getMetadata|getMetadata)$/;
var SESSION_SIGNING_KEY = /^(?:JWT|SESSION|NEXTAUTH|AUTH|COOKIE|ACCESS_TOKEN|REFRESH_TOKEN)(?:_|$)/;
var NOT_ACCESS_METADATA = /^(?:Throttle|SkipThrottle|CacheKey|CacheTTL|Timeout)$/;
var PLUMBING = /^(?:helmet|cors|compression|morgan|cookieParser|express\.(?:json|raw|urlencoded|static|text)|bodyParser\.\w+|\w*[Ll]imiter|rateLimit|multer|upload\.\w+|logger|requestLogger|pinoHttp|csrf\w*|get_db|get_session|Depends)$/;
function isGuardName(name) {
  return !PLUMBING.test(name) && !ERROR_CALL.test(name);
}
function splitWords(label) {
  return label.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
}
function matches(value, list) {
  return list.some((p) => p.test(value));
}
var AUDIT = auditMatchers({});
function isAuditModel2(model) {
  return isAuditModel(model, AUDIT);
}
function isAuditCall2(callee) {
  return isAuditCall({ callee, line: 0 }, AUDIT);
}
function dedupe(ops) {
  const seen = /* @__PURE__ */ new Set();
  return ops.filter((op) => {
    const key = `${op.location.path}:${op.location.startLine}:${op.location.startColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function dedupeRelated(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((r) => {
    const key = `${r.path}:${r.startLine}:${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function modelKey(model) {
  return (model ?? "").toLowerCase().replace(/_/g, "").replace(/(?:ies)$/, "y").replace(/s$/, "");
}
function describeCall(call) {
  return call.firstArg !== void 0 && call.firstArg.length <= 40 ? `${call.callee}('${call.firstArg}')` : call.callee;
}
var HIGH_ROLE = /owner|admin/;
var REFUSING_LOAD = /(?:^|\.)(?:get_object_or_404|\w*_or_404|\w*OrFail|\w*OrThrow)$/;
var REFUSAL = /(?:^|\.)(?:HTTPException|HttpException|Http404|abort|NotFound\w*|\w*(?:NotFound|Forbidden|Permission)\w*(?:Error|Exception))$/;
var MEMBERSHIP_MODEL = /members?(?:hips?)?$/i;
var ROLE_FIELD = /^\.(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;
var ROLE_VALUE = /(?:^|\.)(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;
function grantsRequestedRole(s) {
  const values = s.op.values ?? [];
  if (!values.some((v) => ROLE_FIELD.test(v))) return false;
  if (s.request.some((v) => ROLE_VALUE.test(v))) return true;
  return values.some((v) => BARE_ROLE_LOCAL.test(v)) && s.request.length > 0 && !values.some((v) => /^['"`]/.test(v));
}
var BARE_ROLE_LOCAL = /^(?:role|roles|permissions?|scopes?|accessLevel|access_level)$/;
function displayModel(op) {
  if (op.model === null) {
    const constructed = [...op.values ?? [], ...op.filter ?? []].map((v) => /^([A-Z]\w*)\(/.exec(v)?.[1]).find(Boolean);
    return constructed ?? `a record (${op.callee})`;
  }
  return op.via === "prisma" ? op.model.charAt(0).toUpperCase() + op.model.slice(1) : op.model;
}
function requestKeys(values) {
  return values.filter((v) => !values.some((w) => w !== v && w.endsWith(`.${v}`))).slice(0, 3);
}
function describeRoute(linked) {
  const { route } = linked;
  if (route.framework === "next-action") return `server action ${route.path.replace(/^\//, "")}`;
  if (route.framework === "trpc") return `${route.method === "POST" ? "mutation" : "query"} ${linked.fullPath.replace(/^\//, "").replace(/\//g, ".")}`;
  return `${route.method} ${linked.fullPath}`;
}
function anchorOf(linked) {
  return `${linked.route.framework} ${describeRoute(linked)}`;
}
var VERBS = { create: "creates", update: "updates", delete: "deletes", read: "reads" };
function describeActions(ops, reveals) {
  const parts = [];
  for (const s of ops) {
    const text = `${VERBS[s.op.op]} ${displayModel(s.op)}`;
    if (!parts.includes(text)) parts.push(text);
  }
  if (reveals.length > 0) parts.push(`reveals a secret (${reveals[0].what})`);
  return parts.slice(0, 4).join(", ") || "changes data";
}
function whereOf(s) {
  return `${s.op.callee} in ${s.op.location.path}:${s.op.location.startLine}`;
}
var GUARDED_PARAMETER = /^(?:(?:req|request|ctx|ctx\.request|context|c\.req)\.)?params\.([A-Za-z_$][\w$]*)$/;
function pinToCaller(s, pinned) {
  if (s.owner || s.tenant) return;
  for (const v of s.request) {
    const name = /^[A-Za-z_$][\w$]*$/.test(v) ? v : /(?:^|\.)params\.([A-Za-z_$][\w$]*)$/.exec(v)?.[1];
    const pin = name ? pinned.get(name) : void 0;
    if (!pin) continue;
    if (pin.owner) s.owner = pin.value;
    else s.tenant = pin.value;
    return;
  }
}
var REDIRECT_CALL = /(?:^|\.)redirect$/;
function isEventModel(model) {
  if (!model) return false;
  const words = model.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return /(?:^|[\s_.-])(?:clicks?|visits?|page[\s_]?views?|views?|hits?|impressions?|scans?|opens?)(?:[\s_](?:events?|logs?))?$|(?:^|[\s_.-])(?:analytics|tracking|click|visit)[\s_](?:events?|logs?)$/.test(words);
}
function lastName(value) {
  let v = value.trim();
  for (let previous = ""; previous !== v; ) {
    previous = v;
    v = v.replace(/!+$/, "").replace(/\s+(?:as|satisfies)\s+[\w$.<>[\]|' ]+$/, "").replace(/^\((.*)\)$/, "$1").trim();
  }
  const keyed = /(?:\.(?:param|query|params)\(\s*|\[\s*)(['"`])([\w$]+)\1\s*[)\]]$/.exec(v);
  if (keyed) return keyed[2];
  return /[\w$]+$/.exec(v)?.[0] ?? v;
}
var RECORD_MODEL = /^owners?$/i;
function isRecordModel(model) {
  return model !== null && RECORD_MODEL.test(model);
}
function withoutRecordNames(spoken, models) {
  const names = new Set(models.filter(isRecordModel).map((m) => m.toLowerCase().replace(/s$/, "")));
  if (names.size === 0) return spoken;
  return spoken.replace(/[A-Za-z]+/g, (word) => names.has(word.toLowerCase().replace(/s$/, "")) ? "" : word);
}

// src/rules/audit/sensitive-actions-are-recorded.ts
var READ_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var REGISTRATION = /(?:^|[/._\s-])(?:sign[\s_-]?up|register|registration)(?:$|[/._\s-])/i;
var ACCOUNT_MODEL = /^(?:auth_?)?(?:users?|accounts?)$/i;
var EXPORT_ACTION = /^export(?:[A-Z_-]\w*|s)$/;
var EXPORT_META = /^(?:status|statuses|history|recent|latest|pending|jobs?|list|downloads?|files?|settings|schedules?|formats?|templates?|config|options|count)$/i;
function compile(options, key, flags = "i") {
  const list = options[key];
  return Array.isArray(list) ? list.map((p) => new RegExp(String(p), flags)) : [];
}
var any = (value, list) => list.some((p) => p.test(value));
var writesField = (op, fields) => (op.values ?? []).some((v) => v.startsWith(".") && any(v, fields));
var at = (op, message) => ({ path: op.location.path, startLine: op.location.startLine, message });
var STATUS_WORD = /^[/._\s-]?status(?:es)?[/._\s-]?$/i;
function routeWord(pattern, spoken, createsOnly) {
  for (let from = 0; from < spoken.length; ) {
    const match = pattern.exec(spoken.slice(from));
    if (!match) return null;
    if (!(createsOnly && STATUS_WORD.test(match[0]))) return match;
    from += match.index + Math.max(1, match[0].length - 1);
  }
  return null;
}
function signsIn(body, bodyPath, via, calls, signInCalls, principal) {
  const bodies = [[body, bodyPath], ...via.map((f) => [f, f.location.path])];
  for (const [summary, path11] of bodies) {
    const write = summary.sessionWrites?.[0];
    if (write) return { what: `${write.target} = \u2026`, path: path11, line: write.line };
  }
  for (const [summary, path11] of bodies) {
    const write = summary.sessionPrincipalWrites?.find((w) => principal(w.target));
    if (write) return { what: `${write.target} = \u2026`, path: path11, line: write.line };
  }
  const call = calls.find((c) => any(c.call.callee, signInCalls));
  return call ? { what: call.call.callee, path: call.path, line: call.call.line } : null;
}
var TOKEN_PARAM = /(?:^|[._(\s])(?:token|code|otp|magic\w*|nonce)\w*\)?$/i;
var ACCOUNT_FIELD = /^(?:e?mail|email_?address|phone|phone_?number|mobile|password\w*|hashed_?password)$/i;
var sensitiveActionsAreRecorded = {
  id: "audit/sensitive-actions-are-recorded",
  check({ facts, options, report }) {
    const routes = facts.routes();
    if (routes.length === 0) return "not-applicable";
    const audit = auditMatchers(options);
    const sensitiveModels = compile(options, "sensitiveModels");
    const sensitiveRoutes = compile(options, "sensitiveRoutes");
    const systemRoutes = compile(options, "systemRoutes");
    const signInRoutes = compile(options, "signInRoutes");
    const sensitiveCalls = compile(options, "sensitiveCalls", "");
    const signInCalls = compile(options, "signInCalls", "");
    const statusFields = compile(options, "statusFields", "");
    const roleFields = compile(options, "roleFields", "");
    const ignoredModels = compile(options, "ignoredModels");
    const queueModels = compile(options, "queueModels");
    const declared = new Set(declaredModels(facts).filter((m) => m.orm !== "sql" && m.orm !== "knex").flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
    const ignored = (model) => model !== null && (any(model, ignoredModels) || any(model, queueModels) && !declared.has(normaliseModel(model)));
    const revealCalls = compile(options, "revealCalls", "");
    const depth = typeof options.maxDepth === "number" ? options.maxDepth : 3;
    const signInReceivers = facts.receiversOf("user_logged_in.send");
    const signalAudited = signInReceivers.length > 0 && (() => {
      const start = signInReceivers.flatMap((fn) => fn.calls.map((call) => ({ call, path: fn.location.path })));
      const reached = reachFrom(facts, start, depth);
      return findAuditRecord([...start, ...reached.calls].map((c) => c.call), [...signInReceivers.flatMap((fn) => fn.dataOps), ...reached.dataOps], audit) !== null;
    })();
    const accountModels = new Set(declaredModels(facts).filter((m) => m.fields.some((f) => ACCOUNT_FIELD.test(f))).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel)));
    const accountLike = (name) => name.length > 0 && accountModels.has(normaliseModel(name));
    const scheduled = scheduledRequestPaths(facts);
    for (const linked of routes) {
      const { route } = linked;
      if (scheduled.has(linked.fullPath.replace(/\/+$/, "") || "/")) continue;
      const body = linked.handler ?? route;
      const bodyPath = linked.handler?.location.path ?? route.location.path;
      const interceptors = [
        ...globalMiddleware(facts, linked).flatMap((g) => (g.mount.interceptors ?? []).map((call) => ({ call, path: g.path }))),
        ...(route.interceptors ?? []).map((call) => ({ call, path: route.location.path }))
      ];
      const start = [...interceptors, ...body.calls.map((call) => ({ call, path: bodyPath }))];
      const reached = reachFrom(facts, start, depth, void 0, body.dataOps);
      const calls = [...start, ...reached.calls];
      const ops = withLoaderModels([...body.dataOps, ...reached.dataOps], reached.via);
      const recorded = findAuditRecord([...linked.guards, ...calls.map((c) => c.call)], ops, audit);
      if (recorded) continue;
      const label = describeRoute(linked);
      const spoken = splitWords(label);
      const writes = ops.filter((op) => op.op !== "read" && !(op.op === "create" && isAuditModel(op.model, audit)) && !ignored(op.model));
      const reveal = revealingCalls(facts, calls, (c) => any(c.callee, revealCalls) && !isAuditCall(c, audit))[0];
      const sensitiveCall = calls.find((c) => any(c.call.callee, sensitiveCalls));
      const readOnly = READ_METHODS.has(route.method);
      const reasons = [];
      const registers = REGISTRATION.test(spoken) || ops.some((op) => op.op === "create" && op.model !== null && ACCOUNT_MODEL.test(op.model));
      const consumesToken = (route.params ?? []).concat(pathParams(linked.fullPath)).some((p) => TOKEN_PARAM.test(p)) || ops.some((op) => op.op === "read" && (op.filter ?? []).some((v) => TOKEN_PARAM.test(v)));
      const principal = (target) => consumesToken && accountLike(target.replace(/^.*session\W*/, "").replace(/['"\]]/g, "").replace(/_?[iI][dD]$/, ""));
      const session = registers ? null : signsIn(body, bodyPath, reached.via, calls, signInCalls, principal);
      if (session) reasons.push({ text: `signs the user in (${session.what})`, at: { path: session.path, startLine: session.line, message: `session established by ${session.what}` } });
      if (reveal) reasons.push({ text: `reveals a secret (${reveal.call.callee})`, at: { path: reveal.path, startLine: reveal.call.line, message: `decrypts or reveals via ${reveal.call.callee}` } });
      if (!readOnly) {
        const removal = writes.find((op) => op.op === "delete");
        if (removal) reasons.push({ text: `deletes ${displayModel(removal)}`, at: at(removal, `delete via ${removal.callee}`) });
        const privileged = writes.find((op) => op.op === "update" && op.model !== null && any(op.model, sensitiveModels) && !isHeldByAnotherUnit(facts, op.model));
        if (privileged) reasons.push({ text: `changes ${displayModel(privileged)}`, at: at(privileged, `${privileged.op} via ${privileged.callee}`) });
        const roleChange = privileged ? void 0 : writes.find((op) => op.op === "update" && writesField(op, roleFields));
        if (roleChange) reasons.push({ text: `changes the role of ${displayModel(roleChange)}`, at: at(roleChange, `role written via ${roleChange.callee}`) });
        const status = writes.find((op) => op.op === "update" && writesField(op, statusFields));
        if (status) reasons.push({ text: `changes the status of ${displayModel(status)}`, at: at(status, `status written via ${status.callee}`) });
        const createsOnly = writes.length > 0 && writes.every((op) => op.op === "create");
        const word = any(linked.fullPath, systemRoutes) ? null : sensitiveRoutes.map((p) => routeWord(p, spoken, createsOnly)).find(Boolean);
        if (word && reasons.length === 0 && (writes.length > 0 || sensitiveCall)) reasons.push({ text: `is a sensitive action (${word[0].replace(/^[/._\s-]|[/._\s-]$/g, "")})`, at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        const signIn = signInRoutes.map((p) => p.exec(spoken)).find(Boolean);
        const setsPassword = route.builtin === "PasswordResetConfirmView" && !session && !signalAudited;
        if (setsPassword) reasons.push({ text: "sets a new password (Django's PasswordResetConfirmView)", at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        const passwordRequest = !!signIn && /password|reset/i.test(signIn[0]) && writes.length === 0 && !sensitiveCall && !setsPassword;
        const signInWord = signIn && /nextauth/i.test(signIn[0]) ? "Auth.js sign-in and sign-out" : signIn?.[0].replace(/^[/._\s-]|[/._\s-]$/g, "");
        if (signIn && !passwordRequest && !session && !setsPassword) reasons.push({ text: `is a sign-in event (${signInWord})`, at: { path: route.location.path, startLine: route.location.startLine, message: label } });
        if (sensitiveCall && (writes.length > 0 || reasons.length === 0)) reasons.push({ text: `calls ${sensitiveCall.call.callee}`, at: { path: sensitiveCall.path, startLine: sensitiveCall.call.line, message: `sensitive call ${sensitiveCall.call.callee}` } });
      }
      const last = linked.fullPath.split("/").filter((s) => s && !/^[:[{]/.test(s)).pop() ?? "";
      const segments = linked.fullPath.split("/").filter(Boolean);
      const exportOf = segments.length >= 2 && /^exports?$/i.test(segments[segments.length - 2]) && !EXPORT_META.test(last);
      const listsExports = /^exports$/i.test(last) && READ_METHODS.has(route.method);
      const exportsData = !listsExports && (/^(?:exports?|dump)$|\.(?:csv|xlsx|zip)$/i.test(last) || (EXPORT_ACTION.test(last) || exportOf) && ops.some((op) => op.op === "read"));
      if (exportsData && linked.fullPath.split("/").pop() === last && !reasons.some((r) => r.text.startsWith("is a sensitive action"))) {
        reasons.push({ text: "exports data", at: { path: route.location.path, startLine: route.location.startLine, message: label } });
      }
      if (reasons.length === 0) continue;
      const action = [...new Set(reasons.map((r) => r.text))].slice(0, 3).join(", ");
      report({
        messageId: "missing",
        data: {
          route: label,
          action,
          helpers: reached.via.length > 0 ? reached.via.slice(0, 6).map((f) => f.qualifiedName).join(", ") : "none",
          evidence: "audit.*, auditLog.create, createAuditLog, recordAudit, record_audit, AuditLog.objects.create\u2026"
        },
        location: route.location,
        anchor: `${route.framework} ${label}`,
        related: [...reasons.map((r) => r.at), ...reached.via.slice(0, 5).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `helper ${f.qualifiedName} was followed` }))]
      });
    }
  }
};

// src/rules/monitoring/alerts-reach-a-destination.ts
var CHANNEL_NAMES = { slack: "Slack", discord: "Discord", teams: "Microsoft Teams", pagerduty: "PagerDuty", opsgenie: "Opsgenie", webhook: "an alert webhook" };
var alertsReachADestination = {
  id: "monitoring/alerts-reach-a-destination",
  check({ facts, options, report }) {
    const sinks = [...facts.fileFacts].flatMap((f) => f.alertSinks);
    if (sinks.length === 0) return "not-applicable";
    const alertNames = patterns(options, "alertNames").map((p) => new RegExp(p.source, "i"));
    const notificationNames = patterns(options, "notificationNames").map((p) => new RegExp(p.source, "i"));
    const handlerNames = patterns(options, "errorHandlerNames");
    const errorPaths = new ErrorPaths(facts, handlerNames);
    const seen = /* @__PURE__ */ new Set();
    for (const sink of sinks) {
      const key = `${sink.location.path}:${sink.function ?? sink.location.startLine}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const service = facts.serviceOf(sink.location.path);
      const channel = CHANNEL_NAMES[sink.channel] ?? sink.channel;
      const name = sink.function ?? `the code at ${sink.location.path}:${sink.location.startLine}`;
      const destinationEnv = [.../* @__PURE__ */ new Set([...sink.destinationEnv, ...(sink.destinationSettings ?? []).flatMap((e) => resolveSetting(facts, sink.location.path, e) ?? [])])];
      const destination = destinationEnv.length > 0 ? ` (${listing(destinationEnv.map((v) => `\`${v}\``))})` : "";
      const names = [sink.function ?? "", ...destinationEnv, ...(sink.destinationSettings ?? []).map((e) => e.split(".").pop())];
      const paging = sink.channel === "pagerduty" || sink.channel === "opsgenie";
      const namedAlert = names.some((n) => matchesAny(n, alertNames));
      const isAlert = paging || sink.channel === "webhook" || namedAlert;
      const fn = sink.function ? findFunction(facts, sink) : null;
      if (!paging && !namedAlert && names.some((n) => matchesAny(n, notificationNames)) && !errorPaths.sends(fn, sink)) continue;
      if (fn && isAlert && !errorPaths.isHandler(fn.name)) {
        const callers = errorPaths.callersOf(fn);
        if (callers.length === 0) {
          report({ messageId: "neverCalled", data: { function: sink.function, channel, destination }, location: fn.location, anchor: `${sink.function}` });
        } else if (!callers.some((c) => errorPaths.covers(c.path, c.line, 0))) {
          report({
            messageId: "notOnErrorPath",
            data: { function: sink.function, channel, destination, count: callers.length, callers: callers.slice(0, 3).map((c) => `${c.path}:${c.line}`).join(", ") },
            location: fn.location,
            anchor: `${sink.function}`,
            related: callers.slice(0, 5).map((c) => ({ path: c.path, startLine: c.line, message: `called here, not on an error path` }))
          });
        }
      }
      if (destinationEnv.length === 0) continue;
      const declarations = declarationsFor(facts, service);
      if (destinationEnv.some((v) => isDeclared(declarations, v))) continue;
      const files = [...new Set(declarations.map((d) => d.location.path))].toSorted();
      report({
        messageId: "undeclared",
        data: { function: name, channel, variable: destinationEnv[0], service: serviceLabel(service), looked: files.length > 0 ? listing(files) : "no environment template or deployment configuration: there is none for this service" },
        location: sink.location,
        anchor: `${sink.function ?? "module"}:${destinationEnv[0]}`
      });
    }
  }
};
function findFunction(facts, sink) {
  const file = facts.byPath.get(sink.location.path);
  return file?.functions.find((f) => f.qualifiedName === sink.function || f.name === sink.function) ?? null;
}
var ErrorPaths = class {
  constructor(facts, handlerNames) {
    this.facts = facts;
    this.handlerNames = handlerNames;
    for (const f of facts.fileFacts) for (const p of f.errorPaths) if (p.handler) this.handlers.add(p.handler);
    for (const entry of facts.calls()) {
      const last = entry.call.callee.split(".").pop();
      const list = this.callsByName.get(last) ?? [];
      list.push(entry);
      this.callsByName.set(last, list);
    }
  }
  facts;
  handlerNames;
  handlers = /* @__PURE__ */ new Set();
  /** Every call in the repository by the last segment of its callee (`alerts.sendAlert` → `sendAlert`). */
  callsByName = /* @__PURE__ */ new Map();
  isHandler(name) {
    return this.handlers.has(name);
  }
  /** Whether a sink runs when something failed: its function is a registered handler or called from an error path, or its code sits on one. */
  sends(fn, sink) {
    if (!fn) return this.covers(sink.location.path, sink.location.startLine, 0);
    return this.isHandler(fn.name) || matchesAny(fn.qualifiedName, this.handlerNames) || this.callersOf(fn).some((c) => this.covers(c.path, c.line, 0));
  }
  /** Calls of a function from elsewhere in the repository (resolved through imports). */
  callersOf(fn) {
    const out = [];
    for (const { path: path11, call } of this.callsByName.get(fn.name) ?? []) {
      if (path11 === fn.location.path && call.line >= fn.location.startLine && call.line <= fn.location.endLine) continue;
      if (this.facts.resolveCall(path11, call) === fn) out.push({ path: path11, line: call.line });
    }
    return out;
  }
  covers(path11, line, depth) {
    const file = this.facts.byPath.get(path11);
    if (!file) return false;
    if (file.errorPaths.some((p) => !p.handler && p.startLine <= line && line <= p.endLine)) return true;
    const enclosing = file.functions.filter((f) => f.location.startLine <= line && line <= f.location.endLine).toSorted((a, b) => b.location.startLine - a.location.startLine)[0];
    if (!enclosing) return false;
    if (this.isHandler(enclosing.name) || matchesAny(enclosing.qualifiedName, this.handlerNames)) return true;
    return depth < 2 && this.callersOf(enclosing).some((c) => this.covers(c.path, c.line, depth + 1));
  }
};

// src/rules/monitoring/error-tracking-is-configured.ts
function servicesUsing(facts, tracker, callsByName) {
  const own = facts.serviceOf(tracker.location.path);
  const file = facts.byPath.get(tracker.location.path);
  const line = tracker.location.startLine;
  const fn = file?.functions.filter((f) => f.location.startLine <= line && line <= f.location.endLine).toSorted((a, b) => b.location.startLine - a.location.startLine)[0];
  if (!fn) return [own];
  const services = /* @__PURE__ */ new Set([own]);
  for (const { path: path11, call } of callsByName.get(fn.name) ?? []) {
    if (facts.resolveCall(path11, call) === fn) services.add(facts.serviceOf(path11));
  }
  return [...services];
}
var SDK_NAMES = {
  sentry: "Sentry",
  bugsnag: "Bugsnag",
  rollbar: "Rollbar",
  honeybadger: "Honeybadger",
  datadog: "Datadog",
  newrelic: "New Relic",
  opentelemetry: "OpenTelemetry"
};
var errorTrackingIsConfigured = {
  id: "monitoring/error-tracking-is-configured",
  check({ facts, options, report }) {
    const trackers = [...facts.fileFacts].flatMap((f) => f.errorTrackers);
    const services = servingServices(facts);
    if (trackers.length === 0 && services.size === 0) return "not-applicable";
    const callsByName = /* @__PURE__ */ new Map();
    if (trackers.length > 0) {
      for (const entry of facts.calls()) {
        const last = entry.call.callee.split(".").pop();
        const list = callsByName.get(last) ?? [];
        list.push(entry);
        callsByName.set(last, list);
      }
    }
    const usedBy = new Map(trackers.map((t) => [t, servicesUsing(facts, t, callsByName)]));
    const declared = /* @__PURE__ */ new Map();
    const declarationsOf = (service) => {
      let list = declared.get(service);
      if (!list) declared.set(service, list = declarationsFor(facts, service));
      return list;
    };
    let readAnywhere = null;
    if (options.requireInEveryService !== false) {
      const tracked = new Set([...usedBy.values()].flat());
      for (const [service, { routes: count, nextStart }] of [...services].toSorted(([a], [b]) => compare(a, b))) {
        if (tracked.has(service)) continue;
        if (nextStart && count === 0) {
          report({
            messageId: "missingNext",
            data: { service: serviceLabel(service) },
            location: null,
            anchor: `service:${service}`,
            related: [{ path: nextStart.path, startLine: nextStart.line, message: "the app is served with next start" }]
          });
          continue;
        }
        const first = facts.routes().map((r) => r.route.location).filter((l) => facts.serviceOf(l.path) === service).toSorted((a, b) => compare(a.path, b.path) || a.startLine - b.startLine)[0];
        report({
          messageId: "missing",
          data: { service: serviceLabel(service), count },
          location: null,
          anchor: `service:${service}`,
          related: [{ path: first.path, startLine: first.startLine, message: "first route of this service" }]
        });
      }
    }
    for (const tracker of trackers) {
      const service = facts.serviceOf(tracker.location.path);
      const data = { callee: tracker.callee, option: tracker.keyOption ?? "key", service: serviceLabel(service), sdk: SDK_NAMES[tracker.sdk] ?? tracker.sdk };
      const anchor = `${service}:${tracker.callee}`;
      if (tracker.disabled) {
        report({ messageId: "disabled", data, location: tracker.location, anchor });
        continue;
      }
      if (!tracker.keyOption) continue;
      const key = tracker.key;
      if (key.kind === "literal") {
        if (key.empty) report({ messageId: "empty", data, location: tracker.location, anchor });
        continue;
      }
      let variables;
      if (key.kind === "env") variables = [key.name];
      else if (key.kind === "expression") {
        const resolved = resolveSetting(facts, tracker.location.path, key.text);
        if (!resolved) continue;
        variables = resolved;
      } else if (tracker.fallbackEnv.length > 0) variables = [];
      else {
        report({ messageId: "noKey", data, location: tracker.location, anchor });
        continue;
      }
      const declarations = usedBy.get(tracker).flatMap(declarationsOf);
      const accepted = [...variables, ...tracker.fallbackEnv];
      if (accepted.some((v) => isDeclared(declarations, v))) continue;
      const variable = variables[0] ?? tracker.fallbackEnv[0];
      readAnywhere ??= new Set([...facts.fileFacts].flatMap((f) => f.envReads.map((r) => r.name)));
      const read = readAnywhere;
      const words = [variable.split("_").pop(), tracker.sdk.toUpperCase()].filter((w) => w.length > 2 && !/^(?:URL|KEY|API)$/.test(w));
      const similar = declarations.filter((d) => d.name !== "*" && d.name !== variable && d.name.split("_").some((w) => words.includes(w)));
      const files = [...new Set(declarations.map((d) => d.location.path))].toSorted();
      report({
        messageId: "undeclared",
        data: {
          ...data,
          variable,
          looked: files.length > 0 ? listing(files) : "no environment template or deployment configuration: there is none for this service",
          similar: similar.length > 0 ? ` ${listing(similar.map((d) => `\`${d.name}\` (${d.location.path}:${d.location.startLine})`))} ${similar.length > 1 ? "are" : "is"} declared instead${similar.every((d) => !read.has(d.name)) ? ", and nothing reads " + (similar.length > 1 ? "them" : "it") : ""}.` : ""
        },
        location: tracker.location,
        anchor: `${anchor}:${variable}`,
        related: similar.map((d) => ({ path: d.location.path, startLine: d.location.startLine, message: `${d.name} is declared here${read.has(d.name) ? "" : " but nothing reads it"}` }))
      });
    }
  }
};

// src/rules/monitoring/health-endpoint-exists.ts
var PREDICATE = /(?:^|\.)(?:is|has|check)[A-Z]/;
var healthEndpointExists = {
  id: "monitoring/health-endpoint-exists",
  check({ facts, options, report }) {
    const health = patterns(options, "paths");
    const libraries = patterns(options, "healthLibraries");
    const authGuards = patterns(options, "authGuards");
    const publicMarkers = patterns(options, "publicMarkers");
    const servedElsewhere = /* @__PURE__ */ new Set();
    for (const f of facts.fileFacts) {
      if (facts.mountsOf(f).some((m) => m.child === null && m.guards.length > 0 && m.prefix !== "/" && matchesAny(m.prefix, health))) servedElsewhere.add(facts.serviceOf(f.path));
    }
    for (const { path: path11, call } of facts.calls()) if (matchesAny(call.callee, libraries)) servedElsewhere.add(facts.serviceOf(path11));
    const serving = servingServices(facts);
    const byService = new Map([...serving.keys()].map((s) => [s, []]));
    for (const linked of facts.routes()) byService.get(facts.serviceOf(linked.route.location.path)).push(linked);
    if (byService.size === 0) return "not-applicable";
    for (const [service, routes] of [...byService].toSorted(([a], [b]) => compare(a, b))) {
      if (servedElsewhere.has(service)) continue;
      const probes = routes.filter((r) => (r.route.method === "GET" || r.route.method === "ANY" || r.route.method === "HEAD") && matchesAny(r.fullPath, health));
      const lockedBy = (r) => r.guards.find((g) => matchesAny(g.callee, authGuards)) ?? [...r.route.calls, ...r.handler?.calls ?? []].find((c) => !PREDICATE.test(c.callee) && matchesAny(c.callee, authGuards)) ?? (r.guards.some((g) => matchesAny(g.callee, publicMarkers)) ? void 0 : globalMiddleware(facts, r).flatMap((g) => g.mount.guards).filter((g) => matchesAny(g.callee, authGuards)).map((g) => ({ callee: `the global guard ${g.callee} (no public marker such as @Public() on the route)` }))[0]);
      const open = probes.filter((r) => !lockedBy(r));
      if (open.length > 0) continue;
      const locked = probes[0];
      if (locked) {
        const guard = lockedBy(locked);
        report({
          messageId: "authenticated",
          data: { service: service === "." ? "the app" : service, route: `${locked.route.method} ${locked.fullPath}`, guard: guard.callee },
          location: locked.route.location,
          anchor: `service:${service}`
        });
        continue;
      }
      const next = serving.get(service).nextStart;
      if (next && routes.length === 0) {
        report({
          messageId: "missingNext",
          data: { service },
          location: null,
          anchor: `service:${service}`,
          related: [{ path: next.path, startLine: next.line, message: "the app is served with next start" }]
        });
        continue;
      }
      const entry = routes.map((r) => r.route.location).toSorted((a, b) => compare(a.path, b.path) || a.startLine - b.startLine)[0];
      report({
        messageId: "missing",
        data: { service, count: routes.length, paths: "/health, /healthz, /livez, /readyz, /ping, /status" },
        location: null,
        anchor: `service:${service}`,
        related: [{ path: entry.path, startLine: entry.startLine, message: "first route of this service" }]
      });
    }
  }
};

// src/rules/monitoring/uptime-is-monitored.ts
var uptimeIsMonitored = {
  id: "monitoring/uptime-is-monitored",
  check({ facts, options, report }) {
    const routes = facts.routes();
    if (routes.length === 0) return "not-applicable";
    const monitors = [...facts.fileFacts].flatMap((f) => f.uptimeMonitors).filter((m) => m.kind === "code" || options.acceptDocumented !== false);
    if (monitors.length > 0) return;
    const health = patterns({ paths: ["(^|/)(health|healthz|healthcheck|health-check|livez|readyz|ping)/?$"] }, "paths");
    const healthRoutes = routes.filter((r) => (r.route.method === "GET" || r.route.method === "ANY") && matchesAny(r.fullPath, health));
    report({
      messageId: "missing",
      data: {
        count: routes.length,
        health: healthRoutes.length > 0 ? ` and has a health endpoint to point a monitor at (${healthRoutes.slice(0, 3).map((r) => `${r.route.method} ${r.fullPath}`).join(", ")})` : ""
      },
      location: null,
      anchor: "repository",
      related: healthRoutes.slice(0, 3).map((r) => ({ path: r.route.location.path, startLine: r.route.location.startLine, message: `health endpoint ${r.route.method} ${r.fullPath}` }))
    });
  }
};

// src/rules/operations/dependency-updates-are-automated.ts
var ECOSYSTEMS = [
  { name: "npm", accepts: ["npm"], manifest: /(?:^|\/)package\.json$/ },
  { name: "pip", accepts: ["pip", "uv"], manifest: /(?:^|\/)(?:requirements[\w.-]*\.txt|pyproject\.toml|Pipfile|setup\.py)$/ },
  { name: "gomod", accepts: ["gomod"], manifest: /(?:^|\/)go\.mod$/ },
  { name: "bundler", accepts: ["bundler"], manifest: /(?:^|\/)Gemfile$/ },
  { name: "cargo", accepts: ["cargo"], manifest: /(?:^|\/)Cargo\.toml$/ },
  { name: "composer", accepts: ["composer"], manifest: /(?:^|\/)composer\.json$/ }
];
var NOT_PRODUCT = /(?:^|\/)(?:examples?|samples?|fixtures?|__fixtures__|test|tests|docs?|website)\//;
var dependencyUpdatesAreAutomated = {
  id: "operations/dependency-updates-are-automated",
  check({ facts, report }) {
    const manifests = facts.paths().filter((p) => !NOT_PRODUCT.test(p));
    const present = ECOSYSTEMS.map((e) => ({ ...e, files: manifests.filter((p) => e.manifest.test(p)).toSorted() })).filter((e) => e.files.length > 0);
    if (present.length === 0) return "not-applicable";
    const configs = [...facts.fileFacts].flatMap((f) => f.dependencyUpdates).toSorted((a, b) => compare(a.location.path, b.location.path));
    const working = configs.filter((c) => c.problems.length === 0 && c.ecosystems.length > 0);
    for (const config of configs) {
      if (config.problems.length === 0) continue;
      const tool = config.tool === "dependabot" ? "Dependabot" : "Renovate";
      report({ messageId: "broken", data: { tool, path: config.location.path, problems: listing(config.problems) }, location: config.location, anchor: `${config.tool}:${config.location.path}` });
    }
    if (configs.length === 0) {
      report({ messageId: "missing", data: { ecosystems: listing(present.map((e) => e.name)) }, location: null, anchor: "repository" });
      return;
    }
    if (working.length === 0 || working.some((c) => c.ecosystems.includes("*"))) return;
    const dependabot = working.find((c) => c.tool === "dependabot");
    const covered = new Set(working.flatMap((c) => c.ecosystems));
    for (const ecosystem of present) {
      if (ecosystem.accepts.some((a) => covered.has(a))) continue;
      report({
        messageId: "uncovered",
        data: { ecosystem: ecosystem.name, manifest: listing(ecosystem.files.slice(0, 3)), path: dependabot.location.path },
        location: dependabot.location,
        anchor: `uncovered:${ecosystem.name}`,
        related: ecosystem.files.slice(0, 3).map((p) => ({ path: p, startLine: 1, message: `${ecosystem.name} manifest` }))
      });
    }
  }
};

// src/rules/operations/expired-data-is-cleaned-up.ts
var RETENTION_RULE = "privacy/retention-promise-is-enforced";
var expiredDataIsCleanedUp = {
  id: "operations/expired-data-is-cleaned-up",
  check({ facts, options, config, report }) {
    const modelNames = patterns(options, "modelNames");
    const expiryFields = patterns(options, "expiryFields");
    const expiring = declaredModels(facts).map((model) => ({ model, field: model.fields.find((field) => matchesAny(snakeCase(field), expiryFields)) })).filter((m) => m.field !== void 0 && matchesAny(normaliseModel(m.model.name), modelNames));
    if (expiring.length === 0) return "not-applicable";
    const promised = /* @__PURE__ */ new Set();
    if (config.rules[RETENTION_RULE]?.enabled !== false) {
      const models = knownModels(facts);
      for (const claim of policyClaims(facts, config, "retention")) {
        if (claim.subject) for (const m of modelsForSubject(claim.subject, models)) for (const k of modelSpellings(facts, m.name)) promised.add(k);
      }
    }
    const jobs = resolvedJobs(facts);
    for (const { model, field } of expiring) {
      if (modelSpellings(facts, model.name).some((k) => promised.has(k))) continue;
      if (model.ttlField) continue;
      if (jobsDeleting(facts, [model.name]).length > 0) continue;
      report({
        messageId: "notCleaned",
        data: { model: model.name, field, jobs: describeJobs(jobs) },
        location: model.location,
        anchor: model.name,
        related: jobRelated(jobs.filter((j) => j.deletes.length > 0))
      });
    }
  }
};

// src/rules/operations/public-endpoints-are-rate-limited.ts
var BUILTIN_FLOWS = { LoginView: "sign-in", PasswordResetView: "password reset", PasswordResetConfirmView: "password reset" };
var publicEndpointsAreRateLimited = {
  id: "operations/public-endpoints-are-rate-limited",
  check({ facts, options, report }) {
    const flows2 = Object.entries(options.publicFlows ?? {}).map(([name, source]) => ({ name, pattern: new RegExp(source) }));
    const publicApis = patterns(options, "publicApis");
    const authGuards = patterns(options, "authGuards");
    const limiterNames = patterns(options, "limiterNames");
    const exemptions = patterns(options, "exemptions");
    const webhookVerification = patterns(options, "webhookVerification");
    const limiters = new Limiters(facts, limiterNames);
    const judged = [];
    for (const linked of facts.routes()) {
      if (linked.route.method === "OPTIONS") continue;
      const signature = `${linked.route.method} ${linked.fullPath}`;
      if (linked.guards.some((g) => matchesAny(g.callee, authGuards))) continue;
      const flow = flows2.find((f) => f.pattern.test(signature))?.name ?? BUILTIN_FLOWS[linked.route.builtin ?? ""] ?? (matchesAny(signature, publicApis) && !verifiesSignature(linked) ? "public API" : null);
      if (flow) judged.push({ linked, flow });
    }
    if (judged.length === 0) return "not-applicable";
    for (const { linked, flow } of judged) {
      const exempt = linked.guards.some((g) => matchesAny(g.callee, exemptions));
      if (!exempt && limiters.covers(linked)) continue;
      reportGap(linked, flow);
    }
    function verifiesSignature(linked) {
      if (webhookVerification.length === 0) return false;
      const verifies = (c) => matchesAny(c.callee, webhookVerification);
      if (limiters.handlerReach(linked).calls.some(verifies)) return true;
      return linked.guards.length > 0 && facts.reach(linked.route.location.path, { calls: linked.guards, dataOps: [] }, 2).calls.some(verifies);
    }
    function reportGap(linked, flow) {
      const { route } = linked;
      const signature = `${route.method} ${linked.fullPath}`;
      const service = facts.serviceOf(route.location.path);
      const elsewhere = facts.routes().filter((r) => r !== linked && facts.serviceOf(r.route.location.path) === service && limiters.covers(r));
      const nearby = elsewhere.filter((r) => r.route.location.path === route.location.path);
      const shown = (nearby.length > 0 ? nearby : elsewhere).slice(0, 3);
      const settings = route.rateLimit === "own" ? " Its own rate-limit settings (`config.rateLimit`) take effect only where the limiter plugin is registered, and this service registers none." : route.rateLimit === "off" ? route.framework === "django-rest-framework" ? " Its own `throttle_classes` is empty, which switches `DEFAULT_THROTTLE_CLASSES` off." : " Its own options switch the service-wide limiter off (`config: { rateLimit: false }`)." : "";
      report({
        messageId: "unlimited",
        data: {
          route: signature,
          flow,
          settings,
          nearby: shown.length > 0 ? ` Limiters are applied to ${shown.map((r) => `${r.route.method} ${r.fullPath}`).join(", ")} in the same service, but not to this route.` : ""
        },
        // The framework's own view (or a subclass that only adds hooks) is the URL pattern that mounts it: that is where a limiter is added.
        location: route.builtin && linked.declaredAt ? linked.declaredAt : route.location,
        anchor: signature,
        related: shown.map((r) => ({ path: r.route.location.path, startLine: r.route.location.startLine, message: `${r.route.method} ${r.fullPath} is rate-limited` }))
      });
    }
  }
};

// src/rules/operations/restore-is-tested.ts
var describe = (b) => `${b.tool} in ${b.location.path}:${b.location.startLine}`;
var restoreIsTested = {
  id: "operations/restore-is-tested",
  check({ facts, report }) {
    const all = [...facts.fileFacts];
    const models = all.flatMap((f) => f.models);
    const writes = facts.dataOps().filter((op) => op.op !== "read");
    if (models.length === 0 && writes.length === 0) return "not-applicable";
    const backups = all.flatMap((f) => f.backups);
    const exercised = backups.filter((b) => b.action === "restore" && (b.source === "script" || b.source === "ci"));
    if (exercised.length > 0) return;
    const taken = backups.filter((b) => b.action === "backup");
    const documentedRestores = backups.filter((b) => b.action === "restore" && b.source === "document");
    if (taken.length === 0 && documentedRestores.length === 0) {
      const evidence = models.length > 0 ? `models ${models.slice(0, 3).map((m) => m.name).join(", ")}${models.length > 3 ? "\u2026" : ""}` : `${writes.length} database writes`;
      report({ messageId: "noBackups", data: { evidence }, location: null, anchor: "repository", related: models.slice(0, 3).map((m) => ({ path: m.location.path, startLine: m.location.startLine, message: `model ${m.name}` })) });
      return;
    }
    report({
      messageId: "neverRestored",
      data: {
        backups: (taken.length > 0 ? taken : documentedRestores).slice(0, 3).map(describe).join(", "),
        documented: documentedRestores.length > 0 ? ` (the restore is only described, in ${[...new Set(documentedRestores.map((b) => b.location.path))].join(", ")})` : ""
      },
      location: null,
      anchor: "repository",
      related: [...taken, ...documentedRestores].slice(0, 5).map((b) => ({ path: b.location.path, startLine: b.location.startLine, message: `${b.action}: ${b.tool} (${b.source})` }))
    });
  }
};

// src/rules/operations/runbook-exists.ts
var RUNBOOK_HEADING = /\b(run-?book|incident response|on-?call (guide|handbook)|playbook)\b/i;
var runbookExists = {
  id: "operations/runbook-exists",
  check({ facts, options, report }) {
    const names = patterns(options, "names");
    const byName = facts.paths().filter((p) => matchesAny(p.toLowerCase(), names)).toSorted();
    const documents = new Map(facts.documents().map((d) => [d.path, d]));
    let runbook = byName.flatMap((p) => documents.has(p) ? [documents.get(p)] : []);
    if (byName.length === 0) {
      runbook = facts.documents().filter((d) => d.headings.some((h) => h.level <= 2 && RUNBOOK_HEADING.test(h.text)));
      if (runbook.length === 0) {
        report({ messageId: "missing", data: { names: "RUNBOOK.md, docs/runbook.md, runbooks/, incident-response.md" }, location: null, anchor: "repository" });
        return;
      }
    }
    const texts = [...runbook.flatMap((d) => d.headings.map((h) => h.text)), ...byName.map((p) => p.split("/").pop().replace(/\.\w+$/, "").replace(/[-_]/g, " "))];
    const sections = Object.entries(options.sections ?? {});
    const missing = sections.filter(([, source]) => !texts.some((t) => new RegExp(source, "i").test(t))).map(([name]) => name);
    if (missing.length === 0) return;
    const main = runbook[0] ?? null;
    const where2 = main?.path ?? byName[0];
    report({
      messageId: "incomplete",
      data: { path: where2, missing: listing(missing), files: byName.length > 1 ? ` and file names of ${listing(byName)}` : "" },
      location: main ? { path: main.path, startLine: 1, endLine: Math.max(1, main.lines), startColumn: 1, endColumn: 1 } : null,
      anchor: `runbook:${where2}`
    });
  }
};

// src/rules/operations/security-policy-exists.ts
var VALID = /^(?:\.github\/|docs\/)?security\.(?:md|markdown|rst|txt)$/i;
var LOOKALIKE = /(?:^|\/)security(?:[-_]policy)?\.(?:md|markdown|rst|txt)$/i;
var securityPolicyExists = {
  id: "operations/security-policy-exists",
  check({ facts, report }) {
    const paths = facts.paths();
    if (paths.some((p) => VALID.test(p))) return;
    const misplaced = paths.filter((p) => LOOKALIKE.test(p)).toSorted();
    report({
      messageId: "missing",
      data: { misplaced: misplaced.length > 0 ? ` ${misplaced.join(", ")} ${misplaced.length > 1 ? "are" : "is"} not in one of those places, so GitHub does not show it as the policy.` : "" },
      location: null,
      anchor: "repository",
      related: misplaced.map((p) => ({ path: p, startLine: 1, message: "security document outside the places GitHub reads" }))
    });
  }
};

// src/rules/operations/tests-run-in-ci.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import path6 from "node:path";
var JS_TEST_FILE = /(?:^|\/)(?:__tests__\/.+|[^/]+\.(?:test|spec))\.[cm]?[jt]sx?$|(?:^|\/)(?:test|tests|e2e)\/.+\.[cm]?[jt]sx?$/;
var PY_TEST_FILE = /(?:^|\/)(?:test_[^/]+|[^/]+_test|conftest|tests)\.py$|(?:^|\/)tests?\/.+\.py$/;
var GO_TEST_FILE = /_test\.go$/;
var GATING_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "merge_group"]);
var SCRIPT_CALL = /\b(?:npm|pnpm|yarn|bun)\s+(?:(?:--prefix|-C|--cwd|--dir)\s+(\S+)\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*(run(?:-script)?\s+)?(?:(?:-r|--recursive|-ws|--workspaces|--if-present|--silent|-s)\s+)*([\w:.-]+)/;
var NPM_BUILTINS = /* @__PURE__ */ new Set(["install", "ci", "i", "add", "exec", "x", "dlx", "audit", "publish", "pack", "version", "config", "cache", "set", "link"]);
var DELEGATES = /--workspaces|-ws\b|\s-r\b|--recursive|--filter\b|\bworkspaces?\s+(?:foreach|run)\b|\bturbo\s+(?:run\s+)?[\w:.-]|\bnx\s+(?:run-many|affected)\b|\blerna\s+(?:run|exec)\b/;
var FANNED_SCRIPT = /(?:^|[\s=,])(test[\w:.-]*)(?=$|[\s,])/;
var PYTHON_COMMAND = /\b(?:pytest|py\.test|tox|nox|unittest|manage\.py)\b/;
var JS_COMMAND = /\b(?:npm|pnpm|yarn|bun|npx|jest|vitest|mocha|ava|playwright|cypress|karma|node|deno|turbo|nx|lerna)\b/;
var testsRunInCi = {
  id: "operations/tests-run-in-ci",
  check({ facts, options, report }) {
    const actions = patterns(options, "testActions");
    const suites = testSuites(facts);
    if (suites.size === 0) return "not-applicable";
    const context = { facts, commands: patterns(options, "testCommands"), workspaces: new Workspaces(facts) };
    const workflows = [...facts.fileFacts].flatMap((f) => f.ciWorkflows.map((w) => ({ path: f.path, workflow: w }))).toSorted((a, b) => compare(a.path, b.path));
    const runs = [];
    const ran = /* @__PURE__ */ new Set();
    const ranAfter = /* @__PURE__ */ new Map();
    const byPath = new Map(workflows.map((w) => [w.path, w.workflow]));
    const collect = (file, jobs, depth, when) => {
      for (const job of jobs) {
        for (const step of job.steps) {
          const called = step.uses?.startsWith("./") ? byPath.get(step.uses.slice(2)) : void 0;
          if (called && depth < 2) collect(step.uses.slice(2), called.jobs, depth + 1, when);
          if (step.uses && matchesAny(step.uses, actions)) runs.push({ dir: step.workingDirectory ?? ".", ecosystem: "any", line: step.line, path: file, ...when });
          for (const command of splitCommands(step.run ?? "")) {
            const found = testRuns(context, command, step, 0);
            for (const run of found) runs.push({ ...run, line: step.line, path: file, ...when });
            const words = command.trim().split(/\s+/).slice(0, workspaceCommand(command) ? 4 : 3).join(" ");
            if (found.length === 0 && command.trim()) {
              if (when.gates) ran.add(words);
              else ranAfter.set(when.workflow, (ranAfter.get(when.workflow) ?? /* @__PURE__ */ new Set()).add(words));
            }
          }
        }
      }
    };
    for (const { path: file, workflow } of workflows) {
      for (const job of workflow.jobs) {
        const triggers = job.triggers ?? workflow.triggers;
        if (triggers.every((t) => t === "workflow_call")) continue;
        collect(file, [job], 0, { gates: gates(workflow, job), events: describeEvents(workflow, job), workflow });
      }
    }
    const main = workflows.find(({ workflow }) => workflow.jobs.some((job) => gates(workflow, job))) ?? workflows.find(({ workflow }) => workflow.jobs.some((job) => runsOnChanges(workflow, job))) ?? workflows[0];
    for (const [service, suite] of [...suites].toSorted(([a], [b]) => compare(a, b))) {
      const reaching = runs.filter((r) => isWithin(service, r.dir) && (r.ecosystem === "any" || suite.ecosystems.has(r.ecosystem)));
      const own = reaching.filter((r) => !r.fanOut || definesScript(facts, service, r.fanOut.script));
      if (own.some((r) => r.gates)) continue;
      const passedBy = reaching.find((r) => r.gates && r.fanOut && !own.includes(r))?.fanOut;
      const tests = `${listing(suite.evidence.slice(0, 2))}${suite.evidence.length > 2 ? "\u2026" : ""}`;
      const late = own[0];
      if (late) {
        const file = workflows.find((w) => w.workflow === late.workflow).path;
        report({
          messageId: "afterMerge",
          data: { service: serviceLabel(service), tests, events: late.events, workflow: file },
          location: { ...late.workflow.location, path: file },
          anchor: `service:${service}`,
          related: [{ path: late.path, startLine: late.line, message: `runs the tests of ${serviceLabel(service)}` }]
        });
        continue;
      }
      if (!main) {
        report({ messageId: "noCi", data: { service: serviceLabel(service), tests }, location: null, anchor: `service:${service}` });
        continue;
      }
      const home = service === "." ? void 0 : workflows.find(({ workflow }) => workflow.jobs.some((job) => gates(workflow, job) && job.steps.some((s) => s.workingDirectory !== null && s.workingDirectory !== "." && isWithin(s.workingDirectory, service))));
      const at2 = home ?? main;
      const commands = ran.size > 0 ? [...ran] : [...ranAfter.get(at2.workflow) ?? []];
      report({
        messageId: "notRun",
        data: {
          service: serviceLabel(service),
          tests,
          ran: passedBy ? `\`${passedBy.command}\` runs the \`${passedBy.script}\` script of each workspace that defines one, and ${serviceLabel(service)} defines none` : commands.length > 0 ? `the pipelines run ${listing(commands.slice(0, 6).map((c) => `\`${c}\``))}` : "the pipelines run no shell command"
        },
        location: jobsLocation(at2.path, at2.workflow),
        anchor: `service:${service}`,
        related: workflows.filter((w) => w !== at2).map((w) => ({ path: w.path, startLine: w.workflow.location.startLine, message: `${w.workflow.name} runs no tests of ${serviceLabel(service)}` }))
      });
    }
  }
};
function definesScript(facts, service, name) {
  const manifest = facts.byPath.get(service === "." ? "package.json" : `${service}/package.json`);
  const script = manifest?.scripts.find((s) => s.name === name);
  return script !== void 0 && !DELEGATES.test(script.command);
}
function testSuites(facts) {
  const suites = /* @__PURE__ */ new Map();
  const add = (service, ecosystem, evidence) => {
    const suite = suites.get(service) ?? { ecosystems: /* @__PURE__ */ new Set(), evidence: [] };
    suite.ecosystems.add(ecosystem);
    if (!suite.evidence.includes(evidence)) suite.evidence.push(evidence);
    suites.set(service, suite);
  };
  for (const p of facts.paths()) {
    const ecosystem = JS_TEST_FILE.test(p) ? "js" : PY_TEST_FILE.test(p) ? "python" : GO_TEST_FILE.test(p) ? "go" : null;
    if (ecosystem) add(facts.serviceOf(p), ecosystem, p);
  }
  for (const f of facts.fileFacts) {
    for (const s of f.scripts) {
      if (s.name === "test" && !/no test specified|exit 1$|^echo\b/.test(s.command) && !DELEGATES.test(s.command)) add(facts.serviceOf(f.path), "js", `"test": "${s.command}" in ${f.path}`);
    }
  }
  return suites;
}
function gates(workflow, job) {
  if (job.triggers) return job.triggers.some((t) => GATING_EVENTS.has(t));
  if (workflow.triggers.some((t) => GATING_EVENTS.has(t))) return true;
  return workflow.triggers.includes("push") && (workflow.pushBranches === void 0 || workflow.pushBranches.some((b) => b === "*" || b === "**"));
}
function runsOnChanges(workflow, job) {
  return (job.triggers ?? workflow.triggers).some((t) => t === "push" || GATING_EVENTS.has(t));
}
function describeEvents(workflow, job) {
  const triggers = job.triggers ?? workflow.triggers;
  const words = triggers.map((t) => {
    if (t !== "push" || job.triggers || workflow.pushBranches === void 0) return t;
    return workflow.pushBranches.length === 0 ? "push of a tag" : `push to ${alternatives(workflow.pushBranches)}`;
  });
  return alternatives(words);
}
function alternatives(items) {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function jobsLocation(file, workflow) {
  const first = workflow.jobs[0];
  const last = workflow.jobs[workflow.jobs.length - 1];
  if (!first || !last) return { ...workflow.location, path: file };
  return { path: file, startLine: Math.min(workflow.jobsLine ?? first.line, first.line), endLine: Math.max(first.line, last.endLine), startColumn: 1, endColumn: 1 };
}
function splitCommands(run) {
  return run.split(/\n|&&|\|\||;/).map((c) => c.trim()).filter((c) => c && !c.startsWith("#"));
}
function testRuns(context, command, step, depth, scriptDir) {
  const { facts, commands } = context;
  let dir = scriptDir ?? step.workingDirectory ?? ".";
  const cd = /^cd\s+(\S+)\s*$/.exec(command);
  if (cd) return [];
  if (!scriptDir && step.run) {
    const before = step.run.slice(0, step.run.indexOf(command));
    const lastCd = [...before.matchAll(/\bcd\s+([^\s;&|]+)/g)].pop();
    if (lastCd) dir = path6.posix.normalize(path6.posix.join(dir, lastCd[1].replace(/^["']|["']$/g, ""))).replace(/\/$/, "") || ".";
  }
  const scoped = depth <= 3 ? workspaceCommand(command) : null;
  const folders = scoped ? context.workspaces.folders(scoped.selectors, dir) : null;
  if (scoped && folders) {
    return folders.flatMap((folder) => scoped.exec !== null ? testRuns(context, scoped.exec, step, depth + 1, folder) : scoped.scripts.flatMap((script2) => testRuns(context, `npm run ${script2}`, step, depth + 1, folder)));
  }
  const fanned = DELEGATES.test(command) && JS_COMMAND.test(command) ? FANNED_SCRIPT.exec(command)?.[1] : void 0;
  if (fanned) return [{ dir, ecosystem: "js", fanOut: { script: fanned, command: command.trim() } }];
  if (matchesAny(command, commands)) {
    const target = /\b(?:pytest|py\.test|go\s+test)\s+(?:-\S+\s+)*([\w./-]+)/.exec(command)?.[1];
    const runDir = target && !target.startsWith("-") && !target.startsWith("./...") ? path6.posix.normalize(path6.posix.join(dir, target)).replace(/\/(?:\.\.\.)?$/, "") : dir;
    const ecosystem = PYTHON_COMMAND.test(command) ? "python" : /\bgo\s+test\b/.test(command) ? "go" : JS_COMMAND.test(command) ? "js" : "any";
    return [{ dir: runDir === "" ? "." : runDir, ecosystem }];
  }
  const script = SCRIPT_CALL.exec(command);
  if (!script || depth > 3) return [];
  const name = script[3];
  if (!script[2] && NPM_BUILTINS.has(name)) return [];
  const scriptRoot = script[1] ? path6.posix.normalize(path6.posix.join(dir, script[1])) : dir;
  const manifest = scriptRoot === "." ? "package.json" : `${scriptRoot}/package.json`;
  const manifestFacts = facts.byPath.get(manifest);
  if (!manifestFacts) return name.startsWith("test") ? [{ dir: scriptRoot, ecosystem: "any" }] : [];
  const defined = manifestFacts.scripts.find((s) => s.name === name);
  if (!defined) return [];
  return splitCommands(defined.command).flatMap((inner) => testRuns(context, inner, step, depth + 1, scriptRoot));
}
var VALUED_FLAG = /^(?:-C|--dir|--prefix|--cwd|--concurrency|--workspace-concurrency|--reporter|--loglevel|--cache-dir|--output-logs|--log-order|--env-mode|--ignore|--since|--stream-prefix)$/;
function workspaceCommand(command) {
  const tokens = command.trim().split(/\s+/).map((t) => t.replace(/^["']|["']$/g, ""));
  const at2 = tokens.findIndex((t) => /^(?:pnpm|npm|yarn|turbo|lerna)$/.test(t));
  if (at2 < 0 || at2 > 2) return null;
  let tool = tokens[at2];
  let rest = tokens.slice(at2 + 1);
  const inner = rest.findIndex((t) => t === "turbo" || t === "lerna");
  if (inner >= 0 && inner <= 2 && rest.slice(0, inner).every((t) => t === "exec" || t === "dlx" || t === "--" || t === "run")) {
    tool = rest[inner];
    rest = rest.slice(inner + 1);
  }
  const selectors = [];
  const words = [];
  if (tool === "yarn" && rest[0] === "workspace" && rest[1]) {
    selectors.push(rest[1]);
    words.push(...rest.slice(2));
  } else {
    const selectorFlags = tool === "npm" ? /^(?:-w|--workspace)$/ : tool === "lerna" ? /^--scope$/ : tool === "yarn" ? null : /^(?:-F|--filter)$/;
    if (!selectorFlags) return null;
    for (let i = 0; i < rest.length; i++) {
      const token = rest[i];
      const [flag, value] = token.includes("=") ? [token.slice(0, token.indexOf("=")), token.slice(token.indexOf("=") + 1)] : [token, null];
      if (selectorFlags.test(flag)) {
        const selector = value ?? rest[++i];
        if (selector) selectors.push(selector);
      } else if (token === "--") {
        break;
      } else if (token.startsWith("-")) {
        if (value === null && VALUED_FLAG.test(token)) i++;
      } else {
        words.push(token);
      }
    }
  }
  if (selectors.length === 0) return null;
  if (words[0] === "exec" || words[0] === "x") return { selectors, scripts: [], exec: words.slice(1).join(" ") };
  if (tool !== "turbo" && tool !== "lerna" && words[0] !== void 0 && NPM_BUILTINS.has(words[0])) return { selectors, scripts: [], exec: null };
  const scripts = words[0] === "run" || words[0] === "run-script" ? words.slice(1) : words.slice(0, 1);
  return { selectors, scripts: tool === "turbo" || tool === "lerna" ? scripts : scripts.slice(0, 1), exec: null };
}
var Workspaces = class {
  manifests;
  globs = /* @__PURE__ */ new Map();
  constructor(facts) {
    this.manifests = [...facts.fileFacts].filter((f) => /(?:^|\/)package\.json$/.test(f.path)).map((f) => ({ folder: path6.posix.dirname(f.path), name: f.packages[0]?.name ?? null }));
  }
  isMatch(value, glob) {
    let matcher = this.globs.get(glob);
    if (!matcher) this.globs.set(glob, matcher = (0, import_picomatch3.default)(glob));
    return matcher(value);
  }
  /**
   * The folders of the workspaces selectors name: a package name or a glob of names (`@acme/api`,
   * `@acme/*`), a folder relative to where the command runs (`./apps/api`, `{apps/*}`, npm's
   * `-w apps/api`), an exclusion (`!@acme/web`). Null when one cannot be resolved: dependency
   * graphs (`@acme/api...`), changed-since filters (`[origin/main]`) or a name no manifest has.
   */
  folders(selectors, fromDir) {
    const manifests = this.manifests;
    const chosen = /* @__PURE__ */ new Set();
    const excluded = /* @__PURE__ */ new Set();
    for (const raw of selectors) {
      const negated = raw.startsWith("!");
      let selector = negated ? raw.slice(1) : raw;
      if (/\.\.\.|\[|\^/.test(selector) || selector === "") return null;
      const braced = /^\{(.*)\}$/.exec(selector);
      if (braced) selector = braced[1];
      const byName = braced ? [] : manifests.filter((m) => m.name !== null && this.isMatch(m.name, selector));
      const folder = path6.posix.normalize(path6.posix.join(fromDir, selector)).replace(/\/$/, "");
      const byFolder = byName.length > 0 ? [] : manifests.filter((m) => this.isMatch(m.folder, folder));
      const found = [...byName, ...byFolder].map((m) => m.folder);
      if (found.length === 0) return null;
      for (const f of found) (negated ? excluded : chosen).add(f);
    }
    const base = chosen.size > 0 ? [...chosen] : manifests.map((m) => m.folder).filter((f) => f !== "." && f !== fromDir);
    return base.filter((f) => !excluded.has(f)).toSorted(compare);
  }
};

// src/rules/privacy/deletion-promise-is-built.ts
var REQUEST_VALUES = optionDefaults("security/object-access-is-scoped", "requestValues").map((p) => new RegExp(p));
var OWNER_VALUES = optionDefaults("security/object-access-is-scoped", "ownerValues").map((p) => new RegExp(p));
var USER_TARGET = /^(?:user|users|currentuser|current_user|me|account|profile|customer|person)$/i;
var deletionPromiseIsBuilt = {
  id: "privacy/deletion-promise-is-built",
  check({ facts, options, config, report }) {
    const channels = options.channels;
    const claims = policyClaims(facts, config, "erasure").filter((c) => channels.includes(c.channel));
    if (claims.length === 0) return "not-applicable";
    const allUserModels = patterns(options, "userModels");
    const declared = declaredModels(facts).flatMap((m) => [m.name, m.table ?? m.name].map(normaliseModel));
    const preferred = allUserModels.find((p) => declared.some((d) => p.test(d)));
    const userModels = preferred ? [preferred] : allUserModels;
    const deletionCalls = patterns(options, "deletionCalls");
    const personalFields = patterns(options, "personalFields");
    const deletionWords = patterns(options, "deletionWords");
    const personalWords = patterns(options, "personalWords");
    const isUserModel = (model) => matchesAny(normaliseModel(model), userModels);
    const isUser = (target) => isUserModel(target) || USER_TARGET.test(target.split(".").pop());
    const all = flows(facts);
    const isDeletionFlow = (f) => deletionFlow(f, deletionWords, personalWords);
    const userWrites = (f) => f.writes.filter((w) => isUser(w.target));
    const selfService = claims.some((c) => c.channel === "self-service");
    const ofAnother = (f, op) => selfService && f.kind === "route" && (op.keyedByRequestId === true || (op.filter ?? []).some((v) => matchesAny(v, REQUEST_VALUES)) || keyedByRequest(facts, f).has(opKey(op)));
    const userDeletes = (f) => f.dataOps.filter((op) => op.op === "delete" && op.model !== null && isUserModel(op.model));
    const erases = (f) => userDeletes(f).some((op) => !ofAnother(f, op)) || // `prisma.user.delete` is also a data operation: when that deletes someone else's account, the call does not count either.
    f.calls.some((c) => matchesAny(c.callee, deletionCalls) && !f.dataOps.some((op) => op.callee === c.callee && ofAnother(f, op))) || // In a flow about deleting the account: overwriting personal fields anonymises, and an untyped delete (`db.delete(user)`) deletes.
    isDeletionFlow(f) && (userWrites(f).some((w) => w.fields.some((field) => matchesAny(snakeCase(field), personalFields))) || f.dataOps.some((op) => op.op === "delete" && op.model === null && !ofAnother(f, op)));
    if (all.some(erases)) return;
    const claim = strongestClaim(claims);
    const related = claims.filter((c) => c !== claim).slice(0, 2).map((c) => ({ path: c.location.path, startLine: c.location.startLine, message: `also promised: "${quote(c)}"` }));
    const soft = all.filter((f) => isDeletionFlow(f) && userWrites(f).length > 0);
    if (soft.length > 0) {
      const flow = soft[0];
      const writes = userWrites(flow);
      const fields = [...new Set(writes.flatMap((w) => w.fields))];
      report({
        messageId: "softDelete",
        data: {
          sentence: quote(claim),
          claimAt: where(claim.location),
          route: flow.label,
          fields: fields.join(", "),
          model: modelName(writes[0].target, declaredModels(facts).find((m) => preferred?.test(normaliseModel(m.name)))?.name),
          writeAt: where(writes[0].location)
        },
        location: claim.location,
        anchor: "erasure",
        related: [
          { path: flow.location.path, startLine: flow.location.startLine, message: `${flow.label}: the account deletion` },
          ...writes.slice(0, 2).map((w) => ({ path: w.location.path, startLine: w.location.startLine, message: `sets ${w.fields.join(", ")} only` })),
          ...related
        ]
      });
      return;
    }
    const deleting = all.filter(isDeletionFlow);
    const removals = all.filter((f) => userDeletes(f).some((op) => ofAnother(f, op)));
    const considered = removals.length > 0 ? `the only user deletion (${removals.slice(0, 3).map((f) => f.label).join(", ")}) removes a user picked by an id from the request, someone else's account, not the caller's own` : deleting.length > 0 ? `${deleting.slice(0, 3).map((f) => f.label).join(", ")} ${deleting.length === 1 ? "deletes" : "delete"} neither the user nor their personal fields` : "no route or job deletes the user model, calls an identity provider's user deletion, or anonymises name and email";
    report({
      messageId: "missing",
      data: { sentence: quote(claim), claimAt: where(claim.location), considered },
      location: claim.location,
      anchor: "erasure",
      related: [...[...removals, ...deleting.filter((f) => !removals.includes(f))].slice(0, 3).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `considered: ${f.label}` })), ...related]
    });
  }
};
var KEYED = /* @__PURE__ */ new WeakMap();
function keyedByRequest(facts, f) {
  let keyed = KEYED.get(f);
  if (keyed) return keyed;
  keyed = /* @__PURE__ */ new Set();
  KEYED.set(f, keyed);
  const linked = f.route;
  if (!linked) return keyed;
  const body = linked.handler ?? linked.route;
  const bodyPath = linked.handler?.location.path ?? linked.route.location.path;
  const params = /* @__PURE__ */ new Set([...linked.route.params ?? [], ...pathParams(linked.fullPath)]);
  const fromRequest = (v) => matchesAny(v, REQUEST_VALUES) || params.has(v.split(/[.([]/)[0]);
  const own = (v) => !fromRequest(v) && matchesAny(v, OWNER_VALUES);
  const reached = reachFrom(facts, body.calls.map((call) => ({ call, path: bodyPath })), 4, void 0, body.dataOps);
  const ops = [...body.dataOps, ...reached.dataOps];
  const loadedByRequest = new Set(ops.flatMap((op) => op.op === "read" && op.boundTo && (op.filter ?? []).some(fromRequest) && !(op.filter ?? []).some(own) ? [op.boundTo] : []));
  const fromLoaded = (v) => loadedByRequest.has(v.split(/[.([?]/)[0]);
  for (const op of ops) {
    const filter = op.filter ?? [];
    if ((filter.some(fromRequest) || filter.some(fromLoaded)) && !filter.some(own)) keyed.add(opKey(op));
  }
  return keyed;
}
function opKey(op) {
  return `${op.location.path}:${op.location.startLine}:${op.location.startColumn}:${op.callee}`;
}
function deletionFlow(flow, deletionWords, personalWords) {
  const path11 = flow.route?.fullPath ?? "";
  const route = flow.route?.route;
  const routerWords = route?.framework === "trpc" && route.router ? wordsOf([route.router]).filter((w) => w !== "router") : [];
  if (path11) {
    const segments = path11.split("/").filter(Boolean);
    const words = [...routerWords, ...wordsOf(segments.filter((s) => !/^[:{]/.test(s)))];
    const personal = words.some((w) => matchesAny(w, personalWords));
    const last = segments[segments.length - 1] ?? "";
    if (personal && flow.route.route.method === "DELETE" && (matchesAny(last.toLowerCase(), personalWords) || /^[:{]/.test(last) && /^users?$/.test(segments[segments.length - 2] ?? ""))) return true;
    if (personal && words.some((w) => matchesAny(w, deletionWords))) return true;
  }
  return flow.names.some((name) => {
    const words = wordsOf([name]);
    return words.some((w) => matchesAny(w, deletionWords)) && words.some((w) => matchesAny(w, personalWords));
  });
}
function modelName(target, userModel) {
  const last = target.split(".").pop();
  if (userModel && USER_TARGET.test(last)) return userModel;
  return last.charAt(0).toUpperCase() + last.slice(1);
}

// src/rules/privacy/export-promise-is-built.ts
var HANDS_OFF = /(?:^|\.)(?:add|enqueue|send|delay|apply_async|add_task|trigger|publish|dispatch|sendEvent|start)$/;
var exportPromiseIsBuilt = {
  id: "privacy/export-promise-is-built",
  check({ facts, options, config, report }) {
    const channels = options.channels;
    const claims = policyClaims(facts, config, "export").filter((c) => channels.includes(c.channel));
    if (claims.length === 0) return "not-applicable";
    const exportWords = patterns(options, "exportWords");
    const personalWords = patterns(options, "personalWords");
    const all = flows(facts);
    const isExport = (flow) => namedFor(flow, exportWords, personalWords);
    const built = all.filter((f) => isExport(f) && (f.dataOps.some((op) => op.op === "read") || f.calls.some((c) => HANDS_OFF.test(c.callee))));
    if (built.length > 0) return;
    const lookalikes = all.filter((f) => f.route !== null && wordsOf([f.route.fullPath]).some((w) => matchesAny(w, exportWords)));
    const considered = lookalikes.length > 0 ? lookalikes.slice(0, 3).map((f) => isExport(f) ? `${f.label} reads no data` : `${f.label} exports ${subjectOf(f, exportWords)}, not one user's own data`).join("; ") : "no route, job or worker is named for exporting or downloading a user's data";
    const claim = strongestClaim(claims);
    report({
      messageId: "missing",
      data: { sentence: quote(claim), claimAt: where(claim.location), considered },
      location: claim.location,
      anchor: "export",
      related: [
        ...lookalikes.slice(0, 3).map((f) => ({ path: f.location.path, startLine: f.location.startLine, message: `considered: ${f.label}` })),
        ...claims.filter((c) => c !== claim).slice(0, 3).map((c) => ({ path: c.location.path, startLine: c.location.startLine, message: `also promised: "${quote(c)}"` }))
      ]
    });
  }
};
function namedFor(flow, exportWords, personalWords) {
  const path11 = flow.route?.fullPath ?? "";
  if (/(^|\/)admin(\/|$)/.test(path11)) return false;
  const segments = path11.split("/").filter(Boolean);
  const pathWords = wordsOf(segments.filter((s) => !/^[:{]/.test(s)));
  const personalPath = pathWords.some((w) => matchesAny(w, personalWords) && !/^users?$/.test(w)) || segments.some((s, i) => /^users?$/.test(s) && /^(?::|\{|me$)/.test(segments[i + 1] ?? ""));
  if (personalPath && pathWords.some((w) => matchesAny(w, exportWords))) return true;
  return flow.names.some((name) => {
    const words = wordsOf([name]);
    return words.some((w) => matchesAny(w, exportWords)) && words.some((w) => matchesAny(w, personalWords));
  });
}
function subjectOf(flow, exportWords) {
  const words = wordsOf((flow.route?.fullPath ?? "").split("/").filter((s) => !/^[:{]/.test(s))).filter((w) => !matchesAny(w, exportWords));
  return words.length > 0 ? words.join(" ") : "data";
}

// src/rules/privacy/policy-exists.ts
var policyExists = {
  id: "privacy/policy-exists",
  check({ facts, options, config, report }) {
    const personal = patterns(options, "personalFields");
    const models = [...facts.fileFacts].flatMap((f) => f.models);
    const storing = models.map((m) => ({ model: m, fields: m.fields.filter((field) => matchesAny(field.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase(), personal)) })).filter((m) => m.fields.length > 0);
    if (storing.length === 0) return "not-applicable";
    for (const missing of missingConfiguredPolicies(facts, config)) {
      report({
        messageId: "configuredMissing",
        data: { path: missing, config: config.file ?? "the configuration" },
        location: null,
        anchor: `configured:${missing}`
      });
    }
    if (config.privacyPolicies.some((p) => /^https?:\/\//i.test(p))) return;
    if (policyFiles(facts, config).length > 0) return;
    const [first] = storing;
    report({
      messageId: "missing",
      data: { model: first.model.name, fields: first.fields.join(", ") },
      location: first.model.location,
      anchor: "repository",
      related: storing.slice(1, 6).map((s) => ({ path: s.model.location.path, startLine: s.model.location.startLine, message: `${s.model.name} stores ${s.fields.join(", ")}` }))
    });
  }
};

// src/rules/privacy/retention-promise-is-enforced.ts
var retentionPromiseIsEnforced = {
  id: "privacy/retention-promise-is-enforced",
  check({ facts, config, report }) {
    const claims = policyClaims(facts, config, "retention").filter((c) => c.subject);
    if (claims.length === 0) return "not-applicable";
    const models = knownModels(facts);
    const reported = /* @__PURE__ */ new Set();
    for (const claim of claims) {
      const named = modelsForSubject(claim.subject, models);
      if (named.length === 0) continue;
      if (jobsDeleting(facts, named.map((m) => m.name)).length > 0) continue;
      if (named.some((m) => m.model?.ttlField)) continue;
      const key = named.map((m) => m.name).toSorted().join(",");
      if (reported.has(key)) continue;
      reported.add(key);
      const declared = named.find((m) => m.model)?.model ?? null;
      const jobs = resolvedJobs(facts);
      report({
        messageId: "notEnforced",
        data: {
          subject: claim.subject,
          models: named.map((m) => m.name).join(", "),
          modelAt: declared ? where(declared.location) : "written by the code",
          sentence: quote(claim),
          claimAt: where(claim.location),
          jobs: describeJobs(jobs)
        },
        location: claim.location,
        anchor: `retention:${key}`,
        related: [
          ...named.filter((m) => m.model).map((m) => ({ path: m.model.location.path, startLine: m.model.location.startLine, message: `model ${m.name}` })),
          ...jobRelated(jobs.filter((j) => j.deletes.length > 0))
        ]
      });
    }
  }
};

// src/rules/security/cors-is-restrictive.ts
var corsIsRestrictive = {
  id: "security/cors-is-restrictive",
  check({ facts, options, report }) {
    const flagWildcard = options.flagWildcardWithoutCredentials === true;
    let policies = 0;
    for (const file of facts.fileFacts) {
      for (const cors of file.cors) {
        policies++;
        const reflected = cors.origin === "reflect";
        const wildcard = cors.origin === "*";
        let messageId = null;
        if (reflected && cors.credentials === true) messageId = "reflectedWithCredentials";
        else if (wildcard && cors.credentials === true) messageId = "wildcardWithCredentials";
        else if (flagWildcard && wildcard) messageId = "wildcard";
        if (!messageId) continue;
        report({
          messageId,
          data: { via: cors.via, path: file.path, line: cors.location.startLine },
          location: cors.location,
          anchor: `${cors.via} ${cors.origin} ${cors.credentials}`
        });
      }
    }
    if (policies === 0) return "not-applicable";
  }
};

// src/rules/security/mutations-require-authentication.ts
var mutationsRequireAuthentication = {
  id: "security/mutations-require-authentication",
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return "not-applicable";
    for (const access of routes) {
      if (verdict(access) !== "authentication") continue;
      const { route } = access.linked;
      const data = {
        route: access.label,
        action: describeActions(access.writes, access.reveals),
        guards: access.guardNames.length > 0 ? access.guardNames.join(", ") : "none",
        helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(", ") : "no helpers"
      };
      report({
        messageId: access.unverifiedWebhook ? "webhook" : "missing",
        data,
        location: route.location,
        anchor: access.anchor,
        related: [
          ...access.writes.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.op} via ${s.op.callee}` })),
          ...access.reveals.slice(0, 1).map((r) => ({ path: r.path, startLine: r.line, message: `reveals a secret via ${r.what}` })),
          ...access.related
        ]
      });
    }
  }
};

// src/rules/security/mutations-require-authorization.ts
var mutationsRequireAuthorization = {
  id: "security/mutations-require-authorization",
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return "not-applicable";
    for (const access of routes) {
      if (verdict(access) !== "authorization") continue;
      const { route } = access.linked;
      const offending = access.unscopedWrites.length > 0 ? access.unscopedWrites : access.writes;
      const first = offending[0];
      const scoping = first ? first.tenant && access.privileged ? `${whereOf(first)} is limited to the caller's organization only (${first.tenant}${access.membership ? `; ${access.membership.what} only checks membership` : ""}), which does not decide who in it may perform ${access.privileged.what}` : `${whereOf(first)} is not limited to the caller${first.request.length > 0 ? ` (it is selected by ${requestKeys(first.request).join(", ")})` : ""}${access.membership ? `; ${access.membership.what} only checks membership` : ""}` : `${access.reveals[0].what} reveals a secret to any ${access.membership ? `member of the organization (${access.membership.what} only checks membership)` : "signed-in user"}`;
      report({
        messageId: "missing",
        data: {
          route: access.label,
          action: describeActions(offending.length > 0 ? offending : access.writes, access.reveals),
          authentication: access.authentication.what,
          guards: access.guardNames.length > 0 ? access.guardNames.join(", ") : "none",
          helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(", ") : "no helpers",
          scoping
        },
        location: route.location,
        anchor: access.anchor,
        related: [
          { path: access.authentication.path, startLine: access.authentication.line, message: `authentication: ${access.authentication.what}` },
          ...offending.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.op} via ${s.op.callee}, not limited to the caller` })),
          ...access.related
        ]
      });
    }
  }
};

// src/rules/security/no-committed-env-files.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
var DOTENV = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;
var noCommittedEnvFiles = {
  id: "security/no-committed-env-files",
  check({ facts, options, report }) {
    const templates = (Array.isArray(options.templateSuffixes) ? options.templateSuffixes : []).map(String);
    const secretNames = (Array.isArray(options.secretNames) ? options.secretNames : []).map((p) => new RegExp(String(p), "i"));
    const excluded = (0, import_picomatch4.default)(Array.isArray(options.excludePaths) ? options.excludePaths.map(String) : [], { dot: true });
    let envFiles = 0;
    for (const file of facts.fileFacts) {
      if (!DOTENV.test(file.path) || excluded(file.path)) continue;
      const base = file.path.slice(file.path.lastIndexOf("/") + 1);
      if (templates.some((t) => base.endsWith(t))) continue;
      envFiles++;
      const lines = new Set(file.secrets.map((s) => s.location.startLine));
      const secrets = file.envDeclarations.filter((d) => d.value === "set" && secretNames.some((p) => p.test(d.name)) || lines.has(d.location.startLine));
      if (secrets.length === 0) continue;
      report({
        messageId: "committed",
        data: { path: file.path, count: secrets.length, names: secrets.slice(0, 5).map((d) => d.name).join(", ") },
        location: secrets[0].location,
        anchor: file.path,
        related: secrets.slice(1, 6).map((d) => ({ path: file.path, startLine: d.location.startLine, message: `${d.name} has a value` }))
      });
    }
    if (envFiles === 0) return "not-applicable";
  }
};

// src/rules/security/no-hardcoded-secrets.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
var DOTENV2 = /^\.env(?:\.[\w.-]+)?$/;
var noHardcodedSecrets = {
  id: "security/no-hardcoded-secrets",
  check({ facts, options, report }) {
    const excluded = (0, import_picomatch5.default)(options.excludePaths ?? [], { dot: true });
    const envTemplates = (Array.isArray(options.envTemplateSuffixes) ? options.envTemplateSuffixes : []).map(String);
    for (const file of facts.fileFacts) {
      if (file.secrets.length === 0 || excluded(file.path)) continue;
      const base = file.path.slice(file.path.lastIndexOf("/") + 1);
      if (DOTENV2.test(base) && !envTemplates.some((t) => base.endsWith(t))) continue;
      for (const secret of file.secrets) {
        report({
          messageId: "hardcoded",
          data: { kind: secret.kind, redacted: secret.redacted, path: file.path, line: secret.location.startLine },
          location: secret.location,
          // The value's hash: the gap keeps its id when the line moves, and a second key in the same file is a second gap.
          anchor: secret.valueHash
        });
      }
    }
  }
};

// src/rules/security/object-access-is-scoped.ts
var VERBS2 = { read: "loads", update: "changes", delete: "deletes", create: "creates" };
var objectAccessIsScoped = {
  id: "security/object-access-is-scoped",
  check({ facts, options, report }) {
    const analysis = AccessAnalysis.of(facts, options);
    const routes = analysis.routes();
    if (routes.length === 0) return "not-applicable";
    for (const access of routes) {
      if (verdict(access) !== "object-access") continue;
      const { route } = access.linked;
      const first = access.unscopedPastMembership[0] ?? access.unscopedByRequest[0];
      const typeLevel = access.authorization !== null && access.typeLevelOnly;
      const membershipOnly = !typeLevel && access.authorization !== null && access.membershipOnly;
      const workspaceCheck = access.membership ?? access.authorization;
      const pastMembership = !typeLevel && access.unscopedPastMembership.length > 0 && workspaceCheck !== null;
      report({
        messageId: typeLevel ? "typeLevel" : pastMembership ? "pastMembership" : membershipOnly ? "membershipOnly" : "unscoped",
        data: {
          ...typeLevel || membershipOnly && !pastMembership ? { check: access.authorization.what } : {},
          ...pastMembership ? { membership: workspaceCheck.what } : {},
          route: access.label,
          action: `${VERBS2[first.op.op]} ${displayModel(first.op)}`,
          key: requestKeys(first.request).join(", "),
          query: `${first.op.callee} in ${first.op.location.path}:${first.op.location.startLine}`,
          authentication: access.authentication.what,
          helpers: access.helperNames.length > 0 ? access.helperNames.slice(0, 6).join(", ") : "no helpers"
        },
        location: route.location,
        anchor: access.anchor,
        related: [
          ...access.unscopedByRequest.slice(0, 3).map((s) => ({ path: s.op.location.path, startLine: s.op.location.startLine, message: `${s.op.callee} selected by ${requestKeys(s.request).join(", ")} with no owner or organization condition` })),
          ...access.related
        ]
      });
    }
  }
};

// src/rules/security/session-cookies-are-secure.ts
var DEFAULTS = {
  "express-session": { httpOnly: "true", path: "/" },
  "cookie-session": { httpOnly: "true" },
  // @fastify/session: httpOnly and secure default to true; sameSite has no default.
  "fastify-session": { httpOnly: "true", secure: "true", path: "/" },
  "fastify-secure-session": { httpOnly: "true" },
  "koa-session": { httpOnly: "true" }
};
var EXPLICIT_ONLY = /* @__PURE__ */ new Set(["django-settings", "flask-config"]);
var sessionCookiesAreSecure = {
  id: "security/session-cookies-are-secure",
  check({ facts, options, report }) {
    const names = (Array.isArray(options.sessionCookieNames) ? options.sessionCookieNames : []).map((p) => new RegExp(String(p), "i"));
    const required = Array.isArray(options.requiredAttributes) ? options.requiredAttributes.map(String) : ["httpOnly", "secure", "sameSite"];
    let cookies = 0;
    for (const file of facts.fileFacts) {
      for (const cookie of file.cookies) {
        const middleware = cookie.via in DEFAULTS || EXPLICIT_ONLY.has(cookie.via);
        if (!middleware && (cookie.name === null || !(names.some((p) => p.test(cookie.name)) || cookie.constant !== void 0 && constantNamesSession(cookie.constant, names)))) continue;
        cookies++;
        const missing = weakAttributes(cookie, required).filter((m) => !EXPLICIT_ONLY.has(cookie.via) || !m.endsWith(" not set"));
        if (EXPLICIT_ONLY.has(cookie.via) && overridden(facts, file.path, cookie)) continue;
        if (missing.length === 0) continue;
        const name = cookie.name ?? (middleware ? `${cookie.via} session cookie` : "cookie");
        report({
          messageId: "weak",
          data: { name, via: cookie.via, missing: missing.join(", "), path: file.path, line: cookie.location.startLine },
          location: cookie.location,
          // The constant when there is one: the gap keeps its id now that the value is read.
          anchor: `${cookie.via} ${cookie.constant ?? name}`
        });
      }
    }
    if (cookies === 0) return "not-applicable";
  }
};
function weakAttributes(cookie, required) {
  const attrs = { ...DEFAULTS[cookie.via], ...cookie.defaults, ...cookie.attributes };
  const out = [];
  const spread = "..." in cookie.attributes;
  for (const name of required) {
    const value = attrs[name];
    if (value === void 0) {
      if (!spread) out.push(`${name} not set`);
    } else if (value === "false") out.push(`${name}: false`);
    else if (name === "sameSite" && /^none$/i.test(value) && attrs.secure !== "true") out.push(`sameSite: '${value}' without secure`);
  }
  return out;
}
function overridden(facts, path11, cookie) {
  const weak = Object.entries(cookie.attributes).filter(([, v]) => v === "false").map(([k]) => k);
  if (weak.length === 0) return false;
  const service = facts.serviceOf(path11);
  const others = [...facts.fileFacts].filter((f) => f.path !== path11 && facts.serviceOf(f.path) === service).flatMap((f) => f.cookies.filter((c) => c.via === cookie.via));
  return weak.every((attribute) => others.some((c) => c.attributes[attribute] !== void 0 && c.attributes[attribute] !== "false"));
}
function constantNamesSession(constant, names) {
  const words = (constant.split(".").pop() ?? constant).replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[_\W]+/).filter((w) => w !== "" && !/^(?:cookie|cookies|name|key)$/i.test(w));
  return words.length > 0 && words.every((w) => names.some((p) => p.test(w)));
}

// src/rules/index.ts
var RULE_CHECKS = [
  auditLogIsAppendOnly,
  auditTrailExists,
  sensitiveActionsAreRecorded,
  alertsReachADestination,
  errorTrackingIsConfigured,
  healthEndpointExists,
  uptimeIsMonitored,
  dependencyUpdatesAreAutomated,
  expiredDataIsCleanedUp,
  publicEndpointsAreRateLimited,
  restoreIsTested,
  runbookExists,
  securityPolicyExists,
  testsRunInCi,
  deletionPromiseIsBuilt,
  exportPromiseIsBuilt,
  policyExists,
  retentionPromiseIsEnforced,
  corsIsRestrictive,
  mutationsRequireAuthentication,
  mutationsRequireAuthorization,
  noCommittedEnvFiles,
  noHardcodedSecrets,
  objectAccessIsScoped,
  sessionCookiesAreSecure
];
var CHECKS_BY_ID = new Map(RULE_CHECKS.map((c) => [c.id, c]));
var BUILTIN_RULES = RULE_DEFINITIONS;

// src/core/config.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_ajv_formats = __toESM(require_dist2(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import path7 from "node:path";

// schema/shipshape.schema.json
var shipshape_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://shipshape.dev/schema/shipshape.schema.json",
  title: "shipshape configuration",
  description: "Configuration for shipshape production-readiness audits. Lives in .github/shipshape.yml or .shipshape.yml.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "Path or URL of this schema, for editors." },
    "fail-on": {
      description: "The least urgent phase whose new gaps fail a pull-request check and make `shipshape scan` exit 1.",
      enum: ["critical", "hardening", "polish"],
      default: "critical"
    },
    rules: {
      description: "Per-rule settings, keyed by rule id (`shipshape rules` lists them). A value of `off` disables a rule, `on` enables it, a phase name moves it to that phase, and an object sets `enabled`, `phase` and `options`.",
      type: "object",
      propertyNames: { pattern: "^[a-z]+/[a-z0-9-]+$" },
      additionalProperties: {
        oneOf: [
          { enum: ["off", "on", "critical", "hardening", "polish"] },
          {
            type: "object",
            additionalProperties: false,
            properties: {
              enabled: { type: "boolean", description: "Run this rule.", default: true },
              phase: { enum: ["critical", "hardening", "polish"], description: "The phase its gaps belong to, overriding the rule's default." },
              options: { type: "object", description: "Rule options; `shipshape explain <rule-id>` lists them." }
            }
          }
        ]
      },
      default: {}
    },
    exclude: {
      description: "Glob patterns (relative to the repository root) of paths not to scan, in addition to .gitignore.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    "max-file-size": {
      description: "Files larger than this many bytes are skipped.",
      type: "integer",
      minimum: 1024,
      default: 1048576
    },
    privacy: {
      description: "Where the privacy policy lives.",
      type: "object",
      additionalProperties: false,
      properties: {
        policies: {
          description: "Repository paths (files, folders or globs) of privacy-policy documents whose promises the privacy rules check, or https URLs of a policy published elsewhere (counts as existing; its promises cannot be read).",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        }
      }
    },
    ignore: {
      description: "Gaps accepted as known risks. Each entry names a rule or a gap id and says why; an entry with `until` stops applying after that date.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["reason"],
        oneOf: [{ required: ["rule"] }, { required: ["gap"] }],
        properties: {
          rule: { type: "string", pattern: "^[a-z]+/[a-z0-9-]+$", description: "A rule id: every gap of this rule (optionally only under `paths`)." },
          gap: { type: "string", pattern: "^[0-9a-f]{8,64}$", description: "One gap's id (its fingerprint, shown in every report)." },
          paths: { type: "array", items: { type: "string", minLength: 1 }, description: "Glob patterns: only gaps in these paths." },
          reason: { type: "string", minLength: 3, description: "Why this risk is accepted. Shown in reports." },
          until: { type: "string", format: "date", description: "YYYY-MM-DD: after this date the entry no longer applies and the report says so." }
        }
      },
      default: []
    },
    project: {
      description: "A GitHub Projects (v2) board the App adds phase issues to: `<owner>/<number>`.",
      type: "string",
      pattern: "^[A-Za-z0-9-]+/[0-9]+$"
    }
  }
};

// src/core/model.ts
var DIMENSIONS = ["security", "audit", "privacy", "monitoring", "operations"];
var PHASES = ["critical", "hardening", "polish"];
var PHASE_SEVERITY = {
  critical: "error",
  hardening: "warning",
  polish: "note"
};
var PHASE_TITLES = {
  critical: "Phase 1 \u2014 Critical",
  hardening: "Phase 2 \u2014 Hardening",
  polish: "Phase 3 \u2014 Polish"
};
function phaseAtOrAbove(phase, threshold) {
  return PHASES.indexOf(phase) <= PHASES.indexOf(threshold);
}

// src/core/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var YamlFile = class _YamlFile {
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
    this.value = doc.toJS({ maxAliasCount: 100 });
  }
  file;
  value;
  doc;
  lines;
  /** Parses YAML; syntax errors name the file and line. */
  static parse(file, text) {
    const lines = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
    const [error] = doc.errors;
    if (error) {
      const line = error.linePos?.[0]?.line ?? null;
      throw new ShipshapeError(`${file}${line ? `:${line}` : ""}: ${error.message.split("\n")[0]}`, { file, line });
    }
    return new _YamlFile(file, doc, lines);
  }
  /** The line of the node at a path (for a missing key, its parent's line). `key` asks for the key's own line. */
  lineOf(path11, key) {
    let node = this.doc.contents;
    let line = this.rangeLine(node);
    for (const segment of path11) {
      if (!(0, import_yaml.isMap)(node) && !(node && typeof node === "object" && "items" in node)) break;
      const next = node.get(segment, true);
      if (next === void 0) break;
      node = next;
      line = this.rangeLine(node) ?? line;
    }
    if (key !== void 0 && (0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
      if (pair) line = this.rangeLine(pair.key) ?? line;
    }
    return line;
  }
  rangeLine(node) {
    const range = node?.range;
    return range ? this.lines.linePos(range[0]).line : null;
  }
};

// src/core/config.ts
var CONFIG_LOCATIONS = [".github/shipshape.yml", ".github/shipshape.yaml", ".shipshape.yml", ".shipshape.yaml"];
var DEFAULT_CONFIG = {
  file: null,
  failOn: "critical",
  rules: {},
  exclude: [],
  maxFileSize: 1024 * 1024,
  privacyPolicies: [],
  ignore: [],
  project: null
};
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
function createAjv() {
  return addFormats(new import_ajv.Ajv({ allErrors: true, strict: false, useDefaults: true }));
}
var validateConfig = null;
async function loadConfig(root, catalogue, explicit) {
  if (explicit) {
    const absolute = path7.resolve(root, explicit);
    let text;
    try {
      text = await readFile2(absolute, "utf8");
    } catch (error) {
      throw new ConfigError([new ShipshapeError(`cannot read config ${explicit}: ${error.code ?? error.message}`, { file: explicit })]);
    }
    return parseConfig(displayPath(root, absolute), text, catalogue);
  }
  const found = [];
  for (const rel of CONFIG_LOCATIONS) {
    try {
      found.push({ rel, text: await readFile2(path7.join(root, rel), "utf8") });
    } catch {
    }
  }
  if (found.length > 1) {
    throw new ConfigError([new ShipshapeError(`found ${found.map((f) => f.rel).join(" and ")}: keep one configuration file`, { file: found[1].rel })]);
  }
  const [only] = found;
  return only ? parseConfig(only.rel, only.text, catalogue) : { ...DEFAULT_CONFIG };
}
function displayPath(root, absolute) {
  const rel = path7.relative(root, absolute);
  return rel.startsWith("..") ? absolute : rel.split(path7.sep).join("/");
}
function parseConfig(file, text, catalogue) {
  let yaml;
  try {
    yaml = YamlFile.parse(file, text);
  } catch (error) {
    throw new ConfigError([error]);
  }
  const raw = yaml.value ?? {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([new ShipshapeError(`${file}:1: the configuration must be a mapping of keys (fail-on, rules, exclude, ignore\u2026)`, { file, line: 1 })]);
  }
  validateConfig ??= createAjv().compile(shipshape_schema_default);
  const data = structuredClone(raw);
  for (const [key, value] of Object.entries(data)) if (value === null) delete data[key];
  const problems = [];
  if (!validateConfig(data)) problems.push(...schemaProblems(yaml, validateConfig.errors ?? []));
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const rules = {};
  const rawRules = data.rules ?? {};
  for (const [id, value] of Object.entries(rawRules)) {
    const definition = byId.get(id);
    if (!definition) {
      problems.push(problem(yaml, ["rules"], id, `unknown rule '${id}'${suggest(id, [...byId.keys()])}; \`shipshape rules\` lists them`));
      continue;
    }
    const setting = ruleSetting(value);
    if (!setting) continue;
    const optionsProblem = validateOptions(definition, setting.options);
    if (optionsProblem) problems.push(problem(yaml, ["rules", id, "options"], void 0, `rules.${id}.options: ${optionsProblem}`));
    rules[id] = setting;
  }
  const ignore2 = [];
  const rawIgnore = Array.isArray(data.ignore) ? data.ignore : [];
  rawIgnore.forEach((entry, index) => {
    if (!entry || typeof entry !== "object") return;
    const rule = typeof entry.rule === "string" ? entry.rule : null;
    if (rule && !byId.has(rule)) {
      problems.push(problem(yaml, ["ignore", index], "rule", `ignore[${index}].rule: unknown rule '${rule}'${suggest(rule, [...byId.keys()])}`));
    }
    ignore2.push({
      rule,
      gap: typeof entry.gap === "string" ? entry.gap : null,
      paths: Array.isArray(entry.paths) ? entry.paths : [],
      reason: String(entry.reason ?? ""),
      until: typeof entry.until === "string" ? entry.until : null,
      file,
      line: yaml.lineOf(["ignore", index])
    });
  });
  if (problems.length > 0) throw new ConfigError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return {
    file,
    failOn: data["fail-on"] ?? "critical",
    rules,
    exclude: data.exclude ?? [],
    maxFileSize: data["max-file-size"] ?? DEFAULT_CONFIG.maxFileSize,
    privacyPolicies: data.privacy?.policies ?? [],
    ignore: ignore2,
    project: data.project ?? null
  };
}
function ruleSetting(value) {
  if (value === "off") return { enabled: false, phase: null, options: {} };
  if (value === "on") return { enabled: true, phase: null, options: {} };
  if (typeof value === "string" && PHASES.includes(value)) return { enabled: true, phase: value, options: {} };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const v = value;
    return { enabled: v.enabled ?? true, phase: v.phase ?? null, options: v.options ?? {} };
  }
  return null;
}
var optionValidators = /* @__PURE__ */ new Map();
var optionsAjv = null;
function validateOptions(definition, options) {
  let validate = optionValidators.get(definition.id);
  if (!validate) {
    optionsAjv ??= createAjv();
    validate = optionsAjv.compile({ type: "object", additionalProperties: false, properties: {}, ...definition.options });
    optionValidators.set(definition.id, validate);
  }
  if (validate(structuredClone(options))) return null;
  const known = Object.keys(definition.options.properties ?? {});
  return (validate.errors ?? []).map((e) => `${e.instancePath.slice(1).replace(/\//g, ".") || ""}${e.instancePath ? ": " : ""}${describe2(e, "options", known)}`).join("; ");
}
function resolveOptions(definition, setting) {
  const options = structuredClone(setting?.options ?? {});
  if (!optionValidators.has(definition.id)) validateOptions(definition, {});
  optionValidators.get(definition.id)(options);
  return options;
}
function schemaProblems(yaml, errors) {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const kept = errors.filter((e) => e.keyword === "oneOf" || !(oneOfPaths.has(e.instancePath) && e.schemaPath.includes("/oneOf/")));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const error of kept) {
    const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const pathSegments = segments.map((s) => /^\d+$/.test(s) ? Number(s) : s);
    const key = error.keyword === "additionalProperties" ? String(error.params.additionalProperty) : void 0;
    const keyPath = [...segments, ...key ? [key] : []].join(".") || "(top level)";
    const text = `${keyPath}: ${describe2(error, keyPath)}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push(problem(yaml, pathSegments, key, text));
  }
  return out;
}
function describe2(error, keyPath, known = keyPath.includes(".") ? [] : Object.keys(shipshape_schema_default.properties)) {
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key '${String(error.params.additionalProperty)}'${suggest(String(error.params.additionalProperty), known)}`;
    case "enum":
      return `must be one of ${error.params.allowedValues.join("|")}`;
    case "oneOf":
      return keyPath.startsWith("rules.") ? "must be off, on, a phase (critical|hardening|polish) or a mapping with enabled, phase and options" : keyPath.startsWith("ignore.") ? "needs exactly one of `rule` or `gap`" : "matches none or several of the allowed forms";
    case "required":
      return `missing required key '${String(error.params.missingProperty)}'`;
    case "type":
      return `must be ${aOrAn(String(error.params.type))}`;
    case "format":
      return `must be a ${String(error.params.format)}${error.params.format === "date" ? " (YYYY-MM-DD)" : ""}`;
    case "pattern":
      return keyPath.startsWith("rules") ? "rule ids look like <dimension>/<name>" : `must match ${String(error.params.pattern)}`;
    default:
      return error.message ?? "is invalid";
  }
}
function aOrAn(type) {
  const word = type === "object" ? "mapping" : type === "array" ? "list" : type;
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
function problem(yaml, at2, key, text) {
  const line = yaml.lineOf(at2, key);
  return new ShipshapeError(`${yaml.file}${line ? `:${line}` : ""}: ${text}`, { file: yaml.file, line, key: [...at2, ...key ? [key] : []].join(".") || null });
}
function suggest(word, candidates) {
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean '${best}'?)` : "";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/core/fact-index.ts
import path8 from "node:path";
var USE_MOUNTS = /* @__PURE__ */ new Set(["express", "koa", "hono"]);
var SERVICE_MANIFEST = /(^|\/)(package\.json|requirements\.txt|pyproject\.toml|Pipfile|setup\.py|go\.mod|Gemfile)$/;
var RESOLVE_EXTENSIONS = ["", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", "/index.ts", "/index.tsx", "/index.js", ".py", "/__init__.py"];
var RECEIVER_SELF = /^(?:self|cls|this)$/;
var FactIndex = class {
  files;
  byPath = /* @__PURE__ */ new Map();
  functionsByName = /* @__PURE__ */ new Map();
  linked = null;
  serviceRoots = null;
  services = /* @__PURE__ */ new Map();
  allCalls = null;
  allDataOps = null;
  resolved = /* @__PURE__ */ new Map();
  pythonModules = null;
  pythonNames = null;
  /** Where each router or view is mounted: `${file}\0${name}` (name `*` for JS, `\0local\0` for same-file mounts). */
  parents = null;
  defaults = null;
  resolvedFunctions = /* @__PURE__ */ new Map();
  receiversBySignal = /* @__PURE__ */ new Map();
  actingMounts = /* @__PURE__ */ new Map();
  constructor(files, facts) {
    this.files = files;
    const forms = /* @__PURE__ */ new Map();
    for (const f of facts) this.byPath.set(f.path, f);
    this.resolveRepositories();
    for (const f of this.byPath.values()) {
      for (const form of f.formClasses) forms.set(form.name, [...forms.get(form.name) ?? [], { path: f.path, model: form.model }]);
      for (const fn of f.functions) {
        for (const signal of fn.receives ?? []) {
          const receivers = this.receiversBySignal.get(signal) ?? [];
          receivers.push(fn);
          this.receiversBySignal.set(signal, receivers);
        }
        for (const key of /* @__PURE__ */ new Set([fn.name, fn.qualifiedName])) {
          const list = this.functionsByName.get(key) ?? [];
          list.push(fn);
          this.functionsByName.set(key, list);
        }
      }
    }
    this.resolveFormModels(forms);
    this.resolveFactoryReceivers();
  }
  /**
   * `repo.update(…)` after `const repo = scoped(Invoice, user.workspaceId)`, where `scoped` only makes an instance
   * (`new WorkspaceRepository(entity, workspaceId)`, see `FunctionFact.constructs`): the method is that class's, and its
   * constructor is handed the factory's arguments in its parameters' places (`['Invoice', 'user.workspaceId']`).
   * Set from `receiverFactory` every time (the extractor never sets both), so facts kept in a cache give the same answer.
   */
  resolveFactoryReceivers() {
    for (const f of this.byPath.values()) {
      for (const summary of summariesOf(f)) {
        for (const call of summary.calls) {
          if (!call.receiverFactory) continue;
          const factory = this.resolveFunction(f.path, call.receiverFactory.name);
          const made = factory?.constructs;
          if (!factory || !made || factory.qualifiedName.includes(".")) {
            delete call.receiverType;
            delete call.receiverArgs;
            continue;
          }
          call.receiverType = made.type;
          const passed = call.receiverFactory.args;
          const args = (made.args ?? []).map((a) => {
            const root = /^[A-Za-z_$][\w$]*/.exec(a)?.[0];
            const i = root ? (factory.params ?? []).indexOf(root) : -1;
            return i < 0 ? "" : passed[i] ? passed[i] + a.slice(root.length) : "";
          });
          if (args.some((a) => a !== "")) call.receiverArgs = args;
          else delete call.receiverArgs;
        }
      }
    }
  }
  /**
   * `form.save()` writes the model the form class's `Meta.model` names (`AddressForm` →
   * `AddressBookEntry`), wherever the class is declared: the file's own, the module it is
   * imported from, else the only class of that name. Otherwise the extractor's guess stands.
   * Idempotent, so facts kept in a cache give the same answer.
   */
  resolveFormModels(forms) {
    for (const f of this.byPath.values()) {
      for (const summary of summariesOf(f)) {
        for (const op of summary.dataOps) {
          if (!op.form) continue;
          const candidates = forms.get(op.form.name) ?? [];
          const imp = f.imports.find((i) => i.local === op.form.name);
          const target = imp ? this.importTarget(f.path, imp, false) : null;
          const found = candidates.find((c) => c.path === f.path) ?? candidates.find((c) => c.path === target) ?? (candidates.length === 1 ? candidates[0] : void 0);
          op.model = found?.model ?? op.form.guess;
        }
      }
    }
  }
  /**
   * `userRepo().update(…)` with `userRepo` imported: the entity of the repository the module it is imported from
   * exports (`export const userRepo = () => AppDataSource.getRepository(User)`), else the only such export of that
   * name in the repository (an import through a path alias), else the model the name suggests. An operation that
   * none of these names (`cache().delete(key)`) is no data operation: the file's facts are copied without it, so
   * facts kept in a cache stay as extracted and a later scan gives the same answer.
   */
  resolveRepositories() {
    const exported = /* @__PURE__ */ new Map();
    for (const f of this.byPath.values()) {
      for (const r of f.repositoryExports ?? []) exported.set(r.name, [...exported.get(r.name) ?? [], { path: f.path, model: r.model, accessor: r.accessor }]);
    }
    for (const f of this.byPath.values()) {
      let unresolved = false;
      for (const summary of summariesOf(f)) {
        for (const op of summary.dataOps) {
          if (!op.repository) continue;
          const { holder, accessor, guess } = op.repository;
          const imp = f.imports.find((i) => i.local === holder);
          const name = imp && imp.imported !== "default" && imp.imported !== "*" ? imp.imported : holder;
          const candidates = (exported.get(name) ?? []).filter((c) => c.accessor === accessor);
          const target = imp ? this.importTarget(f.path, imp, false) : null;
          const found = candidates.find((c) => c.path === target) ?? (candidates.length === 1 ? candidates[0] : void 0);
          op.model = found?.model ?? guess;
          if (op.model === null) unresolved = true;
        }
      }
      if (unresolved) this.byPath.set(f.path, withoutUnresolvedRepositories(f));
    }
  }
  get fileFacts() {
    return this.byPath.values();
  }
  /** Every path in the scan (source, prose, config and other files). */
  paths() {
    return this.files.map((f) => f.path);
  }
  documents() {
    return [...this.fileFacts].flatMap((f) => f.documents);
  }
  /** Every data operation anywhere: routes, functions and module code. */
  dataOps() {
    this.allDataOps ??= this.collectDataOps();
    return this.allDataOps;
  }
  collectDataOps() {
    const out = [];
    for (const f of this.fileFacts) {
      const seen = /* @__PURE__ */ new Set();
      for (const summary of [f.moduleBody, ...f.functions, ...f.routes]) {
        for (const op of summary.dataOps) {
          const key = `${op.location.startLine}:${op.location.startColumn}:${op.op}:${op.callee}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push(op);
          }
        }
      }
    }
    return out;
  }
  /** Every call anywhere (deduplicated by position). */
  calls() {
    this.allCalls ??= this.collectCalls();
    return this.allCalls;
  }
  collectCalls() {
    const out = [];
    for (const f of this.fileFacts) {
      const seen = /* @__PURE__ */ new Set();
      for (const summary of [f.moduleBody, ...f.functions, ...f.routes]) {
        for (const call of summary.calls) {
          const key = `${call.line}:${call.callee}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ path: f.path, call });
          }
        }
      }
    }
    return out;
  }
  /**
   * Functions named `name` in the repository, preferring the file's own and its imports (memoised: rules ask per call site).
   * `receiverType` is the class the call's receiver is declared as (`CallFact.receiverType`): its method is the one meant.
   */
  resolveFunction(fromPath, callee, receiverType) {
    let byCall = this.resolvedFunctions.get(fromPath);
    if (!byCall) this.resolvedFunctions.set(fromPath, byCall = /* @__PURE__ */ new Map());
    const key = receiverType ? `${callee}\0${receiverType}` : callee;
    const known = byCall.get(key);
    if (known !== void 0) return known;
    const found = this.lookupFunction(fromPath, callee, receiverType);
    byCall.set(key, found);
    return found;
  }
  /**
   * The function a call runs. A method of an injected ORM repository or model (`this.offers.findOne(…)`) is the ORM's:
   * only a method the field's own declared class defines (a custom repository's `findActive`) is the repository's code.
   */
  resolveCall(fromPath, call) {
    const fn = this.resolveFunction(fromPath, call.callee, call.receiverType);
    if (fn && call.ormReceiver && fn.qualifiedName !== `${call.receiverType}.${call.callee.slice(call.callee.lastIndexOf(".") + 1)}`) return null;
    return fn;
  }
  lookupFunction(fromPath, callee, receiverType) {
    const parts = callee.split(".");
    const last = parts[parts.length - 1];
    const head = parts[0];
    const facts = this.byPath.get(fromPath);
    let receiverImport;
    const importedReceiver = () => {
      if (receiverImport === void 0) {
        const imp2 = parts.length > 1 ? facts?.imports.find((i) => i.local === head) : void 0;
        receiverImport = imp2 ? { target: this.importTarget(fromPath, imp2, true) } : null;
      }
      return receiverImport;
    };
    const callable = fromPath.endsWith(".py") ? this.functionsByName.get(`${last}.__call__`) : void 0;
    const typed = receiverType ? this.functionsByName.get(`${receiverType}.${last}`) : void 0;
    const owner = parts.length >= 2 ? parts[parts.length - 2] : "";
    const injected = owner ? this.functionsByName.get(`${owner.charAt(0).toUpperCase()}${owner.slice(1)}.${last}`) : void 0;
    let candidates = typed ?? this.functionsByName.get(callee) ?? injected ?? this.functionsByName.get(last) ?? callable ?? [];
    if (!typed && parts.length >= 2 && !this.functionsByName.has(callee) && !injected?.length && !RECEIVER_SELF.test(head)) {
      const target = importedReceiver()?.target ?? null;
      const receiver = parts[parts.length - 2].replace(/_/g, "").toLowerCase();
      candidates = candidates.filter((c) => !c.qualifiedName.includes(".") || c.location.path === target || c.qualifiedName.split(".")[0].toLowerCase() === receiver);
    }
    if (!typed && parts.length >= 3 && parts[0] === "this") candidates = candidates.filter((c) => c.location.path !== fromPath || !c.qualifiedName.includes("."));
    if (!typed?.length && receiverType && parts.length === 2 && /^(?:self|cls)$/.test(parts[0])) candidates = candidates.filter((c) => c.location.path !== fromPath || !c.qualifiedName.includes("."));
    if (candidates.length === 0) return null;
    const namespace = importedReceiver();
    if (namespace) {
      const { target } = namespace;
      const imported = target && target !== fromPath ? candidates.find((c) => c.location.path === target) : void 0;
      if (imported) return imported;
    }
    const local = candidates.find((c) => c.location.path === fromPath);
    if (local) return local;
    const imp = facts?.imports.find((i) => i.local === head || i.local === last);
    let receiverElsewhere = false;
    if (imp) {
      const target = this.importTarget(fromPath, imp, imp.local === head && parts.length > 1);
      const imported = candidates.find((c) => c.location.path === target);
      if (imported) return imported;
      receiverElsewhere = imp.local === head && parts.length > 1 && target !== null;
      if (parts.length === 1 && target === null && fromPath.endsWith(".py") && this.isPythonPackage(imp.source)) return null;
    }
    if (candidates.length !== 1) return null;
    const only = candidates[0];
    if (!only.qualifiedName.includes(".") && (parts.length >= 3 || receiverElsewhere)) return null;
    return only;
  }
  /**
   * The functions a call runs besides its callee's own body: the receivers of a signal it
   * sends (`user_logged_in.send(…)`, `order_paid.send_robust(…)`).
   */
  /**
   * The functions a call runs: the one it resolves to, then the receivers of a signal it sends
   * (Django `login()` sends `user_logged_in`). Both reach loops follow calls through this.
   */
  callees(fromPath, call) {
    if (call.dispatch) return this.dispatchTargets(fromPath, call.dispatch.table);
    const resolved = this.resolveCall(fromPath, call);
    const receivers = this.receiversOf(call.callee);
    return resolved ? receivers.length > 0 ? [resolved, ...receivers] : [resolved] : receivers;
  }
  /**
   * The table of functions a name in `fromPath` stands for: the file's own, or the one it is
   * imported from (`import { cleanupTasks } from './cleanup'`).
   */
  dispatchTable(fromPath, name) {
    const facts = this.byPath.get(fromPath);
    const own = facts?.dispatchTables?.find((t) => t.name === name);
    if (own) return { path: fromPath, table: own };
    const imp = facts?.imports.find((i) => i.local === name);
    const target = imp ? this.importTarget(fromPath, imp, false) : null;
    const table = target ? this.byPath.get(target)?.dispatchTables?.find((t) => t.name === (imp.imported === "default" || imp.imported === "*" ? name : imp.imported)) : void 0;
    return target && table ? { path: target, table } : null;
  }
  /** The function a table runs for a key, when the table and the key are known. */
  dispatchEntry(fromPath, tableName, key) {
    const found = this.dispatchTable(fromPath, tableName);
    const entry = found?.table.entries.find((e) => e.key === key);
    return found && entry ? this.entryFunction(found.path, found.table, entry) : null;
  }
  /** Every function a call through the table may run: its key is not known here. */
  dispatchTargets(fromPath, tableName) {
    const found = this.dispatchTable(fromPath, tableName);
    if (!found) return [];
    return found.table.entries.map((e) => this.entryFunction(found.path, found.table, e)).filter((f) => f !== null);
  }
  inlineEntries = /* @__PURE__ */ new Map();
  entryFunction(tablePath, table, entry) {
    if (entry.ref) return this.resolveFunction(tablePath, entry.ref);
    if (!entry.body) return null;
    let fn = this.inlineEntries.get(entry);
    if (!fn) {
      const name = `${table.name}[${JSON.stringify(entry.key)}]`;
      fn = { name, qualifiedName: name, exported: false, location: { path: tablePath, startLine: entry.line, endLine: entry.line, startColumn: 0, endColumn: 0 }, ...entry.body };
      this.inlineEntries.set(entry, fn);
    }
    return fn;
  }
  receiversOf(callee) {
    const m = /(?:^|\.)(\w+)\.send(?:_robust)?$/.exec(callee);
    return m ? this.receiversBySignal.get(m[1]) ?? [] : [];
  }
  /** A module specifier imported from `fromPath` as a repo path, when it is one of the scanned files. */
  resolveModule(fromPath, specifier) {
    const key = `${fromPath}\0${specifier}`;
    let found = this.resolved.get(key);
    if (found === void 0) {
      found = this.resolveModuleUncached(fromPath, specifier);
      this.resolved.set(key, found);
    }
    return found;
  }
  resolveModuleUncached(fromPath, specifier) {
    let base;
    if (specifier.startsWith(".")) {
      if (fromPath.endsWith(".py")) {
        const dots = /^\.+/.exec(specifier)[0].length;
        const dir = path8.posix.dirname(fromPath).split("/").slice(0, dots > 1 ? -(dots - 1) : void 0).join("/");
        base = path8.posix.join(dir, specifier.slice(dots).replace(/\./g, "/"));
      } else {
        base = path8.posix.join(path8.posix.dirname(fromPath), specifier);
      }
    } else if (fromPath.endsWith(".py")) {
      base = specifier.replace(/\./g, "/");
    } else {
      return null;
    }
    const stripped = base.replace(/\.(?:js|jsx|mjs|cjs)$/, "");
    for (const candidate of [base, stripped]) {
      for (const ext of RESOLVE_EXTENSIONS) {
        if (this.byPath.has(candidate + ext)) return candidate + ext;
      }
    }
    if (fromPath.endsWith(".py") && !specifier.startsWith(".")) {
      const candidates = this.pythonModuleIndex().get(base);
      if (candidates) return nearest(fromPath, candidates);
    }
    return null;
  }
  /**
   * Whether a Python absolute import names a module from outside the repository (`sqlalchemy`, `fastapi.security`): its
   * top-level name is no folder or module of any Python file scanned.
   */
  isPythonPackage(specifier) {
    if (specifier.startsWith(".")) return false;
    if (!this.pythonNames) {
      this.pythonNames = /* @__PURE__ */ new Set();
      for (const p of this.byPath.keys()) if (p.endsWith(".py")) for (const part of p.slice(0, -3).split("/")) this.pythonNames.add(part);
    }
    return !this.pythonNames.has(specifier.split(".")[0]);
  }
  /** Python files by every module path they can be imported as (`a/b/c.py` → `c`, `b/c`, `a/b/c`; a package by its folder). */
  pythonModuleIndex() {
    if (this.pythonModules) return this.pythonModules;
    const index = /* @__PURE__ */ new Map();
    for (const p of this.byPath.keys()) {
      if (!p.endsWith(".py")) continue;
      const parts = p.slice(0, -3).split("/");
      if (parts[parts.length - 1] === "__init__") parts.pop();
      for (let i = parts.length - 1; i >= 0; i--) {
        const key = parts.slice(i).join("/");
        const list = index.get(key) ?? [];
        list.push(p);
        index.set(key, list);
      }
    }
    this.pythonModules = index;
    return index;
  }
  /**
   * The file an import refers to. Python's `from .routers import projects` may import a
   * submodule rather than a name: when the import is used as a namespace (`projects.router`)
   * the submodule is tried first.
   */
  importTarget(fromPath, imp, asNamespace) {
    if (asNamespace && fromPath.endsWith(".py") && imp.imported !== "*") {
      const submodule = this.resolveModule(fromPath, imp.source.endsWith(".") ? imp.source + imp.imported : `${imp.source}.${imp.imported}`);
      if (submodule) return submodule;
    }
    return this.resolveModule(fromPath, imp.source);
  }
  /**
   * The calls and data operations of a body plus those of the repository's functions it
   * calls, to `depth` levels: authorization and audit calls often live in a helper or service.
   */
  reach(fromPath, body, depth = 3) {
    const calls = [...body.calls];
    const dataOps = [...body.dataOps];
    const via = [];
    const seen = /* @__PURE__ */ new Set();
    let frontier = [{ path: fromPath, calls: body.calls }];
    for (let level = 0; level < depth && frontier.length > 0; level++) {
      const next = [];
      for (const { path: p, calls: list } of frontier) {
        for (const call of list) {
          for (const fn of this.callees(p, call)) {
            if (seen.has(fn)) continue;
            seen.add(fn);
            via.push(fn);
            calls.push(...fn.calls);
            dataOps.push(...fn.dataOps);
            next.push({ path: fn.location.path, calls: fn.calls });
          }
        }
      }
      frontier = next;
    }
    return { calls, dataOps, via };
  }
  /**
   * The deployable service a path belongs to: the deepest folder holding a package
   * manifest (package.json, requirements.txt, pyproject.toml…); `.` for the root.
   */
  serviceOf(filePath) {
    const roots = this.serviceRootSet();
    const dir = path8.posix.dirname(filePath);
    let service = this.services.get(dir);
    if (service === void 0) {
      service = ".";
      for (let d = dir; d !== "." && d !== "/"; d = path8.posix.dirname(d)) {
        if (roots.has(d)) {
          service = d;
          break;
        }
      }
      this.services.set(dir, service);
    }
    return service;
  }
  /** The folders of the repository's services below the root (folders holding a package manifest). */
  serviceFolders() {
    return [...this.serviceRootSet()].filter((d) => d !== ".").sort();
  }
  serviceRootSet() {
    this.serviceRoots ??= new Set(this.files.filter((f) => SERVICE_MANIFEST.test(f.path)).map((f) => path8.posix.dirname(f.path)));
    return this.serviceRoots;
  }
  /**
   * A file's mounts as they act. `router.use(requireAuth, attachAbility)` reads like a guard then a
   * router, but when the last argument is a function imported from a scanned module, Express runs it
   * as middleware: the mount is a guard-only mount with that function last among its guards (Express, Koa, Hono).
   * Decided here, not by the extractor, because it depends on the other file (and cached facts stay as extracted).
   */
  mountsOf(file) {
    let list = this.actingMounts.get(file);
    if (!list) {
      list = file.mounts.map((m) => this.middlewareMount(file, m) ?? m);
      this.actingMounts.set(file, list);
    }
    return list;
  }
  middlewareMount(file, m) {
    const child = m.child;
    if (!child || !USE_MOUNTS.has(m.framework) || m.childModule !== void 0 || child === m.parent || m.parent === "*" || child.includes(".")) return null;
    const imp = file.imports.find((i) => i.local === child && i.imported !== "*");
    if (!imp) return null;
    const target = this.resolveModule(file.path, imp.source);
    const facts = target && target !== file.path ? this.byPath.get(target) : void 0;
    if (!facts) return null;
    const name = imp.imported === "default" ? facts.routes.length > 0 || facts.mounts.length > 0 ? null : imp.local : imp.imported;
    if (!name || !facts.functions.some((f) => f.name === name && f.qualifiedName === name)) return null;
    return { ...m, child: null, guards: [...m.guards, { callee: child, line: m.location.startLine }] };
  }
  /** Routes with their mounts and router-level guards resolved. */
  routes() {
    if (this.linked) return this.linked;
    const linked = [];
    for (const f of this.fileFacts) {
      for (const route of f.routes) {
        const { chain, mounted, replaced } = this.mountChain(f, route);
        if (route.needsMount && !mounted) continue;
        const defaults = route.defaultGuards ? this.defaultGuards(f.path, route.defaultGuards) : [];
        const prefix = chain.filter((m) => m.child !== null && !replaced.has(m)).map((m) => m.prefix).join("");
        const handler = route.handlerRef ? this.resolveFunction(f.path, route.handlerRef) : null;
        const declaredAt = route.needsMount ? chain.findLast((m) => m.child !== null)?.location : void 0;
        linked.push({
          route,
          fullPath: joinPaths(prefix, route.path),
          guards: [...defaults.flatMap((m) => m.guards), ...chain.flatMap((m) => m.guards), ...route.guards, ...this.aliasGuards(f.path, route)],
          mounts: [...defaults, ...chain].filter((m) => m.guards.length > 0),
          handler,
          ...declaredAt ? { declaredAt } : {}
        });
      }
    }
    this.linked = linked;
    return linked;
  }
  /**
   * The mounts a route passes through, outermost first (bounded: mount cycles are possible),
   * and whether any mount reaches it from outside (a Django view nobody routes to is not served).
   */
  mountChain(file, route) {
    const chain = [];
    const replaced = /* @__PURE__ */ new Set();
    let mounted = false;
    let current = { file, router: route.router, line: route.location.startLine, awaited: false };
    let relative = route.path;
    for (let hops = 0; hops < 8 && current.router; hops++) {
      const { file: here, router, line, awaited } = current;
      const mounts = this.mountsOf(here);
      const before = (m) => m.location.startLine < line || m.framework === "fastify" && (hops === 0 || !awaited);
      const local = mounts.filter((m) => m.parent === router && m.child === null && before(m) && underPrefix(relative, m.prefix));
      local.push(...this.skippingHooks(here, mounts.filter((m) => m.parent === router && m.child !== null && m.framework === "fastify" && before(m))));
      const self = mounts.filter((m) => m.parent === router && m.child === router && m.childModule === void 0);
      if (hops > 0 && here.path.endsWith(".py")) {
        const origin = this.importedRouter(here, router);
        if (origin) self.push(...this.mountsOf(origin.file).filter((m) => m.parent === origin.name && m.child === origin.name && m.childModule === void 0 && !chain.includes(m)));
      }
      chain.unshift(...self, ...local);
      const beforeSelf = relative;
      relative = joinPaths(self.map((m) => m.prefix).join(""), relative);
      const outer = this.findParentMount(here, router);
      if (!outer) {
        const origin = this.importedRouter(here, router);
        if (!origin) break;
        current = { file: origin.file, router: origin.name, line: Number.POSITIVE_INFINITY, awaited: false };
        continue;
      }
      mounted = true;
      const aliased = outer.file.path.endsWith(".py") && outer.mount.child && outer.mount.child !== outer.mount.parent ? this.mountsOf(outer.file).filter((m) => m.parent === outer.mount.child && m.child === m.parent && m.childModule === void 0 && !chain.includes(m)) : [];
      chain.unshift(outer.mount, ...aliased);
      if (outer.mount.replacesChildPrefix) {
        relative = beforeSelf;
        for (const m of self) replaced.add(m);
      }
      relative = joinPaths(outer.mount.prefix, joinPaths(aliased.map((m) => m.prefix).join(""), relative));
      current = { file: outer.file, router: outer.mount.parent, line: outer.mount.location.startLine, awaited: outer.mount.awaited === true };
    }
    return { chain, mounted, replaced };
  }
  /**
   * The hooks that plugins wrapped with fastify-plugin add to the context registering them
   * (`app.register(authPlugin)` with `export default fp(async (app) => app.addHook('onRequest', …))`):
   * the plugin of the same file by name, or the imported module's.
   */
  skippingHooks(file, registrations) {
    const out = [];
    for (const r of registrations) {
      const child = r.child;
      const own = file.mounts.filter((m) => m.skipsEncapsulation && m.parent === child);
      if (own.length > 0) {
        out.push(...own);
        continue;
      }
      const imp = file.imports.find((i) => i.local === child);
      const target = imp ? this.resolveModule(file.path, imp.source) : null;
      const facts = target && target !== file.path ? this.byPath.get(target) : void 0;
      if (facts) out.push(...facts.mounts.filter((m) => m.skipsEncapsulation));
    }
    return out;
  }
  /** Where a router defined in `file` is mounted: same file by name, or another file that imports it. */
  findParentMount(file, router) {
    const index = this.parentIndex();
    const python = file.path.endsWith(".py");
    return index.get(`${file.path}\0local\0${router}`)?.[0] ?? index.get(`${file.path}\0${python ? router : "*"}`)?.[0] ?? null;
  }
  /** Every mount by what it mounts, resolved once: the file and the router or view name. */
  parentIndex() {
    if (this.parents) return this.parents;
    const index = /* @__PURE__ */ new Map();
    const add = (key, entry) => {
      const list = index.get(key) ?? [];
      list.push(entry);
      index.set(key, list);
    };
    for (const other of this.fileFacts) {
      for (const m of this.mountsOf(other)) {
        if (!m.child) continue;
        if (m.childModule !== void 0) {
          const target2 = this.resolveModule(other.path, m.childModule);
          if (target2) add(`${target2}\0${m.child}`, { file: other, mount: m });
          continue;
        }
        if (m.child === m.parent) continue;
        add(`${other.path}\0local\0${m.child}`, { file: other, mount: m });
        const child = m.child;
        const imp = other.imports.filter((i) => child === i.local || child.startsWith(`${i.local}.`)).toSorted((a, b) => b.local.length - a.local.length)[0];
        if (!imp) continue;
        const rest = child.slice(imp.local.length + 1);
        const target = this.importTarget(other.path, imp, rest !== "");
        if (target) add(`${target}\0${target.endsWith(".py") ? rest || imp.imported : "*"}`, { file: other, mount: m });
      }
    }
    this.parents = index;
    return index;
  }
  /** The module and name a router variable was imported from, when it is a named import of a scanned file. */
  importedRouter(file, router) {
    const imp = file.imports.find((i) => i.local === router && i.imported !== "*" && i.imported !== "default");
    if (!imp) return null;
    const target = this.importTarget(file.path, imp, false);
    const facts = target && target !== file.path ? this.byPath.get(target) : void 0;
    return facts ? { file: facts, name: imp.imported } : null;
  }
  /** Framework-wide default guards (DRF `DEFAULT_PERMISSION_CLASSES`), preferring the route's own service. */
  defaultGuards(fromPath, name) {
    if (!this.defaults) {
      this.defaults = /* @__PURE__ */ new Map();
      for (const f of this.fileFacts) {
        for (const m of this.mountsOf(f)) {
          if (m.child !== null) continue;
          const list = this.defaults.get(m.parent) ?? [];
          list.push(m);
          this.defaults.set(m.parent, list);
        }
      }
    }
    const all = this.defaults.get(name) ?? [];
    const service = this.serviceOf(fromPath);
    const own = all.filter((m) => this.serviceOf(m.location.path) === service);
    return (own.length > 0 ? own : all).slice(0, 1);
  }
  /** Guards injected through dependency aliases defined in other modules (FastAPI `current_user: CurrentUser`). */
  aliasGuards(fromPath, route) {
    const out = [];
    for (const type of route.dependencyTypes ?? []) {
      const alias = this.resolveFunction(fromPath, type.callee);
      for (const injected of alias?.injects ?? []) out.push({ ...injected, line: type.line });
    }
    return out;
  }
};
function nearest(fromPath, candidates) {
  let best = candidates[0];
  let bestShared = -1;
  for (const c of candidates) {
    let shared = 0;
    while (shared < c.length && shared < fromPath.length && c[shared] === fromPath[shared]) shared++;
    if (shared > bestShared) {
      best = c;
      bestShared = shared;
    }
  }
  return best;
}
function underPrefix(routePath, prefix) {
  const base = prefix.replace(/\/?\*$/, "").replace(/\/$/, "");
  if (base === "") return true;
  const full = joinPaths("/", routePath);
  return full === base || full.startsWith(`${base}/`);
}
function joinPaths(prefix, routePath) {
  const joined = `${prefix}/${routePath}`.replace(/\/{2,}/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : joined;
}
function summariesOf(f) {
  const out = [f.moduleBody, ...f.functions, ...f.routes, ...f.jobHandlers, ...f.scheduledJobs.map((j) => j.body)];
  for (const table of f.dispatchTables ?? []) for (const entry of table.entries) if (entry.body) out.push(entry.body);
  return out;
}
function withoutUnresolvedRepositories(f) {
  const strip = (s) => s.dataOps.some((op) => op.repository && op.model === null) ? { ...s, dataOps: s.dataOps.filter((op) => !op.repository || op.model !== null) } : s;
  return {
    ...f,
    moduleBody: strip(f.moduleBody),
    functions: f.functions.map(strip),
    routes: f.routes.map(strip),
    jobHandlers: f.jobHandlers.map(strip),
    scheduledJobs: f.scheduledJobs.map((j) => ({ ...j, body: strip(j.body) })),
    ...f.dispatchTables ? { dispatchTables: f.dispatchTables.map((t) => ({ ...t, entries: t.entries.map((e) => e.body ? { ...e, body: strip(e.body) } : e) })) } : {}
  };
}

// src/core/fingerprint.ts
import { createHash as createHash2 } from "node:crypto";
function fingerprint(ruleId, path11, anchor, occurrence) {
  return createHash2("sha256").update(`${ruleId}\0${path11 ?? ""}\0${normaliseAnchor(anchor)}\0${occurrence}`).digest("hex").slice(0, 20);
}
function normaliseAnchor(anchor) {
  return anchor.replace(/\s+/g, "").replace(/[,;]+(?=[)\]}]|$)/g, "");
}

// src/core/extract-pool.ts
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function inProcessExtractor(patterns2) {
  return {
    async extract(path11, language, text, lines) {
      const tree = await parseSource(language, text);
      return extractSource(path11, language, text, tree, lines, patterns2);
    },
    async close() {
    }
  };
}
function workerScript() {
  for (const candidate of ["./extract-worker.js", "../extract-worker.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath2(url))) return url;
  }
  return null;
}
function workerExtractor(patterns2, threads) {
  const script = workerScript();
  if (!script) return null;
  const pending = /* @__PURE__ */ new Map();
  const load = [];
  const workers = Array.from({ length: threads }, (_, i) => {
    const worker = new Worker(script, { workerData: { patterns: patterns2 } });
    load[i] = 0;
    worker.on("message", (message) => {
      load[i]--;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.facts) waiter?.resolve(message.facts);
      else waiter?.reject(new Error(message.error ?? "worker failed"));
    });
    worker.on("error", (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
    return worker;
  });
  let nextId = 0;
  return {
    extract(path11, language, text, lines) {
      const id = nextId++;
      let target = 0;
      for (let i = 1; i < workers.length; i++) if (load[i] < load[target]) target = i;
      load[target]++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request = { id, path: path11, language, text, lines };
        workers[target].postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}

// src/core/suppress.ts
var import_picomatch6 = __toESM(require_picomatch2(), 1);
function applySuppressions(gaps, ignores, inline, today) {
  const notices = [];
  const active = ignores.filter((entry) => {
    if (entry.until !== null && entry.until < today) {
      notices.push({
        path: entry.file,
        line: entry.line,
        message: `ignore entry for ${entry.rule ?? entry.gap} expired on ${entry.until} and no longer applies (reason was: ${entry.reason})`
      });
      return false;
    }
    return true;
  });
  const matchers = active.map((entry) => ({ entry, inPaths: entry.paths.length > 0 ? (0, import_picomatch6.default)(entry.paths, { dot: true }) : null, used: false }));
  const usedInline = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  for (const gap of gaps) {
    const byConfig = matchers.find(
      (m) => (m.entry.gap === gap.id || m.entry.rule === gap.ruleId) && (!m.inPaths || gap.location !== null && m.inPaths(gap.location.path))
    );
    if (byConfig) {
      byConfig.used = true;
      suppressed.push({ ...gap, reason: byConfig.entry.reason, source: "config", until: byConfig.entry.until });
      continue;
    }
    const comment = gap.location ? findInline(inline.get(gap.location.path), gap.ruleId, gap.location.startLine) : void 0;
    if (comment) {
      usedInline.add(comment);
      suppressed.push({ ...gap, reason: comment.reason, source: "inline", until: null });
      continue;
    }
    kept.push(gap);
  }
  for (const m of matchers) {
    if (!m.used) {
      notices.push({ path: m.entry.file, line: m.entry.line, message: `ignore entry for ${m.entry.rule ?? m.entry.gap} matches no gap; remove it so it cannot hide a future one` });
    }
  }
  for (const [path11, comments] of inline) {
    for (const c of comments) {
      if (!usedInline.has(c)) notices.push({ path: path11, line: c.line, message: `shipshape-ignore ${c.ruleId} matches no gap on this line or the next` });
    }
  }
  return { gaps: kept, suppressed, notices };
}
function findInline(comments, ruleId, line) {
  return comments?.find((c) => c.ruleId === ruleId && (c.line === line || c.line === line - 1));
}

// src/core/user-rules.ts
import { readdir as readdir2, readFile as readFile3 } from "node:fs/promises";
import path9 from "node:path";
import { parse } from "@ast-grep/napi";

// schema/rule.schema.json
var rule_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://shipshape.dev/schema/rule.schema.json",
  title: "shipshape rule definition",
  description: "A rule: rules/<dimension>/<name>.yml (built in) or .shipshape/rules/*.yml (your pattern rules).",
  type: "object",
  additionalProperties: false,
  required: ["id", "dimension", "phase", "title", "why", "fix", "example", "messages"],
  properties: {
    id: { type: "string", pattern: "^(security|audit|privacy|monitoring|operations)/[a-z0-9]+(-[a-z0-9]+)*$", description: "<dimension>/<kebab-name>, phrased as a requirement that can be true or false." },
    dimension: { enum: ["security", "audit", "privacy", "monitoring", "operations"] },
    phase: { enum: ["critical", "hardening", "polish"], description: "Default phase of its gaps." },
    title: { type: "string", minLength: 5, description: "The requirement in one line." },
    why: { type: "string", minLength: 20, description: "Why it matters (Markdown)." },
    fix: { type: "string", minLength: 10, description: "How to fix (Markdown)." },
    reported: { type: "string", minLength: 10, description: "Where its gaps are reported: the line they point at, or the repository or service for a gap of the whole (Markdown)." },
    example: {
      type: "object",
      additionalProperties: false,
      required: ["language", "before", "after"],
      properties: {
        language: { type: "string" },
        before: { type: "string", minLength: 1 },
        after: { type: "string", minLength: 1 }
      }
    },
    messages: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[a-zA-Z][a-zA-Z0-9]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["title", "message"],
        properties: {
          title: { type: "string", minLength: 3 },
          message: { type: "string", minLength: 3 }
        }
      }
    },
    options: { type: "object", description: "JSON Schema (an object schema with defaults) of the rule's options." },
    references: { type: "array", items: { type: "string" } },
    pattern: {
      type: "object",
      additionalProperties: false,
      required: ["languages", "message", "rule"],
      properties: {
        languages: { type: "array", minItems: 1, items: { enum: ["typescript", "tsx", "javascript", "python"] } },
        message: { type: "string" },
        rule: { type: "object" },
        constraints: { type: "object" },
        utils: { type: "object" }
      }
    }
  }
};

// src/core/user-rules.ts
var USER_RULES_DIR = ".shipshape/rules";
async function loadUserRules(root, builtin) {
  let names;
  try {
    names = (await readdir2(path9.join(root, USER_RULES_DIR))).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return [];
  }
  const validate = createAjv().compile(rule_schema_default);
  const taken = new Set(builtin.map((r) => r.id));
  const problems = [];
  const rules = [];
  for (const name of names) {
    const file = `${USER_RULES_DIR}/${name}`;
    let yaml;
    try {
      yaml = YamlFile.parse(file, await readFile3(path9.join(root, file), "utf8"));
    } catch (error) {
      problems.push(error instanceof ShipshapeError ? error : new ShipshapeError(`${file}: ${errorMessage(error)}`, { file }));
      continue;
    }
    const data = yaml.value;
    if (!validate(data)) {
      for (const e of validate.errors ?? []) {
        const at2 = e.instancePath.split("/").slice(1);
        const key = e.keyword === "additionalProperties" ? String(e.params.additionalProperty) : e.keyword === "required" ? String(e.params.missingProperty) : void 0;
        const line = yaml.lineOf(at2, key);
        problems.push(new ShipshapeError(`${file}${line ? `:${line}` : ""}: ${[...at2, ...key ? [key] : []].join(".") || "(top level)"}: ${e.message}`, { file, line }));
      }
      continue;
    }
    const definition = { ...data, options: data.options ?? { type: "object", properties: {} }, references: data.references ?? [], source: file };
    const where2 = (key) => ({ file, line: yaml.lineOf([], key) });
    if (!definition.pattern) {
      problems.push(new ShipshapeError(`${file}: a user rule needs a 'pattern' (an ast-grep rule); fact-based checks are built in`, where2("id")));
      continue;
    }
    if (taken.has(definition.id)) {
      problems.push(new ShipshapeError(`${file}: rule id '${definition.id}' is already taken`, where2("id")));
      continue;
    }
    if (!definition.messages[definition.pattern.message]) {
      problems.push(new ShipshapeError(`${file}: pattern.message '${definition.pattern.message}' is not one of messages (${Object.keys(definition.messages).join(", ")})`, { file, line: yaml.lineOf(["pattern"], "message") }));
      continue;
    }
    try {
      for (const language of definition.pattern.languages) {
        const config = { rule: definition.pattern.rule };
        if (definition.pattern.constraints) config.constraints = definition.pattern.constraints;
        if (definition.pattern.utils) config.utils = definition.pattern.utils;
        parse(napiLanguage(language), "").root().findAll(config);
      }
    } catch (error) {
      problems.push(new ShipshapeError(`${file}: pattern.rule is not a valid ast-grep rule: ${errorMessage(error)}`, { file, line: yaml.lineOf(["pattern"], "rule") }));
      continue;
    }
    taken.add(definition.id);
    rules.push(definition);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return rules;
}

// src/core/engine.ts
var THREADS_FROM_FILES = 400;
var SNIPPET_LINES = 8;
var SNIPPET_LINE_CHARS = 240;
async function scan(options) {
  const started = performance.now();
  const timings = {};
  const lap = (name, since) => {
    timings[`${name}Ms`] = Math.round(performance.now() - since);
    return performance.now();
  };
  const root = path10.resolve(options.root);
  let t = performance.now();
  const builtin = options.builtinRules ?? BUILTIN_RULES;
  const userRules = await loadUserRules(root, builtin);
  const catalogue = [...builtin, ...userRules];
  const config = await loadConfig(root, catalogue, options.configPath);
  const enabled = catalogue.filter((r) => config.rules[r.id]?.enabled ?? true);
  const patterns2 = enabled.filter((r) => r.pattern).map((r) => compilePattern(r.id, r.pattern));
  t = lap("config", t);
  const walked = await walk(root, { exclude: [...config.exclude, ...options.exclude ?? []], maxFileSize: config.maxFileSize });
  const errors = [...walked.errors];
  const notices = [];
  t = lap("walk", t);
  const extracted = await extractAll(walked.files, config.maxFileSize, patterns2, options, errors, notices);
  t = lap("extract", t);
  const resultKey = options.cache?.getResult ? treeKey(extracted.digests, walked.errors, config, catalogue, builtin) : null;
  let result = resultKey ? options.cache.getResult(resultKey) : void 0;
  if (result) timings.reusedResult = 1;
  else {
    result = judge(walked.files, extracted, enabled, config, t);
    if (resultKey) options.cache.setResult(resultKey, result);
  }
  const { runs } = result;
  const gaps = dress(result.gaps, catalogue, extracted.texts, extracted.facts);
  errors.push(...result.errors);
  t = lap("rules", t);
  const inline = /* @__PURE__ */ new Map();
  for (const f of extracted.facts) if (f.suppressions.length > 0) inline.set(f.path, f.suppressions);
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const suppression = applySuppressions(gaps, config.ignore, inline, today);
  notices.push(...suppression.notices);
  sortGaps(suppression.gaps);
  sortGaps(suppression.suppressed);
  lap("report", t);
  timings.totalMs = Math.round(performance.now() - started);
  const byDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, 0]));
  const counts = { critical: 0, hardening: 0, polish: 0 };
  for (const gap of suppression.gaps) {
    counts[gap.phase]++;
    byDimension[gap.dimension]++;
  }
  const report = {
    version: 1,
    tool: { name: "shipshape", version: TOOL_VERSION },
    repository: { root: ".", commit: options.commit ?? null },
    summary: { ...counts, byDimension, suppressed: suppression.suppressed.length },
    gaps: suppression.gaps,
    suppressed: suppression.suppressed,
    rules: runs.sort((a, b) => compare2(a.id, b.id)),
    errors: errors.sort((a, b) => compare2(a.path ?? "", b.path ?? "") || compare2(a.message, b.message)),
    notices: notices.sort((a, b) => compare2(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0) || compare2(a.message, b.message)),
    stats: extracted.stats,
    timings: { ...timings, totalMs: timings.totalMs }
  };
  return { report, catalogue, config };
}
function judge(files, extracted, enabled, config, started) {
  const index = new FactIndex(files, extracted.facts);
  const drafts = [];
  const runs = [];
  const errors = [];
  const ruleTimes = process.env.SHIPSHAPE_TIMING ? [["(fact index)", performance.now() - started]] : null;
  for (const definition of enabled) {
    const ruleStarted = ruleTimes ? performance.now() : 0;
    const setting = config.rules[definition.id];
    const phase = setting?.phase ?? definition.phase;
    const run = { id: definition.id, dimension: definition.dimension, phase, status: "ran" };
    runs.push(run);
    const before = drafts.length;
    try {
      if (definition.pattern) {
        for (const f of index.fileFacts) {
          for (const m of f.matches) {
            if (m.ruleId !== definition.id) continue;
            const data = { path: m.location.path, line: m.location.startLine };
            for (const [k, v] of Object.entries(m.vars)) data[k] = data[`$${k}`] = v;
            drafts.push({ definition, draft: { messageId: definition.pattern.message, data, location: m.location, anchor: m.anchor } });
          }
        }
      } else {
        const check = CHECKS_BY_ID.get(definition.id);
        if (!check) throw new Error(`rule ${definition.id} has no check`);
        const outcome = check.check({
          facts: index,
          options: resolveOptions(definition, setting),
          config,
          report: (draft) => drafts.push({ definition, draft })
        });
        if (outcome === "not-applicable") run.status = "not-applicable";
      }
      for (const { draft } of drafts.slice(before)) renderMessage(definition, draft);
    } catch (error) {
      drafts.length = before;
      run.status = "error";
      errors.push({ path: null, message: `rule ${definition.id} failed: ${errorMessage(error)}` });
    }
    ruleTimes?.push([definition.id, performance.now() - ruleStarted]);
  }
  if (ruleTimes) printRuleTimes(ruleTimes);
  const phaseOf = new Map(runs.map((r) => [r.id, r.phase]));
  return { gaps: toGaps(drafts, phaseOf), runs, errors };
}
function treeKey(digests, walkErrors, config, catalogue, builtin) {
  const hash = createHash3("sha1");
  hash.update(`${TOOL_VERSION}\0${EXTRACTOR_VERSION}\0${codeDigest()}\0`);
  hash.update(JSON.stringify(catalogue.slice(builtin === BUILTIN_RULES ? BUILTIN_RULES.length : 0))).update("\0");
  hash.update(JSON.stringify(config)).update("\0");
  hash.update(JSON.stringify(walkErrors)).update("\0");
  for (const p of [...digests.keys()].sort()) hash.update(`${p}\0${digests.get(p)}\0`);
  return hash.digest("hex");
}
async function extractAll(files, maxFileSize, patterns2, options, errors, notices) {
  const readable = files.filter((f) => f.kind !== "other");
  const facts = Array.from({ length: readable.length }, () => null);
  const texts = /* @__PURE__ */ new Map();
  const stats = { files: 0, lines: 0, parsed: 0, cached: 0 };
  const digests = /* @__PURE__ */ new Map();
  const wantDigests = options.cache?.getResult !== void 0;
  const sourceCount = readable.filter((f) => f.kind === "source" && !f.test).length;
  const cores = availableParallelism();
  const threads = options.threads ?? (cores >= 4 && sourceCount >= THREADS_FROM_FILES ? cores - 1 : 0);
  const extractor = (threads > 0 ? workerExtractor(patterns2, threads) : null) ?? inProcessExtractor(patterns2);
  const patternKey = patterns2.length > 0 ? createHash3("sha1").update(JSON.stringify(patterns2)).digest("hex").slice(0, 12) : "";
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < readable.length) {
      const i = next++;
      const file = readable[i];
      const outcome = await readText(file, maxFileSize);
      done++;
      if (!outcome.ok) {
        if (wantDigests) digests.set(file.path, "error" in outcome ? `error:${outcome.error}` : `skipped:${outcome.skip}`);
        if ("error" in outcome) errors.push({ path: file.path, message: outcome.error });
        options.onProgress?.(done, readable.length);
        continue;
      }
      const { text } = outcome;
      const lines = countLines(text);
      stats.files++;
      stats.lines += lines;
      texts.set(file.path, text);
      const digest2 = options.cache ? createHash3("sha1").update(text).digest("hex") : "";
      if (wantDigests) digests.set(file.path, digest2);
      try {
        if (file.kind === "source" && file.language && file.test && patterns2.length === 0) {
          facts[i] = extractTest(file.path, file.language, text, lines);
        } else if (file.kind === "source" && file.language) {
          const key = options.cache ? `${EXTRACTOR_VERSION}:${patternKey}:${file.path}:${digest2}` : "";
          let fileFacts = options.cache?.get(key);
          if (fileFacts) stats.cached++;
          else {
            fileFacts = await extractor.extract(file.path, file.language, text, lines);
            stats.parsed++;
            options.cache?.set(key, fileFacts);
          }
          facts[i] = fileFacts;
        } else {
          facts[i] = extractText(file.path, text, lines);
        }
      } catch (error) {
        errors.push({ path: file.path, message: `could not be analysed and was skipped: ${errorMessage(error)}` });
      }
      for (const problem2 of facts[i]?.problems ?? []) {
        if (problem2.kind === "error") errors.push({ path: file.path, message: problem2.line ? `line ${problem2.line}: ${problem2.message}` : problem2.message });
        else notices.push({ path: file.path, line: problem2.line, message: problem2.message });
      }
      options.onProgress?.(done, readable.length);
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? availableParallelism() * 4);
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, readable.length)) }, worker));
  } finally {
    await extractor.close();
  }
  return { facts: facts.filter((f) => f !== null), texts, stats, digests };
}
function printRuleTimes(times) {
  const total = times.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const lines = times.toSorted((a, b) => b[1] - a[1]).map(([id, ms]) => `${id.padEnd(50)} ${ms.toFixed(1).padStart(9)} ms ${(ms / total * 100).toFixed(1).padStart(5)} %`);
  process.stderr.write(`${"rule".padEnd(50)} ${"time".padStart(12)} ${"share".padStart(7)}
${lines.join("\n")}
`);
}
function toGaps(drafts, phaseOf) {
  const ordered = [...drafts].sort(
    (a, b) => compare2(a.definition.id, b.definition.id) || compare2(a.draft.location?.path ?? "", b.draft.location?.path ?? "") || (a.draft.location?.startLine ?? 0) - (b.draft.location?.startLine ?? 0) || (a.draft.location?.startColumn ?? 0) - (b.draft.location?.startColumn ?? 0)
  );
  const occurrences = /* @__PURE__ */ new Map();
  return ordered.map(({ definition, draft }) => {
    const { title, message } = renderMessage(definition, draft);
    const filePath = draft.location?.path ?? null;
    const key = `${definition.id}\0${filePath}\0${normaliseAnchor(draft.anchor)}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const phase = phaseOf.get(definition.id) ?? definition.phase;
    return {
      id: fingerprint(definition.id, filePath, draft.anchor, occurrence),
      ruleId: definition.id,
      dimension: definition.dimension,
      phase,
      severity: PHASE_SEVERITY[phase],
      title,
      message,
      location: draft.location ? { ...draft.location } : null,
      related: draft.related ?? []
    };
  });
}
function dress(bare, catalogue, texts, facts) {
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const secretsByPath = new Map(facts.filter((f) => f.secrets.length > 0).map((f) => [f.path, f.secrets.map((s) => s.location)]));
  return bare.map((gap) => {
    const definition = byId.get(gap.ruleId);
    let location = gap.location;
    if (location) {
      const snippet = excerpt(texts.get(location.path), location, secretsByPath.get(location.path) ?? []);
      if (snippet) location = { ...location, snippet };
    }
    return { ...gap, location, fix: definition ? firstParagraph(definition.fix) : "", docs: `shipshape explain ${gap.ruleId}` };
  });
}
function renderMessage(definition, draft) {
  const template = definition.messages[draft.messageId];
  if (!template) throw new Error(`rule ${definition.id} reported unknown message id '${draft.messageId}'`);
  return { title: fill(template.title, draft.data, definition.id), message: fill(template.message, draft.data, definition.id) };
}
function fill(template, data, ruleId) {
  return template.replace(/\{\{\s*(\$?[\w]+)\s*\}\}/g, (_, name) => {
    const value = data[name];
    if (value === void 0) throw new Error(`rule ${ruleId}: message placeholder {{${name}}} has no value`);
    return String(value);
  });
}
function firstParagraph(markdown) {
  return markdown.trim().split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, " ");
}
function excerpt(text, location, secrets) {
  if (text === void 0) return null;
  const lines = text.split("\n");
  const last = Math.min(location.endLine, location.startLine + SNIPPET_LINES - 1, lines.length);
  const out = [];
  for (let n = location.startLine; n <= last; n++) {
    let line = lines[n - 1] ?? "";
    for (const s of secrets) {
      if (n < s.startLine || n > s.endLine) continue;
      const from = n === s.startLine ? s.startColumn - 1 : 0;
      const to = n === s.endLine ? s.endColumn - 1 : line.length;
      line = `${line.slice(0, from + 4)}${"*".repeat(Math.max(0, Math.min(to, line.length) - from - 4))}${line.slice(to)}`;
    }
    out.push(line.length > SNIPPET_LINE_CHARS ? `${line.slice(0, SNIPPET_LINE_CHARS)}\u2026` : line);
  }
  return out.join("\n").replace(/\s+$/, "");
}
function sortGaps(gaps) {
  gaps.sort(
    (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || DIMENSIONS.indexOf(a.dimension) - DIMENSIONS.indexOf(b.dimension) || compare2(a.location?.path ?? "", b.location?.path ?? "") || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || compare2(a.ruleId, b.ruleId) || compare2(a.id, b.id)
  );
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/escape.ts
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
function escapeMarkdown(text) {
  return escapeControlCharacters(text).replace(/[&<>]/g, (char) => HTML_ESCAPES[char] ?? char).replace(/[\\`*_{}[\]()#+\-!|~]/g, "\\$&");
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
function inlineCode(text) {
  const delimiter = "`".repeat(longestBacktickRun(text) + 1);
  const padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${delimiter}${padding}${escapeControlCharacters(text.replace(/\r?\n/g, " "))}${padding}${delimiter}`;
}
function codeFence(text, language) {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${language}
${text.replace(/\n$/, "")}
${fence}`;
}
function escapeControlCharacters(text) {
  return text.replace(
    // oxlint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function safeHref(text) {
  if (!URL.canParse(text) || /\s/.test(text)) return null;
  const url = new URL(text);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
}

// src/report/shared.ts
var REPOSITORY_LABEL = "(repository)";
function locationLabel(location) {
  return location === null ? REPOSITORY_LABEL : `${location.path}:${location.startLine}`;
}
function indentLines(text, prefix) {
  return text.split("\n").map((line) => line === "" ? line : prefix + line).join("\n");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
function formatNumber(value) {
  return value.toLocaleString("en-US");
}
function phaseCounts(report) {
  return PHASES.map((phase) => `${report.summary[phase]} ${phase}`).join(" \xB7 ");
}
function gapsInPhase(gaps, phase) {
  return gaps.filter((gap) => gap.phase === phase);
}
function groupByDimension(gaps) {
  const groups = [];
  for (const gap of gaps) {
    const last = groups.at(-1);
    if (last?.dimension === gap.dimension) last.gaps.push(gap);
    else groups.push({ dimension: gap.dimension, gaps: [gap] });
  }
  return groups;
}
function zeroByPhase() {
  return { critical: 0, hardening: 0, polish: 0 };
}
function scorecard(report) {
  const rows = DIMENSIONS.map((dimension) => ({ dimension, byPhase: zeroByPhase(), total: 0 }));
  const byPhase = zeroByPhase();
  let total = 0;
  for (const gap of report.gaps) {
    const row = rows.find((candidate) => candidate.dimension === gap.dimension);
    if (row === void 0) continue;
    row.byPhase[gap.phase] += 1;
    row.total += 1;
    byPhase[gap.phase] += 1;
    total += 1;
  }
  return { rows, byPhase, total };
}

// src/report/markdown.ts
var DEFAULT_MAX_GAPS = 10;
var PHASE_MARKER = { critical: "\u{1F534}", hardening: "\u{1F7E0}", polish: "\u{1F535}" };
function headline(report, title = "shipshape") {
  return `## ${escapeMarkdown(title)}: ${phaseCounts(report)}`;
}
function phaseDimensionTable(report) {
  const { rows, byPhase, total } = scorecard(report);
  const header = `| dimension | ${PHASES.join(" | ")} | total |`;
  const align = `| :-- | ${PHASES.map(() => "--:").join(" | ")} | --: |`;
  const body = rows.map(
    (row) => `| ${row.dimension} | ${PHASES.map((phase) => row.byPhase[phase]).join(" | ")} | ${row.total} |`
  );
  const totals = `| **total** | ${PHASES.map((phase) => `**${byPhase[phase]}**`).join(" | ")} | **${total}** |`;
  return [header, align, ...body, totals].join("\n");
}
function mermaidChart(report) {
  const slices = PHASES.filter((phase) => report.summary[phase] > 0).map(
    (phase) => `    "${phase}" : ${report.summary[phase]}`
  );
  if (slices.length === 0) return null;
  return ["```mermaid", "pie showData title Open gaps by phase", ...slices, "```"].join("\n");
}
function docsMarkdown(docs) {
  const href = safeHref(docs);
  return href === null ? inlineCode(docs) : `<${href}>`;
}
function gapListItem(gap) {
  const head = `- ${PHASE_MARKER[gap.phase]} **${gap.phase}** \xB7 ${gap.dimension} \xB7 ${inlineCode(locationLabel(gap.location))} \u2014 ${escapeMarkdown(gap.title.replace(/\s+/g, " "))}`;
  const body = [
    "<details><summary>Why and how to fix</summary>",
    escapeMarkdown(gap.message),
    `**Fix:** ${escapeMarkdown(gap.fix)}`,
    `Rule ${inlineCode(gap.ruleId)}${gap.docs === "" ? "" : ` \xB7 docs: ${docsMarkdown(gap.docs)}`}`,
    "</details>"
  ].join("\n\n");
  return `${head}

${indentLines(body, "  ")}`;
}
function footnote(report) {
  const commit = report.repository.commit === null ? [] : [`commit ${inlineCode(report.repository.commit.slice(0, 7))}`];
  return [
    `${report.summary.suppressed} suppressed`,
    plural(report.errors.length, "error"),
    plural(report.notices.length, "notice"),
    `${formatNumber(report.stats.files)} files, ${formatNumber(report.stats.lines)} lines scanned`,
    ...commit
  ].join(" \xB7 ");
}
function renderMarkdown(report, opts = {}) {
  const maxGaps = opts.maxGaps ?? DEFAULT_MAX_GAPS;
  const sections = [headline(report, opts.title), footnote(report), phaseDimensionTable(report)];
  const chart = mermaidChart(report);
  if (chart !== null) sections.push(chart);
  if (report.gaps.length === 0) {
    sections.push("\u2705 No open gaps.");
  } else {
    const shown = report.gaps.slice(0, maxGaps);
    const heading = shown.length === report.gaps.length ? "Gaps" : `Top ${shown.length} of ${report.gaps.length} gaps`;
    sections.push(`### ${heading}`, ...shown.map(gapListItem));
    const hidden = report.gaps.length - shown.length;
    if (hidden > 0) sections.push(`\u2026and ${plural(hidden, "more gap")} in the full report.`);
  }
  return `${sections.join("\n\n")}
`;
}

export {
  BUILTIN_RULES,
  DIMENSIONS,
  PHASES,
  PHASE_SEVERITY,
  PHASE_TITLES,
  phaseAtOrAbove,
  CONFIG_LOCATIONS,
  createAjv,
  parseConfig,
  DEFAULT_MAX_FILE_SIZE,
  classify,
  walk,
  readText,
  TOOL_VERSION,
  MemoryFactCache,
  FileFactCache,
  scan,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  codeFence,
  escapeControlCharacters,
  safeHref,
  locationLabel,
  indentLines,
  plural,
  formatNumber,
  phaseCounts,
  gapsInPhase,
  groupByDimension,
  scorecard,
  phaseDimensionTable,
  mermaidChart,
  gapListItem,
  renderMarkdown
};
