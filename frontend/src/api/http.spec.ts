import { afterEach, describe, expect, it, vi } from 'vitest'
import { portalUrl, ProblemError, request, requestFile, useLanguageFrom } from './http'
import { jsonResponse } from '@/test/mountWith'

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim()
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}

afterEach(() => {
  clearCookies()
  vi.unstubAllGlobals()
  useLanguageFrom(() => 'zh-CN')
})

describe('portalUrl', () => {
  it('builds a path with its query, leaving out empty values', () => {
    expect(
      portalUrl('/api/reports', { agency: '340600', year: 2025, kind: undefined, q: '' }),
    ).toBe('/api/reports?agency=340600&year=2025')
  })

  it.each(['https://cdn.example.com/x', '//evil.example/x', 'api/me', '/\\evil.example'])(
    'refuses %s, which is not a path of this portal',
    (path) => {
      expect(() => portalUrl(path)).toThrow(/not a path of this portal/)
    },
  )
})

describe('request', () => {
  it('sends same-origin credentials and the reader’s language', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse({ siteName: '门户' }))
    vi.stubGlobal('fetch', fetch)
    useLanguageFrom(() => 'en')
    await expect(request('/api/site')).resolves.toEqual({ siteName: '门户' })
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/site')
    expect(init.credentials).toBe('same-origin')
    expect((init.headers as Record<string, string>)['Accept-Language']).toBe('en')
    expect((init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBeUndefined()
  })

  it('fetches the CSRF cookie once before a change and sends it back as a header', async () => {
    const fetch = vi.fn(async (url: string, _init?: RequestInit) => {
      if (url === '/api/csrf') {
        document.cookie = 'XSRF-TOKEN=token-1; path=/'
        return new Response(null, { status: 204 })
      }
      return new Response(null, { status: 204 })
    })
    vi.stubGlobal('fetch', fetch)
    await request('/logout', { method: 'POST' })
    await request('/logout', { method: 'POST' })
    const urls = fetch.mock.calls.map((call) => call[0])
    expect(urls).toEqual(['/api/csrf', '/logout', '/logout'])
    const init = fetch.mock.calls[1]![1]!
    expect((init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('token-1')
  })

  it('turns a problem+json answer into a typed problem with its field errors', async () => {
    const body = {
      type: 'urn:problem-type:gongkai:bad-parameter',
      title: 'Invalid parameter',
      status: 400,
      detail: 'Check the parameters marked below.',
      instance: '/api/calendar/working-days',
      requestId: 'abc',
      errors: [{ field: 'from', message: 'The value is not valid' }],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(jsonResponse(body, 400, 'application/problem+json')),
    )
    const error = await request('/api/calendar/working-days').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    expect((error as ProblemError).problem).toEqual(body)
  })

  it('makes a problem of an answer without a problem body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('<html>', { status: 502, statusText: 'Bad Gateway' })),
    )
    const error = (await request('/api/site').catch((e: unknown) => e)) as ProblemError
    expect(error.status).toBe(502)
  })

  it('reports an unreachable portal as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const error = (await request('/api/site').catch((e: unknown) => e)) as ProblemError
    expect(error.status).toBe(0)
  })

  it('sends extra headers, such as an Idempotency-Key', async () => {
    document.cookie = 'XSRF-TOKEN=token-2; path=/'
    const fetch = vi.fn().mockResolvedValue(jsonResponse({ number: 'N1' }, 201))
    vi.stubGlobal('fetch', fetch)
    await request('/api/disclosure/requests', {
      method: 'POST',
      body: { agency: '340600' },
      headers: { 'Idempotency-Key': 'key-12345678' },
    })
    const init = fetch.mock.calls[0]![1] as RequestInit
    const headers = init.headers as Record<string, string>
    expect(headers['Idempotency-Key']).toBe('key-12345678')
    expect(headers['Content-Type']).toBe('application/json')
    expect(headers['X-XSRF-TOKEN']).toBe('token-2')
    expect(init.body).toBe('{"agency":"340600"}')
  })

  it('sends a FormData body as it is, leaving its content type to the browser', async () => {
    document.cookie = 'XSRF-TOKEN=token-3; path=/'
    const fetch = vi.fn().mockResolvedValue(jsonResponse({ id: 'f1' }, 201))
    vi.stubGlobal('fetch', fetch)
    const form = new FormData()
    form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'a.pdf')
    await request('/api/disclosure/files', { method: 'POST', body: form })
    const init = fetch.mock.calls[0]![1] as RequestInit
    expect(init.body).toBe(form)
    expect((init.headers as Record<string, string>)['Content-Type']).toBeUndefined()
  })
})

describe('requestFile', () => {
  it('fetches a file with the headers a link cannot send, and its problems as problems', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        new Response('%PDF-1.7', { status: 200, headers: { 'Content-Type': 'application/pdf' } }),
      )
      .mockResolvedValueOnce(
        jsonResponse({ title: '未找到', status: 404 }, 404, 'application/problem+json'),
      )
    vi.stubGlobal('fetch', fetch)
    const blob = await requestFile('/api/hotline/tickets/N1/receipt.pdf', {
      headers: { 'X-Query-Code': 'CODE-1' },
    })
    expect(await blob.text()).toBe('%PDF-1.7')
    const init = fetch.mock.calls[0]![1] as RequestInit
    expect((init.headers as Record<string, string>)['X-Query-Code']).toBe('CODE-1')
    expect(init.credentials).toBe('same-origin')
    const refused = requestFile('/api/hotline/tickets/N2/receipt.pdf')
    await expect(refused).rejects.toBeInstanceOf(ProblemError)
    await expect(refused).rejects.toMatchObject({ status: 404 })
  })
})
