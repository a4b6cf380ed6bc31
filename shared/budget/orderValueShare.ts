/**
 * The share of orders whose value reaches a 满减 threshold, from a log-normal order-value
 * distribution whose mean is the forecast AOV (docs/figures-goals.md §3):
 *   μ = ln(AOV) − σ²/2,  P(X ≥ T) = 1 − Φ((ln T − μ) ÷ σ).
 * σ is the spread of ln(order value); 0.5 unless the planner sets another.
 */

export const DEFAULT_ORDER_VALUE_SPREAD = 0.5;

/**
 * erfc(x) by the Chebyshev fit of Numerical Recipes (erfcc), relative error below 1.2e-7
 * everywhere — far finer than the whole orders and minor units the share is turned into.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Φ(z), the standard normal distribution function. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(order value ≥ thresholdMinor) for orders averaging aovMinor with spread σ. */
export function shareAtLeast(thresholdMinor: number, aovMinor: number, spread: number): number {
  if (thresholdMinor <= 0) return 1;
  if (aovMinor <= 0 || !(spread > 0)) return 0;
  const mu = Math.log(aovMinor) - (spread * spread) / 2;
  return 1 - normalCdf((Math.log(thresholdMinor) - mu) / spread);
}

/**
 * E[⌊X ÷ T⌋ | X ≥ T]: how many times a qualifying order reaches a stacking (每满) threshold on
 * average. The sum stops once a term no longer changes it at double precision.
 */
export function expectedStacksPerQualifyingOrder(
  thresholdMinor: number,
  aovMinor: number,
  spread: number,
): number {
  const first = shareAtLeast(thresholdMinor, aovMinor, spread);
  if (thresholdMinor <= 0 || first <= 0) return 1;
  let sum = first;
  for (let k = 2; k <= 10_000; k++) {
    const term = shareAtLeast(k * thresholdMinor, aovMinor, spread);
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum / first;
}
