/** A synthetic expo for the search benchmark: deterministic names, booths and queries. */
import { CURRENT_SCHEMA_VERSION, type Booth, type Exhibitor, type Scene, type Zone } from '../../src/domain/scene/schema.ts'
import { SINGLE_LEVEL_ID, singleLevel } from '../../src/domain/scene/singleLevel.ts'
import { readingsOf, type ReadText } from '../../src/domain/search/pinyin.ts'

/** Deterministic: the same venue and queries on every run, so runs compare. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = 'ka ve ron li to na mi so zen dar qu ix al bo ter ex sy lo ra vi cor tan mer hel pro ge nu fa'.split(' ')
const FIELDS: [string, string][] = [
  ['Robotics', '机器人'], ['Digital', '数字'], ['Cloud', '云计算'], ['Logistics', '物流'], ['Semiconductor', '半导体'],
  ['Vision', '视觉'], ['Energy', '能源'], ['Health', '医疗'], ['Mobility', '出行'], ['Data', '数据'],
  ['Security', '安全'], ['Sensors', '传感'], ['Fintech', '金融科技'], ['Networks', '网络'], ['Intelligence', '智能'],
]
const SUFFIX: [string, string][] = [['Co., Ltd.', '有限公司'], ['Group', '集团'], ['Technology', '科技'], ['Labs', '实验室'], ['Systems', '系统']]
const ZH_BRAND = '甬宁海天华中新金瑞博远恒达星辰云智联创鑫源盛泰安康明光宏德信诚'.split('')
const COUNTRIES = ['CN', 'CN', 'CN', 'CN', 'DE', 'US', 'JP', 'KR', 'SG', 'FR', 'GB', 'IT', 'NL', 'MY', 'TH', 'AE', 'BR', 'IN']
const SECTORS = FIELDS.map(([en, zh], i) => ({ id: `sector-${i}`, name: { en, zh } }))

export function generateScene(n: number, random: () => number): Scene {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const zones: Zone[] = Array.from({ length: 6 }, (_, i) => ({
    id: `zone-${i}`,
    levelId: SINGLE_LEVEL_ID,
    kind: 'pavilion',
    name: { en: `Pavilion ${i + 1}`, zh: `${i + 1}号馆` },
    summary: { en: 'Generated pavilion.', zh: '生成的展馆。' },
    footprint: [[i * 100, 0], [i * 100 + 100, 0], [i * 100 + 100, 100], [i * 100, 100]],
    height: 6,
    color: '#336699',
  }))
  const booths: Booth[] = []
  const exhibitors: Exhibitor[] = []
  for (let i = 0; i < n; i++) {
    const z = i % 6
    const label = `${String.fromCharCode(65 + z)}${Math.floor(i / 6) + 1}`
    const x = z * 100 + (i % 30) * 3
    const y = (Math.floor(i / 30) % 30) * 3
    booths.push({ id: `booth-${i}`, zoneId: `zone-${z}`, levelId: SINGLE_LEVEL_ID, label, footprint: [[x, y], [x + 3, y], [x + 3, y + 3], [x, y + 3]] })
    const brand = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('')
    const brandEn = brand[0]!.toUpperCase() + brand.slice(1)
    const field = pick(FIELDS)
    const suffix = pick(SUFFIX)
    const brandZh = Array.from({ length: 2 }, () => pick(ZH_BRAND)).join('')
    exhibitors.push({
      id: `exhibitor-${i}`,
      name: { en: `${brandEn} ${field[0]} ${suffix[0]}`, zh: `${brandZh}${field[1]}${suffix[1]}` },
      country: pick(COUNTRIES),
      sectors: [SECTORS.find((s) => s.name.en === field[0])!.id, pick(SECTORS).id],
      boothIds: [`booth-${i}`],
      summary: { en: `${field[0]} products and services for cities and factories.`, zh: `面向城市与工厂的${field[1]}产品与服务。` },
    })
  }
  return {
    venue: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: 'bench-70k',
      name: { en: 'Bench Expo', zh: '基准博览会' },
      timezone: 'Asia/Shanghai',
      dates: { start: '2023-10-13', end: '2023-10-15' },
      hall: { footprint: [[0, 0], [600, 0], [600, 100], [0, 100]], height: 12 },
      ...singleLevel([[0, 0], [600, 0], [600, 100], [0, 100]], 12),
      zones,
      booths,
      pois: [],
      kiosks: [],
    },
    sectors: SECTORS,
    exhibitors,
    sessions: [],
  }
}

/** What visitors type: every keystroke of a name, typos, labels, countries, Chinese fragments. */
/** With `read` (a pinyin converter), a tenth of the queries are pinyin: run together, spaced, or first letters. */
export function generateQueries(scene: Scene, count: number, random: () => number, read?: ReadText): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const out: string[] = []
  const keystrokes = (text: string): void => {
    for (let i = 1; i <= text.length && out.length < count; i++) out.push(text.slice(0, i))
  }
  const typo = (w: string): string => {
    const i = 1 + Math.floor(random() * (w.length - 2))
    return random() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
  }
  while (out.length < count) {
    const ex = pick(scene.exhibitors)
    const r = random()
    if (r < 0.35) keystrokes(ex.name.en.split(' ').slice(0, 2).join(' '))
    else if (r < 0.5) out.push(typo(ex.name.en.split(' ')[0]!.toLowerCase()), typo(pick(FIELDS)[0].toLowerCase()))
    else if (read && r < 0.6) {
      const syllables = readingsOf(ex.name.zh.slice(0, 4), read)
      const form = random()
      keystrokes(form < 0.4 ? syllables.join('') : form < 0.6 ? syllables.join(' ') : syllables.map((s) => s[0]).join(''))
    } else if (r < 0.65) keystrokes(ex.name.zh.slice(0, 4))
    else if (r < 0.75) keystrokes(scene.venue.booths[Math.floor(random() * scene.venue.booths.length)]!.label)
    else if (r < 0.85) out.push(pick(['Germany', 'japan', '德国', 'Singapore', 'korea']))
    else out.push(pick(FIELDS)[random() < 0.5 ? 0 : 1], `${pick(FIELDS)[0]} ${pick(SUFFIX)[0].split(' ')[0]}`)
  }
  return out.slice(0, count)
}
