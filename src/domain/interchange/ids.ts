/**
 * Ids for rows that bring none: kebab-case made from the English name, unique across the whole
 * scene, and the same on the next import of the same row (an existing record with the same name
 * keeps its id; collisions get -2, -3 … in file order).
 */
import { KEBAB_CASE } from '../scene/ids.ts'

/** "Siemens AG (China)" → "siemens-ag-china"; null when nothing Latin is left (a Chinese-only name). */
export function kebabId(text: string): string | null {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return id && KEBAB_CASE.test(id) ? id : null
}

export class IdAllocator {
  private readonly taken: Set<string>
  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken)
  }
  has(id: string): boolean {
    return this.taken.has(id)
  }
  claim(id: string): void {
    this.taken.add(id)
  }
  /** `base`, or `base-2`, `base-3` … whichever is free first; claimed on return. */
  fresh(base: string): string {
    let id = base
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`
    this.taken.add(id)
    return id
  }
}
