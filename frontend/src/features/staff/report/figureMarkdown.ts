/**
 * A figure (插图) in a report's Markdown: `![说明](/reports/images/…)` in a paragraph of its own.
 * The backend refuses an image without its description, and checks the file's content again.
 */

export const FIGURE_TYPES = ['image/png', 'image/jpeg'] as const
export const MAX_FIGURE_BYTES = 5 * 1024 * 1024

/** Why a file cannot be a figure, checked before sending it; null when it may be sent. */
export function figureFileProblem(file: {
  name: string
  type: string
  size: number
}): 'figureType' | 'figureEmpty' | 'figureTooLarge' | null {
  const byType = (FIGURE_TYPES as readonly string[]).includes(file.type)
  const byName = /\.(png|jpe?g)$/i.test(file.name)
  if (!byType && !byName) return 'figureType'
  if (file.size === 0) return 'figureEmpty'
  if (file.size > MAX_FIGURE_BYTES) return 'figureTooLarge'
  return null
}

/**
 * The description as Markdown image text: on one line, with the characters that would end it or
 * turn part of it into markup escaped, so the reader of the alt text hears it as typed.
 */
export function figureAlt(description: string): string {
  return description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&~]/g, (character) => `\\${character}`)
}

/** Blank lines (or the rest of the line, blank) right after the cursor. */
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/

/**
 * The text with the figure put in at the cursor, as a paragraph of its own: the text before it
 * and after it are parted from it by one blank line each. The cursor ends right after the figure.
 */
export function insertFigure(
  text: string,
  cursor: number,
  description: string,
  url: string,
): { text: string; cursor: number } {
  const at = Math.min(Math.max(0, cursor), text.length)
  const head = text.slice(0, at).replace(/\s+$/, '')
  const rest = text.slice(at)
  // The next paragraph keeps its own indentation; a line split in two loses the space at the cut.
  const tail = !rest.trim()
    ? ''
    : LEADING_BLANK_LINES.test(rest)
      ? rest.replace(LEADING_BLANK_LINES, '')
      : rest.replace(/^[ \t]+/, '')
  const before = head ? `${head}\n\n` : ''
  const figure = `![${figureAlt(description)}](${url})`
  const after = tail ? `\n\n${tail}` : ''
  return { text: before + figure + after, cursor: before.length + figure.length }
}
