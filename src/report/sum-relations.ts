/**
 * The sums a reader of a published table knows: the overall row is the sum of the
 * groups of each `by` variable; an intersection's groups sum to the groups of each
 * variable (or smaller intersection) it is made of; a group's period rows sum to the
 * group. Statistical disclosure control (secondary-suppression.ts) must leave no hidden
 * count that these sums give back.
 */

/** Where a row sits in the report: its step, period, `by` variable and group. */
export interface RowPlace {
  readonly step: string;
  readonly period: string | null;
  readonly by: string | null;
  readonly group: string | null;
}

/** The row `total` equals the sum of the rows `parts` (a row missing from the report is zero). */
export interface SumRelation {
  readonly total: number;
  readonly parts: readonly number[];
}

/** The separator of an intersection's name ("A*B"). */
const VARIABLE_SEPARATOR = '*';
/** The separator of an intersection's group label ("Bromma × Psykisk ohälsa"), as the analysis writes it. */
const VALUE_SEPARATOR = ' × ';

const keyOf = (place: RowPlace): string => JSON.stringify([place.step, place.period, place.by, place.group]);

function variablesOf(by: string | null): string[] {
  return by === null ? [] : by.split(VARIABLE_SEPARATOR).map((name) => name.trim());
}

function valuesOf(place: RowPlace): string[] {
  const variables = variablesOf(place.by);
  if (variables.length <= 1) return place.group === null ? [] : [place.group];
  return (place.group ?? '').split(VALUE_SEPARATOR);
}

/** True when every variable of `smaller` is one of `larger`'s, and `larger` has more. */
function isProperPart(smaller: readonly string[], larger: readonly string[]): boolean {
  return smaller.length < larger.length && smaller.every((variable) => larger.includes(variable));
}

/** The relations of each array of places, made once: the suppression asks for them at every round. */
const RELATIONS = new WeakMap<readonly RowPlace[], readonly SumRelation[]>();

/**
 * Every sum relation among the rows: for each row of a `by` variable (or intersection),
 * the margin row of each coarser variable in the same step and period, and for each
 * per-period row, the row of all periods. Made once per array of places (the same
 * array gives the same relations).
 */
export function sumRelations(places: readonly RowPlace[]): readonly SumRelation[] {
  let relations = RELATIONS.get(places);
  if (relations === undefined) RELATIONS.set(places, (relations = relationsAmong(places)));
  return relations;
}

function relationsAmong(places: readonly RowPlace[]): SumRelation[] {
  const index = new Map(places.map((place, position) => [keyOf(place), position]));
  const groupingsByStep = new Map<string, Set<string | null>>();
  for (const place of places) {
    const groupings = groupingsByStep.get(place.step) ?? new Set<string | null>();
    groupings.add(place.by);
    groupingsByStep.set(place.step, groupings);
  }
  const relations = new Map<string, { total: number; parts: number[] }>();
  const addPart = (total: number, kind: string, part: number): void => {
    const key = `${total}|${kind}`;
    const relation = relations.get(key) ?? { total, parts: [] };
    relation.parts.push(part);
    relations.set(key, relation);
  };
  // A few `by` names, asked of for every row: split and compared once each.
  const variablesByName = new Map<string | null, string[]>();
  const variablesOfName = (by: string | null): string[] => {
    let variables = variablesByName.get(by);
    if (variables === undefined) variablesByName.set(by, (variables = variablesOf(by)));
    return variables;
  };
  const properParts = new Map<string, boolean>();
  const isProperPartOf = (coarser: string | null, by: string | null): boolean => {
    const key = JSON.stringify([coarser, by]);
    let proper = properParts.get(key);
    if (proper === undefined) properParts.set(key, (proper = isProperPart(variablesOfName(coarser), variablesOfName(by))));
    return proper;
  };
  places.forEach((place, position) => {
    const variables = variablesOfName(place.by);
    const values = valuesOf(place);
    for (const coarser of groupingsByStep.get(place.step) ?? []) {
      if (!isProperPartOf(coarser, place.by)) continue;
      const coarserVariables = variablesOfName(coarser);
      const projected = coarserVariables.map((variable) => values[variables.indexOf(variable)] ?? '');
      const group = coarser === null ? null : projected.join(VALUE_SEPARATOR);
      const total = index.get(keyOf({ step: place.step, period: place.period, by: coarser, group }));
      if (total !== undefined) addPart(total, `by:${place.by}`, position);
    }
    if (place.period !== null) {
      const total = index.get(keyOf({ ...place, period: null }));
      if (total !== undefined) addPart(total, 'period', position);
    }
  });
  return [...relations.values()];
}
