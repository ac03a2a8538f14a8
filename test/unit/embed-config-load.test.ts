import { describe, expect, it } from 'vitest'
import { loadEmbedConfig } from '../../src/data/embedConfig.ts'

const serve = (status: number, body: string): typeof fetch => (async (url: string | URL | Request, init?: RequestInit) => {
  served.push({ url: String(url), cache: init?.cache })
  return new Response(body, { status })
}) as typeof fetch
let served: { url: string; cache: RequestCache | undefined }[] = []

describe('loading embed-config.json', () => {
  it('reads the allow-list next to index.html, revalidating every time', async () => {
    served = []
    const r = await loadEmbedConfig({ baseUrl: '/twin/', fetch: serve(200, '{ "allowedOrigins": ["https://www.example-wdec.cn"] }') })
    expect(r.config.allowedOrigins).toEqual([{ kind: 'exact', origin: 'https://www.example-wdec.cn' }])
    expect(r.warnings).toEqual([])
    expect(served).toEqual([{ url: '/twin/embed-config.json', cache: 'no-cache' }])
  })

  it('falls back to same-origin only, with a warning, when the file is missing, HTML or unreachable', async () => {
    const cases: typeof fetch[] = [
      serve(404, 'Not found'),
      // What a single-page-app server answers for a missing file.
      serve(200, '<!doctype html><html></html>'),
      (async () => {
        throw new TypeError('Failed to fetch')
      }) as typeof fetch,
    ]
    const reasons = []
    for (const f of cases) {
      const r = await loadEmbedConfig({ baseUrl: '/', fetch: f })
      expect(r.config.allowedOrigins).toEqual([])
      expect(r.warnings).toHaveLength(1)
      expect(r.warnings[0]).toMatch(/only same-origin hosts may embed/)
      reasons.push(r.warnings[0])
    }
    expect(reasons[0]).toMatch(/HTTP 404/)
    expect(reasons[1]).toMatch(/missing or not JSON/)
    expect(reasons[2]).toMatch(/Failed to fetch/)
  })
})
