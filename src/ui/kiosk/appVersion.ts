// Defined at build time from package.json (vite.config.ts `define`); absent in bare TS tools.
declare const __APP_VERSION__: string | undefined

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'
