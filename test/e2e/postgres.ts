/**
 * A real PostgreSQL server for the recorder's tests: Debian's `postgresql` (initdb, pg_ctl from
 * /usr/lib/postgresql/<n>/bin or PATH), a throw-away cluster in a temp folder on a free loopback
 * port, stopped and removed after. PostgreSQL refuses to run as root: when the tests run as
 * root (CI), the cluster is made and started as the `postgres` user (or `nobody`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from './mosquitto.ts'

export interface Postgres {
  url: string
  stop(): Promise<void>
}

function binDir(): string {
  const root = '/usr/lib/postgresql'
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    if (versions[0]) return path.join(root, versions[0], 'bin')
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' })
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim())
  throw new Error('No PostgreSQL server found (initdb, pg_ctl). Install it (Debian: apt-get install -y postgresql); .ci/run does this.')
}

function runAs(): { user: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null
  for (const user of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', user], { encoding: 'utf8' })
    const g = spawnSync('id', ['-g', user], { encoding: 'utf8' })
    if (r.status === 0 && g.status === 0) return { user, uid: Number(r.stdout), gid: Number(g.stdout) }
  }
  throw new Error('Running as root and no postgres or nobody user to run PostgreSQL as')
}

export async function startPostgres(): Promise<Postgres> {
  const bin = binDir()
  const dir = mkdtempSync(path.join(tmpdir(), 'venue-twin-pg-'))
  const data = path.join(dir, 'data')
  const port = await freePort()
  const as = runAs()
  if (as) {
    chownSync(dir, as.uid, as.gid)
    chmodSync(dir, 0o700)
  }
  const run = (cmd: string, args: string[]): void => {
    const full = path.join(bin, cmd)
    if (as) execFileSync('runuser', ['-u', as.user, '--', full, ...args], { stdio: 'pipe', cwd: dir })
    else execFileSync(full, args, { stdio: 'pipe', cwd: dir })
  }
  run('initdb', ['-D', data, '-U', 'venue', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
  // Unix socket in the cluster's own folder: /var/run/postgresql may not exist or be writable.
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'])
  return {
    url: `postgres://venue@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
