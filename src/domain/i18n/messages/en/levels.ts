/** The level switcher and level announcements. */
export const levelsEn = {
  'level.switcher': 'Levels',
  'level.building': 'Levels of {building}',
  'level.showing': 'Showing {level}',
  'level.elsewhere': 'On {level}',
}
