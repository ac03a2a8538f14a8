/** What the visitor has selected: the single source for panel, 3D highlight, URL and API. */
export const SELECTION_KINDS = ['zone', 'booth', 'exhibitor', 'session'] as const
export type SelectionKind = (typeof SELECTION_KINDS)[number]
export interface Selection {
  kind: SelectionKind
  id: string
}

export function isSelectionKind(v: unknown): v is SelectionKind {
  return typeof v === 'string' && (SELECTION_KINDS as readonly string[]).includes(v)
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id)
}
