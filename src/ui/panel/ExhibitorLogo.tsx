/**
 * The exhibitor's logo on its card, cut from the scene's logo atlas. Its box is reserved from
 * the data (the exhibitor names a logo) so the card never shifts when the image arrives. The
 * image is decorative (empty alt): the exhibitor's name is the heading right beside it, and a
 * screen reader saying "logo" before it would add nothing.
 */
import { useLogoAtlas } from '../../state/useLogoAtlas.ts'

/** CSS px: the box's side (styles.css `.exhibitor-logo`). */
const BOX = 64

export function ExhibitorLogo({ exhibitorId }: { exhibitorId: string }) {
  const atlas = useLogoAtlas()
  const rect = atlas?.logos[exhibitorId]
  return (
    <div className="exhibitor-logo" data-testid="exhibitor-logo">
      {atlas && rect && (
        <img
          src={atlas.imageUrl}
          alt=""
          decoding="async"
          style={(() => {
            const [x, y, w, h] = rect
            const k = BOX / Math.max(w, h)
            return { width: atlas.size * k, height: atlas.size * k, left: (BOX - w * k) / 2 - x * k, top: (BOX - h * k) / 2 - y * k }
          })()}
        />
      )}
    </div>
  )
}
