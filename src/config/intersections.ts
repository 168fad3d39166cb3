/** `by: ["A*B"]` crosses sex with the combinations of A and B: an intersection. */

/** Splits an intersection "A*B" into its variables. */
export function intersectionVariables(spec: string): string[] {
  return spec.split('*').map((part) => part.trim()).filter(Boolean);
}
