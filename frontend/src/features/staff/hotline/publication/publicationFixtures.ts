import type { HotlineStaffTicket } from '@/api/hotlineStaff'
import { STAFF_TICKET } from '@/test/hotlineStaffFixtures'
import type { RedactedText, Removal } from './publication'

/**
 * A redacted text as the API sends it, made from the original and the parts to remove, so that
 * every position is what the server would compute.
 */
export function redact(original: string, parts: [string, Removal['kind'], string][]): RedactedText {
  let redacted = ''
  let at = 0
  const removals: Removal[] = []
  for (const [removed, kind, mark] of parts) {
    const start = original.indexOf(removed, at)
    redacted += original.slice(at, start)
    removals.push({
      start,
      end: start + removed.length,
      redactedStart: redacted.length,
      redactedEnd: redacted.length + mark.length,
      kind,
      mark,
      removedFrom: removed,
      known: true,
    })
    redacted += mark
    at = start + removed.length
  }
  redacted += original.slice(at)
  return { original, redacted, removals }
}

export const REPLY = redact('张明先生：经查，油烟已整改。如有疑问请拨打13812345678。', [
  ['张明', 'NAME', '〔姓名〕'],
  ['13812345678', 'PHONE', '〔电话〕'],
])

/** A replied ticket whose reply the person allowed to be published, waiting for the check. */
export const AWAITING_TICKET: HotlineStaffTicket = {
  ...STAFF_TICKET,
  state: 'REPLIED',
  allowedActions: ['approve-publication', 'withhold-publication'],
  publication: {
    status: 'AWAITING_CHECK',
    replySeq: 5,
    title: redact('惠黎街道餐馆油烟扰民', []),
    description: redact('王晓明反映：惠黎街道 12 号餐馆油烟扰民。', [
      ['王晓明', 'NAME', '〔姓名〕'],
      ['惠黎街道 12 号', 'ADDRESS', '〔地址〕'],
    ]),
    text: REPLY,
    publishedTitle: null,
    publishedDescription: null,
    publishedText: null,
    decidedAt: null,
    decidedBy: null,
    withheldReason: null,
  },
}
