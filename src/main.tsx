import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadSceneHost } from './app/App.tsx'
import { bootstrap } from './app/bootstrap.ts'
import { parseLaunchParams } from './domain/url/launchParams.ts'
import { useVenueStore } from './state/store.ts'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')
const launch = parseLaunchParams(location.search)
void bootstrap(launch)
// With WebGL, the 3D code downloads while the scene loads: the first frame follows the list closely.
// The control room (mode=ops) draws its plan in 2D and never needs it.
if (useVenueStore.getState().webgl !== 'unavailable' && launch.params.mode !== 'ops') preloadSceneHost()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
