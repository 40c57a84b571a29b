/**
 * The ids of a questionnaire file, kept as 53-bit hashes in a typed array rather than as strings:
 * a million ids cost 8 MB and no garbage collection. Hashes are appended in the order read, which
 * is cheap and cache-friendly; repeats are found once, at the end, by sorting. Two different ids
 * may, very rarely, share a hash, so a repeated hash is only a suspicion until the reader compares
 * the ids themselves (see readQuestionnaires). The hash is cyrb53 (bryc, public domain).
 */
export class IdLog {
  private hashes: Float64Array;
  private count = 0;

  /** @param expected how many ids to make room for before the log first grows */
  constructor(expected = 1 << 16) {
    this.hashes = new Float64Array(Math.max(1 << 10, expected));
  }

  add(id: string): void {
    if (this.count === this.hashes.length) {
      const grown = new Float64Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.count++] = cyrb53(id);
  }

  /** The hashes that occur more than once. */
  repeatedHashes(): Set<number> {
    // sorted in place: the order of the log is not needed again
    const sorted = this.hashes.subarray(0, this.count).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
    return repeated;
  }
}

/** cyrb53: a fast 53-bit string hash, plus one. */
export function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) + 1;
}
