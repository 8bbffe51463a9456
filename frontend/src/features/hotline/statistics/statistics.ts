import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { HotlineFigures } from '@/api/hotline'

/**
 * The hotline's statistics as the pages show them: the period and department in the address, the
 * rates against the targets the centre is held to, and the figures laid out for a chart and the
 * table that carries its numbers.
 */

/** The three rates, each held to a target the statistics carry (the centre's settings). */
export const RATE_KEYS = ['onTimeAcceptanceRate', 'onTimeReplyRate', 'satisfactionRate'] as const
export type RateKey = (typeof RATE_KEYS)[number]

/** For each rate, the counts it is the quotient of. */
export const RATE_PARTS: Record<
  RateKey,
  { part: keyof HotlineFigures; whole: keyof HotlineFigures }
> = {
  onTimeAcceptanceRate: { part: 'acceptedOnTime', whole: 'acceptanceDue' },
  onTimeReplyRate: { part: 'repliedOnTime', whole: 'repliesDue' },
  satisfactionRate: { part: 'satisfied', whole: 'rated' },
}

/** Whether a rate meets its target; null when there was nothing to measure. */
export function meetsTarget(rate: number | null | undefined, target: number): boolean | null {
  if (rate === null || rate === undefined) return null
  // The API rounds to four places: 0.95 arrives as 0.95, never 0.9499999.
  return rate >= target
}

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN')

/** A rate from 0 to 1 as a percentage to one place (97.5%); null as an empty string. */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return ''
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(rate)
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(count)
}

/** A rate as a number of percent for a chart, to one place; null stays a gap. */
export const percent = (rate: number | null | undefined): number | null =>
  rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10

/** `YYYY-MM` as 2026年1月 (zh) or Jan 2026 (en); `short` leaves the year out (1月, Jan). */
export function formatMonth(month: string, locale: string, short = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
  return new Intl.DateTimeFormat(intlLocale(locale), {
    year: short ? undefined : 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date)
}

/** The period and department as the address carries them, each absent for the default. */
export interface StatisticsQuery {
  from?: string
  to?: string
  agency?: string
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const AGENCY_CODE = /^[A-Za-z0-9-]{2,40}$/

const one = (value: LocationQuery[string] | undefined) =>
  typeof value === 'string' ? value.trim() : ''

/**
 * Reads the address. A day that is not YYYY-MM-DD is dropped (the default applies); one in that
 * shape goes to the API, which names the field when it is no day or the period is wrong.
 */
export function readStatisticsQuery(query: LocationQuery): StatisticsQuery {
  const from = one(query.from)
  const to = one(query.to)
  const agency = one(query.agency)
  return {
    from: DAY.test(from) ? from : undefined,
    to: DAY.test(to) ? to : undefined,
    agency: AGENCY_CODE.test(agency) ? agency : undefined,
  }
}

export function statisticsLocationQuery(query: StatisticsQuery): LocationQueryRaw {
  const raw: LocationQueryRaw = {}
  if (query.from) raw.from = query.from
  if (query.to) raw.to = query.to
  if (query.agency) raw.agency = query.agency
  return raw
}
