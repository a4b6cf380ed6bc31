/**
 * The score's weights as a table shows them: percentages with a fixed number of decimals that add
 * up to exactly 100 % (docs/figures-goals.md "Weights as shown"). Each weight rounded on its own
 * can add up to 99.9 % (three equal weights: 33.3 % × 3) or 100.2 % (six: 16.7 % × 6); a finance
 * reader then asks where the missing 0.1 % went. Largest-remainder rounding: every share is cut
 * down to the shown step, and the steps still missing go one each to the shares that lost the
 * most, the earlier share first on a tie. The stored and scored weights are not changed; this is
 * only what is written.
 *
 * `shares` are non-negative fractions (they need not sum to 1: they are taken as parts of their
 * sum); `decimals` is the number of decimals of the percentage (1: steps of 0.1 %). The result
 * is fractions, one per share, that are whole steps and sum to 1. With no share above 0 (or a
 * share that is not a finite non-negative number) the shares come back as they are.
 */
export function shownShares(shares: readonly number[], decimals = 1): number[] {
  const total = shares.reduce((s, w) => s + w, 0);
  if (!(total > 0) || shares.some((w) => !Number.isFinite(w) || w < 0)) return [...shares];
  const steps = 100 * 10 ** decimals;
  // Trimmed to a millionth of a step so 0.35 × 1000 = 350.00000000000006 is 350 steps, not 350 and a bit.
  const exact = shares.map((w) => Math.round((w / total) * steps * 1e6) / 1e6);
  const whole = exact.map((e) => Math.floor(e));
  let missing = steps - whole.reduce((s, n) => s + n, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, remainder: e - (whole[i] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    missing -= 1;
  }
  return whole.map((n) => n / steps);
}
