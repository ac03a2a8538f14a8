/** Starts the editor: its API, shortcuts, validation worker and autosave, then its screen. */
import type { ReactNode } from 'react'
import { installEditorApi } from './api.ts'
import { startAutosave } from './autosave.ts'
import { EditorApp } from './EditorApp.tsx'
import { t } from './i18n.ts'
import { startShortcuts } from './shortcuts.ts'
import { useEditor } from './store.ts'
import { startValidation } from './validation.ts'

export function start(): ReactNode {
  const lang = new URLSearchParams(location.search).get('lang')
  if (lang === 'zh' || (!lang && navigator.language.toLowerCase().startsWith('zh'))) useEditor.getState().set({ lang: 'zh' })
  startValidation()
  startShortcuts()
  const autosave = startAutosave((e) =>
    useEditor.getState().set({ status: { text: t('editor.error.autosave', { message: e instanceof Error ? e.message : String(e) }), kind: 'error' } }),
  )
  installEditorApi(autosave.flush)
  window.addEventListener('pagehide', () => void autosave.flush())
  return <EditorApp />
}
