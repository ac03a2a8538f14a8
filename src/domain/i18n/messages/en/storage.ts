/**
 * The notice shown when the device's storage is full. Rare, so it travels with the later parts'
 * strings (tables/messages-<lang>-extra.ts), not the first screen's.
 */
export const storageEn = {
  'storage.full': 'Your device’s storage is full, so changes to My visit can’t be saved on it for now. They stay while this page is open; free up some space to keep them.',
  'storage.dismiss': 'OK',
} satisfies Record<string, string>
