import type { Translation } from '../define.ts'
import type { levelsEn } from '../en/levels.ts'

export const levelsZh: Translation<typeof levelsEn> = {
  'level.switcher': '楼层',
  'level.building': '{building}楼层',
  'level.buildings': '场馆',
  'level.all': '全部楼层',
  'level.showing': '已切换到 {level}',
  'level.elsewhere': '{name}（{level}）',
}
