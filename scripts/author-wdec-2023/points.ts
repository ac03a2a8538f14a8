/** Points of interest and information kiosks. Positions are [x, z] metres (see layout.ts). */
import type { PoiKind } from '../../src/domain/scene/schema.ts'
import type { Text } from './types.ts'

export interface PoiEntry {
  id: string
  kind: PoiKind
  name: Text
  position: [number, number]
  width?: number
}

export interface KioskEntry {
  id: string
  name: Text
  position: [number, number]
  heading: number
}

export const POIS: PoiEntry[] = [
  { id: 'entrance-south', kind: 'entrance', name: { en: 'Main Entrance (South)', zh: '南主入口' }, position: [0, 50], width: 12 },
  { id: 'entrance-west', kind: 'entrance', name: { en: 'West Entrance', zh: '西入口' }, position: [-90, 0], width: 8 },
  { id: 'entrance-east', kind: 'entrance', name: { en: 'East Entrance', zh: '东入口' }, position: [90, 0], width: 8 },
  { id: 'exit-northwest', kind: 'exit', name: { en: 'North-west Service Exit', zh: '西北服务出口' }, position: [-60, -50], width: 4 },
  { id: 'exit-northeast', kind: 'exit', name: { en: 'North-east Service Exit', zh: '东北服务出口' }, position: [60, -50], width: 4 },
  { id: 'info-desk', kind: 'information', name: { en: 'Information Desk', zh: '综合服务台' }, position: [-10, 45] },
  { id: 'first-aid', kind: 'first-aid', name: { en: 'First Aid', zh: '医疗急救点' }, position: [12, 46] },
  { id: 'restroom-southwest', kind: 'restroom', name: { en: 'Restrooms (South-west)', zh: '卫生间（西南）' }, position: [-78, 46] },
  { id: 'restroom-southeast', kind: 'restroom', name: { en: 'Restrooms (South-east)', zh: '卫生间（东南）' }, position: [78, 46] },
  { id: 'restroom-northwest', kind: 'restroom', name: { en: 'Restrooms (North-west)', zh: '卫生间（西北）' }, position: [-30, -47] },
  { id: 'restroom-northeast', kind: 'restroom', name: { en: 'Restrooms (North-east)', zh: '卫生间（东北）' }, position: [30, -47] },
  { id: 'cafe-central', kind: 'cafe', name: { en: 'Central Café & Rest Area', zh: '中央咖啡休息区' }, position: [-12, 11] },
  { id: 'cafe-north', kind: 'cafe', name: { en: 'Forum Café', zh: '论坛咖啡吧' }, position: [-52, -24] },
  { id: 'media-centre', kind: 'media', name: { en: 'Media Centre', zh: '新闻中心' }, position: [12, 11] },
  { id: 'speakers-lounge', kind: 'lounge', name: { en: "Speakers' Lounge", zh: '嘉宾休息室' }, position: [0, -47.5] },
  { id: 'elevator-southwest', kind: 'elevator', name: { en: 'Elevator to Meeting Rooms', zh: '电梯（通往会议室）' }, position: [-87.5, 30] },
  { id: 'stairs-southeast', kind: 'stairs', name: { en: 'Stairs to Meeting Rooms', zh: '楼梯（通往会议室）' }, position: [87.5, 30] },
]

export const KIOSKS: KioskEntry[] = [
  { id: 'kiosk-south-entrance', name: { en: 'Kiosk · Main Entrance', zh: '导览屏 · 南主入口' }, position: [6, 44], heading: 0 },
  { id: 'kiosk-west-entrance', name: { en: 'Kiosk · West Entrance', zh: '导览屏 · 西入口' }, position: [-83, -2], heading: 90 },
  { id: 'kiosk-east-entrance', name: { en: 'Kiosk · East Entrance', zh: '导览屏 · 东入口' }, position: [83, -2], heading: 270 },
  { id: 'kiosk-forum-plaza', name: { en: 'Kiosk · Forum Plaza', zh: '导览屏 · 论坛广场' }, position: [8, -22], heading: 180 },
]

/**
 * People counters over single spots (issue 23): the main entrance's inner aisle and the forum
 * plaza, where the zones' readings say least about the crowd. They publish on
 * `venue/wdec-2023/sensors/<id>/count`; the control room's heatmap sharpens around them.
 */
export const SENSORS: { id: string; position: [number, number] }[] = [
  { id: 'sensor-main-entrance', position: [0, 46] },
  { id: 'sensor-forum-plaza', position: [0, -20] },
]
