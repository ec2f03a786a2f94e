/**
 * Structured logging for the production server: one JSON object per line on stdout, so a
 * container runtime or journald can ship and query the lines without parsing prose.
 */

export type LogLevel = 'info' | 'warn' | 'error'

/** Writes one log line: `time`, `level`, then the given fields. */
export type Logger = (level: LogLevel, fields: Record<string, unknown>) => void

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  return (level, fields) => write(JSON.stringify({ time: new Date().toISOString(), level, ...fields }))
}
