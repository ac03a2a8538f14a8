/**
 * The rules an exhibitor's logo file must keep (docs/contract.md "Logos"): there, a real PNG or
 * WebP by its bytes, at most 512 × 512 pixels and 200 kB. Pure: the caller reads the files (the
 * validate CLI and publish from disk) and hands the bytes in.
 */
import type { SceneIssue } from '../scene/issues.ts'
import { readImageHeader, type ImageFormat } from './imageHeader.ts'

export const LOGO_MAX_PX = 512
export const LOGO_MAX_BYTES = 200_000

export interface LogoRef {
  exhibitorId: string
  /** Index in exhibitors.json's `exhibitors`, for the JSON path. */
  index: number
  file: string
}

/** The exhibitors that name a logo, in file order. */
export function logoRefs(exhibitors: readonly { id: string; logo?: string | undefined }[]): LogoRef[] {
  const out: LogoRef[] = []
  exhibitors.forEach((e, index) => {
    if (e.logo) out.push({ exhibitorId: e.id, index, file: e.logo })
  })
  return out
}

export interface CheckedLogo extends LogoRef {
  format: ImageFormat
  width: number
  height: number
}

/**
 * Each named logo checked against its bytes (`null`: no such file). Returns the problems, each
 * naming the file, the JSON path `exhibitors[i].logo` and the rule, and the logos that pass.
 */
export function checkLogos(refs: readonly LogoRef[], bytesOf: (file: string) => Uint8Array | null): { issues: SceneIssue[]; logos: CheckedLogo[] } {
  const issues: SceneIssue[] = []
  const logos: CheckedLogo[] = []
  for (const ref of refs) {
    const at = { file: 'exhibitors.json', path: `$.exhibitors[${ref.index}].logo`, value: ref.file }
    const bytes = bytesOf(ref.file)
    if (!bytes) {
      issues.push({ ...at, rule: 'logo-file', message: `the logo file ${ref.file} is not in the scene folder` })
      continue
    }
    const head = readImageHeader(bytes)
    if ('problem' in head) {
      issues.push({ ...at, rule: 'logo-format', message: `the logo file ${ref.file} ${head.problem}` })
      continue
    }
    const before = issues.length
    if (head.width < 1 || head.height < 1 || head.width > LOGO_MAX_PX || head.height > LOGO_MAX_PX)
      issues.push({ ...at, rule: 'logo-dimensions', message: `the logo file ${ref.file} is ${head.width} × ${head.height} px; at most ${LOGO_MAX_PX} × ${LOGO_MAX_PX}` })
    if (bytes.byteLength > LOGO_MAX_BYTES)
      issues.push({ ...at, rule: 'logo-size', message: `the logo file ${ref.file} is ${Math.round(bytes.byteLength / 1000)} kB; at most ${LOGO_MAX_BYTES / 1000} kB` })
    if (issues.length === before) logos.push({ ...ref, ...head })
  }
  return { issues, logos }
}
