/**
 * Scene metres ↔ WGS84 longitude/latitude on a local tangent plane (east-north-up) around the
 * venue's origin, on the WGS84 ellipsoid, exact both ways (not an equirectangular guess, which
 * is off by decimetres across a 200 m hall at 30° latitude). The scene's −z ("north") points
 * `bearingDeg` clockwise from true north.
 */
const A = 6378137
const F = 1 / 298.257223563
const E2 = F * (2 - F)
const RAD = Math.PI / 180

export interface Frame {
  origin: readonly [number, number]
  bearingDeg: number
}

interface Prepared {
  sinP: number
  cosP: number
  sinL: number
  cosL: number
  x0: number
  y0: number
  z0: number
  sinB: number
  cosB: number
}

function ecef(lonDeg: number, latDeg: number, h: number): [number, number, number] {
  const p = latDeg * RAD
  const l = lonDeg * RAD
  const n = A / Math.sqrt(1 - E2 * Math.sin(p) ** 2)
  return [(n + h) * Math.cos(p) * Math.cos(l), (n + h) * Math.cos(p) * Math.sin(l), (n * (1 - E2) + h) * Math.sin(p)]
}

function prepare(frame: Frame): Prepared {
  const [lon, lat] = frame.origin
  const [x0, y0, z0] = ecef(lon, lat, 0)
  return {
    sinP: Math.sin(lat * RAD),
    cosP: Math.cos(lat * RAD),
    sinL: Math.sin(lon * RAD),
    cosL: Math.cos(lon * RAD),
    x0,
    y0,
    z0,
    sinB: Math.sin(frame.bearingDeg * RAD),
    cosB: Math.cos(frame.bearingDeg * RAD),
  }
}

export interface Projection {
  /** Scene [x, z] in metres → [lon, lat]. */
  toLonLat(p: readonly [number, number]): [number, number]
  /** [lon, lat] (a third coordinate, height, is ignored) → scene [x, z] in metres. */
  toScene(c: readonly number[]): [number, number]
}

export function projection(frame: Frame): Projection {
  const k = prepare(frame)
  return {
    toLonLat([x, z]) {
      // Scene axes → true east/north.
      const sn = -z
      const east = x * k.cosB + sn * k.sinB
      const north = -x * k.sinB + sn * k.cosB
      const X = k.x0 - k.sinL * east - k.sinP * k.cosL * north
      const Y = k.y0 + k.cosL * east - k.sinP * k.sinL * north
      const Z = k.z0 + k.cosP * north
      const lon = Math.atan2(Y, X)
      const p = Math.hypot(X, Y)
      let lat = Math.atan2(Z, p * (1 - E2))
      for (let i = 0; i < 5; i++) {
        const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2)
        const h = p / Math.cos(lat) - n
        lat = Math.atan2(Z, p * (1 - (E2 * n) / (n + h)))
      }
      return [lon / RAD, lat / RAD]
    },
    toScene(c) {
      const [X, Y, Z] = ecef(c[0]!, c[1]!, 0)
      const dx = X - k.x0
      const dy = Y - k.y0
      const dz = Z - k.z0
      const east = -k.sinL * dx + k.cosL * dy
      const north = -k.sinP * k.cosL * dx - k.sinP * k.sinL * dy + k.cosP * dz
      const x = east * k.cosB - north * k.sinB
      const sn = east * k.sinB + north * k.cosB
      return [x, -sn]
    },
  }
}
