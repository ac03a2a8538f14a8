import { defineMessages } from './define.ts'

/** Guided tour, plan view and walk mode. */
export const tour = defineMessages({
  en: {
    'tour.start': 'Tour the hall',
    'tour.label': 'Guided tour',
    'tour.stop': 'Stop {n} of {total}',
    'tour.previous': 'Previous',
    'tour.next': 'Next',
    'tour.pause': 'Pause',
    'tour.resume': 'Resume',
    'tour.exit': 'Exit tour',
    'tour.highlights': 'Highlights',
    'view.label': 'View',
    'view.orbit': '3D',
    'view.plan': 'Floor plan',
    'view.walk': 'Walk',
    'walk.hint': 'Click the floor to walk there. Arrow keys or W A S D to move, drag to look around. Escape to leave.',
    'walk.exit': 'Leave walk mode',
  },
  zh: {
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
    'walk.hint': '点击地面即可走过去。方向键或 W A S D 移动，拖动环顾四周。按 Esc 退出。',
    'walk.exit': '退出漫游',
  },
})
