/**
 * The English interface strings the explorer's first screen can show (outside bilingual.ts),
 * merged: one chunk (assets/messages-en-*.js), loaded by src/data/loadMessages.ts only when
 * English is shown, before the interface appears. Strings of parts that arrive later (live
 * data, kiosk, embedding) are in messages-en-extra.ts. Add a feature's table here or there,
 * and in the Chinese twin.
 */
import { coreEn } from '../messages/en/core.ts'
import { findEn } from '../messages/en/find.ts'
import { routeEn } from '../messages/en/route.ts'
import { tourEn } from '../messages/en/tour.ts'

export const messagesEn = { ...coreEn, ...routeEn, ...tourEn, ...findEn }
