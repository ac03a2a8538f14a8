/** Digital Trade Pavilion (booths E01–E27): cross-border e-commerce, paperless trade, shipping data. */
import type { ExhibitorEntry } from './types.ts'

export const DIGITAL_TRADE: ExhibitorEntry[] = [
  {
    slug: 'haiyue-cross-border',
    name: { en: 'Haiyue Cross-border', zh: '海跃跨境' },
    country: 'CN',
    sectors: ['e-commerce', 'cross-border-trade'],
    booths: ['E01'],
    summary: {
      en: 'A cross-border e-commerce service company running bonded warehouses in Ningbo; it processes returns from European shoppers within five days.',
      zh: '在宁波运营保税仓的跨境电商服务企业，可在五天内处理完欧洲消费者的退货。',
    },
  },
  {
    slug: 'lianyun-trade-chain',
    name: { en: 'Lianyun Trade Chain', zh: '链运贸易链' },
    country: 'CN',
    sectors: ['fintech', 'cross-border-trade', 'smart-port-logistics'],
    booths: ['E02', 'E03'],
    summary: {
      en: 'Electronic bills of lading on a blockchain shared by carriers, banks and traders, so title to a cargo changes hands in minutes instead of by courier.',
      zh: '承运人、银行和贸易商共享的区块链电子提单平台，货权转让几分钟即可完成，不再依靠快递寄送纸质单据。',
    },
  },
  {
    slug: 'zhiguan-customs-tech',
    name: { en: 'Zhiguan Customs Tech', zh: '智关科技' },
    country: 'CN',
    sectors: ['artificial-intelligence', 'cross-border-trade'],
    booths: ['E04'],
    summary: {
      en: 'AI classification that suggests the right tariff code from a product photo and description, used by 3,000 customs declarants.',
      zh: 'AI商品归类工具，根据产品图片和描述推荐正确的税则号列，已有3000名报关员在使用。',
    },
  },
  {
    slug: 'yiyu-translation-cloud',
    name: { en: 'Yiyu Translation Cloud', zh: '译语翻译云' },
    country: 'CN',
    sectors: ['artificial-intelligence', 'cross-border-trade'],
    booths: ['E05'],
    summary: {
      en: 'Machine translation tuned for trade documents and product listings in 28 languages, with glossaries for auto parts and home appliances.',
      zh: '面向贸易单证和商品详情页的28个语种机器翻译服务，内置汽车零部件和家电行业术语库。',
    },
  },
  {
    slug: 'yongfu-global-payments',
    name: { en: 'Yongfu Global Payments', zh: '甬付环球' },
    country: 'CN',
    sectors: ['fintech', 'cross-border-trade'],
    booths: ['E06'],
    summary: {
      en: 'Collects payouts from overseas marketplaces for small Zhejiang sellers and converts them into yuan for a published fee of 0.3%.',
      zh: '为浙江中小卖家归集海外电商平台的货款并办理结汇，公开费率为0.3%。',
    },
  },
  {
    slug: 'yuetu-interactive',
    name: { en: 'Yuetu Interactive', zh: '悦途互动' },
    country: 'CN',
    sectors: ['metaverse-xr', 'cross-border-trade'],
    booths: ['E07'],
    summary: {
      en: 'A Ningbo game studio whose mobile puzzle games, localised into 12 languages, earn 80% of their revenue overseas.',
      zh: '宁波游戏工作室，其手机益智游戏已本地化为12种语言，80%的收入来自海外市场。',
    },
  },
  {
    slug: 'yixin-global-sourcing',
    name: { en: 'Yixin Global Sourcing', zh: '义信全球采购' },
    country: 'CN',
    sectors: ['e-commerce', 'cross-border-trade', 'big-data'],
    booths: ['E08'],
    summary: {
      en: 'A B2B sourcing platform listing 200,000 products from Yiwu and Ningbo suppliers, with every factory audit recorded on video.',
      zh: '汇集义乌和宁波供应商20万种商品的B2B采购平台，每一次验厂都有全程视频存档。',
    },
  },
  {
    slug: 'haiyun-digital-shipping',
    name: { en: 'Haiyun Digital Shipping', zh: '海运数智' },
    country: 'CN',
    sectors: ['smart-port-logistics', 'big-data'],
    booths: ['E09'],
    summary: {
      en: 'Online freight booking with instant container-slot quotes from 30 carriers and a carbon figure for every route.',
      zh: '在线订舱平台，可即时获取30家船公司的舱位报价，并为每条航线给出碳排放数据。',
    },
  },
  {
    slug: 'kobe-trade-link',
    name: { en: 'Kobe Trade Link', zh: '神户贸易连' },
    country: 'JP',
    sectors: ['cross-border-trade', 'e-commerce'],
    booths: ['E10'],
    summary: {
      en: 'A Kobe trade-technology firm that helps Japanese food and cosmetics brands open stores on Chinese cross-border platforms.',
      zh: '来自神户的贸易科技企业，帮助日本食品和化妆品品牌入驻中国跨境电商平台。',
    },
  },
  {
    slug: 'xinbao-trade-risk',
    name: { en: 'Xinbao Trade Risk', zh: '信保贸易风控' },
    country: 'CN',
    sectors: ['fintech', 'big-data'],
    booths: ['E11'],
    summary: {
      en: 'Scores overseas buyers from their shipping and payment histories, so exporters know when to ask for a deposit.',
      zh: '依据航运和付款记录评估海外买家信用，帮助出口企业判断何时需要收取定金。',
    },
  },
  {
    slug: 'yuanhang-overseas-warehouses',
    name: { en: 'Yuanhang Overseas Warehouses', zh: '远航海外仓' },
    country: 'CN',
    sectors: ['smart-port-logistics', 'e-commerce'],
    booths: ['E12'],
    summary: {
      en: 'Operates 14 overseas warehouses in Europe and North America for Zhejiang sellers, with next-day delivery in 11 countries.',
      zh: '在欧洲和北美为浙江卖家运营14个海外仓，在11个国家实现次日达。',
    },
  },
  {
    slug: 'harborview-commerce',
    name: { en: 'Harborview Commerce', zh: '港景商务' },
    country: 'US',
    sectors: ['e-commerce', 'artificial-intelligence'],
    booths: ['E13'],
    summary: {
      en: 'A US marketplace-analytics firm that tracks prices and reviews on American shopping sites for Chinese brands.',
      zh: '美国电商数据分析公司，为中国品牌追踪美国购物网站上的价格和用户评价。',
    },
  },
  {
    slug: 'yongbo-live-commerce',
    name: { en: 'Yongbo Live Commerce', zh: '甬播跨境直播' },
    country: 'CN',
    sectors: ['e-commerce', 'smart-consumption', 'cross-border-trade'],
    booths: ['E14', 'E15'],
    summary: {
      en: 'Runs cross-border live-commerce studios where hosts sell Ningbo-made appliances and clothing to viewers in 30 markets, in six languages.',
      zh: '运营跨境直播间，主播用六种语言向30个海外市场的观众销售宁波产的家电和服装。',
    },
  },
  {
    slug: 'yongguan-single-window-services',
    name: { en: 'Yongguan Single Window Services', zh: '甬关单一窗口服务' },
    country: 'CN',
    sectors: ['cross-border-trade', 'cloud-computing'],
    booths: ['E16'],
    summary: {
      en: 'Operates the trade single-window services used by 50,000 Ningbo traders: one submission covers customs declaration, inspection and export tax refund.',
      zh: '提供宁波5万家外贸企业使用的国际贸易“单一窗口”服务，一次申报即可同时办理报关、报检和出口退税。',
    },
  },
  {
    slug: 'qianwan-digital-trade-park',
    name: { en: 'Qianwan Digital Trade Park', zh: '前湾数字贸易园' },
    country: 'CN',
    sectors: ['cross-border-trade', 'cloud-computing'],
    booths: ['E17'],
    summary: {
      en: 'A digital trade park in the Qianwan New Area offering cross-border data compliance checks and shared live-streaming and photo studios to 300 tenants.',
      zh: '位于前湾新区的数字贸易产业园，为300家入驻企业提供数据出境合规评估以及共享直播间和摄影棚。',
    },
  },
  {
    slug: 'yuanzhi-ip-services',
    name: { en: 'Yuanzhi IP Services', zh: '远知知识产权' },
    country: 'CN',
    sectors: ['cross-border-trade', 'big-data'],
    booths: ['E18'],
    summary: {
      en: 'Registers and watches design patents and trademarks for exporters in 40 countries, flagging copycat listings on overseas marketplaces.',
      zh: '为出口企业在40个国家登记和监测外观设计专利及商标，并识别海外电商平台上的仿冒链接。',
    },
  },
  {
    slug: 'harbourline-freight-tech',
    name: { en: 'Harbourline Freight Tech', zh: '港线货运科技' },
    country: 'GB',
    sectors: ['smart-port-logistics', 'cross-border-trade'],
    booths: ['E19'],
    summary: {
      en: 'A Southampton freight-tech firm whose brokerage software files UK import declarations for Chinese e-commerce shipments.',
      zh: '来自英国南安普敦的货运科技企业，其报关软件为中国跨境电商货物办理英国进口申报。',
    },
  },
  {
    slug: 'bingyuan-cold-chain',
    name: { en: 'Bingyuan Cold Chain', zh: '冰源冷链' },
    country: 'CN',
    sectors: ['smart-port-logistics', 'big-data'],
    booths: ['E20'],
    summary: {
      en: 'Tracks the temperature and location of imported seafood and fruit from ship to supermarket, with records customs officers can check at the port.',
      zh: '全程追踪进口海鲜和水果从船舶到超市的温度和位置，相关记录可供海关在口岸查验。',
    },
  },
  {
    slug: 'hongyun-supply-chain-services',
    name: { en: 'Hongyun Supply Chain Services', zh: '鸿运供应链服务' },
    country: 'CN',
    sectors: ['fintech', 'cross-border-trade'],
    booths: ['E21'],
    summary: {
      en: 'Handles import agency, payment and tax for small importers of Latin American and African goods, settling part of its orders in yuan.',
      zh: '为进口拉美和非洲商品的小型进口商提供代理进口、付汇和纳税服务，部分订单以人民币结算。',
    },
  },
  {
    slug: 'gangtong-port-community-platform',
    name: { en: 'Gangtong Port Community Platform', zh: '港通口岸物流平台' },
    country: 'CN',
    sectors: ['smart-port-logistics', 'cross-border-trade', 'big-data'],
    booths: ['E22'],
    summary: {
      en: 'A port community system linking shipping lines, terminals, customs and 20,000 trucking firms; the stand follows one container from a Yiwu order to a berth in Rotterdam.',
      zh: '连接船公司、码头、海关和2万家集卡车队的港口物流公共平台，展台完整呈现一只集装箱从义乌下单到抵达鹿特丹泊位的全过程。',
    },
  },
  {
    slug: 'yunzhan-online-expo',
    name: { en: 'Yunzhan Online Expo', zh: '云展在线展会' },
    country: 'CN',
    sectors: ['metaverse-xr', 'cross-border-trade'],
    booths: ['E23', 'E24'],
    summary: {
      en: 'Builds virtual trade-fair halls where overseas buyers walk through 3D booths, inspect product models and book video meetings with suppliers.',
      zh: '搭建虚拟展会，海外采购商可以逛三维展位、查看产品模型，并与供应商预约视频洽谈。',
    },
  },
  {
    slug: 'elbe-handelsdaten',
    name: { en: 'Elbe Handelsdaten GmbH', zh: '易北贸易数据有限公司' },
    country: 'DE',
    sectors: ['cross-border-trade', 'big-data'],
    booths: ['E25'],
    summary: {
      en: 'A Hamburg firm supplying import-duty and product-compliance data to European buyers sourcing in China.',
      zh: '来自汉堡，为在华采购的欧洲买家提供进口关税和产品合规数据。',
    },
  },
  {
    slug: 'jingxiang-overseas-marketing',
    name: { en: 'Jingxiang Overseas Marketing', zh: '镜像出海营销' },
    country: 'CN',
    sectors: ['e-commerce', 'artificial-intelligence'],
    booths: ['E26'],
    summary: {
      en: "Runs search and social-media advertising for 1,500 Zhejiang exporters, with AI that drafts each campaign in the buyer's language.",
      zh: '为1500家浙江出口企业提供搜索和社交媒体广告投放服务，由AI用目标市场的语言撰写广告文案。',
    },
  },
  {
    slug: 'baoshui-global-goods',
    name: { en: 'Baoshui Global Goods', zh: '保税全球购' },
    country: 'CN',
    sectors: ['e-commerce', 'smart-consumption', 'cross-border-trade'],
    booths: ['E27'],
    summary: {
      en: 'A bonded import store where visitors scan imported wine, milk powder and cosmetics and have them delivered home within two days, duties calculated at checkout.',
      zh: '保税进口商品体验店，观众扫码选购进口红酒、奶粉和化妆品，两天内送货上门，税费在结算时自动计算。',
    },
  },
]
