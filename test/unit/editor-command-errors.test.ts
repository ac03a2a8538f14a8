/**
 * A command the editor refuses says why in the organizer's language: each refusal carries an
 * English and a Chinese message, the Chinese one written as Chinese (no English words left in
 * it but the ids it names).
 */
import { describe, expect, it } from 'vitest'
import { CommandError } from '../../src/domain/editing/commandError.ts'
import { execute, type Command } from '../../src/domain/editing/commands.ts'
import { emptyDoc, type EditorDoc } from '../../src/domain/editing/doc.ts'

const upstairs = { name: { en: 'Level 2', zh: '2 层' }, shortName: { en: 'L2', zh: '2F' }, ordinal: 1, elevation: 6, height: 5 }

function withUpstairsZone(): EditorDoc {
  let doc = execute(emptyDoc(), { type: 'add-level', level: { id: 'level-2', ...upstairs } }).doc
  doc = execute(doc, {
    type: 'add',
    coll: 'zones',
    item: { id: 'forum', levelId: 'level-2', kind: 'stage', name: { en: 'Forum', zh: '论坛' }, summary: { en: 'Forum', zh: '论坛' }, footprint: [[10, 10], [30, 10], [30, 30], [10, 30]], height: 4, color: '#336699' },
  }).doc
  return doc
}

const refused: [string, Command, RegExp][] = [
  ['an unknown exhibitor', { type: 'assign', exhibitorId: 'nobody', boothId: 'b-1' }, /找不到展商“nobody”/],
  ['a used id', { type: 'add-level', level: { id: 'level-2', ...upstairs, ordinal: 2 } }, /编号“level-2”已被占用/],
  ['a level with something on it', { type: 'delete-level', id: 'level-2' }, /楼层“level-2”上还有内容（区域 1 个），请先移走或删除/],
  [
    'a two-way escalator',
    { type: 'add-connector', connector: { kind: 'escalator', name: { en: 'E', zh: '扶梯' }, stops: [{ levelId: 'level-1', position: [40, 20] }, { levelId: 'level-2', position: [40, 20] }], seconds: 30 } },
    /自动扶梯连接两个楼层，方向为上行或下行/,
  ],
  [
    'a one-way lift',
    { type: 'add-connector', connector: { kind: 'lift', direction: 'up', name: { en: 'L', zh: '电梯' }, stops: [{ levelId: 'level-1', position: [40, 20] }, { levelId: 'level-2', position: [40, 20] }], seconds: 10 } },
    /只有自动扶梯是单向的，电梯不是/,
  ],
]

describe('refused editor commands', () => {
  it.each(refused)('%s: an English and a Chinese reason', (_what, cmd, zh) => {
    let error: unknown
    try {
      execute(withUpstairsZone(), cmd)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CommandError)
    const e = error as CommandError
    expect(e.message).toMatch(/^[\x20-\x7e’]+$/)
    expect(e.zh).toMatch(zh)
    // Chinese through and through: Latin letters only inside the quoted ids.
    expect(e.zh.replace(/“[^”]*”/g, '')).not.toMatch(/[A-Za-z]/)
  })
})
