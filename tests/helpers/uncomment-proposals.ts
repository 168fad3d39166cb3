/**
 * The proposals a starter configuration writes commented out (`# by: …`, `# explain:` with
 * its indented lines, `# period: …`), and the configuration with one of them switched on,
 * as a person would do by removing the leading `# `.
 */

/** Top-level keys that `init` may propose in a comment. */
const PROPOSAL_KEY = /^# (sex|count|by|explain|period|derive|steps|fill|markers|totals|lang):/;
const CONTINUATION = /^#( {2,}\S)/;

export interface Proposal {
  readonly key: string;
  /** Index of the proposal's first line and one past its last. */
  readonly start: number;
  readonly end: number;
}

/** Every commented-out proposal in `text`. */
export function commentedProposals(text: string): Proposal[] {
  const lines = text.split('\n');
  const proposals: Proposal[] = [];
  for (let index = 0; index < lines.length; index++) {
    const match = PROPOSAL_KEY.exec(lines[index]!);
    if (!match) continue;
    let end = index + 1;
    while (end < lines.length && CONTINUATION.test(lines[end]!)) end++;
    proposals.push({ key: match[1]!, start: index, end });
  }
  return proposals;
}

/**
 * `text` with `proposal` uncommented. A proposal for a key that is already set (an
 * alternative `by:`) takes the place of the key's one-line setting.
 */
export function uncommentProposal(text: string, proposal: Proposal): string {
  const lines = text.split('\n');
  const switchedOn = lines.slice(proposal.start, proposal.end).map((line) => line.replace(/^# ?/, ''));
  const out = [...lines.slice(0, proposal.start), ...switchedOn, ...lines.slice(proposal.end)];
  const existing = out.findIndex((line, index) => (index < proposal.start || index >= proposal.start + switchedOn.length) && line.startsWith(`${proposal.key}:`));
  if (existing >= 0) out.splice(existing, 1);
  return out.join('\n');
}
