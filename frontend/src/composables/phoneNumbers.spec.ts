import { describe, expect, it } from 'vitest'
import cases from './phoneNumbers.cases.json'
import { dialled, phoneParts } from './phoneNumbers'

const linked = (text: string) =>
  phoneParts(text)
    .filter((part) => part.tel)
    .map((part) => `${part.text}→${part.tel}`)

describe('phone numbers in a text', () => {
  // The server's pages link phone numbers by the same cases (PhoneLinksTests).
  it.each(cases)('in “$text” links $linked', ({ text, linked: expected }) => {
    expect(linked(text)).toEqual(expected)
  })

  it('keeps every character of the text', () => {
    const text = '遇到紧急情况，请拨打 110 或 120。'
    expect(
      phoneParts(text)
        .map((part) => part.text)
        .join(''),
    ).toBe(text)
    expect(dialled(' 0561-1234567 ')).toBe('05611234567')
  })
})
