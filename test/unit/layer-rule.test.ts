import path from 'node:path'
import { Linter } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import layers from '../../scripts/eslint/layer-imports.js'

const root = path.resolve(import.meta.dirname, '../..')
const linter = new Linter({ configType: 'flat' })
const lint = (file: string, code: string) =>
  linter.verify(
    code,
    [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, plugins: { venue: layers }, rules: { 'venue/layer-imports': 'error' } }],
    path.join(root, file),
  )

describe('the layer rule (docs/architecture.md)', () => {
  it('rejects imports that point up the layers', () => {
    expect(lint('src/domain/scene/x.ts', "import { useVenueStore } from '../../state/store.ts'")[0]?.message).toMatch(/domain\/ may not import from state\//)
    expect(lint('src/ui/x.tsx', "import { Booths } from '../scene/Booths.tsx'")[0]?.message).toMatch(/ui\/ may not import from scene\//)
    expect(lint('src/scene/x.tsx', "import { Panel } from '../ui/panel/Panel.tsx'")).toHaveLength(1)
    expect(lint('src/integration/x.ts', "import { App } from '../app/App.tsx'")).toHaveLength(1)
  })

  it('keeps the venue editor out of the visitor app, and lets it reuse the explorer view', () => {
    expect(lint('src/app/x.tsx', "import { EditorApp } from '../editor/EditorApp.tsx'")[0]?.message).toMatch(/app\/ may not import from editor\//)
    expect(lint('src/ui/x.tsx', "import { useEditor } from '../editor/store.ts'")).toHaveLength(1)
    expect(lint('src/editor/x.tsx', "import SceneHost from '../scene/SceneHost.tsx'")).toEqual([])
    expect(lint('src/editor/x.tsx', "import { Mesh } from 'three'")).toHaveLength(1)
  })

  it('keeps domain/ pure and three.js inside scene/', () => {
    expect(lint('src/domain/x.ts', "import { Vector3 } from 'three'")[0]?.message).toMatch(/pure/)
    expect(lint('src/domain/x.ts', "import { useState } from 'react'")).toHaveLength(1)
    expect(lint('src/ui/x.tsx', "import { Canvas } from '@react-three/fiber'")).toHaveLength(1)
  })

  it('keeps the recorder (src/server) to the domain and off React, three.js and the store', () => {
    expect(lint('src/server/x.ts', "import { useVenueStore } from '../state/store.ts'")[0]?.message).toMatch(/server\/ may not import from state\//)
    expect(lint('src/server/x.ts', "import { Panel } from '../ui/panel/Panel.tsx'")).toHaveLength(1)
    expect(lint('src/server/x.ts', "import { Booths } from '../scene/Booths.tsx'")).toHaveLength(1)
    expect(lint('src/server/x.ts', "import { useState } from 'react'")[0]?.message).toMatch(/Node service/)
    expect(lint('src/server/x.ts', "import { create } from 'zustand'")).toHaveLength(1)
    expect(lint('src/server/store/x.ts', "import { parseLiveMessage } from '../../domain/live/parseMessage.ts'")).toEqual([])
    expect(lint('src/server/x.ts', "import Database from 'better-sqlite3'")).toEqual([])
    expect(lint('src/ui/x.tsx', "import { startRecorder } from '../server/recorder.ts'")).toHaveLength(1)
  })

  it('allows imports that point down, and within a layer (domain/scene is not the scene layer)', () => {
    expect(lint('src/scene/x.tsx', "import { useVenueStore } from '../state/store.ts'")).toEqual([])
    expect(lint('src/domain/geometry/x.ts', "import type { Scene } from '../scene/schema.ts'")).toEqual([])
    expect(lint('src/app/x.tsx', "import { Panel } from '../ui/panel/Panel.tsx'")).toEqual([])
    expect(lint('src/scene/x.tsx', "import { Vector3 } from 'three'")).toEqual([])
  })
})
