// Line diffs for compare / pull request files: the unified `patch` GitHub returns, its
// additions/deletions, and the mapping a review comment needs (which lines are in the diff,
// their `position`, the `diff_hunk` up to a line).

export interface PatchLine {
  kind: ' ' | '+' | '-';
  text: string;
  /** Line number on the base side (LEFT); null for added lines. */
  oldLine: number | null;
  /** Line number on the head side (RIGHT); null for removed lines. */
  newLine: number | null;
}

export interface Hunk {
  header: string;
  lines: PatchLine[];
}

export interface FileDiff {
  patch: string;
  hunks: Hunk[];
  additions: number;
  deletions: number;
}

const CONTEXT = 3;
/** Above this many line pairs the diff is "replace everything" instead of an LCS. */
const LCS_LIMIT = 4_000_000;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function diffFiles(before: string, after: string): FileDiff {
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks = buildHunks(ops);
  const patch = hunks.map((h) => [h.header, ...h.lines.map((l) => `${l.kind}${l.text}`)].join('\n')).join('\n');
  return {
    patch,
    hunks,
    additions: ops.filter((o) => o.kind === '+').length,
    deletions: ops.filter((o) => o.kind === '-').length,
  };
}

function diffLines(a: string[], b: string[]): PatchLine[] {
  // Common prefix/suffix first: most edits in tests touch a few lines of a larger file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: PatchLine[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: ' ', text: a[i] as string, oldLine: i + 1, newLine: i + 1 });
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const mid: Array<{ kind: ' ' | '+' | '-'; text: string }> = [];
  if (midA.length * midB.length > LCS_LIMIT) {
    for (const text of midA) mid.push({ kind: '-', text });
    for (const text of midB) mid.push({ kind: '+', text });
  } else {
    const n = midA.length;
    const m = midB.length;
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      const row = lcs[i] as Uint32Array;
      const next = lcs[i + 1] as Uint32Array;
      for (let j = m - 1; j >= 0; j--) {
        row[j] = midA[i] === midB[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        mid.push({ kind: ' ', text: midA[i] as string });
        i++;
        j++;
      } else if (j < m && (i >= n || ((lcs[i] as Uint32Array)[j + 1] as number) >= ((lcs[i + 1] as Uint32Array)[j] as number))) {
        mid.push({ kind: '+', text: midB[j] as string });
        j++;
      } else {
        mid.push({ kind: '-', text: midA[i] as string });
        i++;
      }
    }
  }
  // Git prints removals before additions within a change block.
  let oldLine = start;
  let newLine = start;
  let k = 0;
  while (k < mid.length) {
    const op = mid[k] as (typeof mid)[number];
    if (op.kind === ' ') {
      out.push({ kind: ' ', text: op.text, oldLine: ++oldLine, newLine: ++newLine });
      k++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (k < mid.length && (mid[k] as (typeof mid)[number]).kind !== ' ') {
      const change = mid[k] as (typeof mid)[number];
      (change.kind === '-' ? removed : added).push(change.text);
      k++;
    }
    for (const text of removed) out.push({ kind: '-', text, oldLine: ++oldLine, newLine: null });
    for (const text of added) out.push({ kind: '+', text, oldLine: null, newLine: ++newLine });
  }
  for (let x = endA; x < a.length; x++) out.push({ kind: ' ', text: a[x] as string, oldLine: ++oldLine, newLine: ++newLine });
  return out;
}

function buildHunks(ops: PatchLine[]): Hunk[] {
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const i of changed) {
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(ops.length - 1, i + CONTEXT);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return ranges.map(([from, to]) => {
    const lines = ops.slice(from, to + 1);
    const oldCount = lines.filter((l) => l.kind !== '+').length;
    const newCount = lines.filter((l) => l.kind !== '-').length;
    const firstOld = lines.find((l) => l.oldLine !== null)?.oldLine ?? null;
    const firstNew = lines.find((l) => l.newLine !== null)?.newLine ?? null;
    // Git's convention: an empty side starts at the line before the hunk (0 for a new file).
    const oldStart = oldCount === 0 ? precedingLine(ops, from, 'oldLine') : (firstOld as number);
    const newStart = newCount === 0 ? precedingLine(ops, from, 'newLine') : (firstNew as number);
    return { header: `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, lines };
  });
}

function precedingLine(ops: PatchLine[], from: number, side: 'oldLine' | 'newLine'): number {
  for (let i = from - 1; i >= 0; i--) {
    const n = (ops[i] as PatchLine)[side];
    if (n !== null) return n;
  }
  return 0;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * Where a review comment on `line` of `side` lands in a file's diff: its `position` (lines
 * below the first hunk header, counting later hunk headers) and the `diff_hunk` GitHub
 * shows (the hunk header through that line). Null when the line is not part of the diff.
 */
export function locateLine(
  diff: FileDiff,
  line: number,
  side: 'LEFT' | 'RIGHT',
): { position: number; diffHunk: string } | null {
  let position = 0;
  for (const [h, hunk] of diff.hunks.entries()) {
    if (h > 0) position++;
    const shown: string[] = [hunk.header];
    for (const l of hunk.lines) {
      position++;
      shown.push(`${l.kind}${l.text}`);
      const n = side === 'RIGHT' ? l.newLine : l.oldLine;
      if (n === line && (side === 'RIGHT' ? l.kind !== '-' : l.kind !== '+')) {
        return { position, diffHunk: shown.join('\n') };
      }
    }
  }
  return null;
}
