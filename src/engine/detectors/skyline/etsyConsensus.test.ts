import { consensusReached, voteOf } from './etsyConsensus';

describe("Etsy's consensus", () => {
  it('counts None as a vote in skyline mode and not in strict mode', () => {
    expect(voteOf(null, 'skyline')).toBe(1);
    expect(voteOf(null, 'strict')).toBe(0);
    expect(voteOf(true, 'strict')).toBe(1);
    expect(voteOf(false, 'skyline')).toBe(0);
  });

  it('flags TTTFTFTNF (5 True + 1 None) at CONSENSUS 6 only in skyline mode', () => {
    const ensemble = [true, true, true, false, true, false, true, null, false];
    const votes = (mode: 'skyline' | 'strict') => ensemble.reduce((sum, r) => sum + voteOf(r, mode), 0);
    expect(consensusReached(votes('skyline'), 9, 6)).toBe(true);
    expect(consensusReached(votes('strict'), 9, 6)).toBe(false);
  });

  it('is count(False) ≤ len − CONSENSUS', () => {
    expect(consensusReached(5, 9, 6)).toBe(false);
    expect(consensusReached(6, 9, 6)).toBe(true);
    expect(consensusReached(0, 9, 0)).toBe(true);
  });
});
