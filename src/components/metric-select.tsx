/** The metric switch shared by a screen's charts: a labelled select, in the URL. */
import { useId } from 'react'
import { METRICS } from '../lib/api/contract'
import type { Metric } from '../lib/api/schemas'
import { metricLabels } from '../lib/i18n/common-messages'
import { defineMessages, useLang, useMessages } from '../lib/i18n/i18n'

const messages = defineMessages({ vi: { metric: 'Chỉ số' }, en: { metric: 'Metric' } })

export function MetricSelect({
  value,
  onChange,
  metrics = METRICS,
  className,
  inline = true,
}: {
  value: Metric
  onChange: (m: Metric) => void
  metrics?: readonly Metric[]
  className?: string
  /** Label beside the select (the default) or above it, as in a form's column. */
  inline?: boolean
}) {
  const { lang } = useLang()
  const m = useMessages(messages)
  const id = useId()
  return (
    <div className={['field', inline ? 'field--inline' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {m.metric}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as Metric)}>
        {metrics.map((metric) => (
          <option key={metric} value={metric}>
            {metricLabels[lang][metric]}
          </option>
        ))}
      </select>
    </div>
  )
}
