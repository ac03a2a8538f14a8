import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { ThemeTokens } from '../domain/theme/themes.ts'

const rgba = (hex: string, alpha: number): string =>
  `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')}, ${alpha})`

/**
 * The theme's label colours as CSS variables on the canvas's container, where drei's <Html>
 * labels live (styles.css reads them): the labels follow the 3D view's look, the panels keep theirs.
 */
export function ThemeCss({ theme }: { theme: ThemeTokens }) {
  const host = useThree((s) => s.gl.domElement.parentElement)
  useEffect(() => {
    if (!host) return
    const vars: Record<string, string> = {
      '--label-text': theme.labelText,
      '--label-bg': rgba(theme.labelBackground, theme.labelBackgroundOpacity),
      '--label-focus-text': theme.focusLabelText,
      '--label-focus-bg': theme.focusLabelBackground,
    }
    for (const [k, v] of Object.entries(vars)) host.style.setProperty(k, v)
  }, [host, theme])
  return null
}
