import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { loadLazyChunks } from '../fixtures/lazyChunks.ts'

afterEach(() => cleanup())
await loadLazyChunks()
