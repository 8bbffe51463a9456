import { useI18n } from 'vue-i18n'
import { isAnnualReport } from '@/api/report'
import type { ReportKind, ReportStanding } from '@/api/types'

interface YearAndKind {
  year: number
  kind: ReportKind
}

/**
 * How reports are named in the reader's language. An annual report is about a year (2019年度); a
 * plan is filed under the year it starts (2021年), so it never reads as a 年度 report.
 */
export function useReportWords() {
  const { t } = useI18n()

  const kindName = (kind: ReportKind) => t(`reportKind.${kind}`)

  /** 2019年度 for an annual report, 2021年 for a plan. */
  const yearOf = (report: YearAndKind) =>
    t(isAnnualReport(report.kind) ? 'reports.year' : 'reports.planYear', { year: report.year })

  /** 2019年度法治政府建设年度报告, 2021年法治政府建设规划方案: a report that has no title yet. */
  const fallbackTitle = (report: YearAndKind) =>
    t(
      isAnnualReport(report.kind)
        ? 'staffReports.editor.fallbackTitle'
        : 'staffReports.editor.fallbackPlanTitle',
      { year: report.year, kind: kindName(report.kind) },
    )

  const standingName = (standing: ReportStanding) => t(`reportStanding.${standing}`)

  return { kindName, yearOf, fallbackTitle, standingName }
}
