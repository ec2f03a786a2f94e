/**
 * The yardstick of `npm run bench -- lighthouse` (issue 14): the least a React page with one
 * chart can be — React 19 and a single Recharts line chart of twelve figures, nothing else —
 * built with the same Vite and the same build settings as the dashboard.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'

const data = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value: 900 + ((i * 137) % 400) }))

function App() {
  return (
    <main>
      <h1>Articles per month</h1>
      <p>News items and articles published each month of 2026, all units together.</p>
      <LineChart width={360} height={240} data={data} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis />
        <Tooltip />
        <Line type="monotone" dataKey="value" stroke="#8e1b1b" isAnimationActive={false} />
      </LineChart>
    </main>
  )
}

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
