/*
 * FastDTW as Oculus ran it: approximate unconstrained DTW with |a − b| local cost and the
 * unnormalised summed path cost.
 * Rule: if either series has ≤ radius + 2 points, full DTW; else halve both by PAA, recurse,
 * project the coarse warp path to this resolution (ExpandedResWindow), widen it by `radius`
 * (SearchWindow.expandWindow: by 1, then by radius − 1) and run DTW inside that window; the warp
 * path is traced back preferring the diagonal, then towards the i = j axis.
 * Source: Salvador & Chan, IDA 11(5), 2007; the Java copy in etsy/oculus
 * resources/elasticsearch-oculus-plugin/com/dtw/{FastDTW,DTW,ExpandedResWindow,SearchWindow}.java
 * and com/timeseries/PAA.java, commit 49db270. Oculus's scorer also drops each series' first
 * value (its TimeSeries constructor reads from index 1): see `oculusFastDtwScore`.
 */

interface Warp {
  readonly distance: number;
  /** The warp path from (0, 0) to (nI − 1, nJ − 1), as parallel index arrays. */
  readonly pathI: Int32Array;
  readonly pathJ: Int32Array;
}

/** The FastDTW distance between x and y (Oculus's radius default is 5). NaN when either is empty. */
export function fastDtw(x: Float64Array, y: Float64Array, radius: number): number {
  return x.length === 0 || y.length === 0 ? NaN : fastWarp(x, y, Math.max(0, radius)).distance;
}

/** Oculus's DTW score of two 0..25-scaled series: FastDTW of both without their first value. */
export function oculusFastDtwScore(q: Float64Array, c: Float64Array, radius: number): number {
  return fastDtw(q.subarray(1), c.subarray(1), radius);
}

function fastWarp(x: Float64Array, y: Float64Array, radius: number): Warp {
  const minSize = radius + 2;
  if (x.length <= minSize || y.length <= minSize) {
    const window = new SearchWindow(x.length, y.length);
    window.markFull();
    return windowedDtw(x, y, window);
  }
  const shrunkX = paa(x, Math.floor(x.length / 2));
  const shrunkY = paa(y, Math.floor(y.length / 2));
  const coarse = fastWarp(shrunkX.values, shrunkY.values, radius);
  const window = expandedResWindow(x.length, y.length, shrunkX.sizes, shrunkY.sizes, coarse);
  window.expand(radius);
  return windowedDtw(x, y, window);
}

/** Piecewise aggregate approximation to `size` points, block ends at round(n/size · (k + 1)) − 1. */
function paa(x: Float64Array, size: number): { values: Float64Array; sizes: Int32Array } {
  const values = new Float64Array(size);
  const sizes = new Int32Array(size);
  const step = x.length / size;
  let from = 0;
  for (let k = 0; from < x.length; k++) {
    const to = Math.round(step * (k + 1)) - 1;
    let sum = 0;
    for (let p = from; p <= to; p++) {
      sum += x[p];
    }
    values[k] = sum / (to - from + 1);
    sizes[k] = to - from + 1;
    from = to + 1;
  }
  return { values, sizes };
}

/** The coarse path projected to full resolution, with the corner cells that keep it connected. */
function expandedResWindow(nI: number, nJ: number, sizesI: Int32Array, sizesJ: Int32Array, coarse: Warp): SearchWindow {
  const window = new SearchWindow(nI, nJ);
  let currentI = 0;
  let currentJ = 0;
  let lastI = Number.MAX_SAFE_INTEGER;
  let lastJ = Number.MAX_SAFE_INTEGER;
  for (let w = 0; w < coarse.pathI.length; w++) {
    const warpedI = coarse.pathI[w];
    const warpedJ = coarse.pathJ[w];
    const blockI = sizesI[warpedI];
    const blockJ = sizesJ[warpedJ];
    if (warpedJ > lastJ) {
      currentJ += sizesJ[lastJ];
    }
    if (warpedI > lastI) {
      currentI += sizesI[lastI];
    }
    if (warpedJ > lastJ && warpedI > lastI) {
      window.mark(currentI - 1, currentJ);
      window.mark(currentI, currentJ - 1);
    }
    for (let x = 0; x < blockI; x++) {
      window.mark(currentI + x, currentJ);
      window.mark(currentI + x, currentJ + blockJ - 1);
    }
    lastI = warpedI;
    lastJ = warpedJ;
  }
  return window;
}

/** Per column i, the contiguous rows [minJ[i], maxJ[i]] of the cost matrix to evaluate. */
class SearchWindow {
  readonly minJ: Int32Array;
  readonly maxJ: Int32Array;
  size = 0;

  constructor(
    readonly nI: number,
    readonly nJ: number
  ) {
    this.minJ = new Int32Array(nI).fill(-1);
    this.maxJ = new Int32Array(nI);
  }

  markFull(): void {
    this.minJ.fill(0);
    this.maxJ.fill(this.nJ - 1);
    this.size = this.nI * this.nJ;
  }

  mark(col: number, row: number): void {
    if (this.minJ[col] === -1) {
      this.minJ[col] = row;
      this.maxJ[col] = row;
      this.size++;
    } else if (this.minJ[col] > row) {
      this.size += this.minJ[col] - row;
      this.minJ[col] = row;
    } else if (this.maxJ[col] < row) {
      this.size += row - this.maxJ[col];
      this.maxJ[col] = row;
    }
  }

  expand(radius: number): void {
    if (radius > 0) {
      this.expandBy(1);
      this.expandBy(radius - 1);
    }
  }

  /** Marks, from every current cell, the 8 cells `radius` away (clipped to the matrix along the move). */
  private expandBy(radius: number): void {
    if (radius <= 0) {
      return;
    }
    const cellsI: number[] = [];
    const cellsJ: number[] = [];
    for (let i = 0; i < this.nI; i++) {
      for (let j = this.minJ[i]; j <= this.maxJ[i]; j++) {
        cellsI.push(i);
        cellsJ.push(j);
      }
    }
    const maxI = this.nI - 1;
    const maxJ = this.nJ - 1;
    for (let c = 0; c < cellsI.length; c++) {
      const i = cellsI[c];
      const j = cellsJ[c];
      if (i !== 0 && j !== maxJ) {
        const past = Math.max(-(i - radius), j + radius - maxJ, 0);
        this.mark(i - radius + past, j + radius - past);
      }
      if (j !== maxJ) {
        this.mark(i, Math.min(j + radius, maxJ));
      }
      if (i !== maxI && j !== maxJ) {
        const past = Math.max(i + radius - maxI, j + radius - maxJ, 0);
        this.mark(i + radius - past, j + radius - past);
      }
      if (i !== 0) {
        this.mark(Math.max(i - radius, 0), j);
      }
      if (i !== maxI) {
        this.mark(Math.min(i + radius, maxI), j);
      }
      if (i !== 0 && j !== 0) {
        const past = Math.max(-(i - radius), -(j - radius), 0);
        this.mark(i - radius + past, j - radius + past);
      }
      if (j !== 0) {
        this.mark(i, Math.max(j - radius, 0));
      }
      if (i !== maxI && j !== 0) {
        const past = Math.max(i + radius - maxI, -(j - radius), 0);
        this.mark(i + radius - past, j - radius + past);
      }
    }
  }
}

/** DTW restricted to the window (cells outside cost +∞), then the Java trace-back of the path. */
function windowedDtw(x: Float64Array, y: Float64Array, window: SearchWindow): Warp {
  const nI = x.length;
  const offsets = new Int32Array(nI);
  let total = 0;
  for (let i = 0; i < nI; i++) {
    offsets[i] = total;
    total += window.maxJ[i] - window.minJ[i] + 1;
  }
  const cost = new Float64Array(total);
  const get = (i: number, j: number): number =>
    j < window.minJ[i] || j > window.maxJ[i] ? Infinity : cost[offsets[i] + j - window.minJ[i]];
  for (let i = 0; i < nI; i++) {
    for (let j = window.minJ[i]; j <= window.maxJ[i]; j++) {
      const local = Math.abs(x[i] - y[j]);
      let previous = 0;
      if (i === 0 && j > 0) {
        previous = get(0, j - 1);
      } else if (i > 0 && j === 0) {
        previous = get(i - 1, 0);
      } else if (i > 0) {
        previous = Math.min(get(i - 1, j), Math.min(get(i - 1, j - 1), get(i, j - 1)));
      }
      cost[offsets[i] + j - window.minJ[i]] = previous + local;
    }
  }
  let i = nI - 1;
  let j = y.length - 1;
  const distance = get(i, j);
  const pathI: number[] = [i];
  const pathJ: number[] = [j];
  while (i > 0 || j > 0) {
    const diag = i > 0 && j > 0 ? get(i - 1, j - 1) : Infinity;
    const left = i > 0 ? get(i - 1, j) : Infinity;
    const down = j > 0 ? get(i, j - 1) : Infinity;
    if (diag <= left && diag <= down) {
      i--;
      j--;
    } else if (left < diag && left < down) {
      i--;
    } else if (down < diag && down < left) {
      j--;
    } else if (i <= j) {
      j--;
    } else {
      i--;
    }
    pathI.push(i);
    pathJ.push(j);
  }
  return { distance, pathI: Int32Array.from(pathI.reverse()), pathJ: Int32Array.from(pathJ.reverse()) };
}
