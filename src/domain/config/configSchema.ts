/**
 * The zod schema of venue-twin.config.json and its reading: every problem reported as
 * `<file> <JSON path> [<rule>] <message>` like the scene validator. A broken file never stops the
 * app: the caller falls back to DEFAULT_CONFIG (no embedding hosts, no brokers, no operator PINs).
 */
import { z } from 'zod'
import { parseEmbedConfig, type OriginChecks } from '../embed/origins.ts'
import type { SceneIssue } from '../scene/issues.ts'
import { zodIssues } from '../scene/zodIssues.ts'
import { KEBAB_CASE } from '../scene/ids.ts'
import { brokerAddress } from './brokers.ts'
import { CONFIG_FILE, DEFAULT_CONFIG, DEFAULT_REVISION_CHECK_SECONDS, DEFAULT_TOUR_DWELL_SECONDS, type DeploymentConfig } from './deploymentConfig.ts'
import { RecorderConfigSchema, thresholdConfig, ThresholdsConfigSchema } from './opsConfig.ts'
import { parsePinHash } from './pinHash.ts'

const kebab = z.string().regex(KEBAB_CASE, { message: 'ids are kebab-case, e.g. kiosk-south-entrance' })
const brokerUrl = z.string().refine((v) => brokerAddress(v) !== null, { message: 'a broker is a ws:// or wss:// URL' })

const KioskSchema = z.strictObject({
  pinHash: z
    .string()
    .superRefine((v, ctx) => {
      const parsed = parsePinHash(v)
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed })
    })
    .optional(),
})

export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    dataBaseUrl: z
      .string()
      .min(1)
      .refine((v) => !/^(javascript|data):/i.test(v), { message: 'dataBaseUrl is an http(s) URL or a path' })
      .default(DEFAULT_CONFIG.dataBaseUrl),
    defaultScene: kebab.default(DEFAULT_CONFIG.defaultScene),
    embed: z.strictObject({ allowedOrigins: z.array(z.string()).max(200).default([]) }).default({ allowedOrigins: [] }),
    live: z
      .strictObject({
        default: z.union([z.literal('sim'), z.literal('off'), brokerUrl]).default('sim'),
        allowedBrokers: z.array(brokerUrl).max(50).default([]),
      })
      .default({ default: 'sim', allowedBrokers: [] }),
    kiosks: z.record(kebab, KioskSchema).default({}),
    updates: z
      .strictObject({ checkSeconds: z.number().min(1).max(86_400).default(DEFAULT_REVISION_CHECK_SECONDS) })
      .default({ checkSeconds: DEFAULT_REVISION_CHECK_SECONDS }),
    tour: z
      .strictObject({ dwellSeconds: z.number().min(2).max(120).default(DEFAULT_TOUR_DWELL_SECONDS) })
      .default({ dwellSeconds: DEFAULT_TOUR_DWELL_SECONDS }),
    thresholds: ThresholdsConfigSchema.optional(),
    recorder: RecorderConfigSchema.optional(),
  })
  .superRefine((c, ctx) => {
    const d = c.live.default
    if (d !== 'sim' && d !== 'off' && !c.live.allowedBrokers.some((b) => brokerAddress(b)?.key === brokerAddress(d)?.key))
      ctx.addIssue({ code: 'custom', path: ['live', 'default'], message: 'the default broker must be listed in live.allowedBrokers' })
  })

/** `notes`: kept but worth a look (a plain http embedding origin); they do not fail the check. */
export type ConfigCheck = { ok: true; config: DeploymentConfig; notes: SceneIssue[] } | { ok: false; issues: SceneIssue[]; notes: SceneIssue[] }

/**
 * Checks the parsed JSON of the file, as `npm run config -- check` does: a bad embed origin fails
 * it too (the app only drops that entry with a warning), so it is fixed before a show.
 */
export function checkConfig(raw: unknown, file = CONFIG_FILE, checks: OriginChecks = {}): ConfigCheck {
  const app = configForApp(raw, file, checks)
  const issues = [...app.errors, ...app.warnings]
  return issues.length ? { ok: false, issues, notes: app.notes } : { ok: true, config: app.config, notes: app.notes }
}

/** The config the app runs with: the file's, or the safe defaults and why when it is broken. */
export function configForApp(
  raw: unknown,
  file = CONFIG_FILE,
  checks: OriginChecks = {},
): { config: DeploymentConfig; errors: SceneIssue[]; warnings: SceneIssue[]; notes: SceneIssue[] } {
  const parsed = ConfigFileSchema.safeParse(raw)
  if (!parsed.success) {
    return { config: DEFAULT_CONFIG, errors: zodIssues(file, parsed.error, raw), warnings: [], notes: [] }
  }
  const c = parsed.data
  const origins = parseEmbedConfig({ allowedOrigins: c.embed.allowedOrigins }, checks)
  const warnings = origins.warnings.map((w) => ({ file, path: '$.embed.allowedOrigins', rule: 'embed-origin', message: w.replace(/^[^:]+: /, '') }))
  const notes = origins.cautions.map((w) => ({ file, path: '$.embed.allowedOrigins', rule: 'embed-origin-http', message: w.replace(/^[^:]+: /, '') }))
  const live = c.live.default
  const config: DeploymentConfig = {
    dataBaseUrl: c.dataBaseUrl,
    defaultScene: c.defaultScene,
    embed: { allowedOrigins: c.embed.allowedOrigins },
    live: { default: live === 'sim' || live === 'off' ? { kind: live } : { kind: 'mqtt', url: live }, allowedBrokers: c.live.allowedBrokers },
    kiosks: c.kiosks,
    updates: c.updates,
    tour: c.tour,
    ...(c.thresholds ? { thresholds: thresholdConfig(c.thresholds) } : {}),
    ...(c.recorder ? { recorder: c.recorder } : {}),
  }
  return { config, errors: [], warnings, notes }
}
