package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.TableThree;
import cn.gongkai.identity.Agency;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Table 三 as JSON, in the printed order with the printed labels, and whether 一 + 二 = （七）总计 + 四 holds.
 *
 * @param columns the applicant kinds, then {@code TOTAL}
 */
public record StatisticsResponse(
        String agency,
        String agencyName,
        int year,
        List<String> columns,
        List<StatisticsRow> rows,
        boolean checkHolds) {

    /**
     * One row: {@code key} is the row or outcome name, {@code group} the lettered group of 三 an outcome row
     * belongs to.
     */
    public record StatisticsRow(String key, @Nullable String group, String label, int[] counts) {}

    static StatisticsResponse of(Agency agency, TableThree table) {
        List<String> columns = new ArrayList<>(
                Arrays.stream(ApplicantKind.values()).map(Enum::name).toList());
        columns.add("TOTAL");
        List<StatisticsRow> rows = new ArrayList<>();
        rows.add(line(table, TableThree.Row.RECEIVED));
        rows.add(line(table, TableThree.Row.CARRIED_OVER));
        for (DisclosureOutcome outcome : DisclosureOutcome.values()) {
            rows.add(
                    new StatisticsRow(outcome.name(), outcome.group().name(), outcome.label(), table.outcome(outcome)));
        }
        rows.add(line(table, TableThree.Row.ANSWERED_TOTAL));
        rows.add(line(table, TableThree.Row.CARRIED_FORWARD));
        return new StatisticsResponse(agency.code(), agency.name(), table.year(), columns, rows, table.checkHolds());
    }

    private static StatisticsRow line(TableThree table, TableThree.Row row) {
        return new StatisticsRow(row.name(), null, row.label(), table.row(row));
    }
}
