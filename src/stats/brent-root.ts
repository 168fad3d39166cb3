/**
 * Brent's root finder (bisection safeguarding secant and inverse quadratic interpolation) in
 * the form of Forsythe, Malcolm & Moler, "Computer methods for mathematical computations"
 * (1977), procedure ZEROIN — the algorithm behind R's `uniroot` (given f at both ends, as R's
 * R_zeroin2). It is here only where jamstat must land on the same point as R's uniroot: when
 * a function is 0 on a whole interval, which of its points uniroot returns depends on the path
 * of these iterations, not on the function alone.
 *
 * f(lower) and f(upper) must not have the same sign. Stops when f(b) is exactly 0 or the
 * bracket is within 2ε|b| + tol/2 of b, or after maxIterations steps (R: maxiter = 1000).
 */
export function brentRoot(
  f: (point: number) => number,
  lower: number,
  upper: number,
  fLower: number,
  fUpper: number,
  tol: number,
  maxIterations = 1000,
): number {
  // b: best approximation; a: the previous one; c: the end of the bracket opposite to b.
  let a = lower;
  let fa = fLower;
  let b = upper;
  let fb = fUpper;
  let c = a;
  let fc = fa;
  if (fa === 0) return a;
  if (fb === 0) return b;
  for (let iteration = 0; iteration <= maxIterations; iteration++) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + tol / 2;
    let step = (c - b) / 2;
    if (Math.abs(step) <= tolerance || fb === 0) return b;
    if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      // Interpolation: linear through a and b when a = c, else inverse quadratic through a, b, c.
      const toC = c - b;
      let p: number;
      let q: number;
      if (a === c) {
        const ratio = fb / fa;
        p = toC * ratio;
        q = 1 - ratio;
      } else {
        const qa = fa / fc;
        const rb = fb / fc;
        const sb = fb / fa;
        p = sb * (toC * qa * (qa - rb) - (b - a) * (rb - 1));
        q = (qa - 1) * (rb - 1) * (sb - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the interpolated step only when it falls well inside the bracket and shrinks fast enough.
      if (p < 0.75 * toC * q - Math.abs(tolerance * q) / 2 && p < Math.abs((previousStep * q) / 2)) step = p / q;
    }
    if (Math.abs(step) < tolerance) step = step > 0 ? tolerance : -tolerance;
    a = b;
    fa = fb;
    b += step;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return b;
}
