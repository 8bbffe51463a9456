package cn.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.disclosure.TableThree.Entry;
import cn.gongkai.disclosure.TableThree.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table 三 counted from records, against a hand-counted fixture. */
class TableThreeTests {

    private static final ApplicantKind PERSON = ApplicantKind.NATURAL_PERSON;
    private static final ApplicantKind FIRM = ApplicantKind.COMMERCIAL_ENTERPRISE;
    private static final ApplicantKind LAWYERS = ApplicantKind.LEGAL_SERVICE_ORGANISATION;

    @Test
    void countsEveryRowFromTheRecordsOfTheYear() {
        List<Entry> entries = new ArrayList<>(List.of(
                // Received in 2025, closed in 2025: not in 2026 at all.
                entry(PERSON, "2025-03-01", DisclosureOutcome.DISCLOSED, "2025-03-20"),
                // Carried over from 2025 and answered in 2026.
                entry(PERSON, "2025-12-20", DisclosureOutcome.PARTLY_DISCLOSED, "2026-01-15"),
                entry(FIRM, "2025-12-29", DisclosureOutcome.WITHHELD_THIRD_PARTY_RIGHTS, "2026-01-20"),
                // Carried over and still open at the end of 2026.
                entry(PERSON, "2025-12-30", null, null),
                // Received in 2026, answered in 2026.
                entry(PERSON, "2026-02-10", DisclosureOutcome.DISCLOSED, "2026-03-16"),
                entry(PERSON, "2026-03-02", DisclosureOutcome.DISCLOSED, "2026-03-20"),
                entry(LAWYERS, "2026-04-01", DisclosureOutcome.UNAVAILABLE_NOT_HELD, "2026-04-20"),
                entry(FIRM, "2026-05-06", DisclosureOutcome.OTHER_NO_CORRECTION, "2026-06-10"),
                entry(PERSON, "2026-06-01", DisclosureOutcome.OTHER, "2026-06-02"),
                // Received in 2026, answered in 2027: carried forward.
                entry(FIRM, "2026-12-28", DisclosureOutcome.DISCLOSED, "2027-01-10"),
                // Received in 2026, open.
                entry(PERSON, "2026-12-30", null, null),
                // Received in 2027: not counted.
                entry(PERSON, "2027-01-04", null, null)));

        TableThree table = TableThree.count(2026, entries);

        //                                          person firm research public lawyers other total
        assertThat(table.row(Row.RECEIVED)).containsExactly(4, 2, 0, 0, 1, 0, 7);
        assertThat(table.row(Row.CARRIED_OVER)).containsExactly(2, 1, 0, 0, 0, 0, 3);
        assertThat(table.outcome(DisclosureOutcome.DISCLOSED)).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(table.outcome(DisclosureOutcome.PARTLY_DISCLOSED)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(table.outcome(DisclosureOutcome.WITHHELD_THIRD_PARTY_RIGHTS)).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(table.outcome(DisclosureOutcome.UNAVAILABLE_NOT_HELD)).containsExactly(0, 0, 0, 0, 1, 0, 1);
        assertThat(table.outcome(DisclosureOutcome.OTHER_NO_CORRECTION)).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(table.outcome(DisclosureOutcome.OTHER)).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(table.outcome(DisclosureOutcome.WITHHELD_STATE_SECRET)).containsOnly(0);
        assertThat(table.row(Row.ANSWERED_TOTAL)).containsExactly(4, 2, 0, 0, 1, 0, 7);
        assertThat(table.row(Row.CARRIED_FORWARD)).containsExactly(2, 1, 0, 0, 0, 0, 3);
        assertThat(table.checkHolds()).isTrue();
    }

    @Test
    void anEmptyYearIsAllZeroAndHolds() {
        TableThree table = TableThree.count(2026, List.of());

        assertThat(table.row(Row.RECEIVED)).containsOnly(0);
        assertThat(table.checkHolds()).isTrue();
    }

    @Test
    void aHandAlteredTableThatBreaksTheRuleIsCaught() {
        TableThree counted =
                TableThree.count(2026, List.of(entry(PERSON, "2026-02-10", DisclosureOutcome.DISCLOSED, "2026-03-16")));
        int[] received = counted.row(Row.RECEIVED);
        received[0] = 2;
        received[6] = 2;
        TableThree altered = new TableThree(
                2026,
                Map.of(
                        Row.RECEIVED,
                        received,
                        Row.CARRIED_OVER,
                        counted.row(Row.CARRIED_OVER),
                        Row.ANSWERED_TOTAL,
                        counted.row(Row.ANSWERED_TOTAL),
                        Row.CARRIED_FORWARD,
                        counted.row(Row.CARRIED_FORWARD)),
                Map.of(DisclosureOutcome.DISCLOSED, counted.outcome(DisclosureOutcome.DISCLOSED)));

        assertThat(altered.checkHolds()).isFalse();
        assertThat(altered.failingColumns()).containsExactly(0, 6);
        assertThat(Arrays.stream(DisclosureOutcome.values()).filter(DisclosureOutcome::isReply))
                .doesNotContain(DisclosureOutcome.OTHER_NO_CORRECTION, DisclosureOutcome.OTHER_FEE_UNPAID);
    }

    private static Entry entry(ApplicantKind kind, String receivedOn, DisclosureOutcome outcome, String closedOn) {
        return new Entry(
                kind, LocalDate.parse(receivedOn), outcome, closedOn == null ? null : LocalDate.parse(closedOn));
    }
}
