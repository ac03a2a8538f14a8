/**
 * Wayfinding: the directions panel. The turn-by-turn step texts are in ../routeSteps.ts (both
 * languages at once, computed with the route).
 */
export const routeEn = {
  'route.directions': 'Directions',
  'route.directionsTo': 'Directions to {place}',
  'route.title': 'Directions',
  'route.from': 'From',
  'route.entrances': 'Entrances',
  'route.kiosks': 'Kiosks',
  'route.services': 'Service points',
  'route.booths': 'Booths',
  'route.boothNumber': 'Or a booth number',
  'route.boothNumberHint': 'e.g. {example}, then Enter',
  'route.boothUnknown': 'There is no booth {label}.',
  'route.avoidSteps': 'Avoid steps (step-free route)',
  'route.summary': '{length} m · about {minutes} min on foot',
  'route.pace': 'Walking time at {pace} m/s.',
  'route.stepsHeading': 'Step by step',
  'route.clear': 'Clear route',
  'route.noRoute': 'No walkable route was found between these places.',
  'route.noStepFree': 'No step-free route was found. Untick "Avoid steps" to see the route with steps.',
  'route.youAreHere': 'You are here',
  'route.announce': 'Route to {place}: {length} m, about {minutes} min.',
  'route.announceCleared': 'Route cleared',
} satisfies Record<string, string>
