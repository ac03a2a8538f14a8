import { defineMessages } from './define.ts'

/** Embed mode (the twin inside the event website): compact chrome, poster, gesture hints. */
export const embed = defineMessages({
  en: {
    'embed.list': 'Pavilions',
    'embed.listShow': 'Show the list of pavilions',
    'embed.listHide': 'Hide the list of pavilions',
    'embed.loading3d': 'Loading 3D…',
    'embed.posterHint': 'Pick a pavilion while the 3D view loads.',
    'embed.wheelHint': 'Use {key} + scroll to zoom',
    'embed.touchHint': 'Use two fingers to move the map',
  },
  zh: {
    'embed.list': '展馆',
    'embed.listShow': '显示展馆列表',
    'embed.listHide': '隐藏展馆列表',
    'embed.loading3d': '正在加载三维…',
    'embed.posterHint': '三维视图加载期间，可先选择展馆。',
    'embed.wheelHint': '按住 {key} 并滚动以缩放',
    'embed.touchHint': '用双指移动地图',
  },
})
