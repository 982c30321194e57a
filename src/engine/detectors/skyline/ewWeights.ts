/*
 * stddev_from_moving_average's exponential weights for windows of up to n points, computed once:
 * wᵢ = (1 − α)ⁱ for the point i places before the last, and the running sums Σw and Σw².
 * Rule: wᵢ by repeated multiplication (w₀ = 1, wᵢ₊₁ = wᵢ·(1 − α)), sums left to right from i = 0,
 * so every value is the double a per-window loop gives. α = 1/(1 + com), com = 50 (pandas).
 * Source: pandas ewm(com=50, adjust=True) weights; etsy/skyline src/analyzer/algorithms.py
 * (stddev_from_moving_average) @ 22ae09da.
 */

/** pandas' EW decay for com = 50: 1 − α with α = 1/(1 + com). */
export const EW_DECAY = 1 - 1 / (1 + 50);

export interface EwWeights {
  /** weights[i] = wᵢ, for i < at least n. */
  readonly weights: Float64Array;
  /** sums[m] = w₀ + … + wₘ₋₁ (left to right); sums[0] = 0. */
  readonly sums: Float64Array;
  /** squareSums[m] = w₀² + … + wₘ₋₁². */
  readonly squareSums: Float64Array;
}

let tables: EwWeights = { weights: new Float64Array(0), sums: new Float64Array(1), squareSums: new Float64Array(1) };

/** The weights and sums for windows of up to n points (tables grow by doubling and are kept). */
export function ewWeights(n: number): EwWeights {
  if (n > tables.weights.length) {
    const size = Math.max(n, 2 * tables.weights.length, 1024);
    const weights = new Float64Array(size);
    const sums = new Float64Array(size + 1);
    const squareSums = new Float64Array(size + 1);
    let weight = 1;
    for (let i = 0; i < size; i++) {
      weights[i] = weight;
      sums[i + 1] = sums[i] + weight;
      squareSums[i + 1] = squareSums[i] + weight * weight;
      weight *= EW_DECAY;
    }
    tables = { weights, sums, squareSums };
  }
  return tables;
}
