import { describe, expect, it } from 'vitest'
import type { ReportSectionContent } from '@/api/report'
import {
  addAfter,
  addChild,
  addLast,
  chineseNumber,
  firstChildLabel,
  moveDown,
  moveUp,
  nextLabel,
  parseChineseNumber,
  remove,
  renumber,
  toFlat,
  toTree,
  treePaths,
  type FlatSection,
} from './sectionTree'

const part = (label: string, children: ReportSectionContent[] = []): ReportSectionContent => ({
  label,
  heading: `标题${label}`,
  runIn: label.endsWith('是'),
  body: `正文${label}`,
  children,
})

/** 一、（一）（二） 二、（一）1. 2. 三、 */
const TREE = [
  part('一、', [part('（一）'), part('（二）')]),
  part('二、', [part('（一）', [part('1.'), part('2.')])]),
  part('三、'),
]

/** A flat list written as "depth:label" for short, readable cases. */
function rows(...specs: string[]): FlatSection[] {
  return specs.map((spec, index) => {
    const [depth, label] = spec.split(':')
    return {
      key: `k${index}`,
      depth: Number(depth),
      label: label!,
      heading: '',
      runIn: false,
      body: '',
    }
  })
}
const specOf = (list: FlatSection[]) => list.map((row) => `${row.depth}:${row.label}`)

describe('report parts as a flat list', () => {
  it('list each part before its own parts, and build the same tree back', () => {
    const flat = toFlat(TREE)
    expect(specOf(flat)).toEqual([
      '0:一、',
      '1:（一）',
      '1:（二）',
      '0:二、',
      '1:（一）',
      '2:1.',
      '2:2.',
      '0:三、',
    ])
    expect(toTree(flat)).toEqual(TREE)
    expect(new Set(flat.map((row) => row.key)).size).toBe(flat.length)
  })

  it.each([
    ['an empty list', [], []],
    ['a jump of two levels, taken as a child', ['0:一、', '2:1.'], [[0], [0, 0]]],
    ['a first row below the top, taken as the top', ['1:（一）', '0:二、'], [[0], [1]]],
    [
      'a return to the top after a deep part',
      ['0:一、', '1:（一）', '2:1.', '0:二、', '1:（一）'],
      [[0], [0, 0], [0, 0, 0], [1], [1, 0]],
    ],
  ] as const)('place %s in the tree', (_, specs, paths) => {
    const flat = rows(...specs)
    expect(treePaths(flat)).toEqual(paths)
    // The tree has a node wherever treePaths says there is one.
    const tree = toTree(flat)
    for (const path of paths) {
      let nodes = tree
      let node: ReportSectionContent | undefined
      for (const index of path) {
        node = nodes[index]
        nodes = node?.children ?? []
      }
      expect(node).toBeDefined()
    }
  })
})

describe('arranging the parts', () => {
  const list = rows('0:一、', '1:（一）', '1:（二）', '0:二、', '1:（一）', '0:三、')

  it.each([
    ['adds after a part and its own parts, numbered next', () => addAfter(list, 0), 3, '0:二、'],
    ['adds a last sub-part numbered after the others', () => addChild(list, 0), 3, '1:（三）'],
    ['adds a first sub-part one level down', () => addChild(list, 5), 6, '1:（一）'],
    ['adds a top-level part at the end', () => addLast(list), 6, '0:四、'],
  ] as const)('%s', (_, edit, index, spec) => {
    const edited = edit()
    expect(edited.index).toBe(index)
    expect(specOf([edited.list[index]!])).toEqual([spec])
    expect(edited.list).toHaveLength(list.length + 1)
  })

  it('starts an empty report with 一、', () => {
    expect(specOf(addLast([]).list)).toEqual(['0:一、'])
  })

  it('removes a part with its own parts', () => {
    const edited = remove(list, 0)
    expect(specOf(edited.list)).toEqual(['0:二、', '1:（一）', '0:三、'])
    expect(edited.index).toBe(0)
  })

  it.each([
    [
      'moves a part up past its sibling, each with its own parts',
      () => moveUp(list, 3),
      ['0:二、', '1:（一）', '0:一、', '1:（一）', '1:（二）', '0:三、'],
      0,
    ],
    [
      'moves a part down past its sibling',
      () => moveDown(list, 0),
      ['0:二、', '1:（一）', '0:一、', '1:（一）', '1:（二）', '0:三、'],
      2,
    ],
    [
      'moves a sub-part within its part only',
      () => moveDown(list, 1),
      ['0:一、', '1:（二）', '1:（一）', '0:二、', '1:（一）', '0:三、'],
      2,
    ],
    ['leaves the first part where it is', () => moveUp(list, 0), specOf(list), 0],
    ['leaves the last sub-part of a part where it is', () => moveDown(list, 2), specOf(list), 2],
  ] as const)('%s', (_, edit, expected, index) => {
    const edited = edit()
    expect(specOf(edited.list)).toEqual(expected)
    expect(edited.index).toBe(index)
  })

  it('numbers each level again in its own style, leaving other labels alone', () => {
    const moved = rows('0:二、', '1:（一）', '0:一、', '1:（二）', '1:附：', '1:（一）', '0:三、')
    expect(specOf(renumber(moved))).toEqual([
      '0:一、',
      '1:（一）',
      '0:二、',
      '1:（一）',
      '1:附：',
      '1:（二）',
      '0:三、',
    ])
  })
})

describe('numbering', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [99, '九十九'],
  ])('%i is %s', (n, text) => {
    expect(chineseNumber(n)).toBe(text)
    expect(parseChineseNumber(text)).toBe(n)
  })

  it.each(['', '零', '十十', '一二', 'x'])('%j is no number', (text) => {
    expect(parseChineseNumber(text)).toBeNaN()
  })

  it.each([
    ['一、', '二、'],
    ['九、', '十、'],
    ['十、', '十一、'],
    ['（一）', '（二）'],
    ['(三)', '（四）'],
    ['1.', '2.'],
    ['9．', '10.'],
    ['（1）', '（2）'],
    ['一是', '二是'],
    ['附件', ''],
    ['', ''],
  ])('after %j comes %j', (label, next) => {
    expect(nextLabel(label)).toBe(next)
  })

  it.each([
    ['一、', 0, '（一）'],
    ['（一）', 1, '1.'],
    ['1.', 2, '（1）'],
    ['', 0, '（一）'],
    ['', 1, '1.'],
    ['一是', 2, '（1）'],
  ] as const)('under %j (level %i) the first is %j', (label, depth, first) => {
    expect(firstChildLabel(label, depth)).toBe(first)
  })
})
