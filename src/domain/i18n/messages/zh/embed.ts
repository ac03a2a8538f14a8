import type { Translation } from '../define.ts'
import type { embedEn } from '../en/embed.ts'

/** Chinese for en/embed.ts: the type makes a missing or unknown key a compile error. */
export const embedZh: Translation<typeof embedEn> = {
  'embed.list': '展馆',
  'embed.listShow': '显示展馆列表',
  'embed.listHide': '隐藏展馆列表',
  'embed.loading3d': '正在加载三维…',
  'embed.posterHint': '三维视图加载期间，可先选择展馆。',
  'embed.wheelHint': '按住 {key} 并滚动以缩放',
  'embed.touchHint': '用双指移动地图',
}
