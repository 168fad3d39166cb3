/**
 * The sum relations of a table (sum-relations.ts) as the secondary suppression walks them:
 * each relation's members and each unit's relations in flat arrays, made once per group of
 * relations, and the search for what a change can reach. A hidden unit can only be
 * computed back through relations that hold hidden units, so the hidden units and their
 * relations fall into connected parts that do not affect each other; showing or hiding a
 * unit changes only the part(s) its relations reach, and only those need solving again.
 */
import { LinearSystem, MOST_STAMPS } from './determined-unknowns.js';
import type { SumRelation } from './sum-relations.js';

/** Sorts `list` ascending from `start` on, in place (what a solver appended to its caller's list). */
export function sortTail(list: number[], start: number): void {
  if (list.length - start < 2) return;
  const sorted = list.slice(start).sort((a, b) => a - b);
  for (let at = 0; at < sorted.length; at++) list[start + at] = sorted[at]!;
}

/** A group of relations in flat arrays: relation r's members (its total first) and unit u's relations (in relation order). */
export class RelationIndex {
  /** One past the largest unit that is a member of some relation. */
  readonly unitBound: number;
  private readonly memberStart: Int32Array;
  private readonly members: Int32Array;
  private readonly relationStart: Int32Array;
  private readonly relationsOfUnit: Int32Array;

  constructor(readonly relations: readonly SumRelation[]) {
    let memberCount = 0;
    let unitBound = 0;
    for (const relation of relations) {
      memberCount += 1 + relation.parts.length;
      unitBound = Math.max(unitBound, relation.total + 1, ...relation.parts.map((part) => part + 1));
    }
    this.unitBound = unitBound;
    this.memberStart = new Int32Array(relations.length + 1);
    this.members = new Int32Array(memberCount);
    let at = 0;
    relations.forEach((relation, index) => {
      this.memberStart[index] = at;
      this.members[at++] = relation.total;
      for (const part of relation.parts) this.members[at++] = part;
    });
    this.memberStart[relations.length] = at;
    // Each unit's relations, once each even when a relation names it twice.
    const counts = new Int32Array(unitBound + 1);
    const lastSeen = new Int32Array(unitBound).fill(-1);
    for (let relation = 0; relation < relations.length; relation++) {
      for (let member = this.memberStart[relation]!; member < this.memberStart[relation + 1]!; member++) {
        const unit = this.members[member]!;
        if (lastSeen[unit] === relation) continue;
        lastSeen[unit] = relation;
        counts[unit + 1]!++;
      }
    }
    for (let unit = 0; unit < unitBound; unit++) counts[unit + 1]! += counts[unit]!;
    this.relationStart = counts.slice();
    this.relationsOfUnit = new Int32Array(counts[unitBound]!);
    lastSeen.fill(-1);
    for (let relation = 0; relation < relations.length; relation++) {
      for (let member = this.memberStart[relation]!; member < this.memberStart[relation + 1]!; member++) {
        const unit = this.members[member]!;
        if (lastSeen[unit] === relation) continue;
        lastSeen[unit] = relation;
        this.relationsOfUnit[counts[unit]!++] = relation;
      }
    }
  }

  /** The number of relations. */
  get relationCount(): number {
    return this.relations.length;
  }

  /** True when the unit is a member of some relation. */
  involves(unit: number): boolean {
    return unit < this.unitBound && this.relationStart[unit + 1]! > this.relationStart[unit]!;
  }

  /** Where relation r's members start in memberAt (its total first). */
  firstMember(relation: number): number {
    return this.memberStart[relation]!;
  }

  /** One past relation r's last member in memberAt. */
  endOfMembers(relation: number): number {
    return this.memberStart[relation + 1]!;
  }

  /** The member at a position of the flat list of members. */
  memberAt(position: number): number {
    return this.members[position]!;
  }

  /** Where unit u's relations start in relationAt (none for a unit in no relation). */
  firstRelation(unit: number): number {
    return unit < this.unitBound ? this.relationStart[unit]! : 0;
  }

  /** One past unit u's last relation in relationAt. */
  endOfRelations(unit: number): number {
    return unit < this.unitBound ? this.relationStart[unit + 1]! : 0;
  }

  /** The relation at a position of the flat list of units' relations. */
  relationAt(position: number): number {
    return this.relationsOfUnit[position]!;
  }
}

/** The index of a group of relations, made once per group (the suppression runs several times on the same tables). */
const INDEXES = new WeakMap<readonly SumRelation[], RelationIndex>();
export function relationIndexOf(relations: readonly SumRelation[]): RelationIndex {
  let index = INDEXES.get(relations);
  if (index === undefined) INDEXES.set(relations, (index = new RelationIndex(relations)));
  return index;
}

/**
 * Finds the hidden units the visible ones give back, solving only the connected parts of
 * (hidden unit ↔ relation) that given units' relations reach. Its buffers are reused from
 * call to call.
 */
export class ReachSolver {
  private readonly unitStamp: Int32Array;
  private readonly relationStamp: Int32Array;
  private stamp = 0;
  private readonly queue: Int32Array;
  private readonly position: Int32Array;
  private readonly reachedRelations: Int32Array;
  private readonly system = new LinearSystem();
  private determined = new Uint8Array(0);

  constructor(private readonly index: RelationIndex) {
    this.unitStamp = new Int32Array(index.unitBound);
    this.relationStamp = new Int32Array(index.relationCount);
    this.queue = new Int32Array(index.unitBound);
    this.position = new Int32Array(index.unitBound);
    this.reachedRelations = new Int32Array(index.relationCount);
  }

  /**
   * Appends to `found`, in ascending order, the hidden units that follow from the relations
   * in the connected parts reached from the relations of `seeds` (hidden or not); what a
   * reader computes elsewhere is not looked at. Seeds reached from an earlier seed add nothing.
   */
  determinedFrom(seeds: ArrayLike<number>, hidden: Uint8Array, found: number[]): void {
    const start = found.length;
    if (this.stamp >= MOST_STAMPS) {
      this.unitStamp.fill(0);
      this.relationStamp.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    for (let seed = 0; seed < seeds.length; seed++) this.solvePart(seeds[seed]!, hidden, found);
    sortTail(found, start);
  }

  /** Solves the part reached from one seed's relations (nothing when an earlier seed reached them). */
  private solvePart(seed: number, hidden: Uint8Array, found: number[]): void {
    const { index, unitStamp, relationStamp, queue, reachedRelations, stamp } = this;
    let units = 0;
    let relations = 0;
    const reach = (unit: number): void => {
      for (let at = index.firstRelation(unit), end = index.endOfRelations(unit); at < end; at++) {
        const relation = index.relationAt(at);
        if (relationStamp[relation] === stamp) continue;
        relationStamp[relation] = stamp;
        reachedRelations[relations++] = relation;
        for (let member = index.firstMember(relation), last = index.endOfMembers(relation); member < last; member++) {
          const other = index.memberAt(member);
          if (hidden[other] === 1 && unitStamp[other] !== stamp) {
            unitStamp[other] = stamp;
            queue[units++] = other;
          }
        }
      }
    };
    reach(seed);
    for (let next = 0; next < units; next++) reach(queue[next]!);
    if (units === 0) return;
    // Unknowns in ascending order of unit, as the answer is given.
    const unknowns = queue.subarray(0, units).sort();
    const position = this.position;
    for (let at = 0; at < units; at++) position[unknowns[at]!] = at;
    const system = this.system;
    system.reset(relations, units);
    for (let equation = 0; equation < relations; equation++) {
      const relation = reachedRelations[equation]!;
      const total = index.memberAt(index.firstMember(relation));
      for (let member = index.firstMember(relation), last = index.endOfMembers(relation); member < last; member++) {
        const unit = index.memberAt(member);
        if (hidden[unit] === 1) system.add(equation, position[unit]!, unit === total ? 1 : -1);
      }
    }
    if (this.determined.length < units) this.determined = new Uint8Array(Math.max(units, 2 * this.determined.length));
    if (system.solve(this.determined) === 0) return;
    for (let at = 0; at < units; at++) if (this.determined[at] === 1) found.push(unknowns[at]!);
  }
}
