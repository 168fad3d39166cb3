/**
 * How much memory V8's young generation may take, by the size of the input.
 *
 * V8 doubles the young generation (up to 16 MB a half) whenever much survives a scavenge,
 * and an analysis allocates fast (tables, tests, disclosure control): in the analysis of a
 * 1 M-row extract the new space grew to 32 MB and stayed resident, a fifth of the run's
 * peak memory. Kept at its first size, the peak was 18–22 MB lower (bench/bench.yml at
 * 1 M rows 140 → 122 MB) for about the same time; on the 20,000-row example the extra
 * scavenges cost 50 ms of a 0.6 s run, where memory is no concern. So the young
 * generation is kept small for large inputs only. The flag is read at each growth, so it
 * is set as soon as the command line names `analyze` and a large file, before the analysis
 * modules start (they alone took it from 1 to 8 MB, and it never shrank: 4–7 MB of a
 * 1 M-row run's peak); held small for a small input, it grew back only slowly (twice the
 * scavenges, 10 ms more on the 20,000-row example). It holds for the rest of the run
 * (worker threads share it; starting one resets it, so the analysis sets it again then:
 * src/v8-young-generation.ts).
 */
import { statSync } from 'node:fs';
import { keepYoungGenerationSmall, letYoungGenerationGrow } from '../v8-young-generation.js';

/** Inputs of at least this many bytes in all keep the young generation at its size. */
export const SMALL_YOUNG_GENERATION_FROM_BYTES = 32 * 1024 * 1024;

/** Bytes in the files that exist of `paths` (others, and what is not a file, count as none: reading them says why). */
function bytesIn(paths: readonly string[]): number {
  let bytes = 0;
  for (const path of paths) {
    try {
      const stat = statSync(path);
      if (stat.isFile()) bytes += stat.size;
    } catch {
      // Reading the file reports the problem, in the user's language.
    }
  }
  return bytes;
}

/** Keeps V8's young generation at its size from now on when the files are large, else lets it grow (see above). */
export function sizeYoungGenerationFor(files: readonly string[]): void {
  if (bytesIn(files) >= SMALL_YOUNG_GENERATION_FROM_BYTES) keepYoungGenerationSmall();
  else letYoungGenerationGrow();
}

/**
 * The same, from the command line's words before they are parsed (the analysis modules
 * start meanwhile): every word that names a file counts, the configuration too, which is
 * small. A large file named for another reason (an old report after -o) only keeps the
 * young generation small until sizeYoungGenerationFor sees the inputs; standard input
 * counts once it is spooled to a file.
 */
export function sizeYoungGenerationForArguments(words: readonly string[]): void {
  if (bytesIn(words.filter((word) => !word.startsWith('-'))) >= SMALL_YOUNG_GENERATION_FROM_BYTES) keepYoungGenerationSmall();
}
