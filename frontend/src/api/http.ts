/**
 * The one way the portal talks to its own backend: same origin only, cookies of this site only,
 * the reader's language in Accept-Language, the CSRF token on every change, and errors as
 * RFC 9457 problems.
 */

export interface FieldProblem {
  field: string
  message: string
}

export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  requestId?: string
  errors?: FieldProblem[]
  /** possible-duplicate: the number of the earlier filing with the same content, and its day. */
  earlierNumber?: string
  earlierFiledOn?: string
}

/** Thrown for every answer that is not a success, and when the portal cannot be reached. */
export class ProblemError extends Error {
  readonly problem: Problem

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title)
    this.name = 'ProblemError'
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }
}

/** Status 0 stands for "no answer at all": the network or the portal is down. */
export const NETWORK_PROBLEM_TYPE = 'urn:problem-type:gongkai:network'

/** The person filed the same thing before: the problem names it (earlierNumber, earlierFiledOn). */
export const POSSIBLE_DUPLICATE_TYPE = 'urn:problem-type:gongkai:possible-duplicate'

let currentLanguage: () => string = () => 'zh-CN'

/** Tells the client where to read the reader's language from (the i18n instance). */
export function useLanguageFrom(source: () => string): void {
  currentLanguage = source
}

export type Query = Record<string, string | number | undefined | null>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  /** JSON, or a FormData sent as multipart/form-data (the browser sets its boundary). */
  body?: unknown
  /** Extra headers, such as Idempotency-Key. */
  headers?: Record<string, string>
  signal?: AbortSignal
}

const SAFE_METHODS = new Set(['GET', 'HEAD'])
const CSRF_COOKIE = 'XSRF-TOKEN'
const CSRF_HEADER = 'X-XSRF-TOKEN'

/** Only paths of this portal: a full URL or a protocol-relative one could leave the origin. */
export function portalUrl(path: string, query?: Query): string {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    throw new Error(`not a path of this portal: ${path}`)
  }
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(name, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

/** The backend sets the XSRF-TOKEN cookie on GET /api/csrf; fetched only while it is missing. */
async function csrfToken(): Promise<string | undefined> {
  let token = readCookie(CSRF_COOKIE)
  if (!token) {
    await fetch('/api/csrf', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    })
    token = readCookie(CSRF_COOKIE)
  }
  return token
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  }
  let body: string | FormData | undefined
  if (options.body instanceof FormData) {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  if (!SAFE_METHODS.has(method)) {
    const token = await csrfToken()
    if (token) headers[CSRF_HEADER] = token
  }

  let response: Response
  try {
    response = await fetch(portalUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new ProblemError({ type: NETWORK_PROBLEM_TYPE, title: 'network', status: 0 })
  }

  if (!response.ok) throw new ProblemError(await toProblem(response))
  if (response.status === 204) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) return undefined as T
  return (await response.json()) as T
}

/**
 * A file of the portal (a PDF receipt, an attachment) fetched rather than linked to, because it
 * needs a header a plain link cannot send (X-Query-Code). Problems come as for JSON requests.
 */
export async function requestFile(
  path: string,
  options: { headers?: Record<string, string>; query?: Query } = {},
): Promise<Blob> {
  let response: Response
  try {
    response = await fetch(portalUrl(path, options.query), {
      headers: {
        Accept: '*/*',
        'Accept-Language': currentLanguage(),
        ...options.headers,
      },
      credentials: 'same-origin',
    })
  } catch {
    throw new ProblemError({ type: NETWORK_PROBLEM_TYPE, title: 'network', status: 0 })
  }
  if (!response.ok) throw new ProblemError(await toProblem(response))
  return response.blob()
}

/** Reads a problem body; an answer without one (a proxy's page, say) still becomes a problem. */
export async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>
      return {
        type: typeof body.type === 'string' ? body.type : 'about:blank',
        title: typeof body.title === 'string' ? body.title : response.statusText,
        status: typeof body.status === 'number' ? body.status : response.status,
        detail: typeof body.detail === 'string' ? body.detail : undefined,
        instance: typeof body.instance === 'string' ? body.instance : undefined,
        requestId: typeof body.requestId === 'string' ? body.requestId : undefined,
        errors: Array.isArray(body.errors)
          ? body.errors.filter(
              (error): error is FieldProblem =>
                typeof error?.field === 'string' && typeof error?.message === 'string',
            )
          : undefined,
        earlierNumber: typeof body.earlierNumber === 'string' ? body.earlierNumber : undefined,
        earlierFiledOn: typeof body.earlierFiledOn === 'string' ? body.earlierFiledOn : undefined,
      }
    } catch {
      // Not a readable body: fall through to the status alone.
    }
  }
  return { type: 'about:blank', title: response.statusText, status: response.status }
}

/** Whether an error means "this thing does not exist (yet)". */
export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404
}
