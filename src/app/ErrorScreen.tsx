import type { SceneIssue } from '../domain/scene/issues.ts'
import { failureText, type FailureKey } from '../domain/i18n/messages/failure.ts'
import type { Lang } from '../domain/i18n/text.ts'
import type { SceneSlice } from '../state/slices/sceneSlice.ts'

const MAX_ROWS = 50

/**
 * Never a blank canvas: what went wrong, where, and a way out. Its strings come with it (both
 * languages), so it speaks even when the language's table is what failed to load.
 */
export function ErrorScreen({ failure, lang, sceneId }: { failure: NonNullable<SceneSlice['failure']>; lang: Lang; sceneId: string }) {
  const t = (k: FailureKey, v?: Record<string, string | number>) => failureText(lang, k, v)
  let message: string
  let issues: SceneIssue[] = []
  switch (failure.kind) {
    case 'missing':
      message = t('error.sceneMissing', { scene: failure.sceneId })
      break
    case 'network':
      message = t('error.network', { message: `${failure.file}: ${failure.message}` })
      break
    case 'messages':
      message = t('error.messages', { message: failure.message })
      break
    case 'timeout':
      message = t('error.timeout', { seconds: failure.seconds })
      break
    case 'invalid':
      message = t('error.sceneInvalid', { scene: failure.sceneId, count: failure.issues.length })
      issues = failure.issues
      break
    default:
      message = t('error.unexpected', { message: failure.message })
  }
  const defaultHref = `${location.pathname}?lang=${lang}`
  return (
    <main className="error-screen" role="alert" aria-labelledby="error-title" data-testid="error-screen">
      <h1 id="error-title">{t('error.title')}</h1>
      <p className="error-message">{message}</p>
      {issues.length > 0 && (
        <table className="error-issues">
          <thead>
            <tr>
              <th scope="col">{t('error.colFile')}</th>
              <th scope="col">{t('error.colPath')}</th>
              <th scope="col">{t('error.colRule')}</th>
              <th scope="col">{t('error.colMessage')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, MAX_ROWS).map((i, n) => (
              <tr key={n}>
                <td>{i.file}</td>
                <td>
                  <code>{i.path}</code>
                </td>
                <td>
                  <code>{i.rule}</code>
                </td>
                <td>
                  {i.message}
                  {i.value !== undefined && <code className="error-value"> {JSON.stringify(i.value)}</code>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="error-actions">
        <button type="button" onClick={() => location.reload()}>
          {t('error.retry')}
        </button>
        {sceneId !== 'wdec-2023' && <a href={defaultHref}>{t('error.openDefault')}</a>}
      </p>
    </main>
  )
}
