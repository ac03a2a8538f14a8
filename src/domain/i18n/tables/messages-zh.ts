/**
 * The Chinese twin of messages-en.ts: one chunk (assets/messages-zh-*.js), loaded by
 * src/data/loadMessages.ts only when Chinese is shown.
 * Typed by the English table, so a feature left out here is a compile error.
 */
import type { Translation } from '../messages/define.ts'
import { coreZh } from '../messages/zh/core.ts'
import { findZh } from '../messages/zh/find.ts'
import { routeZh } from '../messages/zh/route.ts'
import { tourZh } from '../messages/zh/tour.ts'
import type { messagesEn } from './messages-en.ts'

export const messagesZh: Translation<typeof messagesEn> = { ...coreZh, ...routeZh, ...tourZh, ...findZh }
