import { describe, expect, it } from 'vitest'
import { emptyStart, fileProblemOf, IMPORT_MAX_BYTES, validateStart } from './reportForms'

const file = (name: string, size: number) => {
  const made = new File(['x'], name)
  Object.defineProperty(made, 'size', { value: size })
  return made
}

describe('starting a report', () => {
  it('proposes last year', () => {
    expect(emptyStart(new Date(2026, 0, 15)).year).toBe('2025')
  })

  it.each([
    [{ year: '2025', kind: 'RULE_OF_LAW' }, false, []],
    [{ year: '2021', kind: 'RULE_OF_LAW_PLAN' }, false, []],
    [{ year: '25', kind: 'RULE_OF_LAW' }, false, ['year:yearInvalid']],
    [{ year: '1999', kind: '' }, false, ['year:yearInvalid', 'kind:kindMissing']],
    [{ year: '2025', kind: 'OPEN_GOVERNMENT_INFORMATION' }, true, ['file:fileMissing']],
  ] as const)('%j (import: %s) → %j', (answers, importing, problems) => {
    const draft = { ...emptyStart(), ...answers }
    expect(
      validateStart(draft, importing).map((found) => `${found.field}:${found.problem}`),
    ).toEqual(problems)
  })

  it.each([
    ['报告.docx', 1000, null],
    ['REPORT.TXT', 10, null],
    ['报告.doc', 1000, 'fileType'],
    ['报告.pdf', 1000, 'fileType'],
    ['空.txt', 0, 'fileEmpty'],
    ['大.docx', IMPORT_MAX_BYTES + 1, 'fileTooLarge'],
  ])('%s of %i bytes: %s', (name, size, problem) => {
    expect(fileProblemOf(file(name, size))).toBe(problem)
  })
})
