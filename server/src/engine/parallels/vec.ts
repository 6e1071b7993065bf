// Growable typed arrays: the index keeps millions of small numbers, which plain arrays would box.
// Three concrete classes rather than one generic base on purpose: a shared base makes `data` polymorphic
// for V8, and the index's hot loops measured about 12 % slower that way (bench/parallels.mjs, 10k).

/** A growable `Int32Array`. `data` may be longer than `length`; read only below `length`. */
export class Int32Vec {
  data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  /** Wraps existing values without copying; the first push beyond them reallocates. */
  static wrap(values: Int32Array): Int32Vec {
    const vec = new Int32Vec(0);
    vec.data = values;
    vec.length = values.length;
    return vec;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `capacity` values. */
  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(Math.max(capacity, Math.ceil(this.data.length * 1.5) + 4));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** The values as a view (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growable `Uint8Array`. */
export class Uint8Vec {
  data: Uint8Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Uint8Array(Math.max(1, capacity));
  }

  static wrap(values: Uint8Array): Uint8Vec {
    const vec = new Uint8Vec(0);
    vec.data = values;
    vec.length = values.length;
    return vec;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint8Array(Math.max(capacity, Math.ceil(this.data.length * 1.5) + 4));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growable `Uint16Array`. */
export class Uint16Vec {
  data: Uint16Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Uint16Array(Math.max(1, capacity));
  }

  static wrap(values: Uint16Array): Uint16Vec {
    const vec = new Uint16Vec(0);
    vec.data = values;
    vec.length = values.length;
    return vec;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = value;
  }

  grow(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Uint16Array(Math.max(capacity, Math.ceil(this.data.length * 1.5) + 4));
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  view(): Uint16Array {
    return this.data.subarray(0, this.length);
  }
}
