import { describe, expect, it } from 'vitest'
import { safeNextPath, signInHref } from '../../src/lib/next-path'

describe('the way back after sign-in (?next=)', () => {
  it('keeps a path of this app with its search and hash', () => {
    expect(safeNextPath('/units/c37')).toBe('/units/c37')
    expect(safeNextPath('/activities?metric=articles&q=ha%20nam#list')).toBe('/activities?metric=articles&q=ha%20nam#list')
  })

  it('refuses anything that leaves the app (no open redirect)', () => {
    const bad = [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/\n/evil.example',
      'units/c37',
      '',
      null,
      undefined,
    ]
    expect(bad.map((next) => safeNextPath(next))).toEqual(bad.map(() => '/'))
  })

  it('never comes back to the sign-in page itself', () => {
    expect(safeNextPath('/sign-in?next=/units')).toBe('/')
  })

  it('builds the sign-in address that returns to a path', () => {
    expect(signInHref('/units/c37?boundary=reported')).toBe('/sign-in?next=%2Funits%2Fc37%3Fboundary%3Dreported')
    expect(signInHref('/')).toBe('/sign-in')
  })
})
