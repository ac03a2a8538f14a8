/** The plan's tools, their keys and what each draws. */
import type { EditorKey } from './i18n.ts'
import type { ToolId } from './store.ts'

export interface ToolDef {
  id: ToolId
  key: string
  label: EditorKey
  /** Tools that draw an outline corner by corner. */
  outline?: 'hall' | 'zones' | 'closed' | 'steps'
}

export const TOOLS: readonly ToolDef[] = [
  { id: 'select', key: 'v', label: 'editor.tool.select' },
  { id: 'hall', key: 'h', label: 'editor.tool.hall', outline: 'hall' },
  { id: 'zone', key: 'z', label: 'editor.tool.zone', outline: 'zones' },
  { id: 'booth', key: 'b', label: 'editor.tool.booth' },
  { id: 'poi', key: 'p', label: 'editor.tool.poi' },
  { id: 'kiosk', key: 'k', label: 'editor.tool.kiosk' },
  { id: 'closed', key: 'c', label: 'editor.tool.closed', outline: 'closed' },
  { id: 'steps', key: 's', label: 'editor.tool.steps', outline: 'steps' },
  { id: 'connector', key: 'e', label: 'editor.tool.connector' },
  { id: 'calibrate', key: 'l', label: 'editor.tool.calibrate' },
  { id: 'north', key: 'n', label: 'editor.tool.north' },
]
