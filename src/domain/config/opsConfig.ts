/**
 * The control room's part of venue-twin.config.json: alert thresholds per zone and where the
 * recorder is. One file for the app and the recorder (`npm run recorder -- --config <file>`),
 * so the lines a chart draws are the lines the recorder raises alerts at.
 */
import { z } from 'zod'
import { KEBAB_CASE } from '../scene/ids.ts'
import { DEFAULT_THRESHOLDS, thresholdsProblem, type ThresholdConfig, type Thresholds } from '../ops/thresholds.ts'

const ThresholdsSchema = z.custom<Thresholds>().superRefine((v, ctx) => {
  const p = thresholdsProblem(v)
  if (p) ctx.addIssue({ code: 'custom', message: p })
})

/** `"thresholds": { "default": [70, 85, 95], "zones": { "<zone-id>": [60, 75, 90] } }` */
export const ThresholdsConfigSchema = z.strictObject({
  default: ThresholdsSchema.optional(),
  zones: z.record(z.string().regex(KEBAB_CASE, { message: 'zone ids are kebab-case' }), ThresholdsSchema).default({}),
})

const origin = z.string().regex(/^https?:\/\/[^/\s]+$/, { message: 'an origin is scheme, host and optional port, e.g. https://ops.example.org (no path)' })

/** `"recorder": { "url": "https://recorder.example.org", "allowedOrigins": [...], "retentionDays": 30 }` */
export const RecorderConfigSchema = z.strictObject({
  /** Where browsers reach the recorder's API (the ops screen, the visitor's day replay). */
  url: z.string().regex(/^https?:\/\/\S+$/, { message: 'the recorder is an http:// or https:// URL' }).optional(),
  /** Browser origins the recorder answers (CORS). */
  allowedOrigins: z.array(origin).max(50).default([]),
  retentionDays: z.number().positive().max(36_500).optional(),
})

export type RecorderSettings = z.infer<typeof RecorderConfigSchema>

export function thresholdConfig(t: z.infer<typeof ThresholdsConfigSchema> | undefined): ThresholdConfig {
  return { defaults: t?.default ?? DEFAULT_THRESHOLDS, zones: t?.zones ?? {} }
}
