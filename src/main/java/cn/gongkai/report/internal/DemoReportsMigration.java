package cn.gongkai.report.internal;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportKind;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: real reports and plans of the demo agencies, imported from their published text the
 * same way staff import a report, and published with their real publication dates; and the 2025
 * annual reports of most demo agencies, written from one text per kind (drawn from Suixi's real
 * report and the parts the law requires) in the agency's name, so that the compliance board shows
 * what a real year looks like: most on time, some late, a few not published. Runs with the other
 * migrations (one instance at a time, once), only where demo data is switched on; a version already
 * published is never touched.
 */
@Component
@ConditionalOnBooleanProperty("gongkai.demo.enabled")
class DemoReportsMigration implements JavaMigration {

    private record DemoReport(
            String file, String agencyCode, int year, ReportKind kind, String title, String publishedAt) {}

    private static final List<DemoReport> REPORTS = List.of(
            new DemoReport(
                    "suixi-2019-rule-of-law-annual-report.txt",
                    "340621",
                    2019,
                    ReportKind.RULE_OF_LAW,
                    null,
                    "2020-03-30T09:49:00+08:00"),
            new DemoReport(
                    "huaibei-rule-of-law-plan-2021-2025.txt",
                    "340600",
                    2021,
                    ReportKind.RULE_OF_LAW_PLAN,
                    "淮北市法治政府建设实施方案(2021-2025年)",
                    "2022-03-10T08:38:00+08:00"),
            new DemoReport(
                    "hanyang-2023-rule-of-law-work-plan.txt",
                    "420105",
                    2023,
                    ReportKind.RULE_OF_LAW_PLAN,
                    "汉阳区2023年度深化法治政府建设工作方案",
                    "2023-08-12T10:00:00+08:00"));

    /** The text each 2025 report is written from; {机关}, {年度} and {次年} stand for the agency and the years. */
    private static final Map<ReportKind, String> TEXT_OF_2025 = new EnumMap<>(Map.of(
            ReportKind.RULE_OF_LAW, "annual-rule-of-law-report-template.txt",
            ReportKind.OPEN_GOVERNMENT_INFORMATION, "annual-open-government-information-report-template.txt"));

    private static final int YEAR_OF_REPORTS = 2025;

    /**
     * The day (in China) each agency published its 2025 reports; null where it has not. Deadlines: rule of law
     * 2026-04-01; open government information 2026-01-31 for departments, 2026-03-31 for governments. Suixi
     * (340621) is left out: its 2025 reports are written and published by hand in the browser tests.
     */
    private record Published2025(
            String agencyCode,
            @Nullable String ruleOfLaw,
            @Nullable String openGovernmentInformation) {

        @Nullable
        String on(ReportKind kind) {
            return kind == ReportKind.RULE_OF_LAW ? ruleOfLaw : openGovernmentInformation;
        }
    }

    private static final List<Published2025> PUBLISHED_2025 = List.of(
            new Published2025("340000", "2026-03-28", "2026-03-20"),
            new Published2025("340600", "2026-03-31", "2026-03-27"),
            new Published2025("340602", "2026-03-26", "2026-03-30"),
            new Published2025("340603", null, "2026-04-15"),
            new Published2025("340604", "2026-04-20", "2026-03-25"),
            new Published2025("420000", "2026-03-30", "2026-03-19"),
            new Published2025("420100", "2026-03-27", "2026-03-31"),
            new Published2025("420105", "2026-03-24", "2026-03-23"),
            new Published2025("430000", "2026-03-31", "2026-04-08"),
            new Published2025("340600-sfj", "2026-03-20", "2026-01-22"),
            new Published2025("340600-zwfwj", "2026-03-18", "2026-01-27"),
            new Published2025("340600-scjgj", "2026-03-25", "2026-01-29"),
            new Published2025("340600-sthjj", "2026-03-19", "2026-01-26"),
            new Published2025("340600-zjj", "2026-03-31", "2026-02-12"),
            new Published2025("340600-rsj", "2026-03-23", "2026-01-30"),
            new Published2025("340600-jtysj", "2026-03-26", "2026-01-23"),
            new Published2025("340600-cgj", null, null),
            new Published2025("340600-jyj", "2026-03-17", "2026-01-28"),
            new Published2025("340600-wjw", "2026-03-30", "2026-01-20"),
            new Published2025("340600-gaj", "2026-04-03", "2026-01-31"),
            new Published2025("340600-zrzyghj", "2026-03-27", "2026-01-29"),
            new Published2025("340600-ybj", "2026-03-24", "2026-01-21"),
            new Published2025("340600-mzj", "2026-03-20", "2026-01-26"),
            new Published2025("340600-swj", null, null),
            new Published2025("340621-sfj", "2026-03-25", "2026-01-27"),
            new Published2025("340621-zwfwj", "2026-03-26", "2026-01-30"),
            new Published2025("340621-scjgj", "2026-03-31", "2026-03-05"),
            new Published2025("420105-sfj", "2026-04-10", null),
            new Published2025("430000-sft", "2026-03-29", "2026-01-24"));

    private final JsonMapper json;

    DemoReportsMigration(JsonMapper json) {
        this.json = json;
    }

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "demo reports";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        REPORTS.forEach(report -> {
            crc.update(report.toString().getBytes(StandardCharsets.UTF_8));
            crc.update(text(report.file()).getBytes(StandardCharsets.UTF_8));
        });
        PUBLISHED_2025.forEach(report -> crc.update(report.toString().getBytes(StandardCharsets.UTF_8)));
        TEXT_OF_2025.values().forEach(file -> crc.update(text(file).getBytes(StandardCharsets.UTF_8)));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (DemoReport report : REPORTS) {
            ReportContent content = ReportTextImport.read(text(report.file()), report.title());
            UUID reportId = reportId(connection, report);
            if (reportId != null) {
                publishFirstVersion(connection, reportId, content, OffsetDateTime.parse(report.publishedAt()));
            }
        }
        for (Published2025 agency : PUBLISHED_2025) {
            String name = agencyName(connection, agency.agencyCode());
            for (ReportKind kind : TEXT_OF_2025.keySet()) {
                String day = agency.on(kind);
                if (name == null || day == null) {
                    continue;
                }
                String text = text(TEXT_OF_2025.get(kind))
                        .replace("{机关}", name)
                        .replace("{年度}", Integer.toString(YEAR_OF_REPORTS))
                        .replace("{次年}", Integer.toString(YEAR_OF_REPORTS + 1));
                DemoReport report = new DemoReport(null, agency.agencyCode(), YEAR_OF_REPORTS, kind, null, null);
                UUID reportId = reportId(connection, report);
                if (reportId != null) {
                    publishFirstVersion(
                            connection,
                            reportId,
                            ReportTextImport.read(text, null),
                            OffsetDateTime.parse(day + "T09:30:00+08:00"));
                }
            }
        }
    }

    private static @Nullable String agencyName(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select name from agency where code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static UUID reportId(Connection connection, DemoReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into annual_report (id, agency_id, year, kind)
                select ?, id, ?, ? from agency where code = ?
                on conflict (agency_id, year, kind) do nothing""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setInt(2, report.year());
            insert.setString(3, report.kind().name());
            insert.setString(4, report.agencyCode());
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select r.id from annual_report r join agency a on a.id = r.agency_id
                where a.code = ? and r.year = ? and r.kind = ?""")) {
            select.setString(1, report.agencyCode());
            select.setInt(2, report.year());
            select.setString(3, report.kind().name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1, UUID.class) : null;
            }
        }
    }

    private void publishFirstVersion(Connection connection, UUID reportId, ReportContent content, OffsetDateTime at)
            throws SQLException {
        String plainText = ReportRendering.plainText(content);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into annual_report_publication
                    (id, report_id, version, title, content, plain_text, search_tokens, published_at, published_by)
                select ?, ?, 1, ?, ?::jsonb, ?,
                       setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')
                           || to_tsvector('simple', ?),
                       ?, 'demo-data'
                where not exists (select 1 from annual_report_publication where report_id = ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, reportId);
            insert.setString(3, content.title());
            insert.setString(4, json.writeValueAsString(content));
            insert.setString(5, plainText);
            insert.setString(6, SearchText.tokens(content.title()));
            insert.setString(7, SearchText.tokens(ReportRendering.headings(content)));
            insert.setString(8, SearchText.tokens(plainText));
            insert.setTimestamp(9, Timestamp.from(at.toInstant()));
            insert.setObject(10, reportId);
            insert.executeUpdate();
        }
    }

    private static String text(String file) {
        try (InputStream in = DemoReportsMigration.class.getResourceAsStream("/demo/reports/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo report missing: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
