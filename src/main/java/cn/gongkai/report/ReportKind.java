package cn.gongkai.report;

import cn.gongkai.identity.AgencyKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;

/**
 * Kind of published report (报告类型): the two annual reports the law requires, each with its
 * publication deadline, and the agency's rule-of-law plans, which are published beside them but are
 * not annual reports and owe no deadline.
 */
public enum ReportKind {
    /** 法治政府建设年度报告: published by 1 April of the following year (厅字〔2019〕28号). */
    RULE_OF_LAW("rule-of-law", "法治政府建设年度报告"),
    /**
     * 政府信息公开工作年度报告: by 31 January of the following year for departments, by 31 March for
     * governments (条例 Art. 49).
     */
    OPEN_GOVERNMENT_INFORMATION("open-government-information", "政府信息公开工作年度报告"),
    /** 法治政府建设规划方案: an implementation or work plan (实施方案、工作方案), filed under the year it starts. */
    RULE_OF_LAW_PLAN("rule-of-law-plan", "法治政府建设规划方案");

    /** The slugs as one alternation, for request mappings of report addresses. */
    public static final String SLUGS = "rule-of-law|open-government-information|rule-of-law-plan";

    private final String slug;
    private final String label;

    ReportKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The kind's part of a report's public address, {@code /reports/{agency}/{year}/{slug}}. */
    public String slug() {
        return slug;
    }

    /** The kind's Chinese name. */
    public String label() {
        return label;
    }

    /** What a report of this kind about {@code year} is called: 2019年度法治政府建设年度报告, 2021年法治政府建设规划方案. */
    public String describe(int year) {
        return year + (isAnnualReport() ? "年度" : "年") + label;
    }

    /** Whether the law requires the report every year, by a deadline. */
    public boolean isAnnualReport() {
        return this != RULE_OF_LAW_PLAN;
    }

    public static ReportKind ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(kind -> kind.slug.equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report kind " + slug));
    }

    /** The last day on which an agency of the given kind may publish its annual report for {@code year}. */
    public LocalDate deadlineFor(int year, AgencyKind agencyKind) {
        MonthDay day = switch (this) {
            case RULE_OF_LAW -> MonthDay.of(4, 1);
            case OPEN_GOVERNMENT_INFORMATION ->
                agencyKind == AgencyKind.DEPARTMENT ? MonthDay.of(1, 31) : MonthDay.of(3, 31);
            case RULE_OF_LAW_PLAN -> throw new IllegalStateException("a plan owes no publication deadline");
        };
        return day.atYear(year + 1);
    }
}
