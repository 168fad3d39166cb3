/**
 * Total rows: a summary line ("Totalt;;;123") or a cell that names a total rather than a
 * group ("Båda könen" in the sex column, "Hela staden" in the district column) is not
 * data. This is the one place that decides what a total label is; every reader and
 * check asks here, with the labels of the configuration (`totals.labels`).
 */

/**
 * Labels that mark a total (SCB, Socialstyrelsen, Kolada and municipal tables), compared
 * trimmed and case-insensitively. The default of `totals.labels` (config/defaults.ts).
 */
export const DEFAULT_TOTAL_LABELS: readonly string[] = Object.freeze([
  'Totalt',
  'Total',
  'Summa',
  'Samtliga',
  'Alla',
  'All',
  'Båda könen',
  'Hela staden',
  'Riket',
]);

/** What a total label is, for one list of labels. */
export class TotalLabels {
  private readonly labels: ReadonlySet<string>;
  private readonly firstCharacters: ReadonlySet<string>;

  constructor(labels: readonly string[] = DEFAULT_TOTAL_LABELS) {
    this.labels = new Set(labels.map((label) => label.trim().toLowerCase()));
    // Upper and lower case of each first character: the scanner asks about the character as written.
    this.firstCharacters = new Set([...this.labels].filter((label) => label !== '').flatMap((label) => [label[0]!, label[0]!.toUpperCase()]));
  }

  /** Whether a cell is a total label (trimmed, case-insensitive). */
  isLabel(cell: string): boolean {
    return this.labels.has(cell.trim().toLowerCase());
  }

  /** Whether a row is a summary row: its first non-blank cell is a total label. */
  isTotalRow(fields: readonly string[]): boolean {
    const first = fields.find((field) => field.trim() !== '');
    return first !== undefined && this.isLabel(first);
  }

  /**
   * Whether a row whose first non-blank cell starts with this character could be a
   * summary row: readers that do not decode every cell hand such rows over as text.
   */
  mayStartTotalRow(character: string): boolean {
    return this.firstCharacters.has(character) || this.firstCharacters.has(character.toLowerCase());
  }
}

const DEFAULT_LABELS = new TotalLabels();

/** Whether a row is a summary row by the default labels (see TotalLabels.isTotalRow). */
export function isTotalRow(fields: readonly string[]): boolean {
  return DEFAULT_LABELS.isTotalRow(fields);
}

/** Whether a row starting with this character may be a summary row by the default labels. */
export function mayStartTotalRow(character: string): boolean {
  return DEFAULT_LABELS.mayStartTotalRow(character);
}
