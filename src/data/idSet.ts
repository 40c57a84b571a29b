/**
 * A set of questionnaire ids that holds 53-bit hashes in a typed array instead of the strings:
 * a million ids cost a few megabytes and no garbage collection. Two different ids may, very
 * rarely, share a hash; `add` then reports a repeat that is not one, so a repeat is only a
 * suspicion until the reader confirms it against the ids themselves (see readQuestionnaires).
 * The hash is cyrb53 (bryc, public domain).
 */
export class IdSet {
  private table: Float64Array;
  private count = 0;

  /** @param expected how many ids to make room for before the table first grows */
  constructor(expected = 1 << 16) {
    let size = 1 << 16;
    while (size < expected * 2) size *= 2;
    this.table = new Float64Array(size);
  }

  /** Adds an id; false when its hash was already there (a possible repeat). */
  add(id: string): boolean {
    if (this.count * 2 >= this.table.length) this.grow();
    return this.insert(this.table, cyrb53(id));
  }

  private insert(table: Float64Array, hash: number): boolean {
    const mask = table.length - 1;
    let slot = (hash % table.length) & mask;
    for (;;) {
      const held = table[slot]!;
      if (held === 0) {
        table[slot] = hash;
        this.count++;
        return true;
      }
      if (held === hash) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.count = 0;
    for (const hash of old) if (hash !== 0) this.insert(this.table, hash);
  }
}

/** cyrb53: a fast 53-bit string hash; never 0 here, since 0 marks an empty slot. */
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
