import { PageHeader } from '../../../components/page-header'
import { defineMessages, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    title: 'Hoạt động',
    planned: 'Màn hình này đang được xây dựng. Khi hoàn thành, trang sẽ hiển thị:',
    description: 'Danh sách hoạt động gốc',
  },
  en: {
    title: 'Activities',
    planned: 'This screen is being built. When finished it will show:',
    description: ' lọc, sắp xếp, tìm kiếm không dấu, phân trang và xuất CSV.:The underlying records: filter, sort, diacritic-free search, pagination and CSV export.',
  },
})

/** Placeholder until the screen's issue lands: says what will be here, shows no figures. */
export function ActivitiesPage() {
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
