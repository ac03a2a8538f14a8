/**
 * A command that cannot be done, with the message the organizer sees in the status bar in each
 * language (`message` is the English one, for scripts and logs).
 */
export class CommandError extends Error {
  override name = 'CommandError'
  constructor(
    en: string,
    readonly zh: string,
  ) {
    super(en)
  }
}

/** What the things of a collection (or a level's contents) are called in Chinese. */
export const ZH_THINGS: Readonly<Record<string, string>> = {
  zones: '区域',
  booths: '展位',
  pois: '服务点',
  kiosks: '导览屏',
  closed: '封闭通道',
  steps: '台阶',
  exhibitors: '展商',
  sectors: '行业',
  sessions: '活动',
  connectors: '楼层连接',
  levels: '楼层',
  buildings: '场馆',
}

const CONNECTOR_ZH: Readonly<Record<string, string>> = { stairs: '楼梯', escalator: '自动扶梯', lift: '电梯', ramp: '坡道' }

export const zhThing = (key: string): string => ZH_THINGS[key] ?? key
export const zhConnector = (kind: string): string => CONNECTOR_ZH[kind] ?? kind
