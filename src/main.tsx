import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadSceneHost } from './app/App.tsx'
import { bootstrap } from './app/bootstrap.ts'
import { parseLaunchParams } from './domain/url/launchParams.ts'
import { useVenueStore } from './state/store.ts'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')
void bootstrap(parseLaunchParams(location.search))
// With WebGL, the 3D code downloads while the scene loads: the first frame follows the list closely.
if (useVenueStore.getState().webgl !== 'unavailable') preloadSceneHost()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
