import { translate } from '../domain/i18n/messages.ts'
import { selectionName } from '../state/selectors.ts'
import type { VenueStore } from '../state/store.ts'
import type { Stop } from './types.ts'

/** Tells screen readers about selection changes, and keeps <html lang> and the title in step. */
export function startAnnouncer(store: VenueStore): Stop {
  const apply = (): void => {
    const { lang, index } = store.getState()
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    if (index) document.title = `${index.scene.venue.name[lang]} · ${translate(lang, 'app.title')}`
  }
  apply()
  const offLang = store.subscribe((s) => s.lang, apply)
  const offScene = store.subscribe((s) => s.index, apply)
  const offSel = store.subscribe(
    (s) => s.selection,
    (selection) => {
      const { index, lang, announce } = store.getState()
      const name = selectionName(index, selection, lang)
      announce(selection && name ? translate(lang, 'announce.selected', { name }) : translate(lang, 'announce.cleared'))
    },
  )
  return () => {
    offLang()
    offScene()
    offSel()
  }
}
