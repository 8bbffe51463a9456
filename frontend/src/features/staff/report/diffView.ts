import type { DiffKind, DiffLine } from '@/api/report'

/** A line of a comparison as shown: its sign, and its number in the older and the newer text. */
export interface ShownLine {
  kind: DiffKind
  text: string
  /** + for added, − for removed, nothing for unchanged: the change is never told by colour alone. */
  marker: '+' | '−' | ''
  /** The line's number in the older version (none for an added line). */
  oldNumber: number | null
  /** The line's number in the newer version (none for a removed line). */
  newNumber: number | null
}

export type DiffPiece = ({ type: 'line' } & ShownLine) | { type: 'skipped'; count: number }

const MARKERS: Record<DiffKind, ShownLine['marker']> = { SAME: '', ADDED: '+', REMOVED: '−' }

export function markerOf(kind: DiffKind): ShownLine['marker'] {
  return MARKERS[kind]
}

/**
 * The changed lines with `context` unchanged lines around each change; longer runs of unchanged
 * lines are folded into one "n lines unchanged" piece, as a reader wants to see what changed.
 */
export function diffPieces(lines: readonly DiffLine[], context = 2): DiffPiece[] {
  let oldNumber = 0
  let newNumber = 0
  const shown: ShownLine[] = lines.map((line) => {
    if (line.kind !== 'ADDED') oldNumber++
    if (line.kind !== 'REMOVED') newNumber++
    return {
      kind: line.kind,
      text: line.text,
      marker: markerOf(line.kind),
      oldNumber: line.kind === 'ADDED' ? null : oldNumber,
      newNumber: line.kind === 'REMOVED' ? null : newNumber,
    }
  })
  const near = shown.map(() => false)
  shown.forEach((line, index) => {
    if (line.kind === 'SAME') return
    for (
      let k = Math.max(0, index - context);
      k <= Math.min(shown.length - 1, index + context);
      k++
    )
      near[k] = true
  })
  const pieces: DiffPiece[] = []
  let skipped = 0
  const flush = () => {
    if (skipped > 0) pieces.push({ type: 'skipped', count: skipped })
    skipped = 0
  }
  shown.forEach((line, index) => {
    if (near[index]) {
      flush()
      pieces.push({ type: 'line', ...line })
    } else skipped++
  })
  flush()
  return pieces
}

export function diffCounts(lines: readonly DiffLine[]): { added: number; removed: number } {
  return {
    added: lines.filter((line) => line.kind === 'ADDED').length,
    removed: lines.filter((line) => line.kind === 'REMOVED').length,
  }
}
