/**
 * What a statistics chart shows, independent of the library that draws it: the page builds these
 * from the figures, the lazily loaded chart turns them into a drawing.
 */
export interface ChartSeries {
  name: string
  values: (number | null)[]
  /** A line across the chart for the value the series should reach (a rate's target). */
  target?: { label: string; value: number }
}

export interface ChartSpec {
  /** `column`: upright bars; `bar`: bars across, for long names; `line`: rates over time. */
  kind: 'column' | 'bar' | 'line'
  categories: string[]
  series: ChartSeries[]
  /** Values are percentages (0 to 100). */
  percent?: boolean
}
