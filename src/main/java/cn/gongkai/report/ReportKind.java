package cn.gongkai.report;

import cn.gongkai.identity.AgencyKind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;

/** Kind of annual report (年度报告类型), with the legal publication deadline of each. */
public enum ReportKind {
    /** 法治政府建设年度报告: published by 1 April of the following year (厅字〔2019〕28号). */
    RULE_OF_LAW("rule-of-law"),
    /**
     * 政府信息公开工作年度报告: by 31 January of the following year for departments, by 31 March for
     * governments (条例 Art. 49).
     */
    OPEN_GOVERNMENT_INFORMATION("open-government-information");

    private final String slug;

    ReportKind(String slug) {
        this.slug = slug;
    }

    /** The kind's part of a report's public address, {@code /reports/{agency}/{year}/{slug}}. */
    public String slug() {
        return slug;
    }

    public static ReportKind ofSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report kind " + slug));
    }

    /** The last day on which an agency of the given kind may publish its report for {@code year}. */
    public LocalDate deadlineFor(int year, AgencyKind agencyKind) {
        MonthDay day = switch (this) {
            case RULE_OF_LAW -> MonthDay.of(4, 1);
            case OPEN_GOVERNMENT_INFORMATION -> agencyKind == AgencyKind.DEPARTMENT ? MonthDay.of(1, 31) : MonthDay.of(3, 31);
        };
        return day.atYear(year + 1);
    }
}
