/** A command that cannot be done, with the message the organizer sees in the status bar. */
export class CommandError extends Error {
  override name = 'CommandError'
}
