import { PageHeader } from '../../../components/page-header'
import { defineMessages, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    title: 'Tổng quan',
    planned: 'Màn hình này đang được xây dựng. Khi hoàn thành, trang sẽ hiển thị:',
    description: 'Thẻ chỉ số so với cùng kỳ năm trước, xu hướng theo kỳ, xếp hạng đơn vị, bản đồ ô 34 tỉnh, thành phố và cơ cấu theo loại.',
  },
  en: {
    title: 'Overview',
    planned: 'This screen is being built. When finished it will show:',
    description: 'KPI cards against the same period last year, the trend by period, the ranking of units, a tile map of the 34 provinces and the breakdown by category.',
  },
})

/** Placeholder until the screen's issue lands: says what will be here, shows no figures. */
export function OverviewPage() {
  const m = useMessages(messages)
  return (
    <>
      <PageHeader title={m.title} />
      <section className="card placeholder">
        <p>{m.planned}</p>
        <p>{m.description}</p>
      </section>
    </>
  )
}
