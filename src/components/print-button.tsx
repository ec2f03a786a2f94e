import { useMessages } from '../lib/i18n/i18n'
import { chartExportMessages } from './chart-export/chart-export-messages'

/** "In / Xuất PDF": the browser's print dialog, which also saves as PDF; the print stylesheet lays the screen out on A4 landscape. */
export function PrintButton() {
  const m = useMessages(chartExportMessages)
  return (
    <button type="button" className="button button--secondary print-button" title={m.printHint} onClick={() => window.print()}>
      {m.print}
    </button>
  )
}
