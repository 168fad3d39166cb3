/**
 * Exact linear algebra for the disclosure tests: independent of src/report/determined-unknowns.ts,
 * so a test checks the suppression against a second computation.
 */

/** Exact rank of a matrix of small integers, by fraction-free elimination over BigInt. */
export function rank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => row.map(BigInt));
  let found = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width && found < rows.length; column++) {
    const pivot = rows.findIndex((row, index) => index >= found && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[found], rows[pivot]] = [rows[pivot]!, rows[found]!];
    for (let other = found + 1; other < rows.length; other++) {
      const [a, b] = [rows[found]![column]!, rows[other]![column]!];
      if (b !== 0n) rows[other] = rows[other]!.map((value, index) => value * a - rows[found]![index]! * b);
    }
    found++;
  }
  return found;
}
