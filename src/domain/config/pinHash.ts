/**
 * Kiosk operator PINs as salted PBKDF2-SHA-256 hashes (WebCrypto: the same code checks a PIN in
 * the kiosk's browser and writes the hash in `npm run config -- kiosk-pin`). Stored as
 * `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>` in venue-twin.config.json.
 */

export const PIN_PATTERN = /^\d{4,12}$/
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; ~0.2-0.5 s on a kiosk, once per attempt. */
export const PIN_ITERATIONS = 600_000
/** A config file cannot make the kiosk spin for minutes on one attempt. */
const MAX_ITERATIONS = 5_000_000
const PREFIX = 'pbkdf2-sha256'
const HASH_FORMAT = /^pbkdf2-sha256\$(\d{1,8})\$([A-Za-z0-9+/]{16,}={0,2})\$([A-Za-z0-9+/]{43}=)$/

export interface PinHash {
  iterations: number
  salt: Uint8Array
  hash: Uint8Array
}

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

/** The parsed hash, or a reason it is not one (for the config checker). */
export function parsePinHash(text: string): PinHash | string {
  const m = HASH_FORMAT.exec(text)
  if (!m) return `not a PIN hash (${PREFIX}$<iterations>$<salt>$<hash>); write one with npm run config -- kiosk-pin <kiosk-id>`
  const iterations = Number(m[1])
  if (iterations < 100_000 || iterations > MAX_ITERATIONS) return `iterations must be between 100000 and ${MAX_ITERATIONS}`
  return { iterations, salt: fromBase64(m[2]!), hash: fromBase64(m[3]!) }
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations }, key, 256)
  return new Uint8Array(bits)
}

export async function hashPin(pin: string, opts: { iterations?: number; salt?: Uint8Array } = {}): Promise<string> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 12 digits')
  const iterations = opts.iterations ?? PIN_ITERATIONS
  const salt = opts.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(16))
  return `${PREFIX}$${iterations}$${toBase64(salt)}$${toBase64(await derive(pin, salt, iterations))}`
}

/** Whether `pin` matches the stored hash; compared in full so the time says nothing. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored)
  if (typeof parsed === 'string' || !PIN_PATTERN.test(pin)) return false
  const got = await derive(pin, parsed.salt, parsed.iterations)
  let diff = got.length ^ parsed.hash.length
  for (let i = 0; i < got.length; i++) diff |= got[i]! ^ (parsed.hash[i] ?? 0)
  return diff === 0
}
