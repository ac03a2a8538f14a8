/**
 * "Belt and Road" International Digital Trade Zone (booths T01–T20): 18 digital innovation
 * companies from 13 countries. The unit test holds these numbers; change them together.
 */
import type { ExhibitorEntry } from './types.ts'

export const BELT_AND_ROAD: ExhibitorEntry[] = [
  {
    slug: 'nordwind-logistik-digital',
    name: { en: 'Nordwind Logistik Digital GmbH', zh: '北风数字物流有限公司' },
    country: 'DE',
    sectors: ['smart-port-logistics', 'cross-border-trade'],
    booths: ['T01'],
    summary: {
      en: 'A Duisburg start-up tracking China–Europe rail containers from Yiwu to the Duisburg hub, updating the estimated arrival at every border crossing.',
      zh: '来自杜伊斯堡的初创企业，追踪从义乌开往杜伊斯堡枢纽的中欧班列集装箱，每过一道边境就更新一次预计到达时间。',
    },
  },
  {
    slug: 'atelier-numerique',
    name: { en: 'Atelier Numérique SAS', zh: '数字工坊' },
    country: 'FR',
    sectors: ['metaverse-xr', 'e-commerce'],
    booths: ['T02', 'T03'],
    summary: {
      en: 'A Lyon studio making virtual try-on and 3D product visuals for European fashion and cosmetics brands entering Chinese e-commerce.',
      zh: '来自里昂的数字创意工作室，为进入中国电商市场的欧洲时装和化妆品品牌制作虚拟试穿和三维商品展示。',
    },
  },
  {
    slug: 'cartesia-smart-grid',
    name: { en: 'Cartésia Smart Grid', zh: '笛卡尔智能电网' },
    country: 'FR',
    sectors: ['smart-energy', 'artificial-intelligence'],
    booths: ['T04'],
    summary: {
      en: 'A Grenoble company forecasting rooftop solar output for grid operators, now testing its models on industrial parks in Zhejiang.',
      zh: '来自格勒诺布尔，为电网运营商预测屋顶光伏发电量，目前正在浙江的工业园区测试其预测模型。',
    },
  },
  {
    slug: 'fabbrica-connessa',
    name: { en: 'Fabbrica Connessa Srl', zh: '互联工厂有限公司' },
    country: 'IT',
    sectors: ['industrial-internet', 'smart-manufacturing'],
    booths: ['T05'],
    summary: {
      en: 'A Bologna firm that retrofits packaging machines with IoT kits, offered to Chinese food and pharmaceutical plants running Italian equipment.',
      zh: '来自博洛尼亚，为包装机械加装物联网套件，面向使用意大利设备的中国食品和制药工厂。',
    },
  },
  {
    slug: 'adler-industriesoftware',
    name: { en: 'Adler Industriesoftware GmbH', zh: '阿德勒工业软件有限公司' },
    country: 'DE',
    sectors: ['industrial-internet', 'digital-twin'],
    booths: ['T06'],
    summary: {
      en: 'A Karlsruhe developer of factory-simulation and asset-management software, looking for Zhejiang partners for its first service centre in China.',
      zh: '来自卡尔斯鲁厄的工厂仿真和资产管理软件开发商，正在寻找浙江合作伙伴共建其在华首个服务中心。',
    },
  },
  {
    slug: 'puerta-logistica-digital',
    name: { en: 'Puerta Logística Digital SL', zh: '数字物流门户' },
    country: 'ES',
    sectors: ['smart-port-logistics', 'big-data'],
    booths: ['T07'],
    summary: {
      en: 'A Valencia port-technology company whose berth-planning software schedules container ships, tugs and pilots at Mediterranean terminals.',
      zh: '来自瓦伦西亚的港口科技企业，其泊位计划软件可统筹安排地中海码头的集装箱船、拖轮和引航员。',
    },
  },
  {
    slug: 'havenlicht',
    name: { en: 'Havenlicht BV', zh: '港光科技' },
    country: 'NL',
    sectors: ['smart-port-logistics', 'digital-twin'],
    booths: ['T08'],
    summary: {
      en: 'A Rotterdam start-up building digital twins of inland barge terminals, so container barges are planned around water levels and lock times.',
      zh: '来自鹿特丹的初创企业，为内河驳船码头构建数字孪生，根据水位和船闸时间安排集装箱驳船。',
    },
  },
  {
    slug: 'wisla-cloud',
    name: { en: 'Wisła Cloud Sp. z o.o.', zh: '维斯瓦云' },
    country: 'PL',
    sectors: ['cloud-computing', 'cybersecurity'],
    booths: ['T09'],
    summary: {
      en: "A Warsaw cloud and security provider hosting Chinese sellers' European web shops under EU data-protection rules.",
      zh: '来自华沙的云计算和网络安全服务商，为中国卖家托管符合欧盟数据保护规则的欧洲网店。',
    },
  },
  {
    slug: 'duna-mobility',
    name: { en: 'Duna Mobility Kft.', zh: '多瑙出行' },
    country: 'HU',
    sectors: ['new-energy-vehicles', '5g-communications'],
    booths: ['T10'],
    summary: {
      en: 'A Budapest company testing connected-vehicle software on a Hungarian proving ground, working with Chinese battery and EV makers that have plants in Hungary.',
      zh: '来自布达佩斯，在匈牙利的智能网联汽车测试场测试车联网软件，与在匈牙利设厂的中国电池和电动汽车企业开展合作。',
    },
  },
  {
    slug: 'sava-digital-solutions',
    name: { en: 'Sava Digital Solutions d.o.o.', zh: '萨瓦数字解决方案' },
    country: 'RS',
    sectors: ['smart-city', 'artificial-intelligence'],
    booths: ['T11'],
    summary: {
      en: 'A Belgrade software house supplying smart-city platforms to Serbian municipalities, from parking management to water-leak detection.',
      zh: '来自贝尔格莱德的软件企业，为塞尔维亚多个城市提供从停车管理到供水漏损检测的智慧城市平台。',
    },
  },
  {
    slug: 'steppe-link-logistics',
    name: { en: 'Steppe Link Logistics', zh: '草原链物流' },
    country: 'KZ',
    sectors: ['smart-port-logistics', 'cross-border-trade'],
    booths: ['T12'],
    summary: {
      en: 'An Almaty platform for booking China–Central Asia rail and road freight through Khorgos, with the customs documents prepared online.',
      zh: '来自阿拉木图的物流平台，可在线预订经霍尔果斯口岸的中国—中亚铁路和公路运输，并在线准备报关单证。',
    },
  },
  {
    slug: 'falcon-gate-fintech',
    name: { en: 'Falcon Gate Fintech', zh: '猎鹰门金融科技' },
    country: 'AE',
    sectors: ['fintech', 'cross-border-trade'],
    booths: ['T13', 'T14'],
    summary: {
      en: 'A Dubai fintech offering trade finance and multi-currency accounts to Chinese exporters selling into the Gulf and Africa.',
      zh: '来自迪拜的金融科技企业，为向海湾地区和非洲出口的中国企业提供贸易融资和多币种账户服务。',
    },
  },
  {
    slug: 'noor-data-centres',
    name: { en: 'Noor Data Centres', zh: '努尔数据中心' },
    country: 'AE',
    sectors: ['cloud-computing', 'smart-energy'],
    booths: ['T15'],
    summary: {
      en: 'An Abu Dhabi operator of solar-powered data centres inviting Chinese cloud providers to host capacity for customers in the Middle East.',
      zh: '来自阿布扎比的太阳能供电数据中心运营商，邀请中国云服务商在此为中东客户部署算力。',
    },
  },
  {
    slug: 'lion-city-tradetech',
    name: { en: 'Lion City TradeTech', zh: '狮城贸易科技' },
    country: 'SG',
    sectors: ['cross-border-trade', 'fintech'],
    booths: ['T16'],
    summary: {
      en: "A Singapore platform that digitises invoices and certificates of origin to international standards, so a shipment's papers are accepted at ports across ASEAN.",
      zh: '来自新加坡的贸易单证数字化平台，按国际标准处理发票和原产地证书，让货物单证在东盟各港口通行无阻。',
    },
  },
  {
    slug: 'straits-ai-labs',
    name: { en: 'Straits AI Labs', zh: '海峡人工智能实验室' },
    country: 'SG',
    sectors: ['artificial-intelligence', 'smart-port-logistics'],
    booths: ['T17'],
    summary: {
      en: 'A Singapore AI company whose computer-vision models read container numbers and spot damage at terminal gates in under a second.',
      zh: '新加坡人工智能企业，其计算机视觉模型可在码头闸口不到一秒内识别箱号和箱体损伤。',
    },
  },
  {
    slug: 'halal-cart-digital',
    name: { en: 'Halal Cart Digital Sdn Bhd', zh: '清真购数字' },
    country: 'MY',
    sectors: ['e-commerce', 'cross-border-trade'],
    booths: ['T18'],
    summary: {
      en: 'A Kuala Lumpur halal e-commerce marketplace for certified food and cosmetics that is now adding Zhejiang kitchenware suppliers.',
      zh: '来自吉隆坡的清真电商平台，经营经认证的食品和化妆品，目前正在引入浙江厨具供应商。',
    },
  },
  {
    slug: 'penang-silicon-test',
    name: { en: 'Penang Silicon Test', zh: '槟城硅测' },
    country: 'MY',
    sectors: ['semiconductors'],
    booths: ['T19'],
    summary: {
      en: 'A Penang semiconductor test house offering packaging and test capacity to Chinese fabless chip-design firms.',
      zh: '来自槟城的半导体测试企业，为中国无晶圆厂芯片设计公司提供封装和测试产能。',
    },
  },
  {
    slug: 'siam-smart-farming',
    name: { en: 'Siam Smart Farming', zh: '暹罗智慧农业' },
    country: 'TH',
    sectors: ['big-data', 'e-commerce'],
    booths: ['T20'],
    summary: {
      en: 'A Bangkok agritech firm tracing durian and mangosteen from Thai orchards to Chinese supermarkets by cold-chain rail and sea.',
      zh: '来自曼谷的农业科技企业，追踪榴莲和山竹从泰国果园经冷链铁路和海运抵达中国超市的全过程。',
    },
  },
]
