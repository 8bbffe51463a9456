import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import type { ChartSpec } from './chartSpec'

export type StatisticsChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>

/** The page's look as the chart needs it, read from the portal's custom properties. */
export interface ChartStyle {
  /** The text size in pixels (larger in 大字版). */
  fontSize: number
  text: string
  muted: string
  border: string
  /** One colour per series, in order. */
  palette: string[]
  /** The chart's width in pixels, which sets how much room the names get. */
  width: number
  animation: boolean
}

/** Space for the names beside bars across: at most 40 % of the chart, never under 6 characters. */
export function nameWidth(style: ChartStyle): number {
  return Math.round(Math.max(style.fontSize * 6, Math.min(style.width * 0.4, style.fontSize * 14)))
}

/** How many characters of a name fit on a line beside bars across (a Chinese character is about 1 em). */
export const namePerLine = (style: ChartStyle) =>
  Math.max(4, Math.floor(nameWidth(style) / Math.round(style.fontSize * 0.875)))

/**
 * A name over at most two lines of `perLine` characters, cut with an ellipsis beyond: the table
 * beneath has it in full. Chinese names have no spaces to wrap at, so the lines are cut by count.
 */
export function wrapName(name: string, perLine: number): string {
  // Latin letters are about half as wide, and wrap between words.
  if (/\s/.test(name)) return wrapWords(name, perLine * 2)
  const characters = [...name]
  if (characters.length <= perLine) return name
  const first = characters.slice(0, perLine).join('')
  const rest = characters.slice(perLine)
  return rest.length <= perLine
    ? `${first}\n${rest.join('')}`
    : `${first}\n${rest.slice(0, perLine - 1).join('')}…`
}

function wrapWords(name: string, perLine: number): string {
  const lines: string[] = []
  for (const word of name.split(/\s+/)) {
    const last = lines.length - 1
    if (last >= 0 && lines[last]!.length + 1 + word.length <= perLine) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines.length <= 2 ? lines.join('\n') : `${lines[0]}\n${lines[1]}…`
}

/**
 * Where a rate chart's axis starts: a round ten below the lowest value, so that rates close to their
 * targets can be told apart; from zero when they spread that far.
 */
export function lineFloor(spec: ChartSpec): number {
  const values = spec.series.flatMap((series) => [
    ...series.values.filter((value): value is number => value !== null),
    ...(series.target ? [series.target.value] : []),
  ])
  if (values.length === 0) return 0
  return Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10)
}

const highestTarget = (spec: ChartSpec) =>
  Math.max(...spec.series.map((series) => series.target?.value ?? -Infinity))

/** How tall the chart is: bars across take a line pair each, the others a fixed height. */
export function chartHeight(spec: ChartSpec, style: ChartStyle): number {
  const legend = spec.series.length > 1 ? style.fontSize * 3 : 0
  if (spec.kind === 'bar') {
    return Math.round(spec.categories.length * style.fontSize * 3 + style.fontSize * 3 + legend)
  }
  return Math.round(style.fontSize * 18 + legend)
}

/** The drawing of a chart spec: no animation unless allowed, every value labelled on its bar. */
export function chartOption(spec: ChartSpec, style: ChartStyle): StatisticsChartOption {
  const across = spec.kind === 'bar'
  const unit = spec.percent ? '%' : ''
  const text = { color: style.text, fontSize: style.fontSize }
  const small = { color: style.muted, fontSize: Math.round(style.fontSize * 0.875) }
  const legend = spec.series.length > 1

  const categoryAxis = {
    type: 'category' as const,
    data: across
      ? spec.categories.map((name) => wrapName(name, namePerLine(style)))
      : spec.categories,
    inverse: across,
    axisLabel: across
      ? {
          ...small,
          lineHeight: style.fontSize,
        }
      : { ...small, hideOverlap: true },
    axisLine: { lineStyle: { color: style.border } },
    axisTick: { show: false },
  }
  const valueAxis = {
    type: 'value' as const,
    min: spec.kind === 'line' ? lineFloor(spec) : 0,
    max: spec.percent ? 100 : undefined,
    minInterval: 1,
    splitNumber: across ? 3 : 4,
    axisLabel: { ...small, formatter: `{value}${unit}` },
    splitLine: { lineStyle: { color: style.border, opacity: 0.5 } },
  }

  return {
    animation: style.animation,
    textStyle: { fontFamily: 'inherit', ...text },
    color: style.palette,
    legend: legend
      ? {
          top: 0,
          left: 0,
          textStyle: small,
          itemGap: style.fontSize,
          itemWidth: style.fontSize * 1.5,
        }
      : undefined,
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value) => `${String(value)}${unit}`,
    },
    grid: {
      top: legend ? style.fontSize * 3 : style.fontSize * 1.5,
      bottom: style.fontSize * 0.5,
      // Bars across get a margin of their own for the names, which wrap within it.
      left: across ? nameWidth(style) + style.fontSize * 0.5 : style.fontSize * 0.25,
      right: across ? style.fontSize * 3 : style.fontSize * 1.5,
      containLabel: !across,
    },
    xAxis: across ? valueAxis : categoryAxis,
    yAxis: across ? categoryAxis : valueAxis,
    series: spec.series.map((series): BarSeriesOption | LineSeriesOption => {
      const markLine: MarkLineComponentOption | undefined = series.target
        ? {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', width: 2 },
            label: {
              ...small,
              color: style.text,
              // Targets close together (100 % and 95 %): the higher named above its line, the lower below.
              position:
                series.target.value >= highestTarget(spec) ? 'insideEndTop' : 'insideEndBottom',
              formatter: series.target.label,
            },
            data: [{ yAxis: series.target.value }],
          }
        : undefined
      if (spec.kind === 'line') {
        return {
          type: 'line',
          name: series.name,
          data: series.values,
          connectNulls: false,
          symbolSize: style.fontSize * 0.5,
          lineStyle: { width: 2 },
          markLine,
        }
      }
      return {
        type: 'bar',
        name: series.name,
        data: series.values,
        barMaxWidth: style.fontSize * 2.5,
        label: {
          show: true,
          position: across ? 'right' : 'top',
          ...small,
          color: style.text,
          formatter: `{c}${unit}`,
        },
        markLine,
      }
    }),
  }
}
