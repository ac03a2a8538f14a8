import { afterEach, describe, expect, it, vi } from 'vitest'
import { zonedParts } from '../../src/domain/time/zonedParts.ts'

// Node 20 has no Temporal: a stand-in answers with the zone's fields as numbers (read from a
// formatter of its own), as Chromium's does, so both paths can be compared on the same instants.
function fakeTemporal(knownZones: string[]) {
  return {
    Instant: {
      fromEpochMilliseconds: (ms: number) => ({
        toZonedDateTimeISO(timeZone: string) {
          if (!knownZones.includes(timeZone)) throw new RangeError(`unknown zone ${timeZone}`)
          const f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
          const n = (type: string): number => Number(f.formatToParts(ms).find((p) => p.type === type)!.value)
          return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour'), minute: n('minute'), second: n('second') }
        },
      }),
    },
  }
}

// Midnight and single-digit fields, a day-changing offset, both sides of a daylight-saving change.
const INSTANTS = [Date.UTC(2023, 0, 1, 16, 0, 5), Date.UTC(2023, 9, 12, 16, 30, 0), Date.UTC(2024, 2, 31, 0, 59, 59), Date.UTC(2024, 2, 31, 1, 0, 0), Date.UTC(2023, 6, 4, 9, 7, 3, 999)]
const ZONES = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'UTC']

describe('zonedParts', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('gives the same two-digit fields through Temporal as through a formatter', () => {
    const viaFormatter = ZONES.flatMap((z) => INSTANTS.map((t) => zonedParts(t, z)))
    vi.stubGlobal('Temporal', fakeTemporal(ZONES))
    const viaTemporal = ZONES.flatMap((z) => INSTANTS.map((t) => zonedParts(t, z)))
    expect(viaTemporal).toEqual(viaFormatter)
    expect(viaTemporal[0]).toEqual({ year: '2023', month: '01', day: '02', hour: '00', minute: '00', second: '05' })
  })

  it('asks a formatter for a zone its Temporal does not know', () => {
    vi.stubGlobal('Temporal', fakeTemporal([]))
    expect(zonedParts(Date.UTC(2023, 9, 12, 16, 30, 0), 'Asia/Shanghai')).toEqual({ year: '2023', month: '10', day: '13', hour: '00', minute: '30', second: '00' })
  })
})
