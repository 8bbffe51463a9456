import { afterEach, describe, expect, it } from 'vitest'
import { forgetSessionData } from '@/stores/session'
import { forgetQueryCode, QUERY_CODES_KEY, queryCodeFor, rememberQueryCode } from './queryCodes'

afterEach(() => sessionStorage.clear())

describe('query codes', () => {
  it('are kept for the session only, by ticket number, and forgotten on sign-out', () => {
    rememberQueryCode('RX-1', 'CODE-1')
    rememberQueryCode('RX-2', 'CODE-2')
    expect(queryCodeFor('RX-1')).toBe('CODE-1')
    expect(JSON.stringify(localStorage)).not.toContain('CODE-1')
    forgetQueryCode('RX-1')
    expect(queryCodeFor('RX-2')).toBe('CODE-2')
    expect(sessionStorage.getItem(QUERY_CODES_KEY)).not.toContain('CODE-1')
    forgetSessionData()
    expect(sessionStorage.getItem(QUERY_CODES_KEY)).toBeNull()
  })
})
