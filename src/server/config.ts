/**
 * The recorder's deployment config (`--config <file>`), JSON:
 *   { "thresholds": { "default": [70, 85, 95], "zones": { "<zone-id>": [60, 75, 90] } },
 *     "origins": ["https://ops.example.org"], "retentionDays": 30 }
 * Every key is optional. A broken file stops the recorder with its path, the JSON path and the rule.
 */
import { readFileSync } from 'node:fs'
import { DEFAULT_THRESHOLDS, thresholdsProblem, type ThresholdConfig, type Thresholds } from '../domain/ops/thresholds.ts'

export interface RecorderConfig {
  thresholds: ThresholdConfig
  origins: string[]
  retentionDays: number | null
}

export class ConfigError extends Error {}

export function readConfig(file: string | null): RecorderConfig {
  const config: RecorderConfig = { thresholds: { defaults: DEFAULT_THRESHOLDS, zones: {} }, origins: [], retentionDays: null }
  if (!file) return config
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new ConfigError(`${file}: ${(e as Error).message}`)
  }
  const fail = (where: string, rule: string): never => {
    throw new ConfigError(`${file} ${where}: ${rule}`)
  }
  if (!isObject(json)) return fail('$', 'must be a JSON object')
  const t = json.thresholds
  if (t !== undefined) {
    if (!isObject(t)) fail('$.thresholds', 'must be an object with "default" and/or "zones"')
    const th = t as Record<string, unknown>
    if (th.default !== undefined) {
      const p = thresholdsProblem(th.default)
      if (p) fail('$.thresholds.default', p)
      config.thresholds = { ...config.thresholds, defaults: th.default as Thresholds }
    }
    if (th.zones !== undefined) {
      if (!isObject(th.zones)) fail('$.thresholds.zones', 'must map zone ids to [level1, level2, level3]')
      const zones: Record<string, Thresholds> = {}
      for (const [id, v] of Object.entries(th.zones as Record<string, unknown>)) {
        const p = thresholdsProblem(v)
        if (p) fail(`$.thresholds.zones.${id}`, p)
        zones[id] = v as Thresholds
      }
      config.thresholds = { ...config.thresholds, zones }
    }
  }
  if (json.origins !== undefined) {
    if (!Array.isArray(json.origins) || !json.origins.every((o) => typeof o === 'string' && /^https?:\/\/[^/\s]+$/.test(o)))
      fail('$.origins', 'must be a list of origins like "https://ops.example.org" (scheme, host, optional port; no path)')
    config.origins = json.origins as string[]
  }
  if (json.retentionDays !== undefined) {
    const d = json.retentionDays
    if (typeof d !== 'number' || !Number.isFinite(d) || d <= 0) fail('$.retentionDays', 'must be a positive number of days')
    config.retentionDays = d as number
  }
  return config
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
