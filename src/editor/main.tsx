/**
 * The venue editor's entry (edit.html): a page of its own, so a visitor never downloads editor
 * code. The editor's code is one lazy chunk; this file only mounts it.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './editor.css'

const root = document.getElementById('root')
if (!root) throw new Error('edit.html lacks #root')

void import('./start.tsx').then(({ start }) => {
  createRoot(root).render(<StrictMode>{start()}</StrictMode>)
})
