/**
 * Shared by the Vite plugins that add to the built app's page: which HTML file that is. The
 * build also emits example pages (examples/embed.html, …); they get none of the app's start-up.
 */
export function isAppIndexHtml<C extends { filename: string; bundle?: unknown }>(ctx: C): ctx is C & { bundle: NonNullable<C['bundle']> } {
  return !!ctx.bundle && ctx.filename.endsWith('index.html') && !ctx.filename.includes('examples')
}
