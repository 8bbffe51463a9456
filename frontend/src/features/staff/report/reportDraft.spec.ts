import { describe, expect, it } from 'vitest'
import {
  completeOgi,
  emptyOgi,
  escapeInline,
  invalidNumbers,
  parseNumber,
  placeOf,
  remedyTotal,
  reportMarkdown,
  runInHeading,
} from './reportDraft'
import { toFlat } from './sectionTree'

const FLAT = toFlat([
  {
    label: '一、',
    heading: '主要工作',
    runIn: false,
    body: '第一段。',
    children: [
      { label: '（一）', heading: '依法履职', runIn: false, body: '', children: [] },
      { label: '一是', heading: '优化机构设置。', runIn: true, body: '认真落实。', children: [] },
    ],
  },
  { label: '二、', heading: '存在的问题', runIn: false, body: '', children: [] },
])

describe('where a problem of the API is shown', () => {
  it.each([
    ['content.title', 'report-title', 'title'],
    ['content.preamble', 'report-preamble', 'preamble'],
    ['correctionNote', 'report-correctionNote', 'correctionNote'],
    ['content.sections[1].heading', `section-${FLAT[3]!.key}-heading`, 'heading'],
    ['content.sections[0].children[1].body', `section-${FLAT[2]!.key}-body`, 'body'],
    ['content.sections[0].children[0]', `section-${FLAT[1]!.key}-heading`, 'heading'],
    ['content.sections[0].label', `section-${FLAT[0]!.key}-label`, 'label'],
    ['content.ogi.proactive.fees.amount', 'ogi-proactive-fees-amount', 'ogi.proactive'],
    ['content.ogi.proactive.licensing', 'ogi-proactive-licensing-decisions', 'ogi.proactive'],
    ['content.ogi.requests', 'ogi-requests', 'ogi.requests'],
    ['content.ogi.requests.RECEIVED', 'ogi-requests-RECEIVED-0', 'ogi.requests'],
    ['content.ogi.requests.DISCLOSED[6]', 'ogi-requests-DISCLOSED-6', 'ogi.requests'],
    [
      'content.ogi.remedies.reconsideration.total',
      'ogi-remedies-reconsideration-upheld',
      'ogi.remedies',
    ],
    [
      'content.ogi.remedies.directLitigation.pending',
      'ogi-remedies-directLitigation-pending',
      'ogi.remedies',
    ],
  ])('%s → #%s', (path, id, part) => {
    expect(placeOf(path, FLAT)).toMatchObject({ id, part })
  })

  it.each(['content.sections[5].heading', 'revision', 'agency'])('%s has no place', (path) => {
    expect(placeOf(path, FLAT)).toBeNull()
  })

  it('names the row of a section field', () => {
    expect(placeOf('content.sections[0].children[1].heading', FLAT)?.section).toBe(2)
  })
})

describe('the numbers of the OGI tables', () => {
  it.each([
    ['12', false, 12],
    [' 3 ', false, 3],
    ['1,200', false, 1200],
    ['0', false, 0],
    ['', false, null],
    ['-1', false, null],
    ['1.5', false, null],
    ['一', false, null],
    ['12.5', true, 12.5],
    ['0.1234', true, 0.1234],
    ['0.12345', true, null],
  ] as const)('%j (decimal: %s) reads as %s', (text, decimal, value) => {
    expect(parseNumber(text, decimal)).toBe(value)
  })

  it('names every number that is not one', () => {
    const tables = emptyOgi()
    tables.proactive.regulations.repealed = Number.NaN
    tables.proactive.fees.amount = 1.25
    tables.requests = { RECEIVED: [0, 1.5, 0, 0, 0, 0, 0] }
    tables.remedies.directLitigation.pending = -1
    expect(invalidNumbers(tables)).toEqual([
      'content.ogi.proactive.regulations.repealed',
      'content.ogi.requests.RECEIVED[1]',
      'content.ogi.remedies.directLitigation.pending',
    ])
  })

  it('adds up 表四 totals from the four results', () => {
    expect(remedyTotal({ upheld: 1, corrected: 2, other: 3, pending: 4, total: 0 })).toBe(10)
    expect(remedyTotal({ upheld: Number.NaN, corrected: 2, other: 0, pending: 0, total: 9 })).toBe(
      2,
    )
  })

  it('completes tables a template left partly out', () => {
    const tables = completeOgi({ proactive: { fees: { amount: 3 } } } as never)
    expect(tables.proactive.fees.amount).toBe(3)
    expect(tables.proactive.regulations).toEqual({ issued: 0, repealed: 0, inForce: 0 })
    expect(tables.remedies.litigationAfterReconsideration.total).toBe(0)
    expect(completeOgi(null)).toEqual(emptyOgi())
  })
})

describe('the whole report as Markdown, for its preview', () => {
  it('escapes what would be read as markup', () => {
    expect(escapeInline('1*2_[a]#|')).toBe('1\\*2\\_\\[a\\]\\#\\|')
  })

  it.each([
    ['一是', '优化机构设置。', '**一是优化机构设置**。'],
    ['（一）', '依法履职', '**（一）依法履职**'],
    ['', '。', '。'],
  ])('puts %j %j in bold as %j', (label, heading, markdown) => {
    expect(runInHeading(label, heading)).toBe(markdown)
  })

  it('gives each part a heading by its level, a run-in part its paragraph', () => {
    expect(reportMarkdown('各乡镇人民政府：', FLAT)).toBe(
      [
        '各乡镇人民政府：',
        '### 一、主要工作',
        '第一段。',
        '#### （一）依法履职',
        '**一是优化机构设置**。认真落实。',
        '### 二、存在的问题',
      ].join('\n\n'),
    )
  })
})
