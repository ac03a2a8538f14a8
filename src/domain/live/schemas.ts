/**
 * Payloads of the live topics (docs/contract.md "Live data"). The schemas are the only door for
 * sensor data into the app: anything that does not match is dropped and counted, never shown.
 */
import { z } from 'zod'

/** Sanity bound for any head count: no hall, queue or sensor fault beyond it is believable. */
export const MAX_PEOPLE = 1_000_000

const people = z.number().int().min(0).max(MAX_PEOPLE)
/** ISO 8601 with Z or an offset: a reading must say when it was taken, unambiguously. */
const Timestamp = z.iso.datetime({ offset: true }).refine((s) => !Number.isNaN(Date.parse(s)), { message: 'ts is not a real date' })

export const OccupancyPayloadSchema = z.object({
  count: people,
  capacity: people.min(1),
  ts: Timestamp,
})

export const AttendancePayloadSchema = z.object({
  seated: people,
  capacity: people.min(1),
  queue: people,
  ts: Timestamp,
})

export type OccupancyPayload = z.infer<typeof OccupancyPayloadSchema>
export type AttendancePayload = z.infer<typeof AttendancePayloadSchema>
