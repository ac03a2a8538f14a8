import type { Lang } from '../text.ts'
import { fill } from '../template.ts'
import { defineMessages } from './define.ts'

/**
 * The error screen and the kiosk's recovery screen, both languages, bundled with those screens
 * rather than in a language's table: they must speak even when that table is what failed to load.
 */
export const failure = defineMessages({
  en: {
    'error.title': 'This venue could not be opened',
    'error.sceneMissing': 'There is no scene called "{scene}".',
    'error.sceneInvalid': 'The scene "{scene}" has {count} problem(s). Venue authors: run npm run validate.',
    'error.network': 'The venue data could not be downloaded: {message}',
    'error.messages': 'The interface text could not be downloaded: {message}',
    'error.unexpected': 'Something went wrong: {message}',
    'error.timeout': 'The venue took too long to load (over {seconds} s). Please check the connection and try again.',
    'error.retry': 'Try again',
    'error.openDefault': 'Open the default venue',
    'error.colFile': 'File',
    'error.colPath': 'Where',
    'error.colRule': 'Rule',
    'error.colMessage': 'Problem',
    'kiosk.recover.title': 'Sorry, something went wrong',
    'kiosk.recover.body': 'The guide restarts by itself in {seconds} s.',
    'kiosk.recover.now': 'Restart now',
  },
  zh: {
    'error.title': '无法打开此场馆',
    'error.sceneMissing': '找不到名为“{scene}”的场景。',
    'error.sceneInvalid': '场景“{scene}”有 {count} 处问题。场馆编辑请运行 npm run validate。',
    'error.network': '无法下载场馆数据：{message}',
    'error.messages': '无法下载界面文字：{message}',
    'error.unexpected': '出现错误：{message}',
    'error.timeout': '场馆加载超时（已超过 {seconds} 秒），请检查网络连接后再试。',
    'error.retry': '重试',
    'error.openDefault': '打开默认场馆',
    'error.colFile': '文件',
    'error.colPath': '位置',
    'error.colRule': '规则',
    'error.colMessage': '问题',
    'kiosk.recover.title': '抱歉，出现了问题',
    'kiosk.recover.body': '导览将在 {seconds} 秒后自动重启。',
    'kiosk.recover.now': '立即重启',
  },
})

export type FailureKey = keyof typeof failure.en

export function failureText(lang: Lang, key: FailureKey, vars?: Record<string, string | number>): string {
  return fill(failure[lang][key], vars)
}
