/** Bad input from outside (URL, messages, API calls) is ignored with a console warning. */
export function warn(message: string): void {
  console.warn(`[venue-twin] ${message}`)
}
