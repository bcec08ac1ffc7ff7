/**
 * A memo for pure lookups over large sheets (parsing a number, a link, a VAT number): product lists repeat the
 * same values thousands of times. Two generations bound the memory: when the young one is full it becomes the
 * old one, and values still in use move back to the young one, so hot values survive the flush.
 */
export class BoundedCache<Key, Value> {
  private young = new Map<Key, Value>();
  private old = new Map<Key, Value>();

  constructor(private readonly generationSize: number) {}

  get(key: Key, compute: (key: Key) => Value): Value {
    let value = this.young.get(key);
    if (value !== undefined) return value;
    value = this.old.get(key);
    if (value === undefined) value = compute(key);
    if (this.young.size >= this.generationSize) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
