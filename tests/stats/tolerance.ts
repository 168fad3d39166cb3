/**
 * Comparison helpers for values checked against R. A number matches when it is within 1e-9
 * relative of R's, or within 1e-12 absolute when R's value is near zero; nulls must match nulls.
 */

export const RELATIVE_TOLERANCE = 1e-9;
export const ABSOLUTE_TOLERANCE = 1e-12;

/** True when actual is within the relative tolerance of expected, or within the absolute one. */
export function isClose(
  actual: number,
  expected: number,
  relative = RELATIVE_TOLERANCE,
  absolute = ABSOLUTE_TOLERANCE,
): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const difference = Math.abs(actual - expected);
  return difference <= absolute || difference <= relative * Math.abs(expected);
}

/** Throws a message naming `label` unless actual and expected are both null or close. */
export function closeTo(actual: number | null | undefined, expected: number | null | undefined, label: string): void {
  const want = expected ?? null;
  const got = actual ?? null;
  if (want === null || got === null) {
    if (want !== got) throw new Error(`${label}: expected ${String(want)}, got ${String(got)}`);
    return;
  }
  if (!isClose(got, want)) {
    throw new Error(`${label}: expected ${want}, got ${got} (relative error ${Math.abs(got - want) / Math.abs(want)})`);
  }
}

/** {@link closeTo} for each element of two equally long arrays (or both null). */
export function allCloseTo(
  actual: readonly (number | null)[] | null | undefined,
  expected: readonly (number | null)[] | null | undefined,
  label: string,
): void {
  if (actual == null || expected == null) {
    if ((actual ?? null) !== (expected ?? null)) {
      throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
    return;
  }
  if (actual.length !== expected.length) {
    throw new Error(`${label}: expected ${expected.length} values, got ${actual.length}`);
  }
  expected.forEach((value, index) => closeTo(actual[index], value, `${label}[${index}]`));
}

/** Below this, R's own p-values lose digits (its Fisher weights underflow, subnormals round). */
export const SMALL_P = 1e-290;

/**
 * A stricter check for p-values: at 1e-9 relative whenever R's p is an ordinary double, with
 * no absolute escape hatch (so 1e-200 must not pass for 1e-100); where R's p is below 1e-290
 * or exactly 0 (underflow), ours must be below 1e-280 as well.
 */
export function pValueCloseTo(actual: number | null | undefined, expected: number | null | undefined, label: string): void {
  const want = expected ?? null;
  const got = actual ?? null;
  if (want === null || got === null) {
    if (want !== got) throw new Error(`${label}: expected ${String(want)}, got ${String(got)}`);
    return;
  }
  if (!(got >= 0 && got <= 1)) throw new Error(`${label}: ${got} is not a probability`);
  if (want < SMALL_P) {
    if (!(got < 1e-280)) throw new Error(`${label}: expected a p-value below 1e-290 (R: ${want}), got ${got}`);
    return;
  }
  if (!isClose(got, want, RELATIVE_TOLERANCE, 0)) {
    throw new Error(`${label}: expected ${want}, got ${got} (relative error ${Math.abs(got - want) / want})`);
  }
}
