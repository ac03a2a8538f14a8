/**
 * The visitor's starred exhibitors and sessions as the app holds them, and starring. Apart from
 * the stored form (visitPlan.ts) so the first download carries only this.
 */
export interface VisitPlan {
  exhibitors: string[]
  sessions: string[]
}

export type StarKind = 'exhibitor' | 'session'

export function isStarred(plan: VisitPlan, kind: StarKind, id: string): boolean {
  return (kind === 'exhibitor' ? plan.exhibitors : plan.sessions).includes(id)
}

/** The plan with `id` starred or unstarred; newest stars last. */
export function toggleStar(plan: VisitPlan, kind: StarKind, id: string): VisitPlan {
  const list = kind === 'exhibitor' ? plan.exhibitors : plan.sessions
  const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id]
  return kind === 'exhibitor' ? { ...plan, exhibitors: next } : { ...plan, sessions: next }
}
