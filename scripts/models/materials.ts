/**
 * The hall model's palette. Few materials on purpose: the model is merged per material, so
 * each one here costs at most a draw call or two. Matte greys so the data-driven zones and
 * booths, drawn over the hall at run time, carry the colour; the stage is a dark blue.
 */
export interface ModelMaterialSpec {
  /** sRGB colour as authored; the glTF writer converts it to linear. */
  color: string
  roughness: number
}

export const MODEL_MATERIALS = {
  floor: { color: '#6c727a', roughness: 0.95 },
  'aisle-marking': { color: '#c3c8cf', roughness: 0.9 },
  wall: { color: '#a9afb7', roughness: 0.9 },
  column: { color: '#8a9099', roughness: 0.85 },
  'roof-steel': { color: '#56606d', roughness: 0.75 },
  stage: { color: '#1d2a4d', roughness: 0.8 },
  'sign-frame': { color: '#27303f', roughness: 0.75 },
} as const satisfies Record<string, ModelMaterialSpec>

export type ModelMaterialId = keyof typeof MODEL_MATERIALS

/** Fixed order: the GLB lists materials in this order whatever the venue holds. */
export const MODEL_MATERIAL_ORDER: readonly ModelMaterialId[] = [
  'floor',
  'aisle-marking',
  'wall',
  'column',
  'roof-steel',
  'stage',
  'sign-frame',
]
