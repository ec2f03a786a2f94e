import { metricParams } from '../../../filters/screen-params'

/** The overview's own URL parameter: `metric`, the metric its charts show. */
export const overviewParams = metricParams('articles')
