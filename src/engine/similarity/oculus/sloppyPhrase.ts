/*
 * Lucene's sloppy phrase match, in memory: does a document's token stream contain the query's
 * tokens in roughly the same order, within a total positional displacement of `slop`?
 * Rule: match iff there are distinct document positions p_i holding query token t_i such that
 * max_i(p_i − i) − min_i(p_i − i) ≤ slop (Lucene's matchLength ≤ slop). For each window start a,
 * term i must sit in [a + i, a + i + slop]; per token type these windows slide monotonically, so
 * assigning each term the earliest free position of its type decides the window exactly. These
 * earliest positions never decrease as a grows, so when term i fails at position p the scan jumps
 * to a = p − i − slop, and stops when term i has no position left.
 * Source: Apache Lucene SloppyPhraseScorer / PhraseQuery#setSlop (matchLength = end − start ≤ slop);
 * etsy/oculus helpers/elasticsearch.rb (`match_query` with type phrase, `phrase_slop` default 20).
 * Deviation: Lucene's scorer is a heuristic when terms repeat and can miss some such matches;
 * this is the exact existential test of the same definition. An empty query matches nothing
 * (ES's zero_terms_query "none").
 */

const TOKEN_TYPES = 5;

/** Scratch space for `sloppyPhraseMatch`, sized for the longest document: allocate once per query. */
export interface PhraseWork {
  readonly next: Int32Array;
  readonly lastUsed: Int32Array;
}

export function phraseWork(maxDocLength: number): PhraseWork {
  return { next: new Int32Array(TOKEN_TYPES * (maxDocLength + 1)), lastUsed: new Int32Array(TOKEN_TYPES) };
}

/** True when `doc` matches the phrase `query` with the given slop. Tokens are codes 1..4. */
export function sloppyPhraseMatch(query: Uint8Array, doc: Uint8Array, slop: number, work: PhraseWork): boolean {
  const qn = query.length;
  const dn = doc.length;
  if (qn === 0 || qn > dn || !enoughOfEachToken(query, doc)) {
    return false;
  }
  // next[t·(dn + 1) + p] = the first position ≥ p holding token t, or −1.
  const next = work.next;
  const stride = dn + 1;
  for (let t = 0; t < TOKEN_TYPES; t++) {
    next[t * stride + dn] = -1;
  }
  for (let p = dn - 1; p >= 0; p--) {
    for (let t = 0; t < TOKEN_TYPES; t++) {
      next[t * stride + p] = doc[p] === t ? p : next[t * stride + p + 1];
    }
  }
  const last = work.lastUsed;
  for (let a = -slop; a <= dn - qn; a++) {
    last.fill(-1);
    let i = 0;
    for (; i < qn; i++) {
      const t = query[i];
      const from = Math.max(a + i, last[t] + 1);
      const p = from < dn ? next[t * stride + from] : -1;
      if (p < 0) {
        return false;
      }
      if (p > a + i + slop) {
        // Term i's earliest position only moves right as a grows; the next start that can hold it is p − i − slop.
        a = p - i - slop - 1;
        break;
      }
      last[t] = p;
    }
    if (i === qn) {
      return true;
    }
  }
  return false;
}

function enoughOfEachToken(query: Uint8Array, doc: Uint8Array): boolean {
  const counts = new Int32Array(TOKEN_TYPES);
  for (let i = 0; i < doc.length; i++) {
    counts[doc[i]]++;
  }
  for (let i = 0; i < query.length; i++) {
    if (--counts[query[i]] < 0) {
      return false;
    }
  }
  return true;
}
