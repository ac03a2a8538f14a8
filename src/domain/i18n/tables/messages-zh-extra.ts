/** The Chinese twin of messages-en-extra.ts (assets/messages-zh-extra-*.js). */
import type { Translation } from '../messages/define.ts'
import { embedZh } from '../messages/zh/embed.ts'
import { kioskZh } from '../messages/zh/kiosk.ts'
import { levelsZh } from '../messages/zh/levels.ts'
import { liveZh } from '../messages/zh/live.ts'
import { opsZh } from '../messages/zh/ops.ts'
import { publishZh } from '../messages/zh/publish.ts'
import { storageZh } from '../messages/zh/storage.ts'
import type { messagesEnExtra } from './messages-en-extra.ts'

export const messagesZhExtra: Translation<typeof messagesEnExtra> = { ...levelsZh, ...liveZh, ...embedZh, ...kioskZh, ...publishZh, ...opsZh, ...storageZh }
