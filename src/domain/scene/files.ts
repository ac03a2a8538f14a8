/** The files of a scene folder, in report order (zod-free: the loader on the main thread needs them). */
export const SCENE_FILES = ['venue.json', 'exhibitors.json', 'sessions.json'] as const
export type SceneFileName = (typeof SCENE_FILES)[number]
