import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadFirstView } from './app/App.tsx'
import { bootstrap } from './app/bootstrap.ts'
import { parseLaunchParams } from './domain/url/launchParams.ts'
import { useVenueStore } from './state/store.ts'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')
const launch = parseLaunchParams(location.search)
void bootstrap(launch)
// The first view's code downloads while the scene loads: with WebGL the 3D view (the first frame
// follows the list closely); on a phone the plan (the 3D code is fetched only when asked for).
// The control room (mode=ops) draws its plan in 2D and never needs either.
const { webgl, display } = useVenueStore.getState()
if (launch.params.mode !== 'ops' && (webgl !== 'unavailable' || display === 'plan')) preloadFirstView(display, !!(launch.params.selection ?? launch.params.to))
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
