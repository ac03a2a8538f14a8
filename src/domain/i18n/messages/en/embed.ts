/** Embed mode (the twin inside the event website): compact chrome, poster, gesture hints. */
export const embedEn = {
  'embed.list': 'Pavilions',
  'embed.listShow': 'Show the list of pavilions',
  'embed.listHide': 'Hide the list of pavilions',
  'embed.loading3d': 'Loading 3D…',
  'embed.posterHint': 'Pick a pavilion while the 3D view loads.',
  'embed.wheelHint': 'Use {key} + scroll to zoom',
  'embed.touchHint': 'Use two fingers to move the map',
} satisfies Record<string, string>
