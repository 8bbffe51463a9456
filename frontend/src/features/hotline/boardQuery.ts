import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** The board's search as the address carries it; `page` counts from 1, as readers do. */
export interface BoardQuery {
  q?: string
  page: number
}

/** The API's own limits: past them it would only answer a 400, so the value is cut instead. */
const MAX_WORDS = 100
const MAX_PAGE = 10_001

const one = (value: LocationQuery[string] | undefined) =>
  typeof value === 'string' ? value.trim() : ''

/** Reads the address; a page that makes no sense is the first. */
export function readBoardQuery(query: LocationQuery): BoardQuery {
  const q = one(query.q).slice(0, MAX_WORDS)
  const page = one(query.page)
  return {
    q: q || undefined,
    page: /^\d+$/.test(page) ? Math.min(Math.max(1, Number(page)), MAX_PAGE) : 1,
  }
}

/** The address for a search: an empty search and page 1 are left out, so links stay short. */
export function boardLocationQuery(query: BoardQuery): LocationQueryRaw {
  const raw: LocationQueryRaw = {}
  if (query.q?.trim()) raw.q = query.q.trim()
  if (query.page > 1) raw.page = String(query.page)
  return raw
}
