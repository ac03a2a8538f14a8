import { zonePalette } from '../../domain/theme/zonePalette.ts'

/** The pavilion's theme colour beside its name: the same palette the 3D view paints it with. */
export function ZoneChip({ color, name }: { color: string; name: string }) {
  return <span className="zone-chip" data-zone-chip={name} title={name} aria-hidden="true" style={{ backgroundColor: zonePalette(color).theme }} />
}
