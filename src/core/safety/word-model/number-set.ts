/**
 * A set of 32-bit integers meant to be kept and emptied again and again, so a hot path allocates
 * nothing: open addressing (linear probing, Fibonacci hashing) in typed arrays, emptied in O(1) by a
 * new stamp; it grows when half full. The detector reads every saved note, so its sets of parts of
 * words use this rather than a `Set`. Example: `s.add(5)` is true, then false; after `s.clear()`, true.
 */
export class NumberSet {
  private keys = new Int32Array(1024);
  private stamps = new Uint32Array(1024);
  private stamp = 1;
  private size = 0;
  /** 32 minus the number of bits of the capacity. */
  private shift = 22;

  /** Empties the set. O(1) (O(capacity) once every four billion clears). */
  clear(): void {
    this.size = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** Adds a value; false when it was already there. O(1) expected. */
  add(value: number): boolean {
    const mask = this.keys.length - 1;
    // The high bits of the product mix every bit of the value (the low ones only the low ones).
    let slot = Math.imul(value, 0x9e3779b1) >>> this.shift;
    for (; this.stamps[slot] === this.stamp; slot = (slot + 1) & mask) {
      if (this.keys[slot] === value) return false;
    }
    this.stamps[slot] = this.stamp;
    this.keys[slot] = value;
    if (++this.size * 2 > this.keys.length) this.grow();
    return true;
  }

  private grow(): void {
    const { keys, stamps, stamp } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.stamps = new Uint32Array(keys.length * 2);
    this.stamp = 1;
    this.size = 0;
    this.shift--;
    for (let i = 0; i < keys.length; i++) if (stamps[i] === stamp) this.add(keys[i] as number);
  }
}
