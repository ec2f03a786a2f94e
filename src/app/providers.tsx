import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { I18nProvider, type Lang } from '../lib/i18n/i18n'

export function AppProviders({ queryClient, children, lang }: { queryClient: QueryClient; children: ReactNode; lang?: Lang }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider {...(lang ? { initialLang: lang } : {})}>{children}</I18nProvider>
    </QueryClientProvider>
  )
}
