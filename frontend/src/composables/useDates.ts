import { useI18n } from 'vue-i18n'

/** Parses YYYY-MM-DD as a calendar day (no time zone shift). */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return null
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return Number.isNaN(date.getTime()) ? null : date
}

/** 2026年11月22日 under zh-CN, 22 November 2026 under English. */
export function formatDay(value: string, locale: string): string {
  const date = parseDay(value) ?? new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date)
}

export function formatWeekday(value: string, locale: string): string {
  const date = parseDay(value)
  if (!date) return ''
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { weekday: 'long' }).format(
    date,
  )
}

/**
 * An instant (ISO-8601 with offset) as the day and time of day in China Standard Time, where
 * the portal's agencies work, whatever the reader's own zone: 2026年12月14日 09:05.
 */
export function formatInstant(value: string, locale: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(date)
}

export function useDates() {
  const { locale } = useI18n()
  return {
    formatDay: (value: string) => formatDay(value, locale.value),
    formatWeekday: (value: string) => formatWeekday(value, locale.value),
    formatInstant: (value: string) => formatInstant(value, locale.value),
  }
}
