/**
 * Counting per-row problems as a file is read: how many rows have each problem, the
 * first line where it occurs and the arguments of that first occurrence. Memory grows
 * with the number of distinct problems, not with rows.
 */
import { problem, type Problem, type ProblemArgs, type ProblemCode } from './problem.js';

interface Occurrence {
  readonly code: ProblemCode;
  readonly column: string | null;
  readonly line: number;
  readonly args: ProblemArgs[ProblemCode];
  count: number;
}

/** The per-row problems of one file, one entry per code, column and variant. */
export class Occurrences {
  private readonly found = new Map<string, Occurrence>();

  /**
   * Counts one row with a problem. `variant` separates problems of the same code and
   * column (e.g. the kind of an invalid personnummer); `args` are kept from the first row.
   */
  note<C extends ProblemCode>(code: C, column: string | null, line: number, args: ProblemArgs[C], variant = ''): void {
    const key = `${code}\u0000${column ?? ''}\u0000${variant}`;
    const earlier = this.found.get(key);
    if (earlier) earlier.count++;
    else this.found.set(key, { code, column, line, args, count: 1 });
  }

  /** The counted problems, as problems of `file`. */
  problems(file: string): Problem[] {
    return [...this.found.values()].map((found) => problem(found.code, { file, line: found.line, column: found.column, count: found.count }, found.args));
  }
}
