import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { bootstrap } from './app/bootstrap.ts'
import { parseLaunchParams } from './domain/url/launchParams.ts'
import './ui/styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')
void bootstrap(parseLaunchParams(location.search))
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
