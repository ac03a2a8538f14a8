/**
 * `npm run bench:import` — the organizer tools at scale, run as organizers run them (the real
 * CLIs in child processes, peak memory read from the child as it exits):
 *   - import of 70,000 exhibitor rows from CSV (budget ≤ 10 s) and from XLSX (≤ 30 s), each
 *     replacing the exhibitors of the generated 70,000-booth venue (--prune), peak memory ≤ 1 GB;
 *   - IMDF export of that venue (≤ 20 s).
 * Figures vary with machine load: say how loaded the machine was next to them.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { EXHIBITOR_COLUMNS } from '../../src/domain/interchange/headers.ts'
import { generateScene, writeScene } from '../generate-scene/generate.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const N = 70_000
const COUNTRIES = ['Germany', '中国', 'FR', 'Japan', 'United States', '新加坡', 'KR', 'Italy']

interface Run {
  ms: number
  maxRssMB: number
  ok: boolean
  tail: string
}

function runCli(script: string, args: string[]): Run {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', '--import', path.join(ROOT, 'scripts/bench/report-rss.ts'), path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  })
  const ms = performance.now() - t0
  const kb = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN)
  return { ms, maxRssMB: kb / 1024, ok: r.status === 0, tail: `${r.stdout}${r.stderr}`.trim().split('\n').slice(-4).join('\n') }
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'venue-twin-bench-import-'))
  try {
    console.log(`generating the ${N.toLocaleString('en')}-booth venue…`)
    const scene = generateScene({ booths: N, id: 'bench-import' })
    const base = path.join(tmp, 'base')
    writeScene(base, scene)
    const sectors = scene.exhibitors.sectors.map((s) => s.name.en)
    const header = EXHIBITOR_COLUMNS.map((c) => c.name)
    const rows = scene.venue.booths.map((b, i) => [
      '',
      `Bench Exhibitor ${i + 1}`,
      `测试展商${i + 1}`,
      COUNTRIES[i % COUNTRIES.length]!,
      b.label,
      `${sectors[i % sectors.length]};${sectors[(i + 3) % sectors.length]}`,
      `https://exhibitor-${i + 1}.example`,
      `Maker of things, number ${i + 1}; "quoted", with commas.`,
      `第${i + 1}号展商，制造各种产品。`,
    ])
    const quote = (c: string): string => (/[",;\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
    const csv = path.join(tmp, 'exhibitors.csv')
    writeFileSync(csv, `\uFEFF${[header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`)
    const xlsx = path.join(tmp, 'exhibitors.xlsx')
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true })
    const ws = wb.addWorksheet('exhibitors')
    ws.addRow(header).commit()
    for (const r of rows) ws.addRow(r).commit()
    await wb.commit()
    console.log(`files: CSV ${(statSync(csv).size / 1e6).toFixed(1)} MB, XLSX ${(statSync(xlsx).size / 1e6).toFixed(1)} MB`)

    const results: [string, Run, number][] = []
    for (const [label, file, budget] of [['import 70,000 rows from CSV', csv, 10_000], ['import 70,000 rows from XLSX', xlsx, 30_000]] as const) {
      const dir = path.join(tmp, `scene-${path.extname(file).slice(1)}`)
      cpSync(base, dir, { recursive: true })
      results.push([label, runCli('import.ts', ['--scene', dir, '--exhibitors', file, '--prune']), budget])
    }
    mkdirSync(path.join(tmp, 'out'), { recursive: true })
    results.push(['IMDF export of the 70,000-booth venue', runCli('export-imdf.ts', ['--scene', base, '--out', path.join(tmp, 'out', 'venue.zip')]), 20_000])

    console.log('\n| step | time | budget | peak memory (≤ 1024 MB) |\n| --- | --- | --- | --- |')
    let allOk = true
    for (const [label, r, budget] of results) {
      const within = r.ok && r.ms <= budget && r.maxRssMB <= 1024
      allOk &&= within
      console.log(`| ${label} | ${(r.ms / 1000).toFixed(1)} s | ${budget / 1000} s | ${r.maxRssMB.toFixed(0)} MB |${within ? '' : ' OVER or FAILED'}`)
      if (!r.ok) console.log(r.tail)
    }
    console.log(`\nTimes include starting Node and tsx (${process.version}); machine load changes them.`)
    process.exitCode = allOk ? 0 : 1
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main()
