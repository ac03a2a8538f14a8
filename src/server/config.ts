/**
 * The recorder's settings come from the deployment's venue-twin.config.json (`--config <file>`),
 * the same file the app reads, checked by the same schema (src/domain/config/):
 *   { "thresholds": { "default": [70, 85, 95], "zones": { "<zone-id>": [60, 75, 90] } },
 *     "recorder": { "allowedOrigins": ["https://ops.example.org"], "retentionDays": 30 }, … }
 * The recorder's older file of its own (top-level "origins" / "retentionDays") is still read,
 * with a deprecation warning. A broken file stops the recorder with its path, the JSON path
 * and the rule.
 */
import { readFileSync } from 'node:fs'
import { checkConfig } from '../domain/config/configSchema.ts'
import { DEFAULT_THRESHOLDS, thresholdsProblem, type ThresholdConfig, type Thresholds } from '../domain/ops/thresholds.ts'

export interface RecorderConfig {
  thresholds: ThresholdConfig
  origins: string[]
  retentionDays: number | null
  /** Deprecations to print at start. */
  warnings: string[]
}

export class ConfigError extends Error {}

export function readConfig(file: string | null): RecorderConfig {
  const config: RecorderConfig = { thresholds: { defaults: DEFAULT_THRESHOLDS, zones: {} }, origins: [], retentionDays: null, warnings: [] }
  if (!file) return config
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new ConfigError(`${file}: ${(e as Error).message}`)
  }
  if (!isObject(json) || !('origins' in json || 'retentionDays' in json)) return fromDeploymentConfig(file, json)
  config.warnings.push(`${file}: the recorder's own config format is deprecated: move "origins" to "recorder": { "allowedOrigins": [...] } and "retentionDays" to "recorder": { "retentionDays": N } in venue-twin.config.json`)
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

function fromDeploymentConfig(file: string, json: unknown): RecorderConfig {
  const checked = checkConfig(json, file)
  if (!checked.ok) {
    const first = checked.issues[0]!
    throw new ConfigError(`${file} ${first.path} [${first.rule}] ${first.message}${checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more: npm run config -- check ${file})` : ''}`)
  }
  const c = checked.config
  return { thresholds: c.thresholds ?? { defaults: DEFAULT_THRESHOLDS, zones: {} }, origins: c.recorder?.allowedOrigins ?? [], retentionDays: c.recorder?.retentionDays ?? null, warnings: [] }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
