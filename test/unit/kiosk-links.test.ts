import { describe, expect, it } from 'vitest'
import { deepLinkUrl } from '../../src/domain/url/deepLink.ts'
import { parseLaunchParams } from '../../src/domain/url/launchParams.ts'
import { staysInApp } from '../../src/integration/kioskLockdown.ts'

describe('kiosk hand-off links', () => {
  it('open the explorer (not the kiosk) on the selection, in the visitor language', () => {
    const href = deepLinkUrl('https://expo.example/twin/', 'wdec-2023', 'zh', { kind: 'selection', selection: { kind: 'exhibitor', id: 'siming-communications' } })
    const url = new URL(href)
    expect(url.origin + url.pathname).toBe('https://expo.example/twin/')
    const { params, warnings } = parseLaunchParams(url.search)
    expect(warnings).toEqual([])
    expect(params.mode).toBe('explorer')
    expect(params.kiosk).toBeNull()
    expect(params.idleSeconds).toBeNull()
    expect(params.now).toBeNull()
    expect(params.lang).toBe('zh')
    expect(params.selection).toEqual({ kind: 'exhibitor', id: 'siming-communications' })
    // The default scene needs no parameter; any other one is named.
    expect(url.searchParams.has('scene')).toBe(false)
    expect(new URL(deepLinkUrl('https://expo.example/', 'expo-2024', 'en', { kind: 'selection', selection: { kind: 'zone', id: 'hall-a' } })).searchParams.get('scene')).toBe('expo-2024')
  })

  it('keep a route starting at the kiosk', () => {
    const href = deepLinkUrl('https://expo.example/?mode=kiosk&kiosk=kiosk-east#x', 'wdec-2023', 'en', { kind: 'route', from: 'kiosk-east', to: 'booth-a01' })
    const { params } = parseLaunchParams(new URL(href).search)
    expect(new URL(href).hash).toBe('')
    expect(params.mode).toBe('explorer')
    expect(params.kiosk).toBeNull()
    expect([params.from, params.to]).toEqual(['kiosk-east', 'booth-a01'])
  })
})

describe('kiosk link guard', () => {
  const here = new URL('http://kiosk.local:8080/twin/?mode=kiosk&kiosk=k1')
  it('lets in-app links through', () => {
    expect(staysInApp('#scene-mirror', here)).toBe(true)
    expect(staysInApp('?lang=zh', here)).toBe(true)
    expect(staysInApp('http://kiosk.local:8080/twin/?zone=a', here)).toBe(true)
  })
  it('stops anything that leaves the app', () => {
    expect(staysInApp('https://acme.example.com/', here)).toBe(false)
    expect(staysInApp('http://kiosk.local:9090/twin/', here)).toBe(false)
    expect(staysInApp('/examples/embed.html', here)).toBe(false)
    expect(staysInApp('mailto:info@acme.example.com', here)).toBe(false)
    expect(staysInApp('javascript:alert(1)', here)).toBe(false)
  })
})
