import type { Translation } from '../define.ts'
import type { routeEn } from '../en/route.ts'

/** Chinese for en/route.ts: the type makes a missing or unknown key a compile error. */
export const routeZh: Translation<typeof routeEn> = {
  'route.directions': '路线',
  'route.directionsTo': '前往{place}的路线',
  'route.title': '路线指引',
  'route.from': '起点',
  'route.entrances': '入口',
  'route.kiosks': '导览屏',
  'route.services': '服务设施',
  'route.booths': '展位',
  'route.boothNumber': '或输入展位号',
  'route.boothNumberHint': '例如 {example}，然后按回车',
  'route.boothUnknown': '没有 {label} 号展位。',
  'route.avoidSteps': '避开台阶（无障碍路线）',
  'route.summary': '{length} 米 · 步行约 {minutes} 分钟',
  'route.pace': '步行时间按每秒 {pace} 米计算。',
  'route.stepsHeading': '分步指引',
  'route.clear': '清除路线',
  'route.noRoute': '这两处之间没有可步行的路线。',
  'route.noStepFree': '没有无台阶的路线。取消勾选“避开台阶”可查看含台阶的路线。',
  'route.youAreHere': '您在这里',
  'route.announce': '前往{place}的路线：{length} 米，约 {minutes} 分钟。',
  'route.announceCleared': '路线已清除',
}
