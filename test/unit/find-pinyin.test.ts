import { describe, expect, it } from 'vitest'
import { readPinyin } from '../../src/data/pinyinReader.ts'
import { chineseCandidates } from '../../src/domain/search/engine.ts'
import { buildPinyinIndex, keptChars, mixedMatch, pinyinHits, readingsOf } from '../../src/domain/search/pinyin.ts'
import { buildSearchIndex, search } from '../../src/domain/search/searchIndex.ts'
import type { SearchResults } from '../../src/domain/search/types.ts'
import { parseScene } from '../../src/domain/scene/parseScene.ts'
import { buildSceneIndex } from '../../src/domain/scene/sceneIndex.ts'
import { loadDefaultScene } from '../e2e/sceneData.ts'
import { smallScene, toRaw, type SmallScene } from '../fixtures/smallScene.ts'

const scene = loadDefaultScene()
const idx = buildSearchIndex(scene, readPinyin)
const zhNames = (r: SearchResults): string[] => r.matches.map((m) => m.title.zh)
const find = (q: string): SearchResults => search(idx, q, { lang: 'zh', limit: 50 })
const ningboAi = scene.scene.exhibitors.find((e) => e.name.en.startsWith('Ningbo Artificial Intelligence Supercomputing') || e.name.en.startsWith('Ningbo AI Supercomputing'))!
const comprehensive = '数字经济综合馆'

function fixtureIndex(edit: (s: SmallScene) => void) {
  const s = smallScene()
  edit(s)
  const parsed = parseScene(toRaw(s))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return { idx: buildSearchIndex(buildSceneIndex(parsed.scene), readPinyin) }
}

describe('pinyin readings', () => {
  it('reads polyphones by their word: 重庆 chongqing, 银行 yinhang, 行走 xingzou', () => {
    expect(readingsOf('重庆银行', readPinyin)).toEqual(['chong', 'qing', 'yin', 'hang'])
    expect(readingsOf('行走', readPinyin)).toEqual(['xing', 'zou'])
    expect(readingsOf('重要', readPinyin)).toEqual(['zhong', 'yao'])
  })

  it('skips punctuation and keeps letters and digits as themselves', () => {
    expect(readingsOf('“一带一路”AI 5G', readPinyin)).toEqual(['yi', 'dai', 'yi', 'lu', 'a', 'i', '5', 'g'])
    expect(keptChars('“一带一路”AI 5G')).toEqual(['一', '带', '一', '路', 'A', 'I', '5', 'G'])
  })

  it('finds polyphones the way they are read in the name, not the other reading', () => {
    const index = buildPinyinIndex(['重庆银行', '行走机器人'], readPinyin)
    expect(pinyinHits(index, 'chongqing', 10).map((h) => h.item)).toEqual([0])
    expect(pinyinHits(index, 'yinhang', 10).map((h) => h.item)).toEqual([0])
    expect(pinyinHits(index, 'yinxing', 10)).toEqual([])
    expect(pinyinHits(index, 'xingzou', 10).map((h) => h.item)).toEqual([1])
    expect(pinyinHits(index, 'cqyh', 10).map((h) => [h.item, h.start, h.end])).toEqual([[0, 0, 4]])
  })
})

describe('pinyin search over the default scene', () => {
  it('has the Ningbo AI Supercomputing Center and the pavilions to look for', () => {
    expect(ningboAi?.name.zh).toContain('宁波')
    expect(scene.scene.venue.zones.some((z) => z.name.zh === comprehensive)).toBe(true)
  })

  it.each(['shuzijingji', 'shuzi jingji', 'shù zì jīng jì', 'shu4zi4jing1ji4', 'szjj', 'SZJJ', '数字jj', '数字jingji', 'shuzi经济'])('"%s" finds the 数字经济 names', (q) => {
    const r = find(q)
    expect(zhNames(r)).toContain(comprehensive)
    expect(r.groups.find((g) => g.kind === 'zone')?.hits[0]?.entry.title.zh).toBe(comprehensive)
    // Sessions are listed too, those starting with 数字经济 first.
    expect(r.groups.find((g) => g.kind === 'session')?.hits[0]?.entry.title.zh).toMatch(/^数字经济|数字经济/)
  })

  it('finds 宁波 names by full pinyin, by its prefix while typing, and mixed with English', () => {
    for (const q of ['ningbo', 'ningb', 'ning bo', 'nb', 'ningbo ai']) expect(zhNames(find(q)), q).toContain(ningboAi.name.zh)
  })

  it('finds a name by pinyin inside it, not only at its start', () => {
    const inside = scene.scene.sessions.filter((s) => s.title.zh.indexOf('宁波') > 0)
    expect(inside.length, 'session titles with 宁波 inside them').toBeGreaterThan(0)
    for (const s of inside) expect(zhNames(find('ningbo'))).toContain(s.title.zh)
  })

  it('does not let syllables run across a character: "ngbo" is not 宁波', () => {
    expect(zhNames(find('ngbo')).filter((n) => n.includes('宁波'))).toEqual([])
  })

  it('ranks exact and prefix matches on the written name above pinyin matches', () => {
    const r = find('ningbo')
    for (const g of r.groups) for (let i = 1; i < g.hits.length; i++) expect(g.hits[i]!.tier).toBeGreaterThanOrEqual(g.hits[i - 1]!.tier)
    const exhibitors = r.groups.find((g) => g.kind === 'exhibitor')!.hits
    // "Ningbo …" in English starts the name: a prefix match, before any pinyin-only match.
    expect(exhibitors[0]!.entry.id).toBe(ningboAi.id)
    expect(exhibitors[0]!.tier).toBe(1)
    const sessions = r.groups.find((g) => g.kind === 'session')!.hits
    const pinyinOnly = sessions.findIndex((h) => !h.entry.names.some((n) => n.includes('ningbo')))
    const written = sessions.map((h) => h.entry.names.some((n) => n.startsWith('ningbo'))).lastIndexOf(true)
    if (pinyinOnly >= 0 && written >= 0) expect(written).toBeLessThan(pinyinOnly)
  })

  it('ranks an exact English name above a name whose pinyin initials spell the query', () => {
    const { idx: small } = fixtureIndex((s) => {
      s.exhibitors.exhibitors.push(
        { id: 'cnc-cloud', name: { en: 'CNC Cloud', zh: '数控云' }, country: 'CN', sectors: [], boothIds: ['booth-a03'], summary: { en: 'Machining capacity.', zh: '加工产能。' } },
        { id: 'sky', name: { en: 'Sky', zh: '天际' }, country: 'SG', sectors: [], boothIds: ['booth-b01'], summary: { en: 'Drones.', zh: '无人机。' } },
      )
    })
    const hits = search(small, 'sky', { lang: 'en' }).groups.find((g) => g.kind === 'exhibitor')!.hits
    expect(hits.map((h) => h.entry.id)).toEqual(['sky', 'cnc-cloud'])
    expect(hits.map((h) => h.tier)).toEqual([0, 3])
  })

  it('keeps English typo tolerance', () => {
    const r = find('robtics')
    expect(r.matches.some((m) => /robotics/i.test(m.title.en))).toBe(true)
  })

  it('offers the Chinese words pinyin spells, most common first, then whole names', () => {
    const words = chineseCandidates(idx, 'ningbo')
    expect(words[0]).toBe('宁波')
    expect(words).toContain(ningboAi.name.zh)
    expect(chineseCandidates(idx, 'szjj')).toContain('数字经济')
    expect(chineseCandidates(idx, 'n')).toEqual([])
  })
})

describe('mixed characters and pinyin', () => {
  it('matches each character by itself, its syllable or the start of it, in order', () => {
    const chars = keptChars('数字经济综合馆')
    const syl = ['shu', 'zi', 'jing', 'ji', 'zong', 'he', 'guan']
    expect(mixedMatch(chars, syl, '数字jj')).toEqual([0, 4])
    expect(mixedMatch(chars, syl, '经济zhg')).toEqual([2, 7])
    expect(mixedMatch(chars, syl, '数字gj')).toBeNull()
  })
})
