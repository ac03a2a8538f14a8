import type { Lang } from '../text.ts'
import { fill } from '../template.ts'
import { defineMessages } from './define.ts'

/**
 * Turn-by-turn step texts. Directions are computed once in both languages (a switch of language
 * re-labels a route without recomputing it), so these travel with the wayfinding code in both
 * languages rather than in a language's table. Step templates come in pairs with and without the
 * optional parts (an "along …" phrase, a landmark) because word order differs between the
 * languages ("Walk 40 m along the main aisle" / "沿主通道步行40米").
 */
export const routeSteps = defineMessages({
  en: {
    'route.place.booth': 'Booth {label}',
    'route.place.boothWith': 'Booth {label} ({name})',
    'route.place.exhibitor': '{name} (Booth {label})',
    'route.landmark.the': 'the {name}',
    'route.landmark.booth': 'Booth {label}',
    'route.along.main': 'along the main aisle',
    'route.along.through': 'through the {zone}',
    'route.along.past': 'past the {zone}',
    'route.dir.0': 'north',
    'route.dir.1': 'north-east',
    'route.dir.2': 'east',
    'route.dir.3': 'south-east',
    'route.dir.4': 'south',
    'route.dir.5': 'south-west',
    'route.dir.6': 'west',
    'route.dir.7': 'north-west',
    'route.turn.left': 'left',
    'route.turn.right': 'right',
    'route.turn.slightLeft': 'slightly left',
    'route.turn.slightRight': 'slightly right',
    'route.turn.sharpLeft': 'sharp left',
    'route.turn.sharpRight': 'sharp right',
    'route.step.start': 'Start at {place} and head {dir}.',
    'route.step.turn': 'Walk {distance} m, then turn {turn} at {landmark}.',
    'route.step.turnAlong': 'Walk {distance} m {along}, then turn {turn} at {landmark}.',
    'route.step.turnBare': 'Walk {distance} m, then turn {turn}.',
    'route.step.turnAlongBare': 'Walk {distance} m {along}, then turn {turn}.',
    'route.step.walk': 'Walk {distance} m.',
    'route.step.walkAlong': 'Walk {distance} m {along}.',
    'route.step.arriveLeft': 'Arrive at {place} on your left.',
    'route.step.arriveRight': 'Arrive at {place} on your right.',
    'route.step.arriveAhead': 'Arrive at {place}, straight ahead.',
    'route.step.arrive': 'Arrive at {place}.',
    'route.step.already': 'You are already at {place}.',
    'route.connector.stairs': 'stairs',
    'route.connector.escalator': 'escalator',
    'route.connector.lift': 'lift',
    'route.connector.ramp': 'ramp',
    'route.step.connectorUp': 'At the {name}, take the {kind} up to {level}.',
    'route.step.connectorDown': 'At the {name}, take the {kind} down to {level}.',
    'route.step.onLevel': 'On {level}, head {dir}.',
  },
  zh: {
    'route.place.booth': '{label}展位',
    'route.place.boothWith': '{label}展位（{name}）',
    'route.place.exhibitor': '{name}（{label}展位）',
    'route.landmark.the': '{name}',
    'route.landmark.booth': '{label}展位',
    'route.along.main': '沿主通道',
    'route.along.through': '穿过{zone}，',
    'route.along.past': '经过{zone}，',
    'route.dir.0': '北',
    'route.dir.1': '东北',
    'route.dir.2': '东',
    'route.dir.3': '东南',
    'route.dir.4': '南',
    'route.dir.5': '西南',
    'route.dir.6': '西',
    'route.dir.7': '西北',
    'route.turn.left': '向左转',
    'route.turn.right': '向右转',
    'route.turn.slightLeft': '向左前方转',
    'route.turn.slightRight': '向右前方转',
    'route.turn.sharpLeft': '向左后方转',
    'route.turn.sharpRight': '向右后方转',
    'route.step.start': '从{place}出发，向{dir}走。',
    'route.step.turn': '直行 {distance} 米，在{landmark}{turn}。',
    'route.step.turnAlong': '{along}直行 {distance} 米，在{landmark}{turn}。',
    'route.step.turnBare': '直行 {distance} 米后{turn}。',
    'route.step.turnAlongBare': '{along}直行 {distance} 米后{turn}。',
    'route.step.walk': '直行 {distance} 米。',
    'route.step.walkAlong': '{along}直行 {distance} 米。',
    'route.step.arriveLeft': '{place}就在您的左手边。',
    'route.step.arriveRight': '{place}就在您的右手边。',
    'route.step.arriveAhead': '{place}就在正前方。',
    'route.step.arrive': '到达{place}。',
    'route.step.already': '您就在{place}。',
    // Chinese says how one takes each: 乘 a lift or an escalator, 走 the stairs, 沿 a ramp.
    'route.connector.stairs': '走楼梯',
    'route.connector.escalator': '乘自动扶梯',
    'route.connector.lift': '乘电梯',
    'route.connector.ramp': '沿坡道',
    'route.step.connectorUp': '到{name}，{kind}上至 {level}。',
    'route.step.connectorDown': '到{name}，{kind}下至 {level}。',
    'route.step.onLevel': '到达 {level}后，向{dir}走。',
  },
})

export type RouteStepKey = keyof typeof routeSteps.en

export function routeText(lang: Lang, key: RouteStepKey, vars?: Record<string, string | number>): string {
  return fill(routeSteps[lang][key], vars)
}
