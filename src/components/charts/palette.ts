/**
 * Colour-blind-safe colours. Categorical: Okabe–Ito (without yellow, too light on white).
 * Sequential: ColorBrewer Blues, 5 classes, for maps and heat scales.
 */
export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const
export const SEQUENTIAL_5 = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const
/** The current period and the same period last year. */
export const CURRENT_COLOR = '#0072B2'
export const PREVIOUS_COLOR = '#9AA5B1'
/** Units outside the unit filter. */
export const MUTED_COLOR = '#E4E7EB'
