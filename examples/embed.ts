/**
 * The example host page's script: what an event website writes to show the twin and talk to
 * it. It loads the SDK the way a host does — from the twin's own address — and treats the
 * exhibitor data as untrusted text.
 */
import type * as Sdk from '../src/sdk/index.ts'

type Lang = Sdk.Lang
type Text = { en: string; zh: string }
interface Exhibitor {
  id: string
  name: Text
  boothIds: string[]
}

const TWIN_URL = new URL('/', location.href)
const SCENE = 'wdec-2023'

const STRINGS: Record<Lang, Record<'title' | 'exhibitors' | 'map' | 'filter' | 'loading' | 'selected' | 'nothing' | 'failed' | 'language', string>> = {
  en: {
    title: 'WDEC 2023 · Exhibitors and hall map',
    exhibitors: 'Exhibitors',
    map: 'Hall map',
    filter: 'Filter exhibitors',
    loading: 'Loading the hall map…',
    selected: 'Selected in the map: ',
    nothing: 'Nothing selected in the map. Pick an exhibitor, or click a booth in the map.',
    failed: 'The hall map could not be shown: ',
    language: 'Language',
  },
  zh: {
    title: '2023 世界数字经济大会 · 展商与展馆地图',
    exhibitors: '展商',
    map: '展馆地图',
    filter: '筛选展商',
    loading: '正在加载展馆地图…',
    selected: '地图中已选择：',
    nothing: '地图中未选择任何内容。请选择展商，或在地图中点击展位。',
    failed: '无法显示展馆地图：',
    language: '语言',
  },
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T
const list = $<HTMLUListElement>('list')
const status = $<HTMLParagraphElement>('status')
const filter = $<HTMLInputElement>('filter')

let lang: Lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en'
let exhibitors: Exhibitor[] = []
const boothLabels = new Map<string, string>()
const names = new Map<string, Text>()
let current: Sdk.Selection | null = null
let twin: Sdk.EmbeddedTwin | null = null

const isText = (v: unknown): v is Text => !!v && typeof (v as Text).en === 'string' && typeof (v as Text).zh === 'string'

async function loadData(): Promise<void> {
  const [ex, venue] = await Promise.all(
    ['exhibitors.json', 'venue.json'].map((f) => fetch(new URL(`scenes/${SCENE}/${f}`, TWIN_URL)).then((r) => r.json() as Promise<Record<string, unknown>>)),
  )
  const rawExhibitors = Array.isArray(ex?.exhibitors) ? (ex.exhibitors as unknown[]) : []
  exhibitors = rawExhibitors.filter(
    (e): e is Exhibitor => !!e && typeof (e as Exhibitor).id === 'string' && isText((e as Exhibitor).name) && Array.isArray((e as Exhibitor).boothIds),
  )
  for (const e of exhibitors) names.set(`exhibitor:${e.id}`, e.name)
  for (const z of Array.isArray(venue?.zones) ? (venue.zones as { id?: unknown; name?: unknown }[]) : [])
    if (typeof z.id === 'string' && isText(z.name)) names.set(`zone:${z.id}`, z.name)
  for (const b of Array.isArray(venue?.booths) ? (venue.booths as { id?: unknown; label?: unknown }[]) : [])
    if (typeof b.id === 'string' && typeof b.label === 'string') boothLabels.set(b.id, b.label)
}

function nameOf(s: Sdk.Selection): string {
  if (s.kind === 'booth') return boothLabels.get(s.id) ?? s.id
  return names.get(`${s.kind}:${s.id}`)?.[lang] ?? s.id
}

function renderList(): void {
  const q = filter.value.trim().toLowerCase()
  const items = exhibitors
    .filter((e) => !q || e.name.en.toLowerCase().includes(q) || e.name.zh.includes(q))
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang === 'zh' ? 'zh-CN' : 'en'))
  list.replaceChildren(
    ...items.map((e) => {
      const li = document.createElement('li')
      const button = document.createElement('button')
      button.type = 'button'
      button.dataset.exhibitor = e.id
      button.textContent = e.name[lang]
      const booth = document.createElement('span')
      booth.className = 'booth'
      booth.textContent = e.boothIds.map((b) => boothLabels.get(b) ?? b).join(', ')
      button.append(booth)
      if (current?.kind === 'exhibitor' && current.id === e.id) button.setAttribute('aria-current', 'true')
      button.addEventListener('click', () => {
        twin?.select({ kind: 'exhibitor', id: e.id }).catch((err: Error) => showError(err.message))
      })
      li.append(button)
      return li
    }),
  )
}

function renderStatus(): void {
  status.replaceChildren()
  status.classList.remove('error')
  if (!twin) {
    status.textContent = STRINGS[lang].loading
    return
  }
  if (!current) {
    status.textContent = STRINGS[lang].nothing
    return
  }
  const strong = document.createElement('strong')
  strong.dataset.selection = `${current.kind}:${current.id}`
  strong.textContent = nameOf(current)
  status.append(STRINGS[lang].selected, strong)
}

function showError(message: string): void {
  status.textContent = `${STRINGS[lang].failed}${message}`
  status.classList.add('error')
}

function applyLang(): void {
  const s = STRINGS[lang]
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  $('title').textContent = s.title
  $('list-title').textContent = s.exhibitors
  $('map-title').textContent = s.map
  filter.placeholder = s.filter
  document.querySelector('.langs')?.setAttribute('aria-label', s.language)
  for (const b of document.querySelectorAll<HTMLButtonElement>('.langs button')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang))
  renderList()
  renderStatus()
}

for (const b of document.querySelectorAll<HTMLButtonElement>('.langs button')) {
  b.addEventListener('click', () => {
    lang = b.dataset.lang === 'zh' ? 'zh' : 'en'
    applyLang()
    twin?.setLanguage(lang).catch((err: Error) => showError(err.message))
  })
}
filter.addEventListener('input', renderList)

applyLang()
try {
  await loadData()
  applyLang()
  const { VenueTwin } = (await import(/* @vite-ignore */ new URL('sdk/venue-twin-embed.js', TWIN_URL).href)) as typeof Sdk
  twin = await VenueTwin.embed($('twin'), { src: TWIN_URL.href, scene: SCENE, lang })
  current = twin.info.selection
  twin.on('selectionChange', ({ selection }) => {
    current = selection
    renderList()
    renderStatus()
  })
  twin.on('error', ({ message }) => showError(message))
  renderStatus()
} catch (e) {
  showError(e instanceof Error ? e.message : String(e))
}
