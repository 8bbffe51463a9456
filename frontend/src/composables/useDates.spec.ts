import { describe, expect, it } from 'vitest'
import { formatDay, formatInstant, formatWeekday, parseDay } from './useDates'

describe('dates', () => {
  it('reads Chinese style under zh-CN', () => {
    expect(formatDay('2026-11-22', 'zh-CN')).toBe('2026年11月22日')
    expect(formatWeekday('2026-12-21', 'zh-CN')).toBe('星期一')
  })

  it('reads English style under en', () => {
    expect(formatDay('2026-11-22', 'en')).toBe('22 November 2026')
  })

  it('takes a calendar day as it is, without a time-zone shift', () => {
    expect(parseDay('2026-01-01')?.getDate()).toBe(1)
    expect(parseDay('not a date')).toBeNull()
  })

  it('reads an instant as the day and time in China, whatever the offset it came with', () => {
    expect(formatInstant('2026-12-14T01:05:00Z', 'zh-CN')).toBe('2026年12月14日 09:05')
    expect(formatInstant('2026-12-14T23:30:00+08:00', 'en')).toBe('14 December 2026 at 23:30')
    expect(formatInstant('soon', 'en')).toBe('soon')
  })
})
