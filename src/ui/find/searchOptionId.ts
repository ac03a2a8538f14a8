/** The id of the search popup's i-th option (aria-activedescendant points at it). */
export function searchOptionId(prefix: string, i: number): string {
  return `${prefix}-opt-${i}`
}
