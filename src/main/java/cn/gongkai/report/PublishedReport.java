package cn.gongkai.report;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as the public sees it: its newest published version, and the correction notes of every
 * version after the first (更正说明).
 *
 * @param agencyNameEn the agency's English name, shown first in the English interface; null where the directory has
 *     none
 */
public record PublishedReport(
        UUID id,
        UUID agencyId,
        String agencyCode,
        String agencyName,
        @Nullable String agencyNameEn,
        int year,
        ReportKind kind,
        int version,
        String title,
        ReportContent content,
        Instant firstPublishedAt,
        Instant publishedAt,
        List<Correction> corrections) {

    /** The stable public address of the report's page. */
    public String path() {
        return "/reports/" + agencyCode + "/" + year + "/" + kind.slug();
    }

    /** A correction published as a new version (更正). */
    public record Correction(int version, String note, Instant publishedAt) {}
}
