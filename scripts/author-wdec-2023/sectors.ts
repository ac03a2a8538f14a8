/** Industry sectors used to tag exhibitors (exhibitors.json `sectors`). */
export const SECTORS = [
  { id: 'artificial-intelligence', name: { en: 'Artificial Intelligence', zh: '人工智能' } },
  { id: 'digital-twin', name: { en: 'Digital Twin', zh: '数字孪生' } },
  { id: 'smart-manufacturing', name: { en: 'Smart Manufacturing', zh: '智能制造' } },
  { id: 'industrial-internet', name: { en: 'Industrial Internet', zh: '工业互联网' } },
  { id: 'cloud-computing', name: { en: 'Cloud & Computing Power', zh: '云计算与算力' } },
  { id: 'big-data', name: { en: 'Big Data & Data Elements', zh: '大数据与数据要素' } },
  { id: 'robotics', name: { en: 'Robotics', zh: '机器人' } },
  { id: 'smart-city', name: { en: 'Smart City', zh: '智慧城市' } },
  { id: 'smart-port-logistics', name: { en: 'Smart Ports & Logistics', zh: '智慧港口与物流' } },
  { id: 'fintech', name: { en: 'Fintech', zh: '金融科技' } },
  { id: 'e-commerce', name: { en: 'E-commerce', zh: '电子商务' } },
  { id: 'cross-border-trade', name: { en: 'Cross-border Trade', zh: '跨境贸易' } },
  { id: 'semiconductors', name: { en: 'Semiconductors', zh: '集成电路' } },
  { id: 'new-energy-vehicles', name: { en: 'New Energy & Intelligent Vehicles', zh: '新能源与智能网联汽车' } },
  { id: 'metaverse-xr', name: { en: 'Metaverse & XR', zh: '元宇宙与扩展现实' } },
  { id: 'cybersecurity', name: { en: 'Cybersecurity', zh: '网络安全' } },
  { id: 'smart-consumption', name: { en: 'Smart Consumption', zh: '智能消费' } },
  { id: '5g-communications', name: { en: '5G & Communications', zh: '5G与通信' } },
  { id: 'healthcare', name: { en: 'Digital Health', zh: '数字健康' } },
  { id: 'smart-energy', name: { en: 'Smart Energy & Low Carbon', zh: '智慧能源与低碳' } },
] as const

export type SectorId = (typeof SECTORS)[number]['id']
