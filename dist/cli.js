import { createRequire as __shipshapeCreateRequire } from 'node:module'; const require = __shipshapeCreateRequire(import.meta.url);
import {
  FILE_NAMES,
  FORMATS,
  createProgress,
  render
} from "./chunks/chunk-UOZ7SFOZ.js";
import "./chunks/chunk-M7SEI6KH.js";
import {
  BUILTIN_RULES,
  FileFactCache,
  PHASES,
  TOOL_VERSION,
  phaseAtOrAbove,
  scan
} from "./chunks/chunk-MSOO67BI.js";
import {
  ConfigError,
  ShipshapeError,
  errorMessage
} from "./chunks/chunk-O2Z542DB.js";

// src/cli/main.ts
import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

// src/cli/starter-config.ts
var STARTER_CONFIG = `# shipshape configuration \u2014 https://github.com/shipshape/shipshape#configuration
# Schema for editors: schema/shipshape.schema.json
# yaml-language-server: $schema=https://shipshape.dev/schema/shipshape.schema.json

# New gaps at or above this phase fail pull-request checks (critical | hardening | polish).
fail-on: critical

# Paths not to scan, in addition to .gitignore (glob patterns).
exclude:
  - "**/fixtures/**"

# Per-rule settings: off, on, a phase, or { enabled, phase, options }.
# 'shipshape rules' lists the rules; 'shipshape explain <rule-id>' shows their options.
rules:
  # operations/runbook-exists: hardening
  # audit/audit-trail-exists:
  #   options:
  #     auditCalls: ["(^|\\\\.)track(Event)?$"]

# Where your privacy policy lives, if not in PRIVACY.md or a privacy page.
# privacy:
#   policies: [docs/legal/privacy.md]

# Accepted risks: a rule or a gap id, a reason, and optionally a date after which it stops applying.
ignore: []
#  - rule: monitoring/health-endpoint-exists
#    paths: ["services/batch/**"]
#    reason: batch worker has no HTTP server; monitored through the queue
#    until: 2027-06-30

# GitHub Projects (v2) board the App adds phase issues to: <owner>/<number>.
# project: acme/7
`;

// src/cli/main.ts
var DEFAULT_CACHE_FILE = ".shipshape-cache";
var EXIT = { ok: 0, gaps: 1, usage: 2 };
var HELP = `shipshape ${TOOL_VERSION} \u2014 phased production-readiness audits for B2B SaaS codebases

Usage:
  shipshape scan [path] [options]   audit a checkout (default: the current folder)
  shipshape rules                   list the rules, by dimension and phase
  shipshape explain <rule-id>       why a rule matters, how to fix it, before/after
  shipshape init [path]             write a commented starter .github/shipshape.yml

Scan options:
  -f, --format <format>   text | json | sarif | markdown | html (default: text)
  -o, --output <dir>      write every format into <dir> (shipshape.json, .sarif, .md, .html, .txt)
      --fail-on <phase>   critical | hardening | polish: exit 1 when gaps at or above it remain
                          (default: the config's fail-on, else critical)
  -c, --config <file>     use this config file instead of .github/shipshape.yml / .shipshape.yml
      --commit <sha>      record the commit scanned in the report
      --cache             keep facts between runs: only changed files are parsed again
      --cache-location <file>
                          where --cache keeps them (default: .shipshape-cache in the
                          current folder)
      --no-color          plain text even on a terminal
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no gap at or above fail-on \xB7 1 gaps at or above fail-on \xB7 2 usage or config error
Docs: shipshape explain <rule-id>; configuration schema: schema/shipshape.schema.json
`;
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(HELP);
        return command === void 0 ? EXIT.usage : EXIT.ok;
      case "-v":
      case "--version":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.ok;
      case "scan":
        return await scanCommand(rest, io);
      case "rules":
        io.stdout.write(listRules(BUILTIN_RULES));
        return EXIT.ok;
      case "explain":
        return explainCommand(rest, io);
      case "init":
        return await initCommand(rest, io);
      default:
        io.stderr.write(`shipshape: unknown command '${command}'

${HELP}`);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ShipshapeError) {
      io.stderr.write(`shipshape: ${error.message}
`);
      return EXIT.usage;
    }
    if (isParseArgsError(error)) {
      io.stderr.write(`shipshape: ${error.message}
Run 'shipshape --help' for usage.
`);
      return EXIT.usage;
    }
    throw error;
  }
}
function isParseArgsError(error) {
  return typeof error === "object" && error !== null && String(error.code).startsWith("ERR_PARSE_ARGS");
}
async function scanCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      config: { type: "string", short: "c" },
      commit: { type: "string" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new ShipshapeError(`scan takes one path, got ${positionals.length}: ${positionals.join(" ")}`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new ShipshapeError(`--format must be one of ${FORMATS.join("|")}, got '${values.format}'`);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && !PHASES.includes(failOnFlag)) {
    throw new ShipshapeError(`--fail-on must be one of ${PHASES.join("|")}, got '${failOnFlag}'`);
  }
  const root = path.resolve(io.cwd, positionals[0] ?? ".");
  try {
    await access(root);
  } catch {
    throw new ShipshapeError(`cannot scan ${positionals[0] ?? "."}: no such folder`);
  }
  const progress = createProgress(io.stderr);
  const configPath = values.config ? path.resolve(io.cwd, values.config) : void 0;
  if (values["cache-location"] !== void 0 && !values.cache) throw new ShipshapeError("--cache-location is only used with --cache");
  const cache = values.cache ? FileFactCache.load(path.resolve(io.cwd, values["cache-location"] ?? DEFAULT_CACHE_FILE)) : null;
  if (cache?.problem) io.stderr.write(`shipshape: ${cache.problem}
`);
  const { report, catalogue, config } = await scan({
    root,
    ...configPath ? { configPath } : {},
    ...cache ? { cache } : {},
    commit: values.commit ?? null,
    onProgress: (done, total) => progress.update(done, total)
  });
  progress.done();
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      io.stderr.write(`shipshape: the fact cache could not be written to ${path.relative(io.cwd, cache.file) || cache.file} (${errorMessage(error)})
`);
    }
  }
  const color = Boolean(io.stdout.isTTY) && !values["no-color"] && io.env.NO_COLOR === void 0;
  if (values.output) {
    const dir = path.resolve(io.cwd, values.output);
    await mkdir(dir, { recursive: true });
    for (const f of FORMATS) await writeFile(path.join(dir, FILE_NAMES[f]), render(f, report, { catalogue, color: false }));
    io.stderr.write(`shipshape: wrote ${FORMATS.map((f) => FILE_NAMES[f]).join(", ")} to ${path.relative(io.cwd, dir) || "."}
`);
  }
  if (!values.output || values.format) io.stdout.write(render(format, report, { catalogue, color }));
  else io.stdout.write(render("text", report, { catalogue, color }));
  const failOn = failOnFlag ?? config.failOn;
  return blocking(report, failOn) > 0 ? EXIT.gaps : EXIT.ok;
}
function blocking(report, failOn) {
  return report.gaps.filter((g) => phaseAtOrAbove(g.phase, failOn)).length;
}
function listRules(rules) {
  const lines = [];
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const phase of PHASES) {
    const inPhase = rules.filter((r) => r.phase === phase);
    if (inPhase.length === 0) continue;
    lines.push(`${phase}:`);
    for (const r of [...inPhase].sort((a, b) => a.id < b.id ? -1 : 1)) lines.push(`  ${r.id.padEnd(width)}  ${r.title}`);
    lines.push("");
  }
  lines.push(`${rules.length} rules. 'shipshape explain <rule-id>' shows why each matters and how to fix it.`);
  return `${lines.join("\n")}
`;
}
function explainCommand(args, io) {
  const [id] = args;
  if (!id) throw new ShipshapeError("explain needs a rule id, e.g. shipshape explain security/no-hardcoded-secrets");
  const rule = BUILTIN_RULES.find((r) => r.id === id);
  if (!rule) {
    const near = BUILTIN_RULES.filter((r) => r.id.includes(id.split("/").pop() ?? id)).map((r) => r.id);
    throw new ShipshapeError(`unknown rule '${id}'${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}; 'shipshape rules' lists them`);
  }
  io.stdout.write(explain(rule));
  return EXIT.ok;
}
function explain(rule) {
  const indent = (text) => text.trimEnd().split("\n").map((l) => `    ${l}`).join("\n");
  const options = Object.entries(rule.options.properties ?? {});
  return [
    `${rule.id}  (${rule.dimension}, ${rule.phase})`,
    rule.title,
    "",
    "Why it matters",
    indent(rule.why),
    "",
    "How to fix",
    indent(rule.fix),
    "",
    ...rule.reported ? ["Where it is reported", indent(rule.reported), ""] : [],
    `Before (${rule.example.language})`,
    indent(rule.example.before),
    "",
    "After",
    indent(rule.example.after),
    ...options.length > 0 ? ["", "Options (rules.<id>.options in .github/shipshape.yml)", ...options.map(([k, v]) => `    ${k}: ${v.description ?? ""}
      default: ${JSON.stringify(v.default)}`)] : [],
    ...rule.references.length > 0 ? ["", "References", ...rule.references.map((r) => `    ${r}`)] : [],
    ""
  ].join("\n");
}
async function initCommand(args, io) {
  const root = path.resolve(io.cwd, args[0] ?? ".");
  const target = path.join(root, ".github", "shipshape.yml");
  try {
    await access(target);
    throw new ShipshapeError(`${path.relative(io.cwd, target)} already exists; not overwriting it`);
  } catch (error) {
    if (error instanceof ShipshapeError) throw error;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, STARTER_CONFIG);
  io.stdout.write(`wrote ${path.relative(io.cwd, target) || target}
`);
  return EXIT.ok;
}

// src/cli/index.ts
var code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
process.exitCode = code;
