/**
 * Where a JSON text first goes wrong, as a line and column a venue author can jump to.
 * `JSON.parse` reports a position for some errors and none for others (and its wording
 * changes between Node versions), so this small strict scanner finds the spot itself.
 * Pure: text in, location out.
 */

export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number
  /** 1-based line and column (column counts UTF-16 code units, as editors mostly do). */
  line: number
  column: number
  reason: string
  /** The offending line, trimmed and shortened, for context in a report. */
  excerpt: string
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text)
    return null
  } catch (e) {
    if (!(e instanceof Stop)) throw e
    return locate(text, e.offset, e.reason)
  }
}

export function locate(text: string, offset: number, reason: string): JsonSyntaxError {
  const at = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  let lineEnd = text.indexOf('\n', lineStart)
  if (lineEnd < 0) lineEnd = text.length
  let excerpt = text.slice(lineStart, lineEnd).replace(/\r$/, '').trim()
  if (excerpt.length > 60) excerpt = `${excerpt.slice(0, 57)}...`
  return { offset: at, line, column: at - lineStart + 1, reason, excerpt }
}

function describe(ch: string | undefined): string {
  return ch === undefined ? 'the end of the file' : JSON.stringify(ch)
}

function scan(text: string): void {
  let i = 0
  const ws = (): void => {
    while (i < text.length) {
      const c = text[i]
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
      else break
    }
  }
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length
    else throw new Stop(i, `unexpected ${describe(text[i])}`)
  }
  const string = (): void => {
    // text[i] === '"'
    const open = i
    i++
    for (;;) {
      if (i >= text.length) throw new Stop(open, 'this string is never closed')
      const c = text[i]!
      if (c === '"') {
        i++
        return
      }
      if (c === '\\') {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i, 'bad \\u escape (needs 4 hex digits)')
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else throw new Stop(i, `bad escape \\${e ?? ''} in a string`)
        continue
      }
      if (c.charCodeAt(0) < 0x20) throw new Stop(i, c === '\n' ? 'line break inside a string (a missing closing quote?)' : 'control character inside a string')
      i++
    }
  }
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '-' || m[0] === '') throw new Stop(i, `unexpected ${describe(text[i])}`)
    i += m[0].length
  }
  const value = (depth: number): void => {
    if (depth > 2000) throw new Stop(i, 'nested too deeply')
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] === '/') throw new Stop(i, 'comments are not allowed in JSON')
        if (text[i] !== '"') throw new Stop(i, text[i] === '}' ? 'trailing comma before "}"' : `expected a double-quoted property name, found ${describe(text[i])}`)
        string()
        ws()
        if (text[i] !== ':') throw new Stop(i, `expected ":" after the property name, found ${describe(text[i])}`)
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          const comma = i
          i++
          ws()
          if (text[i] === '}') throw new Stop(comma, 'trailing comma before "}"')
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        throw new Stop(i, `expected "," or "}" after a property value, found ${describe(text[i])}`)
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          const comma = i
          i++
          ws()
          if (text[i] === ']') throw new Stop(comma, 'trailing comma before "]"')
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        throw new Stop(i, `expected "," or "]" after an array item, found ${describe(text[i])}`)
      }
    }
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number()
    if (c === '/') throw new Stop(i, 'comments are not allowed in JSON')
    throw new Stop(i, c === undefined ? 'unexpected end of the file (is something missing?)' : `unexpected ${describe(c)}`)
  }
  value(0)
  ws()
  if (i < text.length) throw new Stop(i, `unexpected ${describe(text[i])} after the end of the JSON value`)
}
