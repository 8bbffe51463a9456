package cn.gongkai.report.internal;

import cn.gongkai.report.ReportContent;
import cn.gongkai.report.ReportKind;
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
import java.util.List;
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
 * same way staff import a report, and published with their real publication dates. Runs with the
 * other migrations (one instance at a time, once), only where demo data is switched on; a version
 * already published is never touched.
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
