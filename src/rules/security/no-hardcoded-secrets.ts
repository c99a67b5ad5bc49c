import picomatch from 'picomatch';
import type { RuleCheck } from '../types.js';

export const noHardcodedSecrets: RuleCheck = {
  id: 'security/no-hardcoded-secrets',
  check({ facts, options, report }) {
    const excluded = picomatch((options.excludePaths as string[]) ?? [], { dot: true });
    for (const file of facts.fileFacts) {
      if (file.secrets.length === 0 || excluded(file.path)) continue;
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
