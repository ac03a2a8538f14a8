import type { Translation } from '../define.ts'
import type { tourEn } from '../en/tour.ts'

/** Chinese for en/tour.ts: the type makes a missing or unknown key a compile error. */
export const tourZh: Translation<typeof tourEn> = {
  'tour.start': '导览全馆',
  'tour.label': '导览',
  'tour.stop': '第 {n} 站，共 {total} 站',
  'tour.previous': '上一站',
  'tour.next': '下一站',
  'tour.pause': '暂停',
  'tour.resume': '继续',
  'tour.exit': '退出导览',
  'tour.highlights': '亮点',
  'view.label': '视图',
  'view.orbit': '三维',
  'view.plan': '平面图',
  'view.walk': '漫游',
  'plan.label': '{venue}平面图',
  'plan.labelWith': '{venue}平面图，已标出{place}',
  'plan.saveData': '已开启省流量模式：三维视图仅在您打开时加载，且不加载展馆模型。',
  'walk.hint': '点击地面即可走过去。方向键或 W A S D 移动，拖动环顾四周。按 Esc 退出。',
  'walk.exit': '退出漫游',
  'walk.near': '您在：{place} 附近',
  'walk.open': '您在通道中',
}
