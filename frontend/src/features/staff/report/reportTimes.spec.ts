import { describe, expect, it } from 'vitest'
import {
  beijingInputValue,
  formatClock,
  formatDateTime,
  nextMorning,
  toBeijingInstant,
} from './reportTimes'

describe('times of the workflow, in Beijing time', () => {
  it.each([
    ['2026-03-01T09:00', '2026-03-01T09:00:00+08:00'],
    ['2026-03-01T09:00:30', '2026-03-01T09:00:30+08:00'],
    [' 2026-12-31T23:59 ', '2026-12-31T23:59:00+08:00'],
    ['2026-02-30T09:00', null],
    ['2026-03-01 09:00', null],
    ['2026-03-01T25:00', null],
    ['', null],
  ])('reads %j as %s', (local, instant) => {
    expect(toBeijingInstant(local)).toBe(instant)
  })

  it('shows a moment as Beijing sees it whatever the browser’s zone', () => {
    const moment = new Date('2026-02-28T17:30:00Z')
    expect(beijingInputValue(moment)).toBe('2026-03-01T01:30')
    expect(formatClock(new Date('2026-03-01T01:02:03Z'))).toBe('09:02:03')
    expect(nextMorning(moment)).toBe('2026-03-02T09:00')
  })

  it('writes date and time in the reader’s language', () => {
    expect(formatDateTime('2026-03-01T01:05:00Z', 'zh-CN')).toContain('2026年3月1日')
    expect(formatDateTime('2026-03-01T01:05:00Z', 'zh-CN')).toContain('09:05')
    expect(formatDateTime('2026-03-01T01:05:00Z', 'en')).toContain('1 March 2026')
    expect(formatDateTime('not a time', 'en')).toBe('not a time')
  })
})
