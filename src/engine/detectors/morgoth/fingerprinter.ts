/*
 * The contract every Morgoth fingerprinter meets: summarise one window, and decide whether a
 * stored summary matches a new one. The Lossy Counting dictionary only ever calls these two.
 * Source: nathanielc/morgoth detector.go and counter/countable.go (Fingerprinter, Countable.IsMatch).
 */

export interface Fingerprinter<F> {
  /** Summarises the finite values of one window; the array is scratch space, so copy what you keep. */
  fingerprint(window: Float64Array): F;
  /** True when the stored fingerprint matches the fresh one (Morgoth calls stored.IsMatch(fresh)). */
  isMatch(stored: F, fresh: F): boolean;
}
