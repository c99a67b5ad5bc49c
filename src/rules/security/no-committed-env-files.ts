import picomatch from 'picomatch';
import type { RuleCheck } from '../types.js';

const DOTENV = /(?:^|\/)\.env(?:\.[\w.-]+)?$/;

export const noCommittedEnvFiles: RuleCheck = {
  id: 'security/no-committed-env-files',
  check({ facts, options, report }) {
    const templates = (Array.isArray(options.templateSuffixes) ? options.templateSuffixes : []).map(String);
    const secretNames = (Array.isArray(options.secretNames) ? options.secretNames : []).map((p) => new RegExp(String(p), 'i'));
    const excluded = picomatch(Array.isArray(options.excludePaths) ? options.excludePaths.map(String) : [], { dot: true });
    let envFiles = 0;
    for (const file of facts.fileFacts) {
      if (!DOTENV.test(file.path) || excluded(file.path)) continue;
      const base = file.path.slice(file.path.lastIndexOf('/') + 1);
      if (templates.some((t) => base.endsWith(t))) continue;
      envFiles++;
      const lines = new Set(file.secrets.map((s) => s.location.startLine));
      const secrets = file.envDeclarations.filter((d) => (d.value === 'set' && secretNames.some((p) => p.test(d.name))) || lines.has(d.location.startLine));
      if (secrets.length === 0) continue;
      report({
        messageId: 'committed',
        data: { path: file.path, count: secrets.length, names: secrets.slice(0, 5).map((d) => d.name).join(', ') },
        location: secrets[0]!.location,
        anchor: file.path,
        related: secrets.slice(1, 6).map((d) => ({ path: file.path, startLine: d.location.startLine, message: `${d.name} has a value` })),
      });
    }
    if (envFiles === 0) return 'not-applicable';
  },
};
