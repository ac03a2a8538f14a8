/**
 * The embed protocol, version 1 (docs/contract.md "Embed protocol"): every postMessage between a
 * host page and the twin in its iframe. These zod schemas are the single source of the runtime
 * check and of the types; the SDK imports the types only, so zod never reaches host pages.
 */
import { z } from 'zod'
import { SELECTION_KINDS } from '../selection.ts'

export const PROTOCOL_SOURCE = 'venue-twin'
export const PROTOCOL_VERSION = 1

/** Ids travel in URLs and QR codes; anything longer than this is not one of ours. */
const MAX_ID = 200
const MAX_QUERY = 200

const RequestId = z.string().min(1).max(100)
const ItemId = z.string().min(1).max(MAX_ID)
const LangSchema = z.enum(['en', 'zh'])

export const SelectionSchema = z.object({ kind: z.enum(SELECTION_KINDS), id: ItemId })

/** Fields every message carries; `id` pairs a request with its `response` or `error`. */
const base = {
  source: z.literal(PROTOCOL_SOURCE),
  version: z.literal(PROTOCOL_VERSION),
  id: RequestId.optional(),
}

// Host → twin. `hello` is the optional handshake: it tells the twin the parent's origin in
// browsers that reveal neither `location.ancestorOrigins` nor a referrer.
export const HostMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('hello') }),
  z.object({ ...base, type: z.literal('select'), payload: SelectionSchema }),
  z.object({ ...base, type: z.literal('clearSelection') }),
  z.object({ ...base, type: z.literal('search'), payload: z.object({ q: z.string().max(MAX_QUERY) }) }),
  z.object({ ...base, type: z.literal('route'), payload: z.object({ from: ItemId, to: ItemId }) }),
  z.object({ ...base, type: z.literal('setLanguage'), payload: z.object({ lang: LangSchema }) }),
  z.object({ ...base, type: z.literal('setLevel'), payload: z.object({ levelId: ItemId }) }),
  z.object({ ...base, type: z.literal('getState') }),
])
export type HostMessage = z.infer<typeof HostMessageSchema>
export type HostMessageType = HostMessage['type']
export const HOST_MESSAGE_TYPES = HostMessageSchema.options.map((o) => o.shape.type.value)

// `level`: the level in view (schemaVersion 3 `levels[]`); null only before a venue is in.
export const TwinStateSchema = z.object({ selection: SelectionSchema.nullable(), lang: LangSchema, scene: z.string(), level: z.string().nullable() })
export type TwinState = z.infer<typeof TwinStateSchema>

export const RouteChangeSchema = z.object({ from: ItemId, to: ItemId, lengthM: z.number() })

// Twin → host.
export const TwinMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('ready'),
    payload: z.object({ scene: z.string(), version: z.string(), selection: SelectionSchema.nullable(), lang: LangSchema, level: z.string().nullable() }),
  }),
  z.object({
    ...base,
    type: z.literal('selectionChange'),
    // `source` says who changed it: 'user' (a click or key in the twin), 'embed' (the host), …
    payload: z.object({ selection: SelectionSchema.nullable(), source: z.string() }),
  }),
  z.object({ ...base, type: z.literal('routeChange'), payload: RouteChangeSchema.nullable() }),
  // The level in view changed: the visitor's switch, a selection or route upstairs, the host's setLevel.
  z.object({ ...base, type: z.literal('levelChange'), payload: z.object({ levelId: z.string(), source: z.string() }) }),
  // A new published revision of the scene has taken the running one's place.
  z.object({ ...base, type: z.literal('sceneUpdate'), payload: z.object({ scene: z.string(), revision: z.number().int().min(1) }) }),
  z.object({ ...base, id: RequestId, type: z.literal('response'), payload: z.record(z.string(), z.unknown()) }),
  z.object({ ...base, type: z.literal('error'), payload: z.object({ message: z.string() }) }),
])
export type TwinMessage = z.infer<typeof TwinMessageSchema>
export type TwinMessageType = TwinMessage['type']

/** The answers the twin gives, per request type (the `payload` of a `response`). */
export interface ResponsePayloads {
  hello: never
  select: { selection: z.infer<typeof SelectionSchema> }
  clearSelection: { selection: null }
  /** The best matches per kind, as the search box lists them; `total` counts every match. */
  search: { q: string; total: number; results: { kind: string; id: string; name: string }[] }
  route: { from: string; to: string; lengthM: number; minutes: number; steps: string[] }
  setLanguage: { lang: z.infer<typeof LangSchema> }
  setLevel: { levelId: string }
  getState: TwinState
}

export type ParseFailureKind = 'foreign' | 'version' | 'malformed'
export type ParseResult<T> = { ok: true; message: T } | { ok: false; kind: ParseFailureKind; reason: string }

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, knownTypes: readonly string[]): ParseResult<T> {
  // Other scripts (extensions, analytics, other widgets) post messages too: not ours, not an error.
  if (!isRecord(data) || data.source !== PROTOCOL_SOURCE) return { ok: false, kind: 'foreign', reason: 'not a venue-twin message' }
  if (data.version !== PROTOCOL_VERSION)
    return { ok: false, kind: 'version', reason: `unsupported protocol version ${JSON.stringify(data.version)} (this side speaks ${PROTOCOL_VERSION})` }
  if (typeof data.type !== 'string' || !knownTypes.includes(data.type))
    return { ok: false, kind: 'malformed', reason: `unknown message type ${JSON.stringify(data.type)}`.slice(0, 160) }
  const r = schema.safeParse(data)
  if (r.success) return { ok: true, message: r.data }
  const issue = r.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'message'
  return { ok: false, kind: 'malformed', reason: `${data.type}: ${where}: ${issue?.message ?? 'invalid'}` }
}

/** Validate what a host sent; never throws. */
export function parseHostMessage(data: unknown): ParseResult<HostMessage> {
  return parseWith(HostMessageSchema, data, HOST_MESSAGE_TYPES)
}

const TWIN_MESSAGE_TYPES = TwinMessageSchema.options.map((o) => o.shape.type.value)

/** Validate what the twin sent (tests and host tooling; the SDK does a lighter check). */
export function parseTwinMessage(data: unknown): ParseResult<TwinMessage> {
  return parseWith(TwinMessageSchema, data, TWIN_MESSAGE_TYPES)
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
export type TwinMessageBody = DistributiveOmit<TwinMessage, 'source' | 'version'>

/** Wrap a body in the envelope; the one place that writes `source` and `version`. */
export function twinMessage(body: TwinMessageBody): TwinMessage {
  return { source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, ...body } as TwinMessage
}
