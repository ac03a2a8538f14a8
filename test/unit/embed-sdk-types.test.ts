import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { sdkDeclarations } from '../../scripts/vite-plugin-embed.ts'
import type { ResponsePayloads, TwinMessage, TwinState as ProtocolState } from '../../src/domain/embed/protocol.ts'
import type { LevelChange, ReadyInfo, RouteChange, RouteInfo, SearchResults, SelectionChange, TwinState } from '../../src/sdk/types.ts'

const root = path.resolve(import.meta.dirname, '../..')
type Payload<T extends TwinMessage['type']> = Extract<TwinMessage, { type: T }>['payload']

describe('the SDK’s published types', () => {
  it('say exactly what the protocol schemas say (tsc checks these lines)', () => {
    expectTypeOf<TwinState>().toEqualTypeOf<ProtocolState>()
    expectTypeOf<ReadyInfo>().toEqualTypeOf<Payload<'ready'>>()
    expectTypeOf<SelectionChange>().toEqualTypeOf<Payload<'selectionChange'>>()
    expectTypeOf<RouteChange | null>().toEqualTypeOf<Payload<'routeChange'>>()
    expectTypeOf<LevelChange>().toEqualTypeOf<Payload<'levelChange'>>()
    expectTypeOf<RouteInfo>().toEqualTypeOf<ResponsePayloads['route']>()
    expectTypeOf<SearchResults>().toEqualTypeOf<ResponsePayloads['search']>()
    expectTypeOf<{ message: string }>().toEqualTypeOf<Payload<'error'>>()
  })

  it('the SDK imports no app code: protocol types only', () => {
    const dir = path.join(root, 'src/sdk')
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(path.join(dir, file), 'utf8')
      for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const [, , typeOnly, spec] = m
        if (spec!.startsWith('./')) continue
        expect(spec, `${file}: ${m[0].trim()}`).toBe('../domain/embed/protocol.ts')
        expect(typeOnly, `${file}: ${m[0].trim()}`).toBeTruthy()
      }
    }
  })

  it('the published .d.ts compiles on its own and types a host’s code', () => {
    const dts = '/virtual/venue-twin-embed.d.ts'
    const host = '/virtual/host.ts'
    const files = new Map([
      [dts, sdkDeclarations(root)],
      [
        host,
        `import { VenueTwin, type Selection } from './venue-twin-embed.js'
         export async function main(el: HTMLElement): Promise<Selection | null> {
           const twin = await VenueTwin.embed(el, { lang: 'zh', zone: 'digital-trade', timeoutMs: 5000 })
           const off = twin.on('selectionChange', ({ selection, source }) => console.log(selection?.id, source))
           off()
           await twin.setLanguage('en')
           const state = await twin.getState()
           twin.destroy()
           return state.selection
         }
         // @ts-expect-error only en and zh exist
         VenueTwin.embed(document.body, { lang: 'fr' })`,
      ],
    ])
    const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipDefaultLibCheck: true }
    const compilerHost = ts.createCompilerHost(options)
    const read = compilerHost.readFile.bind(compilerHost)
    const exists = compilerHost.fileExists.bind(compilerHost)
    const getSource = compilerHost.getSourceFile.bind(compilerHost)
    compilerHost.readFile = (f) => files.get(f) ?? read(f)
    compilerHost.fileExists = (f) => files.has(f) || exists(f)
    const dirExists = compilerHost.directoryExists?.bind(compilerHost)
    compilerHost.directoryExists = (d) => d === '/virtual' || (dirExists?.(d) ?? true)
    compilerHost.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : getSource(f, lang, ...rest))
    const program = ts.createProgram([dts, host], options, compilerHost)
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    expect(problems).toEqual([])
  }, 60_000)
})
