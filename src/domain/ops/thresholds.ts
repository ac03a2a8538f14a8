/**
 * Alert thresholds as shares of a zone's capacity, and the hysteresis that turns a stream of
 * readings into alerts. A zone enters level k when it reaches threshold k and only leaves it
 * when it falls a margin below that line, so a count hovering at a line raises one alert, not
 * one per reading. Pure: the recorder owns the clock and the storage.
 */

/** Levels 1, 2, 3 in percent of capacity (the control room's "level 1 / 2 / 3"). */
export type Thresholds = readonly [number, number, number]

export const DEFAULT_THRESHOLDS: Thresholds = [70, 85, 95]

/** Percentage points below a line before a zone counts as back under it. */
export const HYSTERESIS_POINTS = 5

export type AlertLevel = 0 | 1 | 2 | 3

/** Per-zone overrides from the deployment config; anything else falls back to the defaults. */
export interface ThresholdConfig {
  defaults: Thresholds
  zones: Readonly<Record<string, Thresholds>>
}

export function thresholdsFor(config: ThresholdConfig, zoneId: string): Thresholds {
  return config.zones[zoneId] ?? config.defaults
}

/** The level a zone is in after a reading at `percent`, given the level it was in. */
export function nextLevel(current: AlertLevel, percent: number, t: Thresholds, margin = HYSTERESIS_POINTS): AlertLevel {
  let level = current
  // Up: any line reached counts at once (a jump from 60 % to 97 % is level 3 straight away).
  while (level < 3 && percent >= t[level as 0 | 1 | 2]) level = (level + 1) as AlertLevel
  // Down: only once clearly below the line of the level held.
  while (level > 0 && percent < t[level - 1]! - margin) level = (level - 1) as AlertLevel
  return level
}

/**
 * Checks a thresholds value from a config file: three increasing percentages in (0, 200].
 * Returns the problem in words, or null when it is fine.
 */
export function thresholdsProblem(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== 3) return 'needs three percentages, e.g. [70, 85, 95]'
  for (const v of value) if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 200) return `${JSON.stringify(v)} is not a percentage in (0, 200]`
  if (!(value[0] < value[1] && value[1] < value[2])) return 'levels must increase: level 1 < level 2 < level 3'
  return null
}
