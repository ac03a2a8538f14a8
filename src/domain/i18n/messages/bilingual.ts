import { defineMessages } from './define.ts'

/**
 * The few strings every build carries in both languages, before any language's table
 * (tables/messages-<lang>.ts) has arrived: the loading screen and the 3D view's notices (the
 * view starts while the scene loads), and names that domain code
 * writes into data in both languages at once (search facets, schedule places: "Booth A12" /
 * "展位 A12"). The kiosk's attract screen shows its title in both languages. translate() finds
 * these keys whatever is loaded. Keep this table small: it is part of the entry chunk.
 */
export const bilingual = defineMessages({
  en: {
    'app.title': 'Venue Twin',
    'app.loading': 'Loading venue…',
    'app.loadingFile': 'Loading {file}…',
    'app.loading3d': 'Loading 3D view…',
    'webgl.lost': 'The 3D view was interrupted by the graphics driver. Restoring…',
    'webgl.unavailable': '3D is not available on this device. The list, panels and search still work.',
    'panel.booth': 'Booth {label}',
    'panel.kind.pavilion': 'Pavilion',
    'panel.kind.trade-zone': 'Trade zone',
    'panel.kind.stage': 'Stage',
    'panel.kind.service': 'Service area',
    'session.kind.ceremony': 'Ceremony',
    'session.kind.forum': 'Forum',
    'session.kind.exhibition': 'Exhibition',
    'session.kind.investment': 'Investment & cooperation',
    'session.kind.consumption': 'Intelligent consumption',
    'poi.entrance': 'Entrance',
    'poi.exit': 'Exit',
    'poi.information': 'Information',
    'poi.restroom': 'Restroom',
    'poi.first-aid': 'First aid',
    'poi.cafe': 'Café',
    'poi.stage': 'Stage',
    'poi.elevator': 'Elevator',
    'poi.stairs': 'Stairs',
    'poi.media': 'Media centre',
    'poi.lounge': 'Lounge',
    'kiosk.label': 'Kiosk',
    'kiosk.attract.title': 'Touch to explore',
  },
  zh: {
    'app.title': '场馆孪生',
    'app.loading': '正在加载场馆…',
    'app.loadingFile': '正在加载 {file}…',
    'app.loading3d': '正在加载三维视图…',
    'webgl.lost': '三维视图被显卡驱动中断，正在恢复…',
    'webgl.unavailable': '此设备不支持三维显示。列表、面板和搜索仍可使用。',
    'panel.booth': '展位 {label}',
    'panel.kind.pavilion': '展馆',
    'panel.kind.trade-zone': '贸易专区',
    'panel.kind.stage': '舞台',
    'panel.kind.service': '服务区',
    'session.kind.ceremony': '仪式',
    'session.kind.forum': '论坛',
    'session.kind.exhibition': '展览',
    'session.kind.investment': '投资合作',
    'session.kind.consumption': '智能消费',
    'poi.entrance': '入口',
    'poi.exit': '出口',
    'poi.information': '问询处',
    'poi.restroom': '洗手间',
    'poi.first-aid': '医疗点',
    'poi.cafe': '咖啡厅',
    'poi.stage': '舞台',
    'poi.elevator': '电梯',
    'poi.stairs': '楼梯',
    'poi.media': '媒体中心',
    'poi.lounge': '休息区',
    'kiosk.label': '导览屏',
    'kiosk.attract.title': '触摸探索',
  },
})
