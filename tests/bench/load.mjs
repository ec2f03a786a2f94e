// Load generator for `npm run bench` (run in a process of its own): 50 concurrent connections
// for 30 s on a mix of /stats, /summary and /activities against the server at argv[2]; prints
// autocannon's result as JSON on stdout. argv[5]: the session cookie (`ttdn_session=…`) the API needs.
import autocannon from 'autocannon'

const base = process.argv[2]
const duration = Number(process.argv[3] ?? 30)
const connections = Number(process.argv[4] ?? 50)
const cookie = process.argv[5] ?? ''
const paths = [
  '/api/v1/stats?metric=articles&from=2026-01&to=2026-10&granularity=month&by=period&boundary=current&compare=previous-year',
  '/api/v1/stats?metric=articles&from=2026-01&to=2026-10&by=unit&boundary=current&compare=previous-year',
  '/api/v1/summary?from=2026-01&to=2026-10&boundary=current',
  '/api/v1/stats?metric=trainees&from=2025-01&to=2025-12&by=category&units=c37&boundary=current',
  '/api/v1/summary?from=2025-01&to=2025-06&units=c22&boundary=reported',
  '/api/v1/activities?from=2026-01&to=2026-10&sort=-date',
  '/api/v1/activities?q=hoi%20nghi&page=2',
]
const result = await autocannon({
  url: base,
  connections,
  duration,
  headers: cookie ? { cookie } : {},
  requests: paths.map((path) => ({ method: 'GET', path })),
})
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }),
)
