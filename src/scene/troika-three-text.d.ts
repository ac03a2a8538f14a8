/** The parts of troika-three-text the view uses (the package ships no type entry point). */
declare module 'troika-three-text' {
  import type { BufferGeometry, Color, Material, Mesh, Object3DEventMap } from 'three'

  /** Dispatched around each layout (a member's, or the whole batch's). */
  export interface TextEventMap extends Object3DEventMap {
    syncstart: object
    synccomplete: object
  }

  export class Text extends Mesh<BufferGeometry, Material | Material[], TextEventMap> {
    text: string
    font: string | null
    fontSize: number
    color: number | string | Color
    anchorX: number | 'left' | 'center' | 'right'
    anchorY: number | 'top' | 'middle' | 'bottom'
    maxWidth: number
    textAlign: 'left' | 'center' | 'right' | 'justify'
    lineHeight: number | 'normal'
    whiteSpace: 'normal' | 'nowrap'
    overflowWrap: 'normal' | 'break-word'
    sdfGlyphSize: number | null
    outlineWidth: number | string
    outlineColor: number | string | Color
    textRenderInfo: { blockBounds: [number, number, number, number] } | null
    sync(callback?: () => void): void
    dispose(): void
  }

  export class BatchedText extends Text {
    addText(text: Text): void
    removeText(text: Text): void
    override material: Material
  }

  export function configureTextBuilder(config: { defaultFontURL?: string | null; unicodeFontsURL?: string; sdfGlyphSize?: number; useWorker?: boolean }): void
}
