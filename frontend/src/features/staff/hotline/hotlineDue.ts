import type { HotlineState } from '@/api/hotline'

export interface DueRow {
  key: 'acceptanceDueOn' | 'replyDueOn'
  day: string
}

const HANDLED: ReadonlySet<HotlineState> = new Set(['DISPATCHED', 'IN_PROGRESS', 'REOPENED'])

/**
 * The time limits that still run for a ticket, as its handlers see them: the lead department's
 * acceptance (签收) while it is dispatched, the reply while a department has it. A ticket waiting
 * for the dispatcher, the person or nobody has none.
 */
export function runningDueDates(
  state: HotlineState,
  acceptanceDueOn: string | null,
  replyDueOn: string | null,
): DueRow[] {
  const rows: DueRow[] = []
  if (state === 'DISPATCHED' && acceptanceDueOn)
    rows.push({ key: 'acceptanceDueOn', day: acceptanceDueOn })
  if (HANDLED.has(state) && replyDueOn) rows.push({ key: 'replyDueOn', day: replyDueOn })
  return rows
}

/** What stands in place of a due date when none runs, as a message key under staffHotline.due. */
export function noDueKey(state: HotlineState): string {
  switch (state) {
    case 'RECEIVED':
    case 'RETURNED':
      return 'staffHotline.due.awaitingDispatch'
    case 'REPLIED':
      return 'staffHotline.due.awaitingRating'
    default:
      return 'staffHotline.due.none'
  }
}
