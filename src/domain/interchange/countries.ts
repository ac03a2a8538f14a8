/**
 * Country cells as organizers type them: an ISO 3166-1 alpha-2 code in any case, or the
 * country's name in English or Chinese (the names Intl.DisplayNames gives, plus the usual short
 * forms registration systems export).
 */
import { ISO_COUNTRY_CODES } from '../scene/countries.ts'

const ALIASES: Record<string, string> = {
  usa: 'US', 'united states of america': 'US', america: 'US', uk: 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB',
  korea: 'KR', 'republic of korea': 'KR', 'korea republic of': 'KR', russia: 'RU', 'russian federation': 'RU',
  'hong kong': 'HK', 'hong kong china': 'HK', macau: 'MO', macao: 'MO', 'macao china': 'MO', 'taiwan china': 'TW',
  'chinese taipei': 'TW', 'peoples republic of china': 'CN', prc: 'CN', 'mainland china': 'CN', 'czech republic': 'CZ',
  turkey: 'TR', 'viet nam': 'VN', uae: 'AE', 'the netherlands': 'NL', holland: 'NL', iran: 'IR', laos: 'LA', syria: 'SY',
  中华人民共和国: 'CN', 中国大陆: 'CN', 中国内地: 'CN', 香港: 'HK', 中国香港: 'HK', 澳门: 'MO', 中国澳门: 'MO', 中国台湾: 'TW',
  台湾: 'TW', 英国: 'GB', 美国: 'US', 韩国: 'KR', 南韩: 'KR', 朝鲜: 'KP', 俄罗斯: 'RU', 阿联酋: 'AE', 捷克: 'CZ',
}

let table: Map<string, string> | null = null

function key(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,'’()（）]/g, '')
    .replace(/[\s\-_]+/g, ' ')
    .trim()
}

function names(): Map<string, string> {
  if (table) return table
  table = new Map()
  for (const locale of ['en', 'zh']) {
    let dn: Intl.DisplayNames | null = null
    try {
      dn = new Intl.DisplayNames([locale], { type: 'region' })
    } catch {
      // A runtime without region names: codes and the alias list still work.
    }
    if (!dn) continue
    for (const code of ISO_COUNTRY_CODES) {
      const name = dn.of(code)
      if (name && name !== code) table.set(key(name), code)
    }
  }
  for (const [name, code] of Object.entries(ALIASES)) table.set(key(name), code)
  return table
}

/** The ISO code for a cell, or null when it names no country this list knows. */
export function resolveCountry(cell: string): string | null {
  const t = cell.trim()
  if (/^[A-Za-z]{2}$/.test(t)) return ISO_COUNTRY_CODES.has(t.toUpperCase()) ? t.toUpperCase() : null
  return names().get(key(t)) ?? null
}
