package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineBoardPage;
import cn.gongkai.hotline.HotlinePublication;
import cn.gongkai.hotline.HotlinePublications;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineSettings;
import cn.gongkai.hotline.HotlineStatistics;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.hotline.internal.RedactedReply;
import cn.gongkai.hotline.internal.RedactionKind;
import cn.gongkai.hotline.web.HotlineTicketResponse.Category;
import cn.gongkai.hotline.web.HotlineTicketResponse.Named;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answers of the reply board (办理结果公开), the statistics (数据统计) and the dispatcher's check of a publication. */
final class HotlineBoardResponses {

    private HotlineBoardResponses() {}

    /** A published reply with the redacted question it answers (公开的办理结果). */
    @Schema(name = "HotlineBoardItem")
    record BoardItem(
            String number,
            HotlineType type,
            Category category,
            Named department,

            @Schema(description = "the title, with personal data removed")
            String title,

            @Schema(description = "the description, with personal data removed")
            String question,

            @Schema(description = "the reply as the dispatcher approved it")
            String reply,

            OffsetDateTime receivedAt,
            OffsetDateTime repliedAt,
            OffsetDateTime publishedAt,
            @Nullable HotlineRating rating) {

        static BoardItem of(HotlineBoardPage.Item item) {
            return new BoardItem(
                    item.number(),
                    item.type(),
                    new Category(item.categoryCode(), item.categoryName()),
                    new Named(item.departmentId(), item.departmentName()),
                    item.title(),
                    item.question(),
                    item.reply(),
                    HotlineResponses.time(item.receivedAt()),
                    HotlineResponses.time(item.repliedAt()),
                    HotlineResponses.time(item.publishedAt()),
                    item.rating());
        }
    }

    /** A page of the board, newest publication first. */
    @Schema(name = "HotlineBoardPage")
    record BoardPage(List<BoardItem> items, long total, int page, int size) {}

    // --- The dispatcher's check ------------------------------------------------------------------

    /** One removal, with the removed text itself: for staff only. */
    @Schema(name = "HotlineRemoval")
    record Removal(
            RedactionKind kind,

            @Schema(description = "the mark that stands in the redacted text, e.g. 〔姓名〕")
            String mark,

            @Schema(description = "first character of the removed text in the original")
            int start,

            @Schema(description = "end (exclusive) in the original")
            int end,

            @Schema(description = "first character of the mark in the redacted text")
            int redactedStart,

            @Schema(description = "end (exclusive) of the mark in the redacted text")
            int redactedEnd,

            @Schema(description = "whether it was one of the ticket's own personal facts")
            boolean known,

            @Schema(description = "the removed text") String removedFrom) {}

    /** A text as written and as redacted, with what was removed. */
    @Schema(name = "HotlineRedactedText")
    record RedactedText(String original, String redacted, List<Removal> removals) {

        static RedactedText of(String original, @Nullable RedactedReply redacted) {
            if (redacted == null) {
                return null;
            }
            return new RedactedText(
                    original,
                    redacted.text(),
                    redacted.redactions().stream()
                            .map(removal -> new Removal(
                                    removal.kind(),
                                    removal.kind().mark(),
                                    removal.start(),
                                    removal.end(),
                                    removal.redactedStart(),
                                    removal.redactedEnd(),
                                    removal.known(),
                                    removal.end() <= original.length() ? removal.removedFrom(original) : ""))
                            .toList());
        }
    }

    /**
     * The publication of the ticket's latest reply (答复公开审核): null texts when the person did not allow it.
     *
     * @param replySeq the step of the timeline that is the reply
     */
    @Schema(name = "HotlinePublication")
    record StaffPublication(
            int replySeq,
            HotlinePublication.Status status,
            @Nullable RedactedText title,
            @Nullable RedactedText description,
            @Nullable RedactedText text,
            @Nullable String publishedTitle,
            @Nullable String publishedDescription,
            @Nullable String publishedText,
            @Nullable OffsetDateTime decidedAt,
            @Nullable String decidedBy,
            @Nullable String withheldReason) {

        static StaffPublication of(HotlinePublications.StaffView view) {
            HotlinePublication publication = view.publication();
            return new StaffPublication(
                    publication.replySeq(),
                    publication.status(),
                    RedactedText.of(view.originalTitle(), publication.title()),
                    RedactedText.of(view.originalDescription(), publication.description()),
                    RedactedText.of(view.originalText(), publication.text()),
                    publication.publishedTitle(),
                    publication.publishedDescription(),
                    publication.publishedText(),
                    HotlineResponses.time(publication.decidedAt()),
                    publication.decidedBy(),
                    publication.withheldReason());
        }
    }

    // --- Statistics -------------------------------------------------------------------------------

    /**
     * The figures of a set of tickets received in the period (see the statistics' description for each): counts, and
     * rates from 0 to 1 to four places, null when nothing was due or rated.
     */
    @Schema(name = "HotlineFigures")
    record Figures(
            long tickets,
            long businessEnvironment,
            long acceptanceDue,
            long acceptedOnTime,
            @Nullable Double onTimeAcceptanceRate,
            long repliesDue,
            long repliedOnTime,
            @Nullable Double onTimeReplyRate,
            long rated,
            long satisfied,
            @Nullable Double satisfactionRate,
            long selfService) {

        static Figures of(HotlineStatistics.Figures figures) {
            return new Figures(
                    figures.tickets(),
                    figures.businessEnvironment(),
                    figures.acceptanceDue(),
                    figures.acceptedOnTime(),
                    figures.onTimeAcceptanceRate(),
                    figures.repliesDue(),
                    figures.repliedOnTime(),
                    figures.onTimeReplyRate(),
                    figures.rated(),
                    figures.satisfied(),
                    figures.satisfactionRate(),
                    figures.selfService());
        }
    }

    /** An agency named in the statistics, with the code the {@code agency} filter takes. */
    @Schema(name = "HotlineStatisticsAgency")
    record Agency(UUID id, String code, String name) {

        static Agency of(@Nullable HotlineStatistics.Department department) {
            return department == null ? null : new Agency(department.id(), department.code(), department.name());
        }
    }

    @Schema(name = "HotlineFiguresByType")
    record ByType(HotlineType type, Figures figures) {}

    @Schema(name = "HotlineFiguresByCategory")
    record ByCategory(String code, String name, boolean businessEnvironment, Figures figures) {}

    /** @param department null for tickets never dispatched (not yet, merged, or answered from the knowledge base) */
    @Schema(name = "HotlineFiguresByDepartment")
    record ByDepartment(@Nullable Agency department, Figures figures) {}

    /** @param month {@code YYYY-MM} */
    @Schema(name = "HotlineFiguresByMonth")
    record ByMonth(String month, Figures figures) {}

    /** A most frequent matter (热点诉求). */
    @Schema(name = "HotlineTopTopic")
    record Topic(String code, String name, long tickets) {}

    /** 考核目标: the rates the centre is held to, each 0..1; a rate meets its target when it is at least the target. */
    @Schema(name = "HotlineTargets")
    record Targets(double onTimeAcceptanceRate, double onTimeReplyRate, double satisfactionRate) {

        static Targets of(HotlineSettings.Targets targets) {
            return new Targets(targets.onTimeAcceptanceRate(), targets.onTimeReplyRate(), targets.satisfactionRate());
        }
    }

    /** The statistics of the tickets received from {@code from} to {@code to}, both included. */
    @Schema(name = "HotlineStatistics")
    record Statistics(
            LocalDate from,
            LocalDate to,
            @Nullable Agency agency,
            Figures totals,

            @Schema(description = "the tickets about 营商环境 matters, counted apart")
            Figures businessEnvironment,

            List<ByType> byType,
            List<ByCategory> byCategory,
            List<ByDepartment> byDepartment,
            List<ByMonth> byMonth,
            List<Topic> topTopics,
            Targets targets) {

        static Statistics of(HotlineStatistics.Statistics statistics) {
            return new Statistics(
                    statistics.from(),
                    statistics.to(),
                    Agency.of(statistics.agency()),
                    Figures.of(statistics.totals()),
                    Figures.of(statistics.businessEnvironment()),
                    statistics.byType().stream()
                            .map(row -> new ByType(row.type(), Figures.of(row.figures())))
                            .toList(),
                    statistics.byCategory().stream()
                            .map(row -> new ByCategory(
                                    row.code(), row.name(), row.businessEnvironment(), Figures.of(row.figures())))
                            .toList(),
                    statistics.byDepartment().stream()
                            .map(row -> new ByDepartment(Agency.of(row.department()), Figures.of(row.figures())))
                            .toList(),
                    statistics.byMonth().stream()
                            .map(row -> new ByMonth(row.month().toString(), Figures.of(row.figures())))
                            .toList(),
                    statistics.topTopics().stream()
                            .map(topic -> new Topic(topic.code(), topic.name(), topic.tickets()))
                            .toList(),
                    Targets.of(statistics.targets()));
        }
    }
}
