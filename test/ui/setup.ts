import { loadMessages } from '../../src/data/loadMessages.ts'
import { loadRouting } from '../../src/state/routing.ts'
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())
// Wayfinding arrives in its own chunk in the app (src/state/routing.ts); tests have it from the start.
await loadRouting()
// Each language's interface text is its own chunk in the app (src/data/loadMessages.ts); tests have both from the start.
await Promise.all([loadMessages('en'), loadMessages('zh')])
