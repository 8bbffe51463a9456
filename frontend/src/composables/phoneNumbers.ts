/**
 * Phone numbers as they stand in the portal's texts: the short service numbers (12345 and the
 * emergency 110, 119, 120, 122), a fixed line with its area code (0561-3096110) and a mobile
 * (13800138000). None is read out of a longer run of digits or a document number (国办发〔2020〕53号
 * has no phone in it).
 */
const PHONE =
  /(?<![\d\w-])(12345|110|119|120|122|0\d{2,3}-\d{7,8}(?:-\d{1,6})?|1[3-9]\d{9})(?![\d\w-])/g

export interface PhonePart {
  text: string
  /** What to dial: digits (and a + for another country), no separators; none for plain text. */
  tel?: string
}

/** The text cut into plain runs and phone numbers. */
export function phoneParts(text: string): PhonePart[] {
  const parts: PhonePart[] = []
  let at = 0
  for (const match of text.matchAll(PHONE)) {
    const start = match.index
    if (start > at) parts.push({ text: text.slice(at, start) })
    parts.push({ text: match[0], tel: dialled(match[0]) })
    at = start + match[0].length
  }
  if (at < text.length) parts.push({ text: text.slice(at) })
  return parts
}

/** A number as a tel: link dials it: its digits, an extension after a comma (a pause). */
export function dialled(number: string): string {
  const [line, extension] = splitExtension(number.trim())
  const digits = line.replace(/[^\d+]/g, '')
  return extension ? `${digits},${extension}` : digits
}

function splitExtension(number: string): [string, string | undefined] {
  const match = /^(0\d{2,3}-\d{7,8})-(\d{1,6})$/.exec(number)
  return match ? [match[1]!, match[2]] : [number, undefined]
}
