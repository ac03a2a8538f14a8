/**
 * Live brokers a deployment trusts: which source a link gets, what the visitor is told, what a
 * shared address keeps, and the MQTT client's packet cap.
 */
import { describe, expect, it } from 'vitest'
import { chooseLiveSource } from '../../src/domain/config/brokers.ts'
import { buildSearch } from '../../src/domain/url/buildSearch.ts'
import { parseLaunchParams, type LaunchParams } from '../../src/domain/url/launchParams.ts'
import { createMqttFeed, MAX_PACKET_BYTES, type MqttLikeClient } from '../../src/data/live/mqttFeed.ts'

const OWN = 'wss://mqtt.example-wdec.cn/mqtt'
const PARTNER = 'wss://partner.example.org:8884/mqtt'
const deployment = { default: { kind: 'mqtt', url: OWN } as const, allowedBrokers: [OWN, PARTNER] }

describe('choosing the live source', () => {
  it('uses the deployment default without live=', () => {
    expect(chooseLiveSource(null, deployment)).toEqual({ source: deployment.default, refusedHost: null, foreignHost: null })
    expect(chooseLiveSource(null, { default: { kind: 'sim' }, allowedBrokers: [] }).source).toEqual({ kind: 'sim' })
  })

  it('refuses a broker the deployment does not list, names its host, and keeps the default', () => {
    const c = chooseLiveSource({ kind: 'mqtt', url: 'wss://evil.example:443/mqtt' }, deployment)
    expect(c).toEqual({ source: deployment.default, refusedHost: 'evil.example', foreignHost: null })
    // Look-alikes are other brokers.
    expect(chooseLiveSource({ kind: 'mqtt', url: 'wss://mqtt.example-wdec.cn.evil.example/mqtt' }, deployment).refusedHost).toBe('mqtt.example-wdec.cn.evil.example')
    expect(chooseLiveSource({ kind: 'mqtt', url: 'ws://mqtt.example-wdec.cn/mqtt' }, deployment).refusedHost).toBe('mqtt.example-wdec.cn')
  })

  it('connects an allowed broker, naming its host when it is not the default', () => {
    expect(chooseLiveSource({ kind: 'mqtt', url: `${OWN}/` }, deployment)).toEqual({ source: { kind: 'mqtt', url: `${OWN}/` }, refusedHost: null, foreignHost: null })
    expect(chooseLiveSource({ kind: 'mqtt', url: PARTNER }, deployment)).toEqual({ source: { kind: 'mqtt', url: PARTNER }, refusedHost: null, foreignHost: 'partner.example.org:8884' })
  })

  it('lets a link ask for the simulator or no live data (they show nothing as the venue’s)', () => {
    expect(chooseLiveSource({ kind: 'off' }, deployment).source).toEqual({ kind: 'off' })
    expect(chooseLiveSource({ kind: 'sim' }, deployment).source).toEqual({ kind: 'sim' })
  })
})

describe('live= in addresses', () => {
  const parsed = (q: string): LaunchParams => parseLaunchParams(q).params
  const state = { lang: 'en' as const, selection: { kind: 'zone' as const, id: 'digital-trade' } }

  it('is read as asked, and as nothing when absent', () => {
    expect(parsed(`?live=${encodeURIComponent(PARTNER)}`).live).toEqual({ kind: 'mqtt', url: PARTNER })
    expect(parsed('?lang=en').live).toBeNull()
  })

  it('is never written into a visitor’s or an embed’s address (the one that gets shared)', () => {
    for (const mode of ['explorer', 'embed'] as const) {
      const search = buildSearch({ ...parsed(`?live=${encodeURIComponent(PARTNER)}`), mode }, state)
      expect(new URLSearchParams(search).has('live')).toBe(false)
      expect(new URLSearchParams(search).get('zone')).toBe('digital-trade')
    }
  })

  it('stays in a kiosk’s and the control room’s own address, so a reload connects the same', () => {
    for (const mode of ['kiosk', 'ops'] as const) {
      const search = buildSearch({ ...parsed(`?live=${encodeURIComponent(PARTNER)}`), mode }, state)
      expect(new URLSearchParams(search).get('live')).toBe(PARTNER)
    }
  })
})

describe('the MQTT client', () => {
  it('connects with MQTT 5 and states the largest packet it takes', async () => {
    let options: Record<string, unknown> | null = null
    const client: MqttLikeClient = { on: () => client, subscribe: () => client, reconnect: () => client, end: () => client }
    const stop = createMqttFeed(OWN, 'wdec-2023', {
      connect: (_url, opts) => {
        options = opts
        return client
      },
    }).start({ message: () => undefined, status: () => undefined })
    await new Promise((r) => setTimeout(r, 0))
    stop()
    expect(options).toMatchObject({ protocolVersion: 5, properties: { maximumPacketSize: MAX_PACKET_BYTES } })
    expect(MAX_PACKET_BYTES).toBeLessThan(16 * 1024)
  })
})
