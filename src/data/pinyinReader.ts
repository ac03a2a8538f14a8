/**
 * The pinyin converter (pinyin-pro): per character, its toneless reading, polyphones read in
 * the context of their word (重庆 chongqing, 银行 yinhang). Loaded only by the pinyin worker
 * (and by Node scripts): its dictionary never reaches the page's own chunks.
 */
import { pinyin } from 'pinyin-pro'
import type { ReadText } from '../domain/search/pinyin.ts'

export const readPinyin: ReadText = (text) => pinyin(text, { toneType: 'none', type: 'array' })
