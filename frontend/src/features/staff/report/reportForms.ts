import type { ReportKind } from '@/api/types'

/** What an editor fills in to start a report, every answer a string bound to an input. */
export interface StartDraft {
  year: string
  kind: '' | ReportKind
  title: string
  file: File | null
}

/** The backend reads .docx and UTF-8 .txt files of at most 10 MB. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024
export const IMPORT_ACCEPT =
  '.docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A report is written in the year after the one it covers. */
export function emptyStart(now = new Date()): StartDraft {
  return { year: String(now.getFullYear() - 1), kind: '', title: '', file: null }
}

export type StartProblem =
  'yearInvalid' | 'kindMissing' | 'fileMissing' | 'fileType' | 'fileEmpty' | 'fileTooLarge'

export function fileProblemOf(file: File): StartProblem | null {
  if (!/\.(docx|txt)$/i.test(file.name)) return 'fileType'
  if (file.size === 0) return 'fileEmpty'
  if (file.size > IMPORT_MAX_BYTES) return 'fileTooLarge'
  return null
}

/** The editor's own checks, by field: year, kind and, for an import, the file. */
export function validateStart(
  draft: StartDraft,
  importing: boolean,
): { field: 'year' | 'kind' | 'file'; problem: StartProblem }[] {
  const found: { field: 'year' | 'kind' | 'file'; problem: StartProblem }[] = []
  const year = Number(draft.year.trim())
  if (!/^\d{4}$/.test(draft.year.trim()) || year < 2000 || year > 2100)
    found.push({ field: 'year', problem: 'yearInvalid' })
  if (draft.kind === '') found.push({ field: 'kind', problem: 'kindMissing' })
  if (importing) {
    const problem = draft.file ? fileProblemOf(draft.file) : 'fileMissing'
    if (problem) found.push({ field: 'file', problem })
  }
  return found
}
