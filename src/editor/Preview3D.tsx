/**
 * The 3D preview: the explorer's own view, fed the editor's current document — what visitors will
 * see, before anything is published.
 */
import { lazy, Suspense, useEffect } from 'react'
import type { Scene } from '../domain/scene/schema.ts'
import { useVenueStore } from '../state/store.ts'
import { currentLevelId, useEditor } from './store.ts'
import { useT } from './i18n.ts'

// The same dynamic import as the explorer's: one SceneHost chunk for both pages.
const SceneHost = lazy(() => import('../scene/SceneHost.tsx'))

export default function Preview3D() {
  const t = useT()
  const doc = useEditor((s) => s.history.doc)
  const usable = useEditor((s) => s.validatedRevision === s.history.revision && !s.problems.some((p) => p.rule.startsWith('schema')))
  useEffect(() => {
    if (!usable) return
    useVenueStore.getState().sceneLoaded(doc as Scene)
    // The preview shows the level being edited.
    const level = currentLevelId()
    if (level) useVenueStore.getState().setLevel(level)
  }, [doc, usable])
  if (!usable) return <p className="muted preview-unavailable">{t('editor.preview3d.unavailable')}</p>
  return (
    <div className="preview3d" aria-label={t('editor.preview3d')}>
      <Suspense fallback={null}>
        <SceneHost />
      </Suspense>
    </div>
  )
}
