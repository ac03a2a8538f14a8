/**
 * String pulling through a channel of portals (the "simple stupid funnel algorithm",
 * M. Mononen): the shortest polyline from start to goal that passes through every portal in
 * order. Because each stretch between two portals lies in one convex (rectangular) cell, the
 * pulled path never leaves the channel, so it never cuts a corner into an obstacle.
 *
 * Portals are given as (a, b) pairs where `a` is on the side with cross(direction, a − mid) > 0
 * in raw x/z coordinates; the algorithm only needs the two sides to be consistent.
 */
import type { Point2 } from '../geometry/types.ts'

function triarea2(a: Point2, b: Point2, c: Point2): number {
  const ax = b[0] - a[0]
  const az = b[1] - a[1]
  const bx = c[0] - a[0]
  const bz = c[1] - a[1]
  return bx * az - ax * bz
}

function same(a: Point2, b: Point2): boolean {
  return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9
}

/** `lefts[i]`, `rights[i]`: portal i; the first is (start, start), the last (goal, goal). */
export function stringPull(lefts: readonly Point2[], rights: readonly Point2[]): Point2[] {
  const n = lefts.length
  if (n === 0) return []
  let apex = lefts[0]!
  let left = apex
  let right = apex
  let leftIndex = 0
  let rightIndex = 0
  const out: Point2[] = [apex]
  for (let i = 1; i < n; i++) {
    const l = lefts[i]!
    const r = rights[i]!
    if (triarea2(apex, right, r) <= 0) {
      if (same(apex, right) || triarea2(apex, left, r) > 0) {
        right = r
        rightIndex = i
      } else {
        // The right side crossed the left: the left corner becomes the new apex.
        apex = left
        out.push(apex)
        right = apex
        rightIndex = leftIndex
        i = leftIndex
        continue
      }
    }
    if (triarea2(apex, left, l) >= 0) {
      if (same(apex, left) || triarea2(apex, right, l) < 0) {
        left = l
        leftIndex = i
      } else {
        apex = right
        out.push(apex)
        left = apex
        leftIndex = rightIndex
        i = rightIndex
        continue
      }
    }
  }
  const goal = lefts[n - 1]!
  if (!same(out[out.length - 1]!, goal)) out.push(goal)
  return out
}
