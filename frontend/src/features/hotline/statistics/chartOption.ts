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
    data: spec.categories,
    inverse: across,
    axisLabel: across
      ? {
          ...small,
          width: nameWidth(style),
          overflow: 'break' as const,
          lineHeight: style.fontSize,
        }
      : { ...small, hideOverlap: true },
    axisLine: { lineStyle: { color: style.border } },
    axisTick: { show: false },
  }
  const valueAxis = {
    type: 'value' as const,
    min: 0,
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
      left: style.fontSize * 0.25,
      right: across ? style.fontSize * 3 : style.fontSize * 1.5,
      containLabel: true,
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
              position: 'insideStartTop',
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
