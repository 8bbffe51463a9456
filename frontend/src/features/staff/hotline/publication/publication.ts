import type { Schema } from '@/api/types'
import type { HotlineStaffTicket } from '@/api/hotlineStaff'

/** The publication of a ticket's latest reply on the reply board (答复公开), as the staff see it. */
export type HotlinePublication = NonNullable<HotlineStaffTicket['publication']>
/** One text as the redaction left it: the original, the redacted text and each removal. */
export type RedactedText = Schema<'HotlineRedactedText'>
export type Removal = Schema<'HotlineRemoval'>

/** The texts a reply publishes, in the order the board shows them. */
export const PUBLICATION_FIELDS = ['title', 'description', 'text'] as const
export type PublicationField = (typeof PUBLICATION_FIELDS)[number]

/** The longest each text may be when published (HotlinePublication.approve), and a withholding reason. */
export const PUBLICATION_LIMITS: Readonly<Record<PublicationField | 'reason', number>> = {
  title: 100,
  description: 4000,
  text: 4000,
  reason: 2000,
}

/** A run of a text: plain, or what a removal stands for (the mask, or the removed original). */
export interface TextSegment {
  text: string
  removal: Removal | null
}

/**
 * A text cut at its removals, in order: in the redacted text at each mark (`redactedStart`…), in
 * the original at what was removed (`start`…). A removal whose positions do not fit the text (it
 * overlaps another, or runs past the end) is left as plain text rather than cut wrongly.
 */
export function segmentsOf(text: RedactedText, side: 'redacted' | 'original'): TextSegment[] {
  const whole = side === 'redacted' ? text.redacted : text.original
  const span = (removal: Removal) =>
    side === 'redacted'
      ? ([removal.redactedStart, removal.redactedEnd] as const)
      : ([removal.start, removal.end] as const)
  const removals = [...text.removals].sort((a, b) => span(a)[0] - span(b)[0])
  const segments: TextSegment[] = []
  let at = 0
  for (const removal of removals) {
    const [start, end] = span(removal)
    if (start < at || end <= start || end > whole.length) continue
    if (start > at) segments.push({ text: whole.slice(at, start), removal: null })
    segments.push({ text: whole.slice(start, end), removal })
    at = end
  }
  if (at < whole.length) segments.push({ text: whole.slice(at), removal: null })
  return segments
}

/** How many removals of each kind a text has, in the order first found: for the summary line. */
export function removalCounts(text: RedactedText): { kind: Removal['kind']; count: number }[] {
  const counts = new Map<Removal['kind'], number>()
  for (const removal of text.removals) counts.set(removal.kind, (counts.get(removal.kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => ({ kind, count }))
}

/** What the dispatcher fills in: the texts to publish (the redacted ones to begin with), or a reason. */
export interface PublicationDraft {
  title: string
  description: string
  text: string
  reason: string
}

export function emptyPublicationDraft(publication: HotlinePublication): PublicationDraft {
  return {
    title: publication.title?.redacted ?? '',
    description: publication.description?.redacted ?? '',
    text: publication.text?.redacted ?? '',
    reason: '',
  }
}

/** The texts the dispatcher changed from the automatic redaction. */
export function editedFields(
  draft: PublicationDraft,
  publication: HotlinePublication,
): PublicationField[] {
  return PUBLICATION_FIELDS.filter(
    (field) => draft[field].trim() !== (publication[field]?.redacted ?? '').trim(),
  )
}

export type PublicationDecision = 'approve' | 'withhold'

export interface PublicationError {
  path: PublicationField | 'reason'
  /** Message key under staffHotline.publication.errors. */
  key: 'missing' | 'tooLong' | 'reasonMissing' | 'reasonTooLong'
}

/** The dispatcher's own checks: the same the backend makes on the fields (HotlinePublication). */
export function validatePublication(
  decision: PublicationDecision,
  draft: PublicationDraft,
): PublicationError[] {
  const errors: PublicationError[] = []
  if (decision === 'withhold') {
    const reason = draft.reason.trim()
    if (reason === '') errors.push({ path: 'reason', key: 'reasonMissing' })
    else if (reason.length > PUBLICATION_LIMITS.reason)
      errors.push({ path: 'reason', key: 'reasonTooLong' })
    return errors
  }
  for (const field of PUBLICATION_FIELDS) {
    const value = draft[field].trim()
    if (value === '') errors.push({ path: field, key: 'missing' })
    else if (value.length > PUBLICATION_LIMITS[field]) errors.push({ path: field, key: 'tooLong' })
  }
  return errors
}

/** The approval's body: only the texts the dispatcher changed; the others stand as redacted. */
export function toApprovalForm(
  draft: PublicationDraft,
  publication: HotlinePublication,
): Schema<'HotlinePublicationForm'> {
  const form: Schema<'HotlinePublicationForm'> = {}
  for (const field of editedFields(draft, publication)) form[field] = draft[field].trim()
  return form
}

/** The element id of a field of the check. */
export const publicationFieldId = (path: string) => `hl-pub-${path}`
