import { deepLinkUrl, type DeepLinkTarget } from '../../domain/url/deepLink.ts'
import { useT } from '../../state/selectors.ts'
import { useVenueStore } from '../../state/store.ts'
import { QrCode } from './QrCode.tsx'

/** The explorer's absolute address (no query): what a phone opens. */
export function appUrl(): string {
  return `${location.origin}${location.pathname}`
}

/**
 * Hand-off to the phone: a QR code of `href` (or of the deep link to `target`). Shown only in
 * kiosk mode — elsewhere the visitor already holds the page.
 */
export function DeepLinkQr({ href, target, label }: { href?: string; target?: DeepLinkTarget; label?: string }) {
  const t = useT()
  const mode = useVenueStore((s) => s.mode)
  const lang = useVenueStore((s) => s.lang)
  const scene = useVenueStore((s) => s.sceneId)
  if (mode !== 'kiosk') return null
  const value = href ?? (target ? deepLinkUrl(appUrl(), scene, lang, target) : null)
  if (!value) return null
  return (
    <div className="handoff">
      <QrCode value={value} label={label ?? (target?.kind === 'route' ? t('kiosk.qr.route') : t('kiosk.qr.deepLink'))} testId="deep-link-qr" />
    </div>
  )
}
