import { useId } from 'react'
import { PageHeader } from '../../../components/page-header'
import { useMessages } from '../../../lib/i18n/i18n'
// oxlint-disable-next-line import/no-unassigned-import -- the screen's stylesheet, loaded with its chunk
import '../training.css'
import { CourseList } from './course-list'
import { TrainingBehindPlan } from './training-behind-plan'
import { TrainingByAudience } from './training-by-audience'
import { TrainingByPeriod } from './training-by-period'
import { TrainingByUnit } from './training-by-unit'
import { trainingMessages } from './training-messages'
import { TrainingTotals } from './training-totals'
import { UntrainedUnits } from './untrained-units'
import { useScreenParams } from '../../../filters/use-screen-params'
import { MEASURES, trainingParams } from '../lib/training-params'

/** For trainers: courses and trainees by period, unit and audience; who held none; the courses. */
export function TrainingPage() {
  const m = useMessages(trainingMessages)
  const [{ measure }, setState] = useScreenParams(trainingParams)
  const id = useId()

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <fieldset className="field segmented training-measure">
            <legend className="field__label">{m.measure}</legend>
            <div className="segmented__options">
              {MEASURES.map((value) => (
                <label key={value} className="segmented__option">
                  <input type="radio" name={`${id}-measure`} value={value} checked={measure === value} onChange={() => setState({ measure: value })} />
                  <span>{m[value]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        }
      />
      <TrainingTotals />
      <TrainingByPeriod measure={measure} />
      <div className="grid grid--2">
        <TrainingByAudience measure={measure} />
        <UntrainedUnits />
      </div>
      <TrainingBehindPlan measure={measure} />
      <TrainingByUnit measure={measure} />
      <CourseList />
    </>
  )
}
