/** The ways of reading an extract (ReadOptions.engine); a module of its own so the CLI can list them without loading a reader. */
export const READ_ENGINES = ['auto', 'fast', 'parallel', 'plain'] as const;
export type ReadEngine = (typeof READ_ENGINES)[number];
