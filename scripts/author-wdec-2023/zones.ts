/**
 * Zone texts, heights and colours. Geometry is in layout.ts. Colours follow the Okabe–Ito
 * palette (distinguishable with the common colour-vision deficiencies), toned down where the
 * original is too bright for a large floor area.
 */
import type { ZoneId } from './layout.ts'
import type { Text } from './types.ts'

export interface ZoneEntry {
  kind: 'pavilion' | 'trade-zone' | 'stage' | 'service'
  name: Text
  /** For labels where the full name does not fit (small views, embeds). */
  shortName: Text
  summary: Text
  highlights: Text[]
  height: number
  color: string
}

export const THEME: Text = {
  en: 'Innovation and Integration: Fusing Digital and Real Economies',
  zh: '创新与融合：推动数字经济和实体经济深度融合',
}

export const ZONES: Record<ZoneId, ZoneEntry> = {
  'comprehensive-digital-economy': {
    kind: 'pavilion',
    name: { en: 'Comprehensive Digital Economy Pavilion', zh: '数字经济综合馆' },
    shortName: { en: 'Digital Economy', zh: '综合馆' },
    summary: {
      en: "The expo's front door: how Ningbo and Zhejiang build the foundations of the digital economy — 5G networks, green data centres, data exchanges, digital government and fintech.",
      zh: '展会的第一站：集中展示宁波和浙江在5G网络、绿色数据中心、数据交易、数字政府和金融科技等数字经济底座方面的建设成果。',
    },
    highlights: [
      { en: 'Green computing: a live energy twin of the Beilun data-centre cluster', zh: '绿色算力：北仑数据中心集群能耗实时孪生' },
      { en: 'Data as a factor of production: datasets listed and traded with privacy computing', zh: '数据要素：隐私计算加持下的数据产品挂牌与交易' },
      { en: 'e-CNY in daily life: pay at a market stall and at a motorway toll gate', zh: '数字人民币进生活：菜场摊位和高速收费站现场支付体验' },
    ],
    height: 4,
    color: '#0072B2',
  },
  'digital-real-fusion': {
    kind: 'pavilion',
    name: { en: 'Fusion of Digital and Real Economies Pavilion', zh: '数实融合馆' },
    shortName: { en: 'Digital–Real Fusion', zh: '数实融合' },
    summary: {
      en: "The conference theme made concrete: Ningbo's petrochemical, auto-parts, mould, appliance and garment makers rebuilt around industrial internet platforms, robots and digital twins.",
      zh: '大会主题“数实融合”的集中呈现：石化、汽车零部件、模具、家电、服装等宁波优势产业依托工业互联网平台、机器人和数字孪生实现转型升级。',
    },
    highlights: [
      { en: 'Digital Twin Research Institute: from simulation engine to factory floor', zh: '数字孪生研究院：从仿真引擎到生产车间' },
      { en: 'German cobots polishing die-cast parts for a Beilun supplier', zh: '德国协作机器人现场打磨北仑企业的压铸件' },
      { en: 'A lights-out appliance line from Cixi, checked by machine vision', zh: '慈溪家电“黑灯产线”与机器视觉质检' },
    ],
    height: 4,
    color: '#E69F00',
  },
  'digital-scenario': {
    kind: 'pavilion',
    name: { en: 'Digital Scenario Pavilion', zh: '数字场景馆' },
    shortName: { en: 'Digital Scenarios', zh: '数字场景' },
    summary: {
      en: 'Digital technology at city scale: live digital twins of a historic scenic area, a fishing port, streets, schools and hospitals, shown the way the people who run them use them.',
      zh: '城市尺度的数字应用：历史景区、渔港、街道、学校和医院的实时数字孪生，按管理者日常使用的真实场景呈现。',
    },
    highlights: [
      { en: 'Tianyi Pavilion · Yuehu: a Ming-dynasty library and lakeside old town as a live twin', zh: '天一阁·月湖：明代藏书楼与月湖历史街区的实时数字孪生' },
      { en: 'Xiangshan Digital Twin Fishing Port: boats, berths and typhoon shelter at a glance', zh: '象山数字孪生渔港：渔船、泊位、避风情况一图统览' },
      { en: 'City operations: from traffic lights to street lamps on one screen', zh: '城市运行：从信号灯到路灯一屏统管' },
    ],
    height: 4,
    color: '#009E73',
  },
  'future-industries': {
    kind: 'pavilion',
    name: { en: 'Future Industries Pavilion', zh: '未来产业馆' },
    shortName: { en: 'Future Industries', zh: '未来产业' },
    summary: {
      en: 'Technologies just leaving the lab: AI supercomputing, large models, humanoid robots, quantum sensing, low-altitude aircraft and next-generation chips.',
      zh: '正在走出实验室的前沿技术：人工智能超算、大模型、人形机器人、量子传感、低空飞行器和新一代芯片。',
    },
    highlights: [
      { en: 'Ningbo AI Supercomputing Center (Phase I): the computing behind faster Asian Games weather forecasts', zh: '宁波人工智能超算中心（一期）：为杭州亚运会天气预报提速的算力' },
      { en: 'Humanoid robots and dexterous hands at work', zh: '人形机器人与灵巧手现场作业' },
      { en: 'Low-altitude economy: island-delivery drones and an eVTOL cabin', zh: '低空经济：海岛物流无人机与电动垂直起降飞行器座舱' },
    ],
    height: 4,
    color: '#CC79A7',
  },
  'digital-trade': {
    kind: 'pavilion',
    name: { en: 'Digital Trade Pavilion', zh: '数字贸易馆' },
    shortName: { en: 'Digital Trade', zh: '数字贸易' },
    summary: {
      en: "Trade rebuilt on data: cross-border e-commerce, paperless customs, electronic shipping documents and digital services exports, anchored by the world's busiest cargo port.",
      zh: '以数据重塑贸易：跨境电商、无纸化通关、电子航运单证和数字服务出口，背靠货物吞吐量全球第一的宁波舟山港。',
    },
    highlights: [
      { en: 'Follow one container from a Yiwu order to a Rotterdam berth', zh: '从义乌订单到鹿特丹泊位，追踪一只集装箱的数据旅程' },
      { en: 'Electronic bills of lading on a blockchain', zh: '基于区块链的电子提单' },
      { en: 'Cross-border live-commerce studios selling to 30 markets', zh: '面向30个海外市场的跨境直播间' },
    ],
    height: 4,
    color: '#56B4E9',
  },
  'belt-and-road-trade-zone': {
    kind: 'trade-zone',
    name: { en: '"Belt and Road" International Digital Trade Zone', zh: '"一带一路"国际数字贸易专区' },
    shortName: { en: 'Belt and Road', zh: '一带一路' },
    summary: {
      en: 'Eighteen digital innovation companies from 13 Belt and Road countries, from German industrial software to Kazakh logistics platforms, meeting Zhejiang partners.',
      zh: '来自共建“一带一路”13个国家的18家数字创新企业集中亮相，从德国工业软件到哈萨克斯坦物流平台，与浙江企业对接合作。',
    },
    highlights: [
      { en: '13 countries, 18 digital innovators under one roof', zh: '13国18家数字创新企业同台亮相' },
      { en: 'China–Europe rail and sea freight tracked end to end', zh: '中欧班列与海运货物全程可视化追踪' },
      { en: 'Gulf fintech and Southeast Asian e-commerce meet Zhejiang makers', zh: '海湾金融科技、东南亚电商与浙江制造面对面' },
    ],
    height: 4,
    color: '#D55E00',
  },
  'central-forum-stage': {
    kind: 'stage',
    name: { en: 'Central Forum Stage', zh: '中央论坛主舞台' },
    shortName: { en: 'Forum Stage', zh: '主舞台' },
    summary: {
      en: "The conference's main stage at the north end of the main aisle, seating 600: the opening ceremony, the main forum and the themed sub-forums.",
      zh: '位于主通道北端的大会主舞台，设座位600个，承办开幕式、主论坛和各专题分论坛。',
    },
    highlights: [
      { en: 'Opening ceremony: 13 October, 09:30', zh: '开幕式：10月13日9:30' },
      { en: `Main forum: ${THEME.en}`, zh: `主论坛：${THEME.zh}` },
      { en: 'Closing and project signing ceremony: 15 October, 16:30', zh: '闭幕暨项目签约仪式：10月15日16:30' },
    ],
    height: 6,
    color: '#5E5E5E',
  },
  'investment-cooperation-lounge': {
    kind: 'service',
    name: { en: 'Investment & Cooperation Lounge', zh: '投资合作洽谈区' },
    shortName: { en: 'Investment Lounge', zh: '洽谈区' },
    summary: {
      en: 'Matchmaking tables, a signing stage and meeting rooms for investors, project owners and the investment offices of Ningbo’s districts.',
      zh: '为投资机构、项目方和宁波各区（县、市）招商部门设置洽谈桌、签约台和独立会谈室。',
    },
    highlights: [
      { en: 'Pre-booked one-to-one matchmaking every half hour', zh: '每半小时一轮的预约制一对一洽谈' },
      { en: 'Signing stage for digital economy projects', zh: '数字经济项目签约台' },
      { en: 'District desks: Haishu, Yinzhou, Beilun, Zhenhai, Cixi, Yuyao', zh: '招商服务台：海曙、鄞州、北仑、镇海、慈溪、余姚' },
    ],
    height: 3.5,
    color: '#C9B43C',
  },
  'smart-consumption-plaza': {
    kind: 'service',
    name: { en: 'Smart Consumption Plaza', zh: '智能消费广场' },
    shortName: { en: 'Smart Consumption', zh: '智能消费' },
    summary: {
      en: 'Try before you buy: smart home, wearables and connected cars in a hands-on plaza with live-commerce studios and a launch stage.',
      zh: '先体验再购买：集中体验智能家居、可穿戴设备和智能网联汽车，设直播间和新品发布台。',
    },
    highlights: [
      { en: 'Live-commerce studios with Ningbo brands', zh: '宁波本土品牌直播间' },
      { en: 'A connected home furnished by Cixi and Yuyao appliance makers', zh: '慈溪、余姚家电企业打造的全屋智能样板间' },
      { en: 'Consumer vouchers redeemed in e-CNY', zh: '数字人民币消费券现场核销' },
    ],
    height: 3,
    color: '#9A9A9A',
  },
}
