import { loadRouting } from '../../src/state/routing.ts'

// Wayfinding arrives in its own chunk in the app (src/state/routing.ts); tests have it from the start.
await loadRouting()
