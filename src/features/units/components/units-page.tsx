import { PageHeader } from '../../../components/page-header'
import { defineMessages, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    title: 'Đơn vị',
    planned: 'Màn hình này đang được xây dựng. Khi hoàn thành, trang sẽ hiển thị:',
    description: 'Bảng mọi đơn vị theo từng chỉ số, có xếp hạng và mức thay đổi so với cùng kỳ; mở trang riêng của từng đơn vị.',
  },
  en: {
    title: 'Units',
    planned: 'This screen is being built. When finished it will show:',
    description: 'A table of every unit by every metric, with rank and change against the same period last year; each unit opens its own page.',
  },
})

/** Placeholder until the screen's issue lands: says what will be here, shows no figures. */
export function UnitsPage() {
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
