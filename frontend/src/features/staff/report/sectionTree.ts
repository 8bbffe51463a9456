import type { ReportSectionContent } from '@/api/report'

/**
 * The numbered parts of a report edited as one flat list, each row with its depth (0 for 一、,
 * 1 for （一）…): one form per row is easier to reach, read and reorder than nested forms, and
 * the tree the API takes is rebuilt from the list on every save.
 */
export interface FlatSection {
  /** Stable while the page is open, so inputs keep their ids and focus across moves. */
  key: string
  depth: number
  label: string
  heading: string
  runIn: boolean
  body: string
}

let lastKey = 0

export function newKey(): string {
  lastKey += 1
  return `s${lastKey}`
}

export function emptySection(depth: number, label = '', runIn = false): FlatSection {
  return { key: newKey(), depth, label, heading: '', runIn, body: '' }
}

/** The tree in reading order, each part followed by its own parts. */
export function toFlat(sections: ReportSectionContent[], depth = 0): FlatSection[] {
  return sections.flatMap((section) => [
    {
      key: newKey(),
      depth,
      label: section.label ?? '',
      heading: section.heading ?? '',
      runIn: section.runIn ?? false,
      body: section.body ?? '',
    },
    ...toFlat(section.children ?? [], depth + 1),
  ])
}

/** Back to the tree; a row deeper than one below the row before it is taken as its child. */
export function toTree(flat: readonly FlatSection[]): ReportSectionContent[] {
  const root: ReportSectionContent[] = []
  const open: { depth: number; children: ReportSectionContent[] }[] = [
    { depth: -1, children: root },
  ]
  for (const row of flat) {
    while (open.length > 1 && open[open.length - 1]!.depth >= row.depth) open.pop()
    const parent = open[open.length - 1]!
    const node: ReportSectionContent = {
      label: row.label,
      heading: row.heading,
      runIn: row.runIn,
      body: row.body,
      children: [],
    }
    parent.children.push(node)
    open.push({ depth: parent.depth + 1, children: node.children })
  }
  return root
}

/** Where each row sits in the tree: [0, 2] is the third part of the first part. */
export function treePaths(flat: readonly FlatSection[]): number[][] {
  const paths: number[][] = []
  let path: number[] = []
  for (const row of flat) {
    const depth = Math.min(Math.max(row.depth, 0), path.length)
    path = depth < path.length ? [...path.slice(0, depth), path[depth]! + 1] : [...path, 0]
    paths.push(path)
  }
  return paths
}

/** The index just past a row's own parts. */
export function subtreeEnd(flat: readonly FlatSection[], index: number): number {
  const depth = flat[index]!.depth
  let end = index + 1
  while (end < flat.length && flat[end]!.depth > depth) end++
  return end
}

export function previousSibling(flat: readonly FlatSection[], index: number): number {
  const depth = flat[index]!.depth
  for (let k = index - 1; k >= 0; k--) {
    if (flat[k]!.depth === depth) return k
    if (flat[k]!.depth < depth) return -1
  }
  return -1
}

export function nextSibling(flat: readonly FlatSection[], index: number): number {
  const end = subtreeEnd(flat, index)
  return end < flat.length && flat[end]!.depth === flat[index]!.depth ? end : -1
}

/** How many parts a row holds below it (removing it removes them too). */
export function descendantCount(flat: readonly FlatSection[], index: number): number {
  return subtreeEnd(flat, index) - index - 1
}

export interface Edited {
  list: FlatSection[]
  /** The row to put focus on afterwards. */
  index: number
}

/** A new part of the same level after a row and all its own parts, numbered after it. */
export function addAfter(flat: readonly FlatSection[], index: number): Edited {
  const row = flat[index]!
  const at = subtreeEnd(flat, index)
  const added = emptySection(row.depth, nextLabel(row.label), row.runIn)
  return { list: [...flat.slice(0, at), added, ...flat.slice(at)], index: at }
}

/** A new last sub-part of a row. */
export function addChild(flat: readonly FlatSection[], index: number): Edited {
  const row = flat[index]!
  const at = subtreeEnd(flat, index)
  const lastChild = at - 1 > index ? previousAtDepth(flat, at, row.depth + 1) : -1
  const label =
    lastChild >= 0 ? nextLabel(flat[lastChild]!.label) : firstChildLabel(row.label, row.depth)
  const added = emptySection(row.depth + 1, label)
  return { list: [...flat.slice(0, at), added, ...flat.slice(at)], index: at }
}

/** A new top-level part at the end. */
export function addLast(flat: readonly FlatSection[]): Edited {
  const last = previousAtDepth(flat, flat.length, 0)
  const label = last >= 0 ? nextLabel(flat[last]!.label) : '一、'
  return { list: [...flat, emptySection(0, label)], index: flat.length }
}

function previousAtDepth(flat: readonly FlatSection[], before: number, depth: number): number {
  for (let k = before - 1; k >= 0; k--) {
    if (flat[k]!.depth === depth) return k
    if (flat[k]!.depth < depth) return -1
  }
  return -1
}

/** Removes a row with its own parts; focus goes to the row before, if any. */
export function remove(flat: readonly FlatSection[], index: number): Edited {
  const end = subtreeEnd(flat, index)
  return { list: [...flat.slice(0, index), ...flat.slice(end)], index: Math.max(0, index - 1) }
}

/** Swaps a row (with its own parts) with the sibling before it; unchanged at the top. */
export function moveUp(flat: readonly FlatSection[], index: number): Edited {
  const before = previousSibling(flat, index)
  if (before < 0) return { list: [...flat], index }
  const end = subtreeEnd(flat, index)
  return {
    list: [
      ...flat.slice(0, before),
      ...flat.slice(index, end),
      ...flat.slice(before, index),
      ...flat.slice(end),
    ],
    index: before,
  }
}

/** Swaps a row (with its own parts) with the sibling after it; unchanged at the bottom. */
export function moveDown(flat: readonly FlatSection[], index: number): Edited {
  const after = nextSibling(flat, index)
  if (after < 0) return { list: [...flat], index }
  const moved = moveUp(flat, after)
  return { list: moved.list, index: index + subtreeEnd(flat, after) - after }
}

// ---------------------------------------------------------------- numbering (序号)

const DIGITS = '零一二三四五六七八九'

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n)
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`
  return tensPart + (ones === 0 ? '' : DIGITS[ones]!)
}

/** The inverse of {@link chineseNumber}; NaN for anything else. */
export function parseChineseNumber(text: string): number {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text)
  if (!match || text === '') return NaN
  const [, first = '', ten = '', second = ''] = match
  if (!ten) return second ? NaN : DIGITS.indexOf(first)
  return (first ? DIGITS.indexOf(first) : 1) * 10 + (second ? DIGITS.indexOf(second) : 0)
}

interface LabelStyle {
  pattern: RegExp
  chinese: boolean
  make: (numeral: string) => string
}

/** The numbering styles of official documents (党政机关公文格式), outermost first. */
const STYLES: LabelStyle[] = [
  { pattern: /^([一二三四五六七八九十]+)、$/, chinese: true, make: (n) => `${n}、` },
  { pattern: /^[（(]([一二三四五六七八九十]+)[）)]$/, chinese: true, make: (n) => `（${n}）` },
  { pattern: /^(\d+)[.．]$/, chinese: false, make: (n) => `${n}.` },
  { pattern: /^[（(](\d+)[）)]$/, chinese: false, make: (n) => `（${n}）` },
  { pattern: /^([一二三四五六七八九十]+)是$/, chinese: true, make: (n) => `${n}是` },
]

function styleOf(label: string): { style: LabelStyle; n: number; index: number } | null {
  const trimmed = label.trim()
  for (const [index, style] of STYLES.entries()) {
    const match = style.pattern.exec(trimmed)
    if (!match) continue
    const n = style.chinese ? parseChineseNumber(match[1]!) : Number(match[1])
    if (Number.isFinite(n) && n >= 1) return { style, n, index }
  }
  return null
}

function labelIn(style: LabelStyle, n: number): string {
  return style.make(style.chinese ? chineseNumber(n) : String(n))
}

/** The label after this one in the same style (二、 after 一、); empty when not a known style. */
export function nextLabel(label: string): string {
  const found = styleOf(label)
  return found ? labelIn(found.style, found.n + 1) : ''
}

/** The first label one level down: （一） under 一、, 1. under （一）, （1） under 1.. */
export function firstChildLabel(parentLabel: string, parentDepth: number): string {
  const found = styleOf(parentLabel)
  const index = found ? found.index + 1 : parentDepth + 1
  const style = STYLES[Math.min(index, 3)]!
  return labelIn(style, 1)
}

/**
 * Numbers each level again in order, keeping each level's style (as its first label shows it);
 * labels in no known style are left as they are. For after parts were added or moved.
 */
export function renumber(flat: readonly FlatSection[]): FlatSection[] {
  const paths = treePaths(flat)
  const styleOfGroup = new Map<string, LabelStyle | null>()
  const counters = new Map<string, number>()
  return flat.map((row, index) => {
    const parent = paths[index]!.slice(0, -1).join('.')
    if (!styleOfGroup.has(parent)) styleOfGroup.set(parent, styleOf(row.label)?.style ?? null)
    const style = styleOfGroup.get(parent)
    const found = styleOf(row.label)
    if (!style || !found || found.style !== style) return row
    const n = (counters.get(parent) ?? 0) + 1
    counters.set(parent, n)
    return { ...row, label: labelIn(style, n) }
  })
}
