/**
 * One report (`/reports/2026-H1.c37`) as an administrative document: the unit and the nation's
 * header, the title, the period and deadline, the status (on time, late, overdue), the
 * secretariat's comment while returned, the table of figures (same period last year, % of plan
 * against an approved plan only), whether the figures are a live preview or as submitted, the
 * narrative in three parts, and the history of transitions.
 *
 * The unit's reporter and the admins edit the narrative while the report is not started, a
 * draft or returned; the buttons mirror `ALLOWED_TRANSITIONS` and `ADMIN_ONLY_TRANSITIONS`
 * (the server decides). What the user typed is never lost: it stays in the text boxes after a
 * refusal or a conflict (and in the tab's session storage until saved).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Link, useNavigationType, useParams } from 'react-router'
import { NotFound } from '../../../components/not-found'
import { ErrorState, Skeleton, useErrorMessage } from '../../../components/widget-state'
import { useFilters } from '../../../filters/filters-provider'
import { ApiError } from '../../../lib/api/client'
import { invalidateReportQueries, reportsQueries } from '../../../lib/api/report-queries'
import {
  ADMIN_ONLY_TRANSITIONS,
  ALLOWED_TRANSITIONS,
  COMMENT_MAX_LENGTH,
  NARRATIVE_MAX_LENGTH,
  NARRATIVE_PARTS,
  type Narrative,
  type Report,
  type Transition,
} from '../../../lib/api/reports'
import { useMe } from '../../../lib/api/session'
import { downloadBlob } from '../../../lib/download'
import { useLang, useMessages } from '../../../lib/i18n/i18n'
import { parseCurrentReport, saveReportNarrative, transitionReport } from '../api/report-writes'
import { parseReportId, reportDocument, reportFileName, reportTiming, type ReportDocumentModel } from '../lib/report-document'
import { todayInVietnam } from '../../../lib/api/activity-input'
import { formatVnDateTime as formatTimestamp } from '../../../lib/vn-time'
import { reportStatusLabels, reportsMessages, transitionActionLabels } from '../lib/reports-messages'
import { ReportStatusBadge } from './report-status'
import '../reports.css'

type Messages = (typeof reportsMessages)['vi']

export function ReportPage() {
  const { reportId = '' } = useParams()
  const m = useMessages(reportsMessages)
  const parsed = parseReportId(reportId)
  if (!parsed) return <ReportNotFound id={reportId} />
  return <ReportScreen key={reportId} id={reportId} m={m} />
}

function ReportNotFound({ id }: { id: string }) {
  const m = useMessages(reportsMessages)
  return <NotFound title={m.notFoundTitle} body={m.notFoundBody(id)} back={{ to: '/reports', label: m.backToReports }} />
}

const draftKey = (id: string) => `ttdn.report-draft.${id}`

/** The narrative typed and not yet saved, kept in the tab's session storage (a reload or a sign-in in between keeps it). */
function readStoredDraft(id: string): Narrative | null {
  try {
    const raw = sessionStorage.getItem(draftKey(id))
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<Narrative>
    return { results: value.results ?? '', shortcomings: value.shortcomings ?? '', proposals: value.proposals ?? '' }
  } catch {
    return null
  }
}

function sameNarrative(a: Narrative, b: Narrative): boolean {
  return NARRATIVE_PARTS.every((p) => a[p] === b[p])
}

type Panel = 'submit' | 'return' | 'reopen' | null

function ReportScreen({ id, m }: { id: string; m: Messages }) {
  const { lang } = useLang()
  const query = useQuery(reportsQueries.detail(id))
  const { unitsById } = useFilters()
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const describe = useErrorMessage()
  const [draft, setDraft] = useState<Narrative | null>(() => readStoredDraft(id))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [conflict, setConflict] = useState(false)
  const [done, setDone] = useState('')
  const [panel, setPanel] = useState<Panel>(null)
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | null>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const navigation = useNavigationType()
  const today = todayInVietnam()

  const report = query.data
  const narrative = draft ?? report?.narrative ?? { results: '', shortcomings: '', proposals: '' }
  const dirty = report !== undefined && draft !== null && !sameNarrative(draft, report.narrative)

  useEffect(() => {
    try {
      if (dirty && draft) sessionStorage.setItem(draftKey(id), JSON.stringify(draft))
      else sessionStorage.removeItem(draftKey(id))
    } catch {
      // Storage unavailable: the text stays in the boxes for this page's life.
    }
  }, [dirty, draft, id])

  useEffect(() => {
    if (error || conflict) alertRef.current?.focus()
  }, [error, conflict])

  // Reached by a link (the list, the completeness screen): start at the report's title, as every screen does.
  const loaded = query.isSuccess
  useEffect(() => {
    if (loaded && navigation !== 'POP') headingRef.current?.focus()
  }, [loaded, navigation])

  if (query.isPending) return <Skeleton height={480} />
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <ReportNotFound id={id} />
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} title={m.reportError} />
  }
  const r = query.data
  const unit = unitsById.get(r.unit)
  const unitName = unit?.name ?? r.unit
  const canWrite = me?.role === 'admin' || (me?.role === 'reporter' && me.unit === r.unit)
  const isAdmin = me?.role === 'admin'
  const editable = canWrite && (r.status === 'not-started' || r.status === 'draft' || r.status === 'returned')
  const allowed = (action: Transition) => canWrite && ALLOWED_TRANSITIONS[r.status].includes(action) && (isAdmin || !ADMIN_ONLY_TRANSITIONS.includes(action))
  // A report not started is submitted by saving it first (the server creates the draft).
  const canSubmit = canWrite && (allowed('submit') || r.status === 'not-started')
  const doc = reportDocument(r, unit, lang, today, narrative)
  const timing = reportTiming(r, today)

  /** Shows a refusal in the UI's language (the server words it in the language the client asked for). */
  const fail = (e: unknown) => {
    if (!(e instanceof ApiError)) throw e
    if (e.status === 409 && e.code === 'conflict') {
      const current = parseCurrentReport(e.current)
      if (current) queryClient.setQueryData(reportsQueries.detail(id).queryKey, current)
      setConflict(true)
      return
    }
    if (e.kind !== 'http' || e.status === null || e.status >= 500) {
      setError(m.failed(describe(e).message))
      return
    }
    if (e.status === 401) {
      setError(m.signedOut)
      return
    }
    // The app words each refusal it knows in the UI's language (the server words its own in the
    // browser's, which may differ); an unknown one keeps the server's words in Vietnamese.
    if (e.code === 'invalid_transition') void queryClient.invalidateQueries({ queryKey: reportsQueries.detail(id).queryKey })
    const known: Record<string, string> = {
      forbidden: m.forbidden,
      invalid_transition: m.invalidTransition,
      period_not_ended: m.periodNotEnded,
      data_incomplete: m.dataIncomplete,
      not_found: m.reportGone,
    }
    const text =
      e.status === 400 && e.field === 'narrative.results'
        ? m.requiredResults
        : e.status === 400 && e.field === 'comment'
          ? m.returnCommentRequired
          : (known[e.code] ?? (e.status === 403 ? m.forbidden : lang === 'vi' && e.message ? e.message : m.refusedOther))
    setError(`${m.refusedPrefix} ${text}`)
  }

  const run = async (work: () => Promise<Report>, message: string) => {
    setBusy(true)
    setError(null)
    setConflict(false)
    setDone('')
    try {
      const next = await work()
      queryClient.setQueryData(reportsQueries.detail(id).queryKey, next)
      setDraft(null)
      setPanel(null)
      setComment('')
      setDone(message)
      // Lists and completeness refetch in the background; the buttons are usable at once.
      void invalidateReportQueries(queryClient)
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }

  const save = () => run(() => saveReportNarrative(id, narrative, r.version), m.saved)
  const submit = () => {
    if (narrative.results.trim() === '') {
      setError(m.requiredResults)
      setPanel(null)
      return
    }
    return run(async () => {
      // Unsaved text (or a report not started) is saved first: the submission carries what is on screen.
      const base = dirty || r.status === 'not-started' ? await saveReportNarrative(id, narrative, r.version) : r
      if (base !== r) queryClient.setQueryData(reportsQueries.detail(id).queryKey, base)
      return transitionReport(id, 'submit', base.version, null)
    }, m.submitted)
  }
  const approve = () => run(() => transitionReport(id, 'approve', r.version, null), m.approved)
  const returnReport = () => {
    if (comment.trim() === '') {
      setCommentError(m.returnCommentRequired)
      return
    }
    setCommentError(null)
    return run(() => transitionReport(id, 'return', r.version, comment), m.returned)
  }
  const reopen = () => run(() => transitionReport(id, 'reopen', r.version, comment.trim() === '' ? null : comment), m.reopened)

  const reloadKeepMine = async () => {
    setConflict(false)
    await queryClient.invalidateQueries({ queryKey: reportsQueries.detail(id).queryKey })
  }

  const openPanel = (next: Panel) => {
    setPanel(next)
    setComment('')
    setCommentError(null)
    setError(null)
  }

  return (
    <article className="report-screen">
      <div className="report-toolbar" data-print-hidden>
        <Link to="/reports" className="report-toolbar__back">
          <span aria-hidden="true">← </span>
          {m.backToReports}
        </Link>
        <ReportStatusBadge status={r.status} timing={timing} />
        <div className="report-toolbar__actions">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {m.print}
          </button>
          <DocxButton doc={doc} fileName={reportFileName(r.period, unitName)} m={m} />
        </div>
      </div>

      {r.status === 'returned' && r.returnComment && (
        <section className="report-returned" aria-labelledby={`${id}-returned`} data-print-hidden>
          <h2 id={`${id}-returned`} className="report-returned__title">
            {m.returnedTitle}
          </h2>
          <p className="report-returned__by">{m.returnedBy}</p>
          <blockquote className="report-returned__comment">{r.returnComment}</blockquote>
        </section>
      )}

      <div className="report-doc">
        <header className="report-doc__head">
          <div className="report-doc__issuer">
            <span>{doc.issuer[0]}</span>
            <strong>{doc.issuer[1]}</strong>
          </div>
          <div className="report-doc__nation">
            <strong>{doc.nation}</strong>
            <strong className="report-doc__motto">{doc.motto}</strong>
            <em className="report-doc__place">{doc.placeDate}</em>
          </div>
        </header>
        <h1 className="report-doc__title" ref={headingRef} tabIndex={-1}>
          {doc.title}
        </h1>
        <p className="report-doc__period">{doc.periodLine}</p>

        <section aria-labelledby={`${id}-figures`}>
          <h2 id={`${id}-figures`} className="report-doc__section">
            {doc.figuresTitle}
          </h2>
          <p className="report-doc__note" data-testid="figures-note">
            <span className={`report-live report-live--${r.snapshot ? 'snapshot' : 'preview'}`}>{doc.figuresNote}</span>
          </p>
          <FiguresTable doc={doc} caption={`${doc.figuresTitle} — ${doc.title}`} />
          {doc.noPlanNote && <p className="report-doc__note">{doc.noPlanNote}</p>}
        </section>

        <section aria-labelledby={`${id}-narrative`}>
          <h2 id={`${id}-narrative`} className="report-doc__section">
            {doc.narrativeTitle}
          </h2>
          {NARRATIVE_PARTS.map((part, i) => (
            <NarrativePart
              key={part}
              heading={doc.narrative[i]?.heading ?? part}
              value={narrative[part]}
              editable={editable}
              empty={m.narrativeEmpty}
              onChange={(value) => setDraft({ ...narrative, [part]: value })}
            />
          ))}
        </section>

        <footer className="report-doc__end">
          <p className="report-doc__status">{doc.statusLine}</p>
          {doc.dateLines.map((line) => (
            <p key={line} className="report-doc__date">
              {line}
            </p>
          ))}
          {r.locked && (
            <p className="report-doc__note" data-print-hidden>
              {m.lockedNote}
            </p>
          )}
        </footer>
      </div>

      <ReportActions>
        {(error || conflict) && (
          <div className="report-alert" role="alert" tabIndex={-1} ref={alertRef}>
            {conflict ? (
              <>
                <p>{m.conflict}</p>
                <div className="report-actions__row">
                  <button type="button" className="button" onClick={() => void reloadKeepMine()}>
                    {m.reloadKeepMine}
                  </button>
                  <CopyButton text={NARRATIVE_PARTS.map((p, i) => `${doc.narrative[i]?.heading ?? p}\n${narrative[p]}`).join('\n\n')} m={m} />
                </div>
              </>
            ) : (
              <p>{error}</p>
            )}
          </div>
        )}
        <output className="report-actions__done" aria-live="polite">
          {done}
        </output>
        {editable && dirty && <p className="report-actions__unsaved">{m.unsaved}</p>}
        {(editable || canSubmit || allowed('approve') || allowed('return') || allowed('reopen')) && (
          <div className="report-actions__row">
            {editable && (
              <button type="button" className="button button--secondary" onClick={() => void save()} disabled={busy}>
                {busy ? m.saving : m.saveDraft}
              </button>
            )}
            {canSubmit && (
              <button type="button" className="button" onClick={() => openPanel('submit')} disabled={busy} aria-expanded={panel === 'submit'}>
                {m.submit}
              </button>
            )}
            {allowed('approve') && (
              <button type="button" className="button" onClick={() => void approve()} disabled={busy}>
                {m.approve}
              </button>
            )}
            {allowed('return') && (
              <button type="button" className="button button--secondary" onClick={() => openPanel('return')} disabled={busy} aria-expanded={panel === 'return'}>
                {m.returnAction}
              </button>
            )}
            {allowed('reopen') && (
              <button type="button" className="button button--secondary" onClick={() => openPanel('reopen')} disabled={busy} aria-expanded={panel === 'reopen'}>
                {m.reopen}
              </button>
            )}
          </div>
        )}
        {panel === 'submit' && (
          <ConfirmPanel onCancel={() => setPanel(null)} onConfirm={() => void submit()} confirmLabel={m.submit} busy={busy} m={m} focusConfirm>
            <p>{m.submitConfirm}</p>
          </ConfirmPanel>
        )}
        {(panel === 'return' || panel === 'reopen') && (
          <ConfirmPanel
            onCancel={() => setPanel(null)}
            onConfirm={() => void (panel === 'return' ? returnReport() : reopen())}
            confirmLabel={panel === 'return' ? m.confirmReturn : m.confirmReopen}
            busy={busy}
            m={m}
          >
            <CommentField
              label={panel === 'return' ? m.returnComment : m.reopenReason}
              required={panel === 'return'}
              value={comment}
              error={commentError}
              onChange={setComment}
            />
          </ConfirmPanel>
        )}
      </ReportActions>

      <History report={r} m={m} />
    </article>
  )
}

function ReportActions({ children }: { children: ReactNode }) {
  const m = useMessages(reportsMessages)
  return (
    <section className="report-actions" aria-label={m.actions} data-print-hidden>
      {children}
    </section>
  )
}

function FiguresTable({ doc, caption }: { doc: ReportDocumentModel; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table report-figures">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {doc.columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.rows.map((row) => (
            <tr key={row.metric}>
              <th scope="row">{row.metric}</th>
              <td className="num" data-label={doc.columns[1]}>
                {row.value}
              </td>
              <td className="num" data-label={doc.columns[2]}>
                {row.previous}
              </td>
              <td className="num" data-label={doc.columns[3]}>
                {row.change}
              </td>
              <td className="num" data-label={doc.columns[4]}>
                {row.target}
              </td>
              <td className={`num${row.noPlan ? ' report-figures__no-plan' : ''}`} data-label={doc.columns[5]}>
                {row.percentOfPlan}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function NarrativePart({ heading, value, editable, empty, onChange }: { heading: string; value: string; editable: boolean; empty: string; onChange: (value: string) => void }) {
  const id = useId()
  return (
    <div className="report-narrative">
      {editable ? (
        <>
          <label className="report-narrative__heading" htmlFor={id}>
            {heading}
          </label>
          <textarea id={id} className="input report-narrative__input" value={value} maxLength={NARRATIVE_MAX_LENGTH} rows={6} onChange={(e) => onChange(e.target.value)} />
          {/* Paper shows the text, not a text box. */}
          <div className="report-narrative__print" aria-hidden="true">
            {value.trim() === '' ? empty : value}
          </div>
        </>
      ) : (
        <>
          <h3 className="report-narrative__heading">{heading}</h3>
          <div className="report-narrative__text">{value.trim() === '' ? <span className="muted">{empty}</span> : value}</div>
        </>
      )}
    </div>
  )
}

function ConfirmPanel({
  children,
  onCancel,
  onConfirm,
  confirmLabel,
  busy,
  m,
  focusConfirm = false,
}: {
  children: ReactNode
  onCancel: () => void
  onConfirm: () => void
  confirmLabel: string
  busy: boolean
  m: Messages
  /** Without a field to fill, the confirmation itself takes the focus (Cancel is next to it). */
  focusConfirm?: boolean
}) {
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focusConfirm) confirmRef.current?.focus()
  }, [focusConfirm])
  return (
    <div className="report-confirm">
      {children}
      <div className="report-actions__row">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {m.cancel}
        </button>
        <button type="button" className="button" onClick={onConfirm} disabled={busy} ref={confirmRef}>
          {busy ? m.saving : confirmLabel}
        </button>
      </div>
    </div>
  )
}

function CommentField({ label, required, value, error, onChange }: { label: string; required: boolean; value: string; error: string | null; onChange: (v: string) => void }) {
  const id = useId()
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div className="field report-confirm__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        className="input"
        rows={3}
        value={value}
        maxLength={COMMENT_MAX_LENGTH}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="report-confirm__error">
          {error}
        </p>
      )}
    </div>
  )
}

function CopyButton({ text, m }: { text: string; m: Messages }) {
  const [copied, setCopied] = useState(false)
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
    >
      {copied ? m.copied : m.copyMine}
    </button>
  )
}

function DocxButton({ doc, fileName, m }: { doc: ReportDocumentModel; fileName: string; m: Messages }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  const download = async () => {
    setState('busy')
    try {
      // The Word writer loads only now, never with the screen.
      const { reportDocxBlob } = await import('../lib/report-docx')
      downloadBlob(fileName, await reportDocxBlob(doc, m.narrativeEmpty))
      setState('idle')
    } catch {
      setState('failed')
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void download()} disabled={state === 'busy'}>
        {state === 'busy' ? m.docxPreparing : m.docx}
      </button>
      {state === 'failed' && (
        <span className="report-toolbar__error" role="alert">
          {m.docxFailed}
        </span>
      )}
    </>
  )
}

function History({ report, m }: { report: Report; m: Messages }) {
  const { lang } = useLang()
  return (
    <section className="card report-history" aria-labelledby={`${report.id}-history`} data-print-hidden>
      <h2 id={`${report.id}-history`} className="card__title">
        {m.historyTitle}
      </h2>
      {report.transitions.length === 0 ? (
        <p className="muted">{m.historyEmpty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table report-history__table">
            <caption className="visually-hidden">{m.historyTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.historyAt}</th>
                <th scope="col">{m.historyWho}</th>
                <th scope="col">{m.historyAction}</th>
                <th scope="col">{m.historyStatus}</th>
                <th scope="col">{m.historyComment}</th>
              </tr>
            </thead>
            <tbody>
              {report.transitions.map((t) => (
                <tr key={`${t.at}-${t.action}`}>
                  <td className="report-history__at" data-label={m.historyAt}>
                    {formatTimestamp(t.at, lang)}
                  </td>
                  <td data-label={m.historyWho}>{t.username}</td>
                  <td data-label={m.historyAction}>{transitionActionLabels[lang][t.action]}</td>
                  <td data-label={m.historyStatus}>
                    {reportStatusLabels[lang][t.from]} → {reportStatusLabels[lang][t.to]}
                  </td>
                  <td className="report-history__comment" data-label={m.historyComment}>
                    {t.comment ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
