/**
 * A counter of elementary steps for checks whose cost grows with the input's shape rather than
 * its size (pairs of edges, grid cells): a hostile or broken scene must not keep the validator
 * or the app's loader busy for ever. Checks ask before they work; once the budget is spent they
 * stop, and the scene fails with `check-limit` instead of hanging.
 */
export class WorkBudget {
  used = 0
  exhausted = false
  constructor(readonly limit: number) {}

  /** Spend `steps`; false (and nothing spent) when they would go over the limit. */
  take(steps: number): boolean {
    if (!(this.used + steps <= this.limit)) {
      this.exhausted = true
      return false
    }
    this.used += steps
    return true
  }
}

/**
 * Steps allowed for a whole scene's geometry checks. One step is one edge tested against one
 * edge, one grid cell visited or one pair of boxes compared: 60–450 ns each on this project's
 * 2-core machine, so the limit is 0.4–2.7 s of work. The default scene takes 5,833 steps, a
 * generated 70,000-booth fair 3.2 million: twice that is allowed.
 */
export const SCENE_CHECK_STEPS = 6_000_000
