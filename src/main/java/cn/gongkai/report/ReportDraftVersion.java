package cn.gongkai.report;

import java.time.Instant;
import java.util.List;

/** One saved version of a draft (草稿版本), and the difference between two of them. */
public record ReportDraftVersion(
        int revision, Instant savedAt, String savedBy, ReportContent content, String correctionNote) {

    /** A version as the list shows it, without its text. */
    public record Summary(int revision, Instant savedAt, String savedBy) {}

    /** The lines of {@code to} against {@code from}: unchanged, added or removed, in reading order. */
    public record Diff(int from, int to, List<Line> lines) {}

    public record Line(Kind kind, String text) {}

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }
}
