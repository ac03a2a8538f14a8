/**
 * English strings of the parts that arrive after the first screen — the live twin, the kiosk,
 * embedding, the level switcher (venues with levels only) and the rare storage-full notice (assets/messages-en-extra-*.js). Fetched alongside
 * the first table but never waited for by the first screen; the parts that show these strings
 * wait for it as they load (src/state/extraMessages.ts).
 */
import { embedEn } from '../messages/en/embed.ts'
import { kioskEn } from '../messages/en/kiosk.ts'
import { levelsEn } from '../messages/en/levels.ts'
import { liveEn } from '../messages/en/live.ts'
import { opsEn } from '../messages/en/ops.ts'
import { publishEn } from '../messages/en/publish.ts'
import { storageEn } from '../messages/en/storage.ts'

export const messagesEnExtra = { ...levelsEn, ...liveEn, ...embedEn, ...kioskEn, ...publishEn, ...opsEn, ...storageEn }
