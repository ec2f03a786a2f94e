import { BrowserRouter } from 'react-router'
import { App } from './app'

export function AppRouter() {
  return (
    <BrowserRouter>
      <App />
    </BrowserRouter>
  )
}
