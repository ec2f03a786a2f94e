import { PageHeader } from '../../../components/page-header'
import { defineMessages, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    title: 'Trang đơn vị',
    planned: 'Màn hình này đang được xây dựng. Khi hoàn thành, trang sẽ hiển thị:',
    description: 'Chỉ số, xu hướng, cơ cấu, lịch sử sắp xếp năm 2025 và danh sách hoạt động của đơn vị.',
  },
  en: {
    title: 'Unit page',
    planned: 'This screen is being built. When finished it will show:',
    description: "The unit's figures, trends, breakdowns, its 2025 reorganisation history and its records.",
  },
})

/** Placeholder until the screen's issue lands: says what will be here, shows no figures. */
export function UnitPage() {
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
