/** The level switcher and level announcements. */
export const levelsEn = {
  'level.switcher': 'Levels',
  'level.building': 'Levels of {building}',
  /** The choice of building on a site with several. */
  'level.buildings': 'Building',
  /** Shows every level of the building at once, spread apart (a toggle). */
  'level.all': 'All levels',
  'level.showing': 'Showing {level}',
  /** A selection that brought its level into view, inside "Selected: {name}". */
  'level.elsewhere': '{name}, on {level}',
}
