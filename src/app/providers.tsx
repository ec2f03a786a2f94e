import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { NarrowGuess } from '../components/use-narrow'
import { I18nProvider, type Lang } from '../lib/i18n/i18n'

export function AppProviders({ queryClient, children, lang, narrow = false }: { queryClient: QueryClient; children: ReactNode; lang?: Lang; narrow?: boolean }) {
  return (
    <QueryClientProvider client={queryClient}>
      <NarrowGuess.Provider value={narrow}>
        <I18nProvider {...(lang ? { initialLang: lang } : {})}>{children}</I18nProvider>
      </NarrowGuess.Provider>
    </QueryClientProvider>
  )
}
