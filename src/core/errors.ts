/**
 * An error the user can act on: it names the file, line and key where that is known.
 * Anything else that escapes is a bug and is reported with its stack.
 */
export class ShipshapeError extends Error {
  readonly file: string | null;
  readonly line: number | null;
  readonly key: string | null;

  constructor(message: string, where: { file?: string | null; line?: number | null; key?: string | null } = {}) {
    super(message);
    this.name = 'ShipshapeError';
    this.file = where.file ?? null;
    this.line = where.line ?? null;
    this.key = where.key ?? null;
  }
}

/** A configuration problem: the CLI exits 2 and nothing is scanned. */
export class ConfigError extends ShipshapeError {
  readonly problems: readonly ShipshapeError[];

  constructor(problems: readonly ShipshapeError[]) {
    const [first] = problems;
    const text = problems.map((p) => `  ${p.message}`).join('\n');
    super(`invalid configuration:\n${text}`, { file: first?.file ?? null, line: first?.line ?? null, key: first?.key ?? null });
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
