import { Html } from '@react-three/drei'
import type { Lang } from '../domain/i18n/text.ts'
import type { SceneIndex } from '../domain/scene/sceneIndex.ts'
import { translate } from '../domain/i18n/messages.ts'
import type { Hover } from './usePointerPicking.ts'

export function Tooltip({ hover, index, lang }: { hover: Hover | null; index: SceneIndex; lang: Lang }) {
  if (!hover) return null
  const { hit, point } = hover
  let text: string
  if (hit.kind === 'zone') text = index.zoneById.get(hit.id)?.name[lang] ?? hit.id
  else {
    const booth = index.boothById.get(hit.id)
    const ex = index.exhibitorsByBooth.get(hit.id)?.[0]
    text = `${translate(lang, 'panel.booth', { label: booth?.label ?? '' })}${ex ? ` · ${ex.name[lang]}` : ''}`
  }
  return (
    <Html position={point} zIndexRange={[40, 30]} style={{ pointerEvents: 'none' }}>
      <div className="tooltip" role="tooltip">
        {text}
      </div>
    </Html>
  )
}
