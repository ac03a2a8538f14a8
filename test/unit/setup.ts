import { loadLazyChunks } from '../fixtures/lazyChunks.ts'

await loadLazyChunks()
