package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.ENTERPRISE;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.identity.RoleGrants;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * 并单 as a 12345 centre does it: the person of a merged ticket follows the lead ticket's progress, gets its reply as
 * the answer to their own ticket (without the lead submitter's personal data) and rates it for their own ticket, once
 * per reply and within the window; their rating neither closes nor reopens the lead, which only its own person's can.
 */
@IntegrationTest
class HotlineMergedTicketIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @Test
    void theMergedTicketsPersonFollowsTheLeadGetsItsReplyAndRatesItForTheirOwnTicket() {
        clock.setDay(LocalDate.parse("2026-05-11"));
        Map<String, Object> first =
                HotlineTestData.ticket("COMPLAINT", HotlineTestData.MATTER_ENVIRONMENT, "并单：工地夜间施工");
        first.remove("happenedOn");
        String lead =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), first).get("number");
        act(lead, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));

        Map<String, Object> repeat =
                HotlineTestData.ticket("COMPLAINT", HotlineTestData.MATTER_ENVIRONMENT, "并单：同一工地噪声");
        repeat.remove("happenedOn");
        repeat.put("place", new HashMap<>(Map.of("regionId", HotlineTestData.CENTRE, "address", "相山区某某路20号")));
        repeat.put("submitter", new HashMap<>(Map.of("kind", "CITIZEN", "name", "王芳", "phone", "13800001234")));
        String merged = (String)
                HotlineTestData.created(Api.as(ENTERPRISE, port), repeat).get("number");
        clock.setDay(LocalDate.parse("2026-05-12"));
        act(merged, DISPATCHER, "merge", Map.of("leadTicketNumber", lead));

        // Before the reply: the lead's state and limits, nothing of the lead's person.
        String body = trackText(ENTERPRISE, merged);
        Map<String, Object> seen = track(ENTERPRISE, merged);
        assertThat(seen).containsEntry("state", "MERGED").containsEntry("mergedInto", lead);
        assertThat(seen).containsEntry("canRate", false);
        Map<?, ?> followed = (Map<?, ?>) seen.get("leadTicket");
        assertThat(followed.get("number")).isEqualTo(lead);
        assertThat(followed.get("state")).isEqualTo("DISPATCHED");
        Map<?, ?> leadDeadlines =
                (Map<?, ?>) HotlineTestData.staffView(port, DISPATCHER, lead).get("deadlines");
        assertThat(((Map<?, ?>) followed.get("deadlines")).get("replyDueOn"))
                .isEqualTo(leadDeadlines.get("replyDueOn"));
        assertThat(((List<?>) followed.get("timeline"))).hasSize(2);
        assertThat(body).doesNotContain("张明", "13812345678", "工地夜间施工", "相山区某某路18号");
        // The lead's person sees nothing of the merged ticket's, and cannot rate it.
        Api.as(CITIZEN, port)
                .get()
                .uri("/api/hotline/tickets/" + merged)
                .exchange()
                .expectStatus()
                .isNotFound();

        clock.setDay(LocalDate.parse("2026-05-13"));
        act(lead, HANDLER_SCJG, "accept", Map.of());
        act(lead, HANDLER_SCJG, "reply", Map.of("text", "张明您好，经核查，该工地已停止夜间施工，执法人员已约谈施工单位。如有疑问请联系13812345678回访。"));
        seen = track(ENTERPRISE, merged);
        followed = (Map<?, ?>) seen.get("leadTicket");
        assertThat(followed.get("state")).isEqualTo("REPLIED");
        String reply = (String) ((Map<?, ?>) ((List<?>) followed.get("replies")).get(0)).get("text");
        assertThat(reply).contains("经核查，该工地已停止夜间施工").doesNotContain("张明", "13812345678");
        assertThat(seen).containsEntry("canRate", true);
        assertThat(trackText(ENTERPRISE, merged)).doesNotContain("张明", "13812345678");

        // Staff cannot rate for the person; the person rates once per reply; the lead is not reopened by it.
        rate(DISPATCHER, merged, "SATISFIED").expectStatus().isNotFound();
        rate(ENTERPRISE, merged, "UNSATISFIED").expectStatus().isOk();
        seen = track(ENTERPRISE, merged);
        assertThat(seen).containsEntry("state", "MERGED").containsEntry("canRate", false);
        assertThat(((Map<?, ?>) seen.get("rating")).get("rating")).isEqualTo("UNSATISFIED");
        assertThat(HotlineTestData.staffView(port, DISPATCHER, lead)).containsEntry("state", "REPLIED");
        rate(ENTERPRISE, merged, "SATISFIED").expectStatus().isEqualTo(409);
        assertThat(closedOn(merged)).isEqualTo("2026-05-12");

        // The lead's own person reopens it; the second reply is the merged person's to rate again, in its window.
        rate(CITIZEN, lead, "UNSATISFIED").expectStatus().isOk();
        clock.setDay(LocalDate.parse("2026-05-15"));
        act(lead, HANDLER_SCJG, "reply", Map.of("text", "已再次核查，施工单位已整改。"));
        assertThat(track(ENTERPRISE, merged)).containsEntry("canRate", true);
        clock.setDay(LocalDate.parse("2026-05-23"));
        assertThat(track(ENTERPRISE, merged)).containsEntry("canRate", false);
        rate(ENTERPRISE, merged, "SATISFIED").expectStatus().isEqualTo(409);
        clock.setDay(LocalDate.parse("2026-05-22"));
        rate(ENTERPRISE, merged, "SATISFIED").expectStatus().isOk();
        assertThat(((Map<?, ?>) track(ENTERPRISE, merged).get("rating")).get("rating"))
                .isEqualTo("SATISFIED");
        assertThat(closedOn(merged)).isEqualTo("2026-05-12");
    }

    private void act(String number, String subject, String action, Map<String, Object> form) {
        HotlineTestData.act(port, subject, number, action, form).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec rate(String subject, String number, String rating) {
        return Api.as(subject, port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", rating, "comment", "回访意见"))
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> track(String subject, String number) {
        return Api.as(subject, port)
                .get()
                .uri("/api/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private String trackText(String subject, String number) {
        return Api.as(subject, port)
                .get()
                .uri("/api/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private String closedOn(String number) {
        return database.sql("select closed_on::text as closed from hotline_ticket where number = :number")
                .bind("number", number)
                .map(row -> row.get("closed", String.class))
                .one()
                .block();
    }
}
