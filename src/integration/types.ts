/** An optional edge of the app: started with the store, returns its own teardown. */
export type Stop = () => void
