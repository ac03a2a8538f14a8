/** The baseline's first-frame mark (read by the benchmark; set by main.tsx). */
export const BASELINE_FIRST_FRAME_MARK = 'baseline:first-frame'
