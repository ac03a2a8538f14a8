/**
 * The 3D view: one persistent <Canvas> for the app's lifetime, drawn on demand only. Loaded as
 * its own chunk so the lists, panels and search work before (or without) three.js.
 */
import { PerspectiveCamera } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three'
import { Component, lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { withModelVolumes, type ModelVolume } from '../domain/picking/modelVolumes.ts'
import { lazyPickIndex } from '../domain/picking/lazyPickIndex.ts'
import { buildPickIndex } from '../domain/picking/pickIndex.ts'
import { centroid } from '../domain/geometry/measure.ts'
import type { Polygon } from '../domain/geometry/types.ts'
import type { Lang } from '../domain/i18n/text.ts'
import { hallBox } from '../domain/camera/framing.ts'
import { buildingMassing, buildingOfLevel } from '../domain/scene/buildings.ts'
import { floorIndex, nearbyFloors } from '../domain/scene/floors.ts'
import { defaultLevelId, floorKey, levelById } from '../domain/scene/levels.ts'
import { stackBox, stackOf } from '../domain/scene/stack.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { zonesInSession } from '../domain/schedule/zonesInSession.ts'
import { STALE_COLOR } from '../domain/live/levels.ts'
import { zoneTints } from '../domain/live/views.ts'
import { THEMES, themeFor, type ThemeTokens } from '../domain/theme/themes.ts'
import { selectZoneViews } from '../state/liveSelectors.ts'
import { focusZoneId, selectedBoothIds } from '../state/selectors.ts'
import { CODE_3D_MARK, markOnce } from '../state/perfMarks.ts'
import { isStacked } from '../state/stackedView.ts'
import { useVenueStore } from '../state/store.ts'
import { AdaptiveResolution, dprFor, RESOLUTION_STEPS } from './AdaptiveResolution.tsx'
import { DEFAULT_BOOTH_HEIGHT } from './Booths.tsx'
import { BuildingMassing, showBuilding } from './BuildingMassing.tsx'
import { CameraRig } from './CameraRig.tsx'
import { WalkController } from './WalkController.tsx'
import { ContextLossWatcher } from './ContextLossWatcher.tsx'
import { Highlights } from './Highlights.tsx'
import { Labels, type PlaceLabel } from './Labels.tsx'
import { Tooltip } from './Tooltip.tsx'
import { usePointerPicking } from './usePointerPicking.ts'
import { useReducedMotion } from './useReducedMotion.ts'
import { ViewportProbe } from './ViewportProbe.tsx'
import { RouteLine } from './RouteLine.tsx'
import { SeeThrough } from './SeeThrough.tsx'
import { ShaderWarmup } from './ShaderWarmup.tsx'
import { StackedLevels } from './StackedLevels.tsx'
import { FloorFallback, FloorParts } from './FloorParts.tsx'
import { KeptFloors, type Floor, type NextFloor } from './KeptFloors.tsx'
import { useFloorShadow, type FloorLook } from './floorLook.ts'
import { ThemeCss } from './ThemeCss.tsx'
import { YouAreHere } from './YouAreHere.tsx'
import './quietUpstreamWarnings.ts'
import { whenIdle } from '../data/timeSlice.ts'

const RESIZE = { scroll: false, debounce: 0 } as const
/**
 * Said here, not left to R3F's defaults (which are the same today): lit colours are mixed in
 * linear light, ACES filmic tone mapping rolls the sun-lit tops off gently, output is sRGB. The
 * clear colour and the HTML labels are not tone mapped, so the background is the theme's exact
 * sRGB colour; troika's lettering is (its material is three's basic one), like the boards it is on.
 * ACES over AgX: the pavilion palette was chosen under ACES, and AgX greys its saturated colours.
 */
const GL = { powerPreference: 'high-performance', toneMapping: ACESFilmicToneMapping, outputColorSpace: SRGBColorSpace } as const

// Evaluated once three.js, R3F and the view have been: tests read the order of marks.
markOnce(CODE_3D_MARK)

// A visitor saving data gets no hall model (the venue stands on its plain floor, as a venue without one does).
const modelUrlOf = (index: SceneIndex, saveData: boolean): string | null =>
  index.scene.venue.model && !saveData ? `${import.meta.env.BASE_URL}models/${index.scene.venue.model}` : null

// The hall model's code (GLTFLoader with the meshopt and Draco decoders, ~70 kB of minified
// code) is a chunk of its own: the first frame never draws the model, so the code that frame
// waits for to be compiled and run is that much smaller.
const hallModelCode = () => import('./HallModel.tsx')
const HallModel = lazy(async () => ({ default: (await hallModelCode()).HallModel }))

// The hall model is fetched and decoded from the moment the scene is known, not when the venue
// mounts: it then joins the view sooner after the venue's first frame (which never waits for it).
useVenueStore.subscribe(
  (s) => s.index,
  (index) => {
    const url = index && modelUrlOf(index, useVenueStore.getState().saveData)
    // A chunk that fails to load is reported by the model's error boundary, when it mounts.
    if (url) hallModelCode().then((m) => m.preloadHallModel(url), () => undefined)
  },
  { fireImmediately: true },
)

// The fascia names (troika-three-text, ~40 kB gzip, and the scene's font subset) join the view
// after its first frame, when a zone is in view: nothing of them is on the start-up path.
const Fascias = lazy(() => import('./Fascias.tsx'))
// What stands on the booths close up (walls, counters, screens, pylons) is built only for the zone in view.
const BoothProps = lazy(() => import('./BoothProps.tsx'))

/** Pick grid cell, metres: a few booths per cell. */
const PICK_CELL = 8

export default function SceneHost() {
  const index = useVenueStore((s) => s.index)
  const software = useVenueStore((s) => s.softwareRendering)
  const [resolution, setResolution] = useState(RESOLUTION_STEPS.length - 1)
  const theme = THEMES[useVenueStore((s) => themeFor(s.attract))]
  // The canvas and its renderer come up while the scene still loads; the venue joins it.
  return (
    <Canvas
      className="scene-canvas"
      // Nothing is drawn until there is a venue to draw. An empty first frame is not free: it
      // is the canvas's first trip to the screen (with software WebGL ~100 ms of the main
      // thread waiting on the GPU process), and the venue's frame would pay for a second one.
      frameloop={index ? 'demand' : 'never'}
      // R3F measures its container with react-use-measure, whose ResizeObserver callback goes
      // through the *scroll* debounce (50 ms by default): the renderer would only be created
      // 50 ms after the canvas mounts, and every resize would land late. The view fills its
      // pane and never scrolls, so neither debounce buys anything here.
      resize={RESIZE}
      dpr={dprFor(resolution, software)}
      // Without a GPU, multisampling multiplies the CPU's work per pixel: edges stay sharp enough.
      gl={{ ...GL, antialias: !software }}
      onCreated={() => useVenueStore.getState().setWebgl('ok')}
      aria-hidden="true"
    >
      {/* Outside the venue, so the shader warm-up below compiles under the very same lights. */}
      <color attach="background" args={[theme.background]} />
      <hemisphereLight color={theme.skyLight} groundColor={theme.groundLight} intensity={theme.hemisphereIntensity} />
      <directionalLight position={[60, 120, 40]} color={theme.sunLight} intensity={theme.sunIntensity} />
      <VenueAfterWarmup index={index} theme={theme} />
      <AdaptiveResolution step={resolution} onStep={setResolution} />
    </Canvas>
  )
}

/**
 * The venue mounts one (synchronous) pass after the shader warm-up has issued its compiles, so
 * the GPU process builds the programs while this thread builds the venue's meshes.
 */
function VenueAfterWarmup({ index, theme }: { index: SceneIndex | null; theme: ThemeTokens }) {
  const [warm, setWarm] = useState(false)
  // The venue drawn is the focused level's floor; the hall model is the first level's.
  const chosen = useVenueStore((s) => s.levelId)
  const levelId = index && (chosen ?? defaultLevelId(index.scene.venue))
  const floor = useMemo((): Floor | null => (index && levelId !== null ? { key: floorKey(index.scene.venue, levelId), index: floorIndex(index, levelId) } : null), [index, levelId])
  const modelFloor = useMemo(() => index && floorIndex(index, defaultLevelId(index.scene.venue)), [index])
  const onCompiled = useCallback(() => setWarm(true), [])
  return (
    <>
      <ShaderWarmup onCompiled={onCompiled} venuePending={!index} floorFirst={!index?.scene.venue.model} />
      {warm && floor && index && levelId !== null && <SceneContent floor={floor} levelId={levelId} site={index} modelFloor={modelFloor} theme={theme} />}
    </>
  )
}

function SceneContent({ floor, levelId, site, modelFloor, theme }: { floor: Floor; levelId: string; site: SceneIndex; modelFloor: SceneIndex | null; theme: ThemeTokens }) {
  const { index } = floor
  const withModel = index === modelFloor
  const { lang, selection, homeNonce, focusZone, kiosk, view } = useVenueStore(
    useShallow((s) => ({
      lang: s.lang,
      selection: s.selection,
      homeNonce: s.homeNonce,
      focusZone: focusZoneId(s),
      kiosk: s.mode === 'kiosk' && s.kioskId ? (s.index?.kioskById.get(s.kioskId) ?? null) : null,
      view: s.view,
    })),
  )
  // A derived array: compared element by element, or every store change would re-render.
  const boothIds = useVenueStore(useShallow(selectedBoothIds))
  const lit = useVenueStore((s) => s.litBoothIds)
  const litSet = useMemo(() => (lit ? new Set(lit) : null), [lit])
  const now = useVenueStore((s) => s.now)
  // Live occupancy (or the replayed moment): changes at most a few times a second, by design.
  const zoneViews = useVenueStore(selectZoneViews)
  const liveTint = useMemo(() => zoneTints(zoneViews, STALE_COLOR), [zoneViews])
  const liveZones = useMemo(() => new Set(zonesInSession(index, now)), [index, now])
  const reducedMotion = useReducedMotion()
  const { massings, stack, places } = useSiteView(site, levelId, lang)
  const frame = useMemo(() => (stack ? stackBox(stack) : null), [stack])
  const bounds = useMemo(() => (massings.length > 0 ? hallBox(site) : null), [massings, site])
  const [modelVolumes, setModelVolumes] = useState<ModelVolume[]>([])
  // Built when first needed or when the browser is idle after the first frame, not while mounting.
  const pick = useMemo(
    () =>
      lazyPickIndex(() => {
        const v = index.scene.venue
        const { booths, zones } = withModelVolumes(
          v.booths.map((b) => ({ id: b.id, footprint: b.footprint, height: b.height ?? DEFAULT_BOOTH_HEIGHT })),
          v.zones.map((z) => ({ id: z.id, footprint: z.footprint, height: z.height })),
          modelVolumes,
        )
        return buildPickIndex(booths, zones, v.hall.footprint, PICK_CELL)
      }, PICK_CELL),
    [index, modelVolumes],
  )
  const firstFrame = useVenueStore((s) => s.firstFrame)
  useEffect(() => {
    if (!firstFrame || pick.built) return
    return whenIdle(() => pick.warm(), { fallbackMs: 200 })
  }, [pick, firstFrame])
  // Ids the venue's own model draws: the data-driven stand-ins step aside for them.
  const modelIds = useMemo(() => new Set(modelVolumes.map((m) => `${m.kind}:${m.id}`)), [modelVolumes])
  // In walk mode a click means "walk there", not "select".
  const hover = usePointerPicking(pick, view !== 'walk')
  const saveData = useVenueStore((s) => s.saveData)
  // The zone whose walls and props are on screen (BoothProps.tsx): its booth bodies shrink to their floors.
  const [builtZone, setBuiltZone] = useState<string | null>(null)
  const modelUrl = withModel ? modelUrlOf(index, saveData) : null
  // The model's columns are in the floor's shadows when the model stands on it (as the build decides).
  const shadow = useFloorShadow(index.scene.venue, withModel && !!index.scene.venue.model)
  const floorLook = useMemo<FloorLook>(() => ({ colours: { floor: theme.floor, 'aisle-markings': theme.aisleMarking }, shadow }), [theme, shadow])
  // A floor out of view is drawn as it is with nothing in focus, and without the shadow (which is the shown floor's).
  const plainLook = useMemo<FloorLook>(() => ({ ...floorLook, shadow: null }), [floorLook])
  // Built ahead once the venue is on screen: the floors a visitor most likely goes to next.
  const next = useMemo((): NextFloor[] => {
    if (!firstFrame) return []
    const venue = site.scene.venue
    return nearbyFloors(venue, levelId).map((id) => ({ key: floorKey(venue, id), index: () => floorIndex(site, id) }))
  }, [firstFrame, site, levelId])
  const drawFloor = (f: Floor, shown: boolean) => (
    <FloorParts
      index={f.index}
      slab={!(f.index === modelFloor && modelUrlOf(f.index, saveData))}
      look={shown ? floorLook : plainLook}
      theme={theme}
      lang={lang}
      afterFirstFrame={firstFrame}
      banners={view !== 'plan'}
      liveTint={liveTint}
      focusZoneId={shown ? focusZone : null}
      hoverZoneId={shown && hover?.hit.kind === 'zone' ? hover.hit.id : null}
      litBoothIds={shown ? litSet : null}
      modelIds={modelIds}
      builtZoneId={shown && builtZone === focusZone ? builtZone : null}
    />
  )

  return (
    <>
      {/* Like the volumes, the model joins after the first frame, even when it is already
          decoded by then: its materials and vertex formats are new pipelines too. */}
      {modelUrl && firstFrame && (
        <ModelBoundary footprint={index.scene.venue.hall.footprint} look={floorLook}>
          <Suspense fallback={null}>
            <HallModel url={modelUrl} onVolumes={setModelVolumes} closeUp={selection !== null && selection.kind !== 'session'} floorLook={floorLook} />
          </Suspense>
        </ModelBoundary>
      )}
      <KeptFloors site={site} shown={floor} render={drawFloor} next={next} />
      <Highlights index={index} selectedBoothIds={boothIds} hoverBoothId={hover?.hit.kind === 'booth' ? hover.hit.id : null} />
      {/* The HTML labels join one frame after the venue's first: that frame then carries the
          drawing alone, not the layout of every label too (~50 ms sooner with software WebGL). */}
      {firstFrame && <Labels index={index} lang={lang} focusZoneId={focusZone} zonesInSession={liveZones} occupancy={zoneViews} places={places} />}
      {/* The site's other buildings and the stacked levels join after the first frame, like the volumes (same programs). */}
      {firstFrame && !stack && massings.length > 0 && <BuildingMassing venue={site.scene.venue} massings={massings} />}
      {firstFrame && stack && <StackedLevels venue={site.scene.venue} stack={stack} />}
      {firstFrame && focusZone && (
        <Suspense fallback={null}>
          <BoothProps index={index} zoneId={focusZone} hiddenIds={modelIds} onBuilt={setBuiltZone} />
        </Suspense>
      )}
      {firstFrame && focusZone && (
        <Suspense fallback={null}>
          <Fascias index={index} zoneId={focusZone} lang={lang} />
        </Suspense>
      )}
      {firstFrame && <SeeThrough index={index} boothIds={boothIds} zoneId={selection?.kind === 'zone' ? selection.id : null} model={modelVolumes} />}
      <Tooltip hover={hover} index={index} lang={lang} />
      {view === 'walk' ? (
        <>
          <PerspectiveCamera key="camera-walk" makeDefault fov={70} near={0.1} far={1000} />
          <WalkController index={index} reducedMotion={reducedMotion} />
        </>
      ) : (
        <CameraRig index={index} selection={selection} homeNonce={homeNonce} reducedMotion={reducedMotion} kiosk={kiosk} view={view} frame={frame} bounds={bounds} />
      )}
      <RouteLine reducedMotion={reducedMotion} />
      {/* Like the labels, after the first frame. The canvas's first pass, and the updates its
          layout effects make, run synchronously inside React DOM's commit; a kiosk's "you are
          here" <Html> mounted there was unmounted in the same pass, and a drei <Html> that
          unmounts its own React root mid-commit is an error ("Attempted to synchronously
          unmount a root while React was already rendering", logged in dev on a kiosk's load). */}
      {firstFrame && <YouAreHere lang={lang} />}
      <ThemeCss theme={theme} />
      <ViewportProbe index={index} pick={pick} />
      <ContextLossWatcher />
    </>
  )
}

/**
 * What the view shows of the site beyond the floor in focus: the other buildings' massings (a
 * site of several), or the stacked levels of the focused building, and the name labels of both.
 */
function useSiteView(site: SceneIndex, levelId: string, lang: Lang) {
  const venue = site.scene.venue
  const stacked = useVenueStore(isStacked)
  const stack = useMemo(() => (stacked ? stackOf(venue, levelId) : null), [stacked, venue, levelId])
  const massings = useMemo(() => buildingMassing(venue, levelId), [venue, levelId])
  const places = useMemo((): PlaceLabel[] => {
    if (stack)
      return stack.levels.flatMap((l) => {
        const level = levelById(venue, l.levelId)
        if (!level) return []
        // A faint level's name over its middle (it has no other labels); the focused one's at
        // its outline's first corner, clear of its zone labels.
        const [x, z] = l.focused ? stack.footprint[0]! : centroid(stack.footprint)
        const pick = () => useVenueStore.getState().setLevel(l.levelId, 'user')
        return [{ id: `level:${l.levelId}`, kind: 'level' as const, text: level.name[lang], position: [x, l.y + 1, z] as [number, number, number], size: Infinity, current: l.focused, onPick: pick }]
      })
    const current = buildingOfLevel(venue, levelId)?.id
    return massings.map((m) => {
      const name = venue.buildings.find((b) => b.id === m.buildingId)?.name[lang] ?? m.buildingId
      return { id: `building:${m.buildingId}`, kind: 'building' as const, text: name, position: m.label, size: m.size, current: m.buildingId === current, onPick: () => showBuilding(venue, m.buildingId) }
    })
  }, [stack, massings, venue, levelId, lang])
  return { massings, stack, places }
}

/** A missing or broken model file costs the architecture, never the interactive venue. */
class ModelBoundary extends Component<{ children: ReactNode; footprint: Polygon; look: FloorLook }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override componentDidCatch(error: unknown): void {
    console.warn('[venue-twin] hall model failed to load; showing the venue without it', error)
  }
  override render(): ReactNode {
    return this.state.failed ? <FloorFallback footprint={this.props.footprint} look={this.props.look} /> : this.props.children
  }
}
