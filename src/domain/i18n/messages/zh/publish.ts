import type { Translation } from '../define.ts'
import type { publishEn } from '../en/publish.ts'

/** Chinese for en/publish.ts. */
export const publishZh: Translation<typeof publishEn> = {
  'publish.updated': '展会信息已更新：{summary}。',
  'publish.updatedPlain': '展会信息已更新。',
  'publish.sessionsMoved.one': '1 场活动调整了时间或地点',
  'publish.sessionsMoved.other': '{n} 场活动调整了时间或地点',
  'publish.sessionsAdded.one': '新增 1 场活动',
  'publish.sessionsAdded.other': '新增 {n} 场活动',
  'publish.sessionsRemoved.one': '取消 1 场活动',
  'publish.sessionsRemoved.other': '取消 {n} 场活动',
  'publish.exhibitorsAdded.one': '新增 1 家展商',
  'publish.exhibitorsAdded.other': '新增 {n} 家展商',
  'publish.exhibitorsRemoved.one': '1 家展商退展',
  'publish.exhibitorsRemoved.other': '{n} 家展商退展',
  'publish.exhibitorsChanged.one': '1 家展商信息有更新',
  'publish.exhibitorsChanged.other': '{n} 家展商信息有更新',
  'publish.boothsChanged.one': '1 个展位有调整',
  'publish.boothsChanged.other': '{n} 个展位有调整',
  'publish.listJoin': '，',
  'publish.selectionGone': '您刚才查看的内容已不在列表中，已返回上一级。',
  'publish.dismiss': '关闭',
  'publish.configBroken': '本站配置文件（venue-twin.config.json）有误，已改用安全的默认设置：{detail}',
}
