import { useEffect, useState } from 'react'
import { markOnce, UI_READY_MARK } from '../state/perfMarks.ts'
import { useT } from '../state/selectors.ts'
import { withExtraMessages } from '../state/extraMessages.ts'
import { useVenueStore } from '../state/store.ts'
import { useFirstViewDrawn } from '../ui/useFirstViewDrawn.ts'
import { LiveRegion } from '../ui/LiveRegion.tsx'
import { onDemand } from '../ui/onDemand.tsx'
import { Sidebar } from '../ui/Sidebar.tsx'
import { Toolbar } from '../ui/Toolbar.tsx'
import { ViewControls } from '../ui/ViewControls.tsx'
import { AppErrorBoundary } from './AppErrorBoundary.tsx'
import { LoadingScreen } from './LoadingScreen.tsx'
import { SceneLoadError } from '../data/sceneLoadError.ts'

// Parts not needed for the first usable screen (or only in one mode) arrive in their own chunks,
// with the later parts' strings (src/state/extraMessages.ts) when they show any.
const EmbedListToggle = onDemand(withExtraMessages(async () => (await import('../ui/embed/EmbedListToggle.tsx')).EmbedListToggle))
const EmbedPoster = onDemand(withExtraMessages(async () => (await import('../ui/embed/EmbedPoster.tsx')).EmbedPoster))
const GestureHint = onDemand(withExtraMessages(async () => (await import('../ui/embed/GestureHint.tsx')).GestureHint))
const KioskLayer = onDemand(withExtraMessages(async () => (await import('../ui/kiosk/KioskLayer.tsx')).KioskLayer))
const KioskSidebar = onDemand(withExtraMessages(async () => (await import('../ui/kiosk/KioskLayer.tsx')).KioskSidebar))
const KioskRecovery = onDemand(async () => (await import('../ui/kiosk/KioskRecovery.tsx')).KioskRecovery)
const LiveOverlay = onDemand(withExtraMessages(async () => (await import('../ui/live/LiveOverlay.tsx')).LiveOverlay))
const Panel = onDemand(withExtraMessages(async () => (await import('../ui/panel/Panel.tsx')).Panel))
const TourCaption = onDemand(async () => (await import('../ui/tour/TourCaption.tsx')).TourCaption)
const WalkHint = onDemand(async () => (await import('../ui/tour/WalkHint.tsx')).WalkHint)
const SiteNotices = onDemand(withExtraMessages(async () => (await import('../ui/SiteNotices.tsx')).SiteNotices))
const UpdateNotice = onDemand(withExtraMessages(async () => (await import('../ui/UpdateNotice.tsx')).UpdateNotice))
// Fetched only if the device ever runs out of storage, with its strings (the later parts' table).
const StorageNotice = onDemand(withExtraMessages(async () => (await import('../ui/StorageNotice.tsx')).StorageNotice))
// The control room's screen (?mode=ops) and its charting library: never in a visitor's download.
const OpsScreen = onDemand(withExtraMessages(async () => (await import('./OpsScreen.tsx')).default))
const ErrorScreen = onDemand(async () => (await import('./ErrorScreen.tsx')).ErrorScreen)
// Only a venue with several levels shows (and fetches) the level switcher.
const LevelSwitcher = onDemand(withExtraMessages(async () => (await import('../ui/LevelSwitcher.tsx')).LevelSwitcher))
// A phone's first view (src/domain/device/startView.ts): a small chunk, fetched alongside the scene.
const PlanView = onDemand(async () => (await import('../ui/plan/PlanView.tsx')).PlanView)

// The 3D layer is its own chunk: panels, lists and search are usable before it arrives.
// Zone labels show live occupancy in words: the 3D view waits for those strings too.
const SceneHost = onDemand(
  withExtraMessages(async () => (await import('../scene/SceneHost.tsx')).default),
  Loading3d,
)

function Loading3d() {
  const t = useT()
  return <p className="viewport-loading">{t('app.loading3d')}</p>
}

/**
 * Fetch the first view's code (the 3D view, or a phone's plan) alongside the scene instead of after
 * it (main.tsx calls this at start). On a phone a link's card or route is part of the first view:
 * the panel's chunk (and the chunks it imports, asked for only once it runs) come with the plan's.
 */
export function preloadFirstView(display: 'plan' | '3d', card: boolean): void {
  for (const part of display === '3d' ? [SceneHost] : card ? [PlanView, Panel] : [PlanView])
    part.preload().catch(() => {
      // Reported by the part's error boundary when it renders and fetches afresh.
    })
}

export function App() {
  const status = useVenueStore((s) => s.loadStatus)
  const failure = useVenueStore((s) => s.failure)
  const lang = useVenueStore((s) => s.lang)
  const sceneId = useVenueStore((s) => s.sceneId)
  // Nobody stands at a kiosk to press "Try again": it apologises and restarts by itself.
  const kiosk = useVenueStore((s) => s.mode === 'kiosk')
  const ops = useVenueStore((s) => s.mode === 'ops')
  if (status === 'error' && failure)
    return kiosk ? <KioskRecovery message={'message' in failure ? failure.message : new SceneLoadError(failure).message} /> : <ErrorScreen failure={failure} lang={lang} sceneId={sceneId} />
  return (
    <AppErrorBoundary
      fallback={(e) => (kiosk ? <KioskRecovery message={e.message} /> : <ErrorScreen failure={{ kind: 'unexpected', message: e.message }} lang={lang} sceneId={sceneId} />)}
    >
      {ops ? status === 'ready' ? <OpsScreen /> : <LoadingScreen /> : <Explorer ready={status === 'ready'} />}
    </AppErrorBoundary>
  )
}

/**
 * The explorer's frame is there from the first paint: while the scene loads, the list's place
 * shows the progress and the 3D view already creates its renderer (the costly part of its
 * start), so the venue's first frame follows the data closely. The viewport keeps its place in
 * the tree from loading to ready: React keeps the canvas instead of building it twice.
 */
function Explorer({ ready }: { ready: boolean }) {
  const t = useT()
  const lang = useVenueStore((s) => s.lang)
  const mode = useVenueStore((s) => s.mode)
  const title = useVenueStore((s) => s.index?.scene.venue.name[lang] ?? '')
  const hasSelection = useVenueStore((s) => s.selection !== null || s.routeTo !== null)
  const storageFull = useVenueStore((s) => s.storageFull)
  // Embed mode only: the pavilion list hides behind a toggle (styles.css, embed section).
  const [listOpen, setListOpen] = useState(false)
  const viewDrawn = useFirstViewDrawn()
  // The list, search and panels are usable from here on, 3D or not (the benchmark reads this).
  useEffect(() => {
    if (ready) markOnce(UI_READY_MARK)
  }, [ready])
  return (
    <div className="app" data-mode={mode} lang={lang === 'zh' ? 'zh-CN' : 'en'} data-loading={ready ? undefined : 'true'}>
      {ready && (
        <a className="skip-link" href="#scene-mirror">
          {t('app.skipToList')}
        </a>
      )}
      {ready ? (
        <Toolbar title={title} />
      ) : (
        <header className="toolbar">
          <span className="toolbar-title">{t('app.title')}</span>
          {/* The search's place: on a phone it is a row of its own, reserved from the first paint. */}
          <div className="search" aria-hidden="true" />
        </header>
      )}
      <div className="workspace" data-panel={ready && hasSelection ? 'open' : 'closed'} data-list={listOpen ? 'open' : 'closed'}>
        {ready && mode === 'embed' && <EmbedListToggle open={listOpen} onToggle={setListOpen} />}
        {!ready ? (
          <div className="sidebar sidebar-loading">
            <LoadingScreen />
          </div>
        ) : mode === 'kiosk' ? (
          <KioskSidebar />
        ) : (
          <Sidebar />
        )}
        <Viewport ready={ready} viewDrawn={viewDrawn} />
        {ready && <Panel />}
      </div>
      {ready && <LiveRegion />}
      {ready && viewDrawn && <UpdateNotice />}
      {storageFull && <StorageNotice />}
      {ready && viewDrawn && <SiteNotices />}
      {ready && mode === 'kiosk' && <KioskLayer />}
    </div>
  )
}

function Viewport({ ready, viewDrawn }: { ready: boolean; viewDrawn: boolean }) {
  const t = useT()
  const webgl = useVenueStore((s) => s.webgl)
  const kiosk = useVenueStore((s) => s.mode === 'kiosk')
  const embed = useVenueStore((s) => s.mode === 'embed')
  // A phone starts with the plan; the 3D view mounts (and its code loads) when asked for.
  const plan = useVenueStore((s) => s.display === 'plan')
  const levels = useVenueStore((s) => s.index?.scene.venue.levels.length ?? 1)
  return (
    <section className="viewport" aria-label={t('app.title')} data-webgl={webgl} data-display={plan ? 'plan' : '3d'}>
      {plan && <PlanView />}
      {webgl !== 'unavailable' && !plan && (
        // A kiosk whose 3D view crashed restarts by itself; elsewhere the lists carry on without it.
        <AppErrorBoundary fallback={(e) => (kiosk ? <KioskRecovery message={e.message} /> : <p className="notice">{t('webgl.unavailable')}</p>)}>
          <SceneHost />
        </AppErrorBoundary>
      )}
      {webgl === 'lost' && (
        <p className="notice" role="status" data-testid="webgl-lost">
          {t('webgl.lost')}
        </p>
      )}
      {webgl === 'unavailable' && (
        <p className="notice" role="status" data-testid="webgl-unavailable">
          {t('webgl.unavailable')}
        </p>
      )}
      {ready && (
        <>
          <ViewControls />
          {levels > 1 && <LevelSwitcher />}
          {/* Not part of the first view: their code waits until it is drawn. */}
          {viewDrawn && (
            <>
              <TourCaption />
              <WalkHint />
              <LiveOverlay />
            </>
          )}
          <p className="controls-hint">{t('hint.controls')}</p>
          {embed && <EmbedPoster />}
          {embed && <GestureHint />}
        </>
      )}
    </section>
  )
}
