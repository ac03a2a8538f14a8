/**
 * A real MQTT broker for live-data tests: Debian's mosquitto (`/usr/sbin/mosquitto`, or
 * `MOSQUITTO_PATH`), started with a config file of its own — a WebSocket listener and a plain
 * MQTT listener on free loopback ports, anonymous access, no persistence — and stopped after.
 * `stop()` and `start()` keep the same ports, so a page's reconnect can be tested.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const CANDIDATES = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto', '/usr/local/sbin/mosquitto', '/usr/local/bin/mosquitto', '/opt/homebrew/sbin/mosquitto']

export function mosquittoPath(): string {
  const env = process.env.MOSQUITTO_PATH
  if (env) {
    if (!existsSync(env)) throw new Error(`MOSQUITTO_PATH=${env} does not exist`)
    return env
  }
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found)
    throw new Error(
      'No mosquitto MQTT broker found (looked in ' +
        CANDIDATES.join(', ') +
        '). Install it (Debian: apt-get install -y mosquitto) or set MOSQUITTO_PATH to the mosquitto binary.',
    )
  return found
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port })
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

export interface Broker {
  /** ws://127.0.0.1:<port> — what the app gets in `?live=`. */
  wsUrl: string
  /** mqtt://127.0.0.1:<port> — for publishers in the test. */
  mqttUrl: string
  wsPort: number
  mqttPort: number
  running(): boolean
  start(): Promise<void>
  stop(): Promise<void>
  restart(): Promise<void>
  /** Stop and remove the temporary config. */
  dispose(): Promise<void>
}

export async function startMosquitto(): Promise<Broker> {
  const bin = mosquittoPath()
  const dir = await mkdtemp(path.join(tmpdir(), 'venue-twin-mosquitto-'))
  const wsPort = await freePort()
  let mqttPort = await freePort()
  while (mqttPort === wsPort) mqttPort = await freePort()
  const conf = path.join(dir, 'mosquitto.conf')
  await writeFile(
    conf,
    [
      '# Written by test/e2e/mosquitto.ts for one test run.',
      'per_listener_settings false',
      'allow_anonymous true',
      'persistence false',
      'log_dest stderr',
      'log_type error',
      'log_type warning',
      `listener ${wsPort} 127.0.0.1`,
      'protocol websockets',
      `listener ${mqttPort} 127.0.0.1`,
      'protocol mqtt',
      '',
    ].join('\n'),
  )

  let child: ChildProcess | null = null
  let stderr = ''

  const start = async (): Promise<void> => {
    if (child) return
    stderr = ''
    const c = spawn(bin, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] })
    child = c
    c.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    let exited: number | null = null
    c.once('exit', (code) => {
      exited = code ?? -1
      if (child === c) child = null
    })
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`mosquitto exited with code ${exited} before accepting connections:\n${stderr}`)
      if ((await canConnect(wsPort)) && (await canConnect(mqttPort))) return
      await new Promise((r) => setTimeout(r, 50))
    }
    c.kill('SIGKILL')
    throw new Error(`mosquitto did not accept connections on ports ${wsPort}/${mqttPort} within 10 s:\n${stderr}`)
  }

  const stop = async (): Promise<void> => {
    const c = child
    if (!c) return
    child = null
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => c.kill('SIGKILL'), 5000)
      c.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      c.kill('SIGTERM')
    })
    // The listeners are closed once nothing answers any more.
    for (let i = 0; i < 100 && ((await canConnect(wsPort)) || (await canConnect(mqttPort))); i++) await new Promise((r) => setTimeout(r, 50))
  }

  await start()
  return {
    wsUrl: `ws://127.0.0.1:${wsPort}`,
    mqttUrl: `mqtt://127.0.0.1:${mqttPort}`,
    wsPort,
    mqttPort,
    running: () => child !== null,
    start,
    stop,
    restart: async () => {
      await stop()
      await start()
    },
    dispose: async () => {
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
