/*
 * The k smallest keys seen so far, as a bounded binary max-heap over typed arrays.
 * Rule: a key enters when the heap is not full or when it is smaller than the current worst
 * (the root); `worst()` is the pruning threshold (best-so-far, "bsf") of the searches.
 * Source: the UCR Suite's k-NN extension (bsf = k-th best), textbook binary heap.
 */

export interface Ranked {
  readonly key: number;
  readonly id: number;
  /** A per-hit payload chosen by the caller (sign, lag). */
  readonly tag: number;
}

export class TopK {
  private readonly keys: Float64Array;
  private readonly ids: Int32Array;
  private readonly tags: Float64Array;
  private size = 0;

  constructor(readonly k: number) {
    this.keys = new Float64Array(k);
    this.ids = new Int32Array(k);
    this.tags = new Float64Array(k);
  }

  /** The k-th smallest key so far, or Infinity while fewer than k keys were offered. */
  worst(): number {
    return this.size < this.k ? Infinity : this.keys[0];
  }

  /** Offers (key, id, tag); returns true when it entered the top k. NaN keys never enter. */
  offer(key: number, id: number, tag: number): boolean {
    if (!(key < this.worst())) {
      return false;
    }
    if (this.size < this.k) {
      this.place(this.size++, key, id, tag);
      this.siftUp(this.size - 1);
    } else {
      this.place(0, key, id, tag);
      this.siftDown(0);
    }
    return true;
  }

  /** The kept entries, smallest key first (ties by id). */
  sorted(): Ranked[] {
    const out: Ranked[] = [];
    for (let i = 0; i < this.size; i++) {
      out.push({ key: this.keys[i], id: this.ids[i], tag: this.tags[i] });
    }
    return out.sort((a, b) => a.key - b.key || a.id - b.id);
  }

  private place(i: number, key: number, id: number, tag: number): void {
    this.keys[i] = key;
    this.ids[i] = id;
    this.tags[i] = tag;
  }

  private swap(i: number, j: number): void {
    const key = this.keys[i];
    const id = this.ids[i];
    const tag = this.tags[i];
    this.place(i, this.keys[j], this.ids[j], this.tags[j]);
    this.place(j, key, id, tag);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] >= this.keys[i]) {
        return;
      }
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < this.size && this.keys[left] > this.keys[largest]) {
        largest = left;
      }
      if (right < this.size && this.keys[right] > this.keys[largest]) {
        largest = right;
      }
      if (largest === i) {
        return;
      }
      this.swap(i, largest);
      i = largest;
    }
  }
}
