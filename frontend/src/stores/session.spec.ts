import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from './session'
import { jsonResponse } from '@/test/mountWith'

const officer = {
  subject: 'officer-huaibei',
  displayName: '王芳',
  roles: [{ role: 'DISCLOSURE_OFFICER', agencyId: 'a', agencyName: '淮北市人民政府' }],
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('session', () => {
  it('takes a 401 as an anonymous visitor, not a failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          jsonResponse({ type: 'x', title: 'y', status: 401 }, 401, 'application/problem+json'),
        ),
    )
    const session = useSessionStore()
    await session.ensureLoaded()
    expect(session.loaded).toBe(true)
    expect(session.signedIn).toBe(false)
    expect(session.failed).toBe(false)
    expect(session.isStaff).toBe(false)
  })

  it('knows a staff member by their roles, and asks only once', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(officer))
    vi.stubGlobal('fetch', fetch)
    const session = useSessionStore()
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()])
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(session.isStaff).toBe(true)
    expect(session.hasAnyRole('DISCLOSURE_OFFICER')).toBe(true)
    expect(session.hasAnyRole('SECURITY_AUDITOR')).toBe(false)
  })

  it('logs out with a POST and then finds itself anonymous', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const fetch = vi.fn(async (url: string) =>
      url === '/logout'
        ? new Response(null, { status: 204 })
        : jsonResponse({ type: 'x', title: 'y', status: 401 }, 401, 'application/problem+json'),
    )
    vi.stubGlobal('fetch', fetch)
    const session = useSessionStore()
    session.me = officer as never
    await session.logOut()
    expect(fetch.mock.calls.map((call) => call[0])).toEqual(['/logout', '/api/me'])
    expect(session.signedIn).toBe(false)
  })

  it('reports a failure other than 401', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')))
    const session = useSessionStore()
    await session.ensureLoaded()
    expect(session.failed).toBe(true)
  })
})
