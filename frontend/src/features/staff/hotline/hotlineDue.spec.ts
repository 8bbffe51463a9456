import { describe, expect, it } from 'vitest'
import type { HotlineState } from '@/api/hotline'
import { noDueKey, runningDueDates } from './hotlineDue'

describe('the time limits a ticket’s handlers see', () => {
  it.each<[HotlineState, string[], string]>([
    ['RECEIVED', [], 'staffHotline.due.awaitingDispatch'],
    ['RETURNED', [], 'staffHotline.due.awaitingDispatch'],
    ['DISPATCHED', ['acceptanceDueOn:2026-12-03', 'replyDueOn:2026-12-23'], ''],
    ['IN_PROGRESS', ['replyDueOn:2026-12-23'], ''],
    ['REOPENED', ['replyDueOn:2026-12-23'], ''],
    ['REPLIED', [], 'staffHotline.due.awaitingRating'],
    ['CLOSED', [], 'staffHotline.due.none'],
    ['MERGED', [], 'staffHotline.due.none'],
    ['ANSWERED_BY_KNOWLEDGE_BASE', [], 'staffHotline.due.none'],
  ])('%s: %j', (state, rows, none) => {
    expect(
      runningDueDates(state, '2026-12-03', '2026-12-23').map((row) => `${row.key}:${row.day}`),
    ).toEqual(rows)
    if (none) expect(noDueKey(state)).toBe(none)
  })

  it('leaves out a limit the backend has not set', () => {
    expect(runningDueDates('DISPATCHED', null, '2026-12-23')).toEqual([
      { key: 'replyDueOn', day: '2026-12-23' },
    ])
  })
})
