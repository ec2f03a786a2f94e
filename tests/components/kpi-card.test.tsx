import { render, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { KpiCard } from '../../src/components/kpi-card'
import { I18nProvider, type Lang } from '../../src/lib/i18n/i18n'

function renderCard(value: number, previous: number | null, lang: Lang = 'vi') {
  const { container } = render(
    <I18nProvider initialLang={lang}>
      <KpiCard label="Hội nghị, hội thảo" value={value} previous={previous} />
    </I18nProvider>,
  )
  return within(container).getByRole('article', { name: 'Hội nghị, hội thảo' })
}

describe('KpiCard', () => {
  it('says the direction in words; the amount and the percentage are unsigned', () => {
    const card = renderCard(426, 447)
    expect(card).toHaveTextContent('426')
    expect(card).toHaveTextContent(/Giảm 21 \(4,7\s?%\)/)
    expect(card).not.toHaveTextContent('Giảm -21')
    expect(card).toHaveTextContent('Cùng kỳ năm trước: 447')
  })

  it('in English, with thousands separators', () => {
    const card = renderCard(113138, 108444, 'en')
    expect(card).toHaveTextContent('113,138')
    expect(card).toHaveTextContent(/Up 4,694 \(4\.3%\)/)
  })

  it('names its headline figure by its label, so it is heard as the label’s value (vi and en)', () => {
    expect(within(renderCard(1234, 1000)).getByRole('group', { name: 'Hội nghị, hội thảo' })).toHaveTextContent(/^1\.234$/)
    expect(within(renderCard(1234, 1000, 'en')).getByRole('group', { name: 'Hội nghị, hội thảo' })).toHaveTextContent(/^1,234$/)
  })

  it('never shows NaN or Infinity: zero last year, and no data last year', () => {
    expect(renderCard(5, 0)).toHaveTextContent('Tăng 5 (Cùng kỳ năm trước bằng 0)')
    expect(renderCard(7, null)).toHaveTextContent('Không có số liệu so sánh')
    expect(document.body).not.toHaveTextContent(/NaN|Infinity|∞/)
  })
})
