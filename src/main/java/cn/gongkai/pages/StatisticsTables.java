package cn.gongkai.pages;

import cn.gongkai.hotline.HotlineStatistics.Figures;
import cn.gongkai.hotline.HotlineStatistics.Statistics;
import cn.gongkai.platform.web.PortalDates;
import cn.gongkai.platform.web.PortalWords.Words;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the hotline's statistics as the front end's panel lays them out (HotlineStatisticsPanel.vue, one
 * StatisticsFigure.vue each): by type, month, department, the most frequent matters and by matter, each with its
 * caption, columns and rows; the charts above them need script, the tables hold every figure.
 */
final class StatisticsTables {

    /** A cell: a figure, and under it what it is made of (a rate's counts, 39/40), if anything. */
    record Cell(String main, @Nullable String detail) {}

    /** A row: its name, the language of a name that stays Chinese in every language, and its cells. */
    record Row(String header, @Nullable String lang, List<Cell> cells) {}

    /** A table under its heading; {@code rows} empty when there is nothing to show ({@code empty} says so). */
    record Figure(
            String id,
            String title,
            @Nullable String summary,
            String caption,
            List<String> columns,
            List<Row> rows,
            String empty) {}

    private final Words words;
    private final StatisticsFormat format;
    private final PortalDates dates;

    StatisticsTables(Words words, StatisticsFormat format, PortalDates dates) {
        this.words = words;
        this.format = format;
        this.dates = dates;
    }

    /** The period as the page names it: 2026年1月1日至2026年12月31日. */
    String period(Statistics statistics) {
        return words.get(
                "hotlineStatistics.period", "from", dates.day(statistics.from()), "to", dates.day(statistics.to()));
    }

    List<Figure> of(Statistics statistics) {
        boolean some = statistics.totals().tickets() > 0;
        String period = period(statistics);
        List<Row> types = new ArrayList<>();
        statistics
                .byType()
                .forEach(row -> types.add(
                        new Row(words.get("hotlineType." + row.type().name()), null, figureCells(row.figures()))));
        List<Row> months = new ArrayList<>();
        statistics
                .byMonth()
                .forEach(row -> months.add(new Row(format.month(row.month()), null, figureCells(row.figures()))));
        List<Row> departments = new ArrayList<>();
        statistics
                .byDepartment()
                .forEach(row -> departments.add(new Row(
                        row.department() == null
                                ? words.get("hotlineStatistics.notDispatched")
                                : row.department().name(),
                        row.department() == null ? null : "zh-CN",
                        figureCells(row.figures()))));
        List<Row> topics = new ArrayList<>();
        for (int rank = 0; rank < statistics.topTopics().size(); rank++) {
            var topic = statistics.topTopics().get(rank);
            topics.add(new Row(
                    topic.name(),
                    "zh-CN",
                    List.of(
                            new Cell(String.valueOf(rank + 1), null),
                            new Cell(format.count(topic.tickets()), null),
                            new Cell(
                                    format.share(
                                            topic.tickets(), statistics.totals().tickets()),
                                    null))));
        }
        List<Row> matters = new ArrayList<>();
        statistics
                .byCategory()
                .forEach(row -> matters.add(new Row(
                        row.businessEnvironment()
                                ? row.name() + words.get("hotlineStatistics.businessEnvironmentMark")
                                : row.name(),
                        "zh-CN",
                        figureCells(row.figures()))));
        return List.of(
                figure("hl-stats-type", "byType", false, period, figureColumns("type"), some ? types : List.of()),
                figure("hl-stats-month", "byMonth", true, period, figureColumns("month"), some ? months : List.of()),
                figure("hl-stats-department", "byDepartment", false, period, figureColumns("department"), departments),
                figure(
                        "hl-stats-topics",
                        "topTopics",
                        true,
                        period,
                        List.of(column("matter"), column("rank"), column("tickets"), column("share")),
                        topics),
                figure("hl-stats-category", "byCategory", true, period, figureColumns("matter"), matters));
    }

    private Figure figure(
            String id, String name, boolean summarised, String period, List<String> columns, List<Row> rows) {
        String key = "hotlineStatistics." + name;
        return new Figure(
                id,
                words.get(key + ".title"),
                summarised ? words.get(key + ".summary") : null,
                words.get(key + ".caption", "period", period),
                columns,
                rows,
                words.get("hotlineStatistics.none"));
    }

    /** The columns of a table of figures: the rows' names, then the tickets and each rate. */
    private List<String> figureColumns(String first) {
        List<String> columns = new ArrayList<>(List.of(column(first), column("tickets")));
        for (StatisticsFormat.Rate rate : StatisticsFormat.Rate.values()) {
            columns.add(words.get("hotlineStatistics.rates." + rate.name()));
        }
        return columns;
    }

    /** A row's figures: the tickets, then each rate with the counts it is made of (97.5% 39/40), or 暂无. */
    private List<Cell> figureCells(Figures figures) {
        List<Cell> cells = new ArrayList<>(List.of(new Cell(format.count(figures.tickets()), null)));
        for (StatisticsFormat.Rate rate : StatisticsFormat.Rate.values()) {
            Double value = rate.of(figures);
            cells.add(
                    value == null
                            ? new Cell(words.get("hotlineStatistics.noRate"), null)
                            : new Cell(
                                    format.rate(value),
                                    words.get(
                                            "hotlineStatistics.rateParts",
                                            "part",
                                            format.count(rate.part(figures)),
                                            "whole",
                                            format.count(rate.whole(figures)))));
        }
        return cells;
    }

    private String column(String name) {
        return words.get("hotlineStatistics.columns." + name);
    }
}
