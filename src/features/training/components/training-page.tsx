import { PageHeader } from '../../../components/page-header'
import { defineMessages, useMessages } from '../../../lib/i18n/i18n'

const messages = defineMessages({
  vi: {
    title: 'Tập huấn',
    planned: 'Màn hình này đang được xây dựng. Khi hoàn thành, trang sẽ hiển thị:',
    description: 'Số lớp tập huấn và học viên theo kỳ, đơn vị và đối tượng; danh sách lớp.',
  },
  en: {
    title: 'Training',
    planned: 'This screen is being built. When finished it will show:',
    description: 'Training courses and trainees by period, unit and audience; the list of courses.',
  },
})

/** Placeholder until the screen's issue lands: says what will be here, shows no figures. */
export function TrainingPage() {
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
