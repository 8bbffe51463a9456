/**
 * Times of the report workflow. Publication times are Beijing time whatever the browser's own
 * zone: a report scheduled for 09:00 is published at 09:00 in China.
 */

export const BEIJING = 'Asia/Shanghai'
const OFFSET = '+08:00'

const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN')

/** 2026年3月1日 09:00 under zh-CN, 1 March 2026 at 09:00 under English. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(tag(locale), {
    timeZone: BEIJING,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** 09:05:30, for "saved at". */
export function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: BEIJING,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}

/** A moment as a datetime-local input shows it, in Beijing time: 2026-03-01T09:00. */
export function beijingInputValue(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: BEIJING,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

/** 09:00 the next day in Beijing: the time a schedule form proposes. */
export function nextMorning(now: Date): string {
  const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000)
  return `${beijingInputValue(tomorrow).slice(0, 10)}T09:00`
}

/** What a datetime-local input holds, read as Beijing time: 2026-03-01T09:00:00+08:00. */
export function toBeijingInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim())
  if (!match) return null
  const [, year, month, day, hour, minute, second = '00'] = match
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${OFFSET}`
  const date = new Date(iso)
  // Reject days that do not exist (2026-02-30 would roll over into March).
  if (
    Number.isNaN(date.getTime()) ||
    beijingInputValue(date) !== `${year}-${month}-${day}T${hour}:${minute}`
  )
    return null
  return iso
}
