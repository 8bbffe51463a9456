import { describe, expect, it } from 'vitest'
import { figureAlt, figureFileProblem, insertFigure, MAX_FIGURE_BYTES } from './figureMarkdown'

const URL = '/reports/images/0b6f3c1e-2a4d-4c8e-9f10-3d5e7a9b1c2d'
const FIGURE = `![图一](${URL})`

/** The text with the cursor marked by |, as the tables below write it. */
function marked(text: string): [string, number] {
  return [text.replace('|', ''), text.indexOf('|')]
}

describe('a figure put into the text', () => {
  it.each([
    ['into an empty text', '|', `${FIGURE}|`],
    ['at the end of a paragraph', '第一段。|', `第一段。\n\n${FIGURE}|`],
    ['at the start of the text', '|第一段。', `${FIGURE}|\n\n第一段。`],
    ['between two paragraphs', '第一段。\n|\n第二段。', `第一段。\n\n${FIGURE}|\n\n第二段。`],
    [
      'on the blank line between them',
      '第一段。\n\n|第二段。',
      `第一段。\n\n${FIGURE}|\n\n第二段。`,
    ],
    ['at the end of a line', '第一段。|\n第二段。', `第一段。\n\n${FIGURE}|\n\n第二段。`],
    [
      'in the middle of a line, parting it',
      '前半句， |后半句。',
      `前半句，\n\n${FIGURE}|\n\n后半句。`,
    ],
    ['before trailing blank lines', '第一段。|\n\n\n', `第一段。\n\n${FIGURE}|`],
    [
      'before an indented line, which keeps its indent',
      '段。|\n\n    代码',
      `段。\n\n${FIGURE}|\n\n    代码`,
    ],
    ['with Windows line ends', '第一段。|\r\n\r\n第二段。', `第一段。\n\n${FIGURE}|\n\n第二段。`],
  ])('%s', (_, before, after) => {
    const [text, cursor] = marked(before)
    const [expected, expectedCursor] = marked(after)
    expect(insertFigure(text, cursor, '图一', URL)).toEqual({
      text: expected,
      cursor: expectedCursor,
    })
  })

  it.each([
    ['a cursor past the end goes to the end', 99],
    ['a cursor before the start goes to the start', -1],
  ])('%s', (_, cursor) => {
    const { text } = insertFigure('段。', cursor, '图一', URL)
    expect(text).toBe(cursor < 0 ? `${FIGURE}\n\n段。` : `段。\n\n${FIGURE}`)
  })
})

describe('a figure’s description', () => {
  it.each([
    ['plain text stays', '2025年收到申请数量', '2025年收到申请数量'],
    ['lines become one', '  第一行\n第二行  ', '第一行 第二行'],
    ['brackets cannot end it', '图[1]', '图\\[1\\]'],
    [
      'markup stays text',
      '*重点*与_注_、`码`、<b>、~删~、&amp;',
      '\\*重点\\*与\\_注\\_、\\`码\\`、\\<b\\>、\\~删\\~、\\&amp;',
    ],
    ['a backslash stays itself', 'a\\b', 'a\\\\b'],
  ])('%s', (_, description, alt) => {
    expect(figureAlt(description)).toBe(alt)
  })
})

describe('a file for a figure', () => {
  it.each([
    ['a PNG', { name: '图.png', type: 'image/png', size: 100 }, null],
    ['a JPEG named .jpg', { name: '图.JPG', type: '', size: 100 }, null],
    ['a JPEG by type', { name: '图', type: 'image/jpeg', size: 100 }, null],
    ['a PDF', { name: '表.pdf', type: 'application/pdf', size: 100 }, 'figureType'],
    ['a GIF', { name: '动图.gif', type: 'image/gif', size: 100 }, 'figureType'],
    ['an empty file', { name: '图.png', type: 'image/png', size: 0 }, 'figureEmpty'],
    ['5 MB exactly', { name: '图.png', type: 'image/png', size: MAX_FIGURE_BYTES }, null],
    [
      'over 5 MB',
      { name: '图.png', type: 'image/png', size: MAX_FIGURE_BYTES + 1 },
      'figureTooLarge',
    ],
  ])('%s', (_, file, problem) => {
    expect(figureFileProblem(file)).toBe(problem)
  })
})
