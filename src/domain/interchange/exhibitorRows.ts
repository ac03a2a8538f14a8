/** Exhibitor rows → exhibitor records (and sectors the file introduces). */
import type { Booth, Exhibitor, Sector } from '../scene/schema.ts'
import { convertTable, type TableResult } from './convertTable.ts'
import { resolveCountry } from './countries.ts'
import { EXHIBITOR_COLUMNS } from './headers.ts'
import { kebabId } from './ids.ts'
import { RecordMatcher, splitList, type ConvertOptions } from './rowReader.ts'
import type { SheetTable } from './table.ts'

export interface ExhibitorContext {
  booths: readonly Booth[]
  sectors: readonly Sector[]
  exhibitors: readonly Exhibitor[]
  /** Every id in the scene (one namespace: any id can be a URL value). */
  sceneIds: Iterable<string>
}

export interface ExhibitorRowsResult extends TableResult<Exhibitor> {
  /** Sectors named by the file that the scene did not have (only with --fill-missing-language). */
  newSectors: Sector[]
}

const FIELDS = { id: 'id', name: 'name_en', country: 'country', boothIds: 'booths', sectors: 'sectors', website: 'website', summary: 'summary_en' } as const

export function exhibitorRows(table: SheetTable, ctx: ExhibitorContext, options: ConvertOptions): ExhibitorRowsResult {
  const boothById = new Map(ctx.booths.map((b) => [b.id, b]))
  const boothByLabel = new Map(ctx.booths.map((b) => [b.label.toLowerCase(), b]))
  const sectorBy = new Map<string, Sector>()
  for (const s of ctx.sectors) for (const k of [s.id, s.name.en, s.name.zh]) sectorBy.set(k.toLowerCase(), s)
  const newSectors: Sector[] = []
  const matcher = new RecordMatcher(ctx.exhibitors, (e) => e.name.en)

  const result = convertTable(table, EXHIBITOR_COLUMNS, ctx.sceneIds, options, (r, ids) => {
    const explicit = r.id('id')
    const nameEn = r.cell('name_en')
    const existing = explicit ? matcher.byIdOf(explicit) : nameEn ? matcher.byNameOf(nameEn) : undefined
    const name = r.bilingual('name_en', 'name_zh', existing?.name, 'the exhibitor name')

    let country = existing?.country
    const countryCell = r.cell('country')
    if (countryCell) {
      const code = resolveCountry(countryCell)
      if (code) country = code
      else r.error('country', 'country-iso-3166', `"${countryCell}" is not an ISO 3166-1 country code or a country name in English or Chinese (e.g. DE, Germany, 德国)`)
    } else if (!existing) r.error('country', 'required-value', 'country is empty (an ISO code such as DE, or the name)')

    let boothIds = existing?.boothIds
    const boothCell = r.cell('booths')
    if (boothCell !== undefined || !existing) {
      const tokens = splitList(boothCell ?? '')
      if (tokens.length === 0) r.error('booths', 'required-value', 'an exhibitor needs at least one booth (labels like D01 or ids, separated by ;)')
      boothIds = []
      for (const t of tokens) {
        const booth = boothById.get(t) ?? boothByLabel.get(t.toLowerCase())
        if (booth) {
          if (!boothIds.includes(booth.id)) boothIds.push(booth.id)
        } else r.error('booths', 'exhibitor-booth-exists', `booth "${t}" does not exist (no booth has that label or id)`)
      }
    }

    let sectors = existing?.sectors ?? []
    const sectorCell = r.cell('sectors')
    if (sectorCell !== undefined) {
      sectors = []
      for (const t of splitList(sectorCell)) {
        let s = sectorBy.get(t.toLowerCase())
        if (!s) {
          const id = kebabId(t)
          if (!options.fillMissingLanguage || !id) {
            const known = [...new Set([...sectorBy.values()].map((x) => x.name.en))]
            const list = known.length ? `known: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}` : 'the scene has no sectors yet'
            r.error('sectors', 'exhibitor-sector-exists', `sector "${t}" is not in the scene (${list}); add it to exhibitors.json "sectors" with both names${id ? ', or run with --fill-missing-language to add it with this name in both languages' : ''}`)
            continue
          }
          s = { id: ids.fresh(id), name: { en: t, zh: t } }
          sectorBy.set(t.toLowerCase(), s)
          newSectors.push(s)
          r.warn('sectors', 'language-filled', `new sector "${t}" (id ${s.id}) added with the same name in English and Chinese`)
        }
        if (!sectors.includes(s.id)) sectors.push(s.id)
      }
    }

    const websiteCell = r.cell('website')
    const website = websiteCell === undefined ? existing?.website : websiteCell || undefined
    const summary = r.bilingual('summary_en', 'summary_zh', existing?.summary, 'the exhibitor summary')
    if (r.failed || !name || !country || !boothIds || !summary) return undefined

    const id = explicit ?? existing?.id ?? ids.fresh(kebabId(name.en) ?? 'exhibitor')
    const record: Exhibitor = { ...existing, id, name, country, sectors, boothIds, summary, website }
    if (!website) delete record.website
    return { record, from: { file: table.file, row: r.row.row, columns: r.columnsOf(FIELDS) } }
  })
  return { ...result, newSectors }
}
