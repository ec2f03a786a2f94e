/** Today's date. One place, so tests can pin it with fake timers (`vi.setSystemTime`). */
export function today(): Date {
  return new Date()
}

/** The month before the current one: the last month whose reports are complete. */
export function lastCompleteMonth(now: Date = today()): string {
  const year = now.getFullYear()
  const month = now.getMonth() // 0-based, so this is already "last month" 1-based
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`
}
