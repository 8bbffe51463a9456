import { shallowRef } from 'vue'
import type { HotlineTicket } from '@/api/hotline'

/**
 * The query codes (查询码) of anonymous tickets this tab has seen, by ticket number: kept for the
 * session in sessionStorage (under gongkai., so signing out forgets them too), never in a URL, so
 * that the person is not asked for the code again on every page of their ticket.
 */
export const QUERY_CODES_KEY = 'gongkai.hotline.queryCodes'

/** Used when the browser refuses storage: then the codes last as long as the page. */
const inMemory = new Map<string, string>()

function readAll(): Record<string, string> {
  try {
    const raw = sessionStorage.getItem(QUERY_CODES_KEY)
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    if (parsed && typeof parsed === 'object') return parsed as Record<string, string>
  } catch {
    // Unreadable or refused: what is in memory.
  }
  return Object.fromEntries(inMemory)
}

export function rememberQueryCode(number: string, code: string): void {
  inMemory.set(number, code)
  try {
    sessionStorage.setItem(QUERY_CODES_KEY, JSON.stringify({ ...readAll(), [number]: code }))
  } catch {
    // Storage refused: kept in memory only.
  }
}

export function queryCodeFor(number: string): string | null {
  const code = readAll()[number] ?? inMemory.get(number)
  return typeof code === 'string' && code !== '' ? code : null
}

/** A code the backend no longer takes (a 404 with it): asked for again. */
export function forgetQueryCode(number: string): void {
  inMemory.delete(number)
  try {
    const all = readAll()
    delete all[number]
    sessionStorage.setItem(QUERY_CODES_KEY, JSON.stringify(all))
  } catch {
    // Nothing stored.
  }
}

/**
 * The ticket just filed, as the submission answered: the only answer that carries an anonymous
 * ticket's query code in full, to be shown once on the confirmation. In memory only.
 */
export const lastSubmission = shallowRef<HotlineTicket | null>(null)
