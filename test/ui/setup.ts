import { loadRouting } from '../../src/state/routing.ts'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())
// Wayfinding arrives in its own chunk in the app (src/state/routing.ts); tests have it from the start.
await loadRouting()
