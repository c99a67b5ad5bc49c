import picomatch from 'picomatch';
import type { RuleCheck } from '../types.js';

const DOTENV = /^\.env(?:\.[\w.-]+)?$/;

export const noHardcodedSecrets: RuleCheck = {
  id: 'security/no-hardcoded-secrets',
  check({ facts, options, report }) {
    const excluded = picomatch((options.excludePaths as string[]) ?? [], { dot: true });
    const envTemplates = (Array.isArray(options.envTemplateSuffixes) ? options.envTemplateSuffixes : []).map(String);
    for (const file of facts.fileFacts) {
      if (file.secrets.length === 0 || excluded(file.path)) continue;
      // A committed .env file is one gap, listing its variables, from security/no-committed-env-files.
      const base = file.path.slice(file.path.lastIndexOf('/') + 1);
      if (DOTENV.test(base) && !envTemplates.some((t) => base.endsWith(t))) continue;
      for (const secret of file.secrets) {
        report({
          messageId: 'hardcoded',
          data: { kind: secret.kind, redacted: secret.redacted, path: file.path, line: secret.location.startLine },
          location: secret.location,
          // The value's hash: the gap keeps its id when the line moves, and a second key in the same file is a second gap.
          anchor: secret.valueHash,
        });
      }
    }
  },
};
