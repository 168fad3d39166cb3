/**
 * Which cells of a report to hide. A cell is one sex's counts in one row. Primary
 * suppression hides a cell with a count from 1 to below − 1; secondary suppression then
 * hides more cells, one relation at a time, until no hidden cell follows from the
 * visible ones through the sums a reader knows (sum-relations.ts). Complements are the
 * smallest non-empty cells of a relation, group rows before overall rows, so that
 * little else is lost.
 */
import { hiddenMembers, hiddenSystemOf, type HiddenSystem } from './hidden-system.js';
import { relationIndexOf, type RelationIndex } from './relation-index.js';
import { sumRelations, type RowPlace, type SumRelation } from './sum-relations.js';

/** A table to protect: its rows' places and, per row and sex, the counts a reader could see. */
export interface CountTable {
  readonly places: readonly RowPlace[];
  /** counts[row][sex]: that cell's counts (for example yes and no). */
  readonly counts: readonly (readonly (readonly number[])[])[];
  /** The number of sexes (cells per row). */
  readonly sexes: number;
}

/** A hidden cell: a row and a sex, as indices into the table. */
export const cellKey = (row: number, sex: number): string => `${row}:${sex}`;

/** True when a count would identify few enough people to be hidden. */
export function isSmallCount(count: number, below: number): boolean {
  return count >= 1 && count < below;
}

/**
 * A table of units to protect, more general than CountTable: the units of one sex are
 * related by known sums, and each has a size and a tier (lower tiers are taken as
 * complements first). A yes/no table's units are its rows; a categorical table's are each
 * row's categories and its n (categorical-suppression.ts).
 */
export interface UnitTable {
  readonly units: number;
  readonly sexes: number;
  /** The count a unit holds for one sex. */
  readonly size: (unit: number, sex: number) => number;
  /** True when the unit must be hidden for that sex whatever else is (a small count). */
  readonly small: (unit: number, sex: number) => boolean;
  /** Complements come from the lowest tier first (groups before the overall row). */
  readonly tier: (unit: number) => number;
  /** The known sums among the units, in groups that do not touch each other (one per step). */
  readonly relationGroups: readonly (readonly SumRelation[])[];
  /**
   * True to give back, after protecting, every complement that is not needed: the greedy
   * choice of complements, one relation at a time, can take more than it must when a unit
   * sits in two relations (a category of a group: its row and its column).
   */
  readonly prune?: boolean;
}

/**
 * One sex's protection of one group of relations: the hidden units (shared by the groups),
 * the index of the relations, what the hidden units give back, and the marks of the search
 * for complements.
 */
interface Protection {
  readonly table: UnitTable;
  readonly sex: number;
  readonly index: RelationIndex;
  readonly system: HiddenSystem;
  /** hidden[unit] is 1 when the unit is hidden for this sex. */
  readonly hidden: Uint8Array;
  /** Marks by stamp (no clearing between searches): units and relations reached by the search for complements, relations touched in a round of protect. */
  readonly unitMark: Int32Array;
  readonly relationMark: Int32Array;
  readonly touchedMark: Int32Array;
  stamp: number;
  /** Each unit's size for this sex and tier, asked of the table once (NaN: not yet asked); the search for complements compares them often. */
  readonly sizes: Float64Array;
  readonly tiers: Float64Array;
}

function sizeOf(protection: Protection, unit: number): number {
  let size = protection.sizes[unit]!;
  if (Number.isNaN(size)) protection.sizes[unit] = size = protection.table.size(unit, protection.sex);
  return size;
}

function tierOf(protection: Protection, unit: number): number {
  let tier = protection.tiers[unit]!;
  if (Number.isNaN(tier)) protection.tiers[unit] = tier = protection.table.tier(unit);
  return tier;
}

/** True when `a` is the better complement: non-empty first, then the lower tier, the smaller size, the lower unit. */
function isBetterComplement(protection: Protection, a: number, b: number): boolean {
  const sizeA = sizeOf(protection, a);
  const sizeB = sizeOf(protection, b);
  const emptyA = sizeA === 0 ? 1 : 0;
  const emptyB = sizeB === 0 ? 1 : 0;
  if (emptyA !== emptyB) return emptyA < emptyB;
  const tierA = tierOf(protection, a);
  const tierB = tierOf(protection, b);
  if (tierA !== tierB) return tierA < tierB;
  if (sizeA !== sizeB) return sizeA < sizeB;
  return a < b;
}

/**
 * The visible unit that best protects `unit`: from the relations around it (widening
 * through hidden units when those have no visible member), the smallest non-empty unit
 * of the lowest tier, else of a higher tier, else an empty one; -1 when there is none.
 * The widening goes one ring of relations at a time, and a relation of an earlier ring
 * had no visible member, so each relation is looked at once.
 */
function complementFor(unit: number, protection: Protection): number {
  const { index, hidden, unitMark, relationMark } = protection;
  const stamp = ++protection.stamp;
  unitMark[unit] = stamp;
  let frontier = [unit];
  while (frontier.length > 0) {
    let best = -1;
    const next: number[] = [];
    for (const reached of frontier) {
      for (let at = index.firstRelation(reached), end = index.endOfRelations(reached); at < end; at++) {
        const relation = index.relationAt(at);
        if (relationMark[relation] === stamp) continue;
        relationMark[relation] = stamp;
        for (let position = index.firstMember(relation), last = index.endOfMembers(relation); position < last; position++) {
          const member = index.memberAt(position);
          if (hidden[member] !== 1) {
            if (best < 0 || isBetterComplement(protection, member, best)) best = member;
          } else if (unitMark[member] !== stamp) {
            unitMark[member] = stamp;
            next.push(member);
          }
        }
      }
    }
    if (best >= 0) return best;
    frontier = next;
  }
  return -1;
}

/**
 * Adds complements to one sex's hidden units until none can be recovered: in rounds, a
 * complement for each unit given back whose relations got none yet in the round.
 */
function protect(protection: Protection): void {
  const { index, system, hidden, touchedMark } = protection;
  let exposed = system.start(hidden);
  while (exposed.length > 0) {
    const touched = ++protection.stamp;
    const added: number[] = [];
    for (const unit of exposed) {
      let isTouched = false;
      for (let at = index.firstRelation(unit), end = index.endOfRelations(unit); at < end && !isTouched; at++) isTouched = touchedMark[index.relationAt(at)] === touched;
      if (isTouched) continue;
      const complement = complementFor(unit, protection);
      if (complement < 0) throw new Error(`no cell can protect row ${unit} of the published table`);
      hidden[complement] = 1;
      added.push(complement);
      for (let at = index.firstRelation(complement), end = index.endOfRelations(complement); at < end; at++) touchedMark[index.relationAt(at)] = touched;
    }
    exposed = system.afterHiding(added, hidden);
  }
}

/** Pairs of complements are tried only up to this many complements (their number grows as its square). */
const MOST_COMPLEMENTS_FOR_PAIRS = 40;

/**
 * Shows again, largest first, each complement whose hiding protects nothing that the others
 * do not, then each pair of complements that can only be shown together (two of one row,
 * each determined by the other once the row's sum is known).
 *
 * A pair is not tried when showing one of them alone gave back a unit, other than the other
 * one, that is still hidden: showing more, from fewer hidden units, still gives that unit
 * back (a projection of the row space keeps the unit vector), so the pair would be restored.
 */
function prune(protection: Protection, alsoHidden: Uint8Array): void {
  const { table, sex, index, system, hidden } = protection;
  const complementsOf = (): number[] =>
    hiddenMembers(index, hidden)
      .filter((unit) => alsoHidden[unit] !== 1 && !table.small(unit, sex))
      .sort((a, b) => sizeOf(protection, b) - sizeOf(protection, a) || b - a);
  const givesBack = new Map<number, number>();
  for (const unit of complementsOf()) {
    const exposed = system.tryShowing([unit], hidden);
    if (exposed >= 0) givesBack.set(unit, exposed);
  }
  const complements = complementsOf();
  if (complements.length > MOST_COMPLEMENTS_FOR_PAIRS) return;
  const mustFail = (unit: number, partner: number): boolean => {
    const exposed = givesBack.get(unit);
    return exposed !== undefined && exposed !== partner && hidden[exposed] === 1;
  };
  for (const [position, first] of complements.entries()) {
    for (const second of complements.slice(position + 1)) {
      if (hidden[first] !== 1 || hidden[second] !== 1) continue;
      if (mustFail(first, second) || mustFail(second, first)) continue;
      system.tryShowing([first, second], hidden);
    }
  }
}

/** Options of hiddenUnits that only tests need. */
export interface HiddenUnitsOptions {
  /** The largest echelon form kept whole (hidden-system.ts); smaller makes larger tables be solved by parts. */
  readonly mostEchelonEntries?: number;
}

/**
 * The units to hide (keys cellKey(unit, sex)): every small unit, the units in
 * `alsoHidden`, and the complements that keep them from being computed back.
 */
export function hiddenUnits(table: UnitTable, alsoHidden: ReadonlySet<string> = new Set(), options: HiddenUnitsOptions = {}): Set<string> {
  const result = new Set<string>();
  const indexes = table.relationGroups.map(relationIndexOf);
  const size = Math.max(table.units, ...indexes.map((index) => index.unitBound));
  const tiers = new Float64Array(size).fill(Number.NaN);
  for (let sex = 0; sex < table.sexes; sex++) {
    const sizes = new Float64Array(size).fill(Number.NaN);
    const hidden = new Uint8Array(size);
    const also = new Uint8Array(size);
    for (let unit = 0; unit < table.units; unit++) {
      if (alsoHidden.size > 0 && alsoHidden.has(cellKey(unit, sex))) also[unit] = 1;
      if (also[unit] === 1 || table.small(unit, sex)) hidden[unit] = 1;
    }
    for (const index of indexes) {
      const protection: Protection = {
        table,
        sex,
        index,
        system: hiddenSystemOf(index, options.mostEchelonEntries),
        hidden,
        unitMark: new Int32Array(index.unitBound),
        relationMark: new Int32Array(index.relationCount),
        touchedMark: new Int32Array(index.relationCount),
        stamp: 0,
        sizes,
        tiers,
      };
      protect(protection);
      if (table.prune === true) prune(protection, also);
    }
    for (let unit = 0; unit < size; unit++) if (hidden[unit] === 1) result.add(cellKey(unit, sex));
  }
  return result;
}

/** The relations of each array of places by step, made once (and so indexed once: relation-index.ts). */
const RELATIONS_BY_STEP = new WeakMap<readonly RowPlace[], readonly (readonly SumRelation[])[]>();

/** The relations of a table's rows, grouped by step (steps never share a sum); the same array of places gives the same groups. */
export function relationsByStep(places: readonly RowPlace[]): readonly (readonly SumRelation[])[] {
  const known = RELATIONS_BY_STEP.get(places);
  if (known !== undefined) return known;
  const steps = new Map<string, SumRelation[]>();
  for (const relation of sumRelations(places)) {
    const step = places[relation.total]!.step;
    const relations = steps.get(step);
    if (relations === undefined) steps.set(step, [relation]);
    else relations.push(relation);
  }
  const groups = [...steps.values()];
  RELATIONS_BY_STEP.set(places, groups);
  return groups;
}

/**
 * The cells to hide: every cell with a count from 1 to below − 1, the cells in
 * `alsoHidden`, and the complements that keep them from being computed back.
 */
export function hiddenCells(table: CountTable, below: number, alsoHidden: ReadonlySet<string> = new Set()): Set<string> {
  return hiddenUnits(
    {
      units: table.places.length,
      sexes: table.sexes,
      size: (row, sex) => table.counts[row]![sex]!.reduce((sum, count) => sum + count, 0),
      small: (row, sex) => table.counts[row]![sex]!.some((count) => isSmallCount(count, below)),
      tier: (row) => (table.places[row]!.by === null ? 1 : 0),
      relationGroups: relationsByStep(table.places),
    },
    alsoHidden,
  );
}
