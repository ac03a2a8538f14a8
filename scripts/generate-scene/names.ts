/**
 * Tables for fictional, bilingual names: companies from syllables and field words, speakers
 * from common surnames and given names. Nothing here names a real company.
 */
import type { LocalizedText } from '../../src/domain/i18n/text.ts'
import type { Random } from './random.ts'

export interface SectorDef {
  id: string
  name: LocalizedText
  /** The word a company in this field puts in its name. */
  word: LocalizedText
  color: string
}

export const SECTORS: readonly SectorDef[] = [
  { id: 'robotics', name: { en: 'Robotics', zh: '机器人' }, word: { en: 'Robotics', zh: '机器人' }, color: '#0072B2' },
  { id: 'semiconductors', name: { en: 'Semiconductors', zh: '半导体' }, word: { en: 'Microelectronics', zh: '微电子' }, color: '#009E73' },
  { id: 'smart-home', name: { en: 'Smart Home', zh: '智能家居' }, word: { en: 'Home', zh: '家居' }, color: '#56B4E9' },
  { id: 'new-energy', name: { en: 'New Energy', zh: '新能源' }, word: { en: 'Energy', zh: '能源' }, color: '#3E8E41' },
  { id: 'textiles', name: { en: 'Textiles and Apparel', zh: '纺织服装' }, word: { en: 'Textiles', zh: '纺织' }, color: '#A05195' },
  { id: 'machinery', name: { en: 'Machinery', zh: '机械设备' }, word: { en: 'Machinery', zh: '机械' }, color: '#4A6FA5' },
  { id: 'auto-parts', name: { en: 'Auto Parts', zh: '汽车配件' }, word: { en: 'Auto Parts', zh: '汽配' }, color: '#D55E00' },
  { id: 'medical-devices', name: { en: 'Medical Devices', zh: '医疗器械' }, word: { en: 'Medical', zh: '医疗' }, color: '#2A9D8F' },
  { id: 'consumer-electronics', name: { en: 'Consumer Electronics', zh: '消费电子' }, word: { en: 'Electronics', zh: '电子' }, color: '#5C6BC0' },
  { id: 'building-materials', name: { en: 'Building Materials', zh: '建材' }, word: { en: 'Materials', zh: '建材' }, color: '#8D6E63' },
  { id: 'food-beverage', name: { en: 'Food and Beverage', zh: '食品饮料' }, word: { en: 'Foods', zh: '食品' }, color: '#C49A00' },
  { id: 'logistics', name: { en: 'Logistics', zh: '物流' }, word: { en: 'Logistics', zh: '物流' }, color: '#607D8B' },
  { id: 'cloud-software', name: { en: 'Cloud and Software', zh: '云与软件' }, word: { en: 'Software', zh: '软件' }, color: '#1E88E5' },
  { id: 'lighting', name: { en: 'Lighting', zh: '照明' }, word: { en: 'Lighting', zh: '照明' }, color: '#B8860B' },
  { id: 'toys-gifts', name: { en: 'Toys and Gifts', zh: '玩具礼品' }, word: { en: 'Toys', zh: '玩具' }, color: '#C2185B' },
  { id: 'furniture', name: { en: 'Furniture', zh: '家具' }, word: { en: 'Furniture', zh: '家具' }, color: '#795548' },
]

export const TRADE_ZONE_COLOR = '#E69F00'
export const STAGE_COLOR = '#CC79A7'

const EN_SYLLABLES = 'ka ve ron li to na mi so zen dar qu ix al bo ter ex sy lo ra vi cor tan mer hel pro ge nu fa sol by lin mo'.split(' ')
const ZH_BRAND = '甬宁海天华中新金瑞博远恒达星辰云智联创鑫源盛泰安康明光宏德信诚卓越嘉和永兴'.split('')
const SUFFIXES: readonly LocalizedText[] = [
  { en: 'Co., Ltd.', zh: '有限公司' },
  { en: 'Group', zh: '集团' },
  { en: 'Technology', zh: '科技' },
  { en: 'Industries', zh: '实业' },
  { en: 'Trading', zh: '贸易' },
]

/** Mostly Chinese exhibitors in pavilions; an international mix in the trade zones. */
export const HOME_COUNTRY = 'CN'
export const FOREIGN_COUNTRIES = ['DE', 'US', 'JP', 'KR', 'SG', 'FR', 'GB', 'IT', 'NL', 'MY', 'TH', 'AE', 'BR', 'IN', 'VN', 'ID', 'TR', 'ES', 'PL', 'MX', 'ZA', 'EG', 'KZ', 'PK'] as const

export function companyName(random: Random, sector: SectorDef): LocalizedText {
  const syllables = 2 + random.int(2)
  let brand = ''
  for (let i = 0; i < syllables; i++) brand += random.pick(EN_SYLLABLES)
  const brandEn = brand[0]!.toUpperCase() + brand.slice(1)
  const brandZh = random.pick(ZH_BRAND) + random.pick(ZH_BRAND)
  const suffix = random.pick(SUFFIXES)
  return { en: `${brandEn} ${sector.word.en} ${suffix.en}`, zh: `${brandZh}${sector.word.zh}${suffix.zh}` }
}

const SURNAMES: readonly LocalizedText[] = [
  { en: 'Wang', zh: '王' }, { en: 'Li', zh: '李' }, { en: 'Zhang', zh: '张' }, { en: 'Liu', zh: '刘' }, { en: 'Chen', zh: '陈' },
  { en: 'Yang', zh: '杨' }, { en: 'Zhao', zh: '赵' }, { en: 'Huang', zh: '黄' }, { en: 'Zhou', zh: '周' }, { en: 'Wu', zh: '吴' },
  { en: 'Xu', zh: '徐' }, { en: 'Sun', zh: '孙' }, { en: 'Ma', zh: '马' }, { en: 'Zhu', zh: '朱' }, { en: 'Hu', zh: '胡' },
]
const GIVEN: readonly LocalizedText[] = [
  { en: 'Wei', zh: '伟' }, { en: 'Fang', zh: '芳' }, { en: 'Min', zh: '敏' }, { en: 'Jing', zh: '静' }, { en: 'Lei', zh: '磊' },
  { en: 'Yan', zh: '燕' }, { en: 'Jun', zh: '军' }, { en: 'Hui', zh: '慧' }, { en: 'Tao', zh: '涛' }, { en: 'Ning', zh: '宁' },
  { en: 'Hao', zh: '浩' }, { en: 'Xin', zh: '欣' }, { en: 'Bo', zh: '博' }, { en: 'Yu', zh: '宇' }, { en: 'Qing', zh: '青' },
]

export function personName(random: Random): LocalizedText {
  const s = random.pick(SURNAMES)
  const g1 = random.pick(GIVEN)
  const g2 = random.chance(0.5) ? random.pick(GIVEN) : null
  const givenEn = g2 ? `${g1.en}${g2.en.toLowerCase()}` : g1.en
  return { en: `${s.en} ${givenEn}`, zh: `${s.zh}${g1.zh}${g2?.zh ?? ''}` }
}

/** Lower-case kebab-case slug of an English name, for ids and example websites. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
