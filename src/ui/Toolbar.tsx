import type { Lang } from '../domain/i18n/text.ts'
import { withExtraMessages } from '../state/extraMessages.ts'
import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'
import { SearchBox } from './find/SearchBox.tsx'
import { lazyTab } from './lazyTab.tsx'

// The live status arrives with the live feed's chunk; the toolbar never waits for it.
const LiveIndicator = lazyTab(withExtraMessages(async () => (await import('./live/LiveIndicator.tsx')).LiveIndicator))

export function Toolbar({ title }: { title: string }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const setLang = useVenueStore((s) => s.setLang)
  const home = useVenueStore((s) => s.home)
  const langButton = (value: Lang, label: string) => (
    <button type="button" className="lang-button" aria-pressed={lang === value} lang={value === 'zh' ? 'zh-CN' : 'en'} onClick={() => setLang(value)}>
      {label}
    </button>
  )
  return (
    <header className="toolbar">
      <h1 className="toolbar-title">{title}</h1>
      <SearchBox />
      <div className="toolbar-actions">
        <LiveIndicator />
        <button type="button" className="home-button" onClick={() => home()}>
          <span aria-hidden="true">⌂</span> {t('toolbar.home')}
        </button>
        <div role="group" aria-label={t('toolbar.language')} className="lang-switch">
          {langButton('en', t('toolbar.langEn'))}
          {langButton('zh', t('toolbar.langZh'))}
        </div>
      </div>
    </header>
  )
}
