/** The editor's interface text, in the language the organizer chose. */
import { editorEn } from '../domain/i18n/messages/en/editor.ts'
import { editorZh } from '../domain/i18n/messages/zh/editor.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { useEditor } from './store.ts'

export type EditorKey = keyof typeof editorEn
const TABLES: Record<Lang, Record<EditorKey, string>> = { en: editorEn, zh: editorZh }

export function translate(lang: Lang, key: EditorKey, vars: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
}

export function useT(): (key: EditorKey, vars?: Record<string, string | number>) => string {
  const lang = useEditor((s) => s.lang)
  return (key, vars) => translate(lang, key, vars)
}

export const t = (key: EditorKey, vars?: Record<string, string | number>): string => translate(useEditor.getState().lang, key, vars)
