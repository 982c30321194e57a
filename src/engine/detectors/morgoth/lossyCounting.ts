/*
 * Morgoth's Lossy Counting dictionary of fingerprints: counts one fingerprint per window and
 * returns its support count / N. Rule: bucket width w = ⌈1/e⌉; the first stored entry that matches
 * gets count + 1 and is replaced by the new fingerprint (drift); otherwise append
 * {count 1, delta b − 1}; every w windows keep only entries with count + delta > b, then b + 1.
 * Source: nathanielc/morgoth counter/lossy_counter.go (c9874e8); G. S. Manku and R. Motwani,
 * "Approximate Frequency Counts over Data Streams", VLDB 2002.
 */

/** One stored fingerprint with its Lossy Counting count and delta (maximum undercount). */
export interface LossyEntry<F> {
  fingerprint: F;
  count: number;
  delta: number;
}

/** Default error tolerance e (cmd/morgoth/main.go). */
export const DEFAULT_ERROR_TOLERANCE = 0.01;

export class LossyCounter<F> {
  private readonly bucketWidth: number;
  private readonly entries: Array<LossyEntry<F>> = [];
  private total = 0;
  private bucket = 1;

  /** `isMatch(stored, fresh)` decides whether a stored fingerprint matches the new one. */
  constructor(
    errorTolerance: number,
    private readonly isMatch: (stored: F, fresh: F) => boolean
  ) {
    this.bucketWidth = Math.ceil(1 / errorTolerance);
  }

  /** Counts one fingerprint and returns its support count / N (delta not added). */
  count(fingerprint: F): number {
    this.total++;
    let count = 0;
    for (const entry of this.entries) {
      if (this.isMatch(entry.fingerprint, fingerprint)) {
        entry.count++;
        entry.fingerprint = fingerprint;
        count = entry.count;
        break;
      }
    }
    if (count === 0) {
      count = 1;
      this.entries.push({ fingerprint, count, delta: this.bucket - 1 });
    }
    if (this.total % this.bucketWidth === 0) {
      this.prune();
      this.bucket++;
    }
    return count / this.total;
  }

  /** Number of fingerprints currently stored (Morgoth's `morgoth_unique_fingerprints` gauge). */
  get uniqueFingerprints(): number {
    return this.entries.length;
  }

  /** Number of fingerprints counted so far (N). */
  get totalCounted(): number {
    return this.total;
  }

  /** The stored entries in insertion order, read-only, for inspection and tests. */
  get storedEntries(): ReadonlyArray<Readonly<LossyEntry<F>>> {
    return this.entries;
  }

  private prune(): void {
    let kept = 0;
    for (const entry of this.entries) {
      if (entry.count + entry.delta > this.bucket) {
        this.entries[kept++] = entry;
      }
    }
    this.entries.length = kept;
  }
}
