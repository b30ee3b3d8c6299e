/**
 * A set of destination numbers kept as doubles in one open-addressing table: 8 bytes a slot instead
 * of a string and a hash entry each, so de-duplicating 1,000,000 numbers costs about 16 MB rather
 * than the 100 MB or so a `Set<string>` takes. A sanitised destination has at most 14 digits, well
 * inside the 2^53 a double holds exactly, and never starts with 0, so 0 marks an empty slot.
 */
export class NumberSet {
  private table = new Float64Array(1 << 16);
  private mask = this.table.length - 1;
  private count = 0;

  /** Numbers held. */
  get size(): number {
    return this.count;
  }

  /** Adds `digits` (1 to 14 digits, not starting with 0); false when it was there already. */
  add(digits: string): boolean {
    const value = Number(digits);
    if (this.insert(this.table, this.mask, value)) {
      this.count += 1;
      if (this.count * 2 > this.table.length) this.grow();
      return true;
    }
    return false;
  }

  private insert(table: Float64Array, mask: number, value: number): boolean {
    for (let slot = slotOf(value, mask); ; slot = (slot + 1) & mask) {
      const held = table[slot];
      if (held === value) return false;
      if (held === 0) {
        table[slot] = value;
        return true;
      }
    }
  }

  private grow(): void {
    const table = new Float64Array(this.table.length * 2);
    const mask = table.length - 1;
    for (const value of this.table) if (value !== 0) this.insert(table, mask, value);
    this.table = table;
    this.mask = mask;
  }
}

function slotOf(value: number, mask: number): number {
  const low = value % 0x1_0000_0000;
  const high = (value - low) / 0x1_0000_0000;
  const mixed = Math.imul(low ^ Math.imul(high, 0x85eb_ca6b), 0x9e37_79b1);
  // The product's low bits depend only on the input's low bits; fold the high ones in.
  return (mixed ^ (mixed >>> 15)) & mask;
}
