/** A logo path as the schema allows it: relative, inside the scene folder (no `.` or `..` steps), ending in .png or .webp. */
export const LOGO_PATH = /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9_][A-Za-z0-9_./-]*\.(png|webp)$/
