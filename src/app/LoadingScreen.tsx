import { useT } from '../state/selectors.ts'
import { useVenueStore } from '../state/store.ts'

export function LoadingScreen() {
  const t = useT()
  const progress = useVenueStore((s) => s.loadProgress)
  const file = useVenueStore((s) => s.loadingFile)
  return (
    <main className="loading-screen" aria-busy="true">
      <h1>{t('app.title')}</h1>
      <label htmlFor="load-progress">{file ? t('app.loadingFile', { file }) : t('app.loading')}</label>
      <progress id="load-progress" max={1} value={progress} />
    </main>
  )
}
