/**
 * Reads a PIN for `npm run config -- kiosk-pin`: on a terminal it asks twice without echoing
 * and insists the two match; otherwise (a script piping it in) it reads the first line of
 * standard input.
 */
import { stdin, stderr } from 'node:process'

function readLine(): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    stdin.setEncoding('utf8')
    const onData = (chunk: string): void => {
      text += chunk
      const nl = text.indexOf('\n')
      if (nl >= 0) done(text.slice(0, nl))
    }
    const done = (line: string): void => {
      stdin.off('data', onData)
      stdin.off('end', onEnd)
      stdin.pause()
      resolve(line.replace(/\r$/, '').trim())
    }
    const onEnd = (): void => done(text)
    stdin.on('data', onData)
    stdin.on('end', onEnd)
    stdin.on('error', reject)
    stdin.resume()
  })
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    stderr.write(prompt)
    stdin.setRawMode(true)
    stdin.setEncoding('utf8')
    let pin = ''
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.off('data', onData)
          stdin.setRawMode(false)
          stdin.pause()
          stderr.write('\n')
          resolve(pin)
          return
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false)
          stderr.write('\n')
          process.exit(130)
        }
        if (ch === '\u007f' || ch === '\b') pin = pin.slice(0, -1)
        else pin += ch
      }
    }
    stdin.on('data', onData)
    stdin.resume()
  })
}

export async function readPin(): Promise<string> {
  if (!stdin.isTTY) return readLine()
  const first = await askHidden('New operator PIN (4-12 digits): ')
  const second = await askHidden('Once more: ')
  if (first !== second) {
    stderr.write('config: the two PINs differ; nothing written\n')
    process.exit(1)
  }
  return first
}
