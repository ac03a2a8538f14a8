/** A small `--flag value` parser shared by the import and IMDF CLIs. */
export class UsageError extends Error {}

export interface ParsedArgs {
  values: Map<string, string[]>
  flags: Set<string>
  positional: string[]
}

export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), flags: new Set(), positional: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--') continue
    if (a === '-h' || a === '--help') throw new UsageError('')
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a)
    if (!m) {
      out.positional.push(a)
      continue
    }
    const name = m[1]!
    if (flags.includes(name)) {
      out.flags.add(name)
      continue
    }
    if (!valued.includes(name)) throw new UsageError(`unknown option --${name}`)
    const v = m[2] ?? argv[++i]
    if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`)
    out.values.set(name, [...(out.values.get(name) ?? []), v])
  }
  return out
}

export function runCli(usage: string, prefix: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`${e.message ? `${prefix}: ${e.message}\n\n` : ''}${usage}\n`)
        process.exitCode = e.message ? 2 : 0
        return
      }
      throw e
    },
  )
}
