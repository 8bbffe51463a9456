package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.ENTRY;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_STHJ;
import static cn.gongkai.hotline.HotlineTestData.OFFICER;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Who may do what to which ticket: every action by the centre's dispatcher, the lead department's handler, another
 * department's handler, a disclosure officer and a citizen, on a ticket in the state the action needs and in one it
 * does not. Illegal steps 409, another role's step 403, a ticket the user does not handle 404, a non-hotline role 403.
 */
@IntegrationTest
class HotlineAccessIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    /** Where the ticket stands before the action: each row gets a fresh ticket brought there. */
    enum Stage {
        RECEIVED,
        DISPATCHED,
        IN_PROGRESS,
        EXTENSION_PENDING,
        REPLIED
    }

    static Stream<Arguments> matrix() {
        Map<String, Object> dispatch = Map.of("leadDepartmentId", SCJG);
        Map<String, Object> reply = Map.of("text", "已处理");
        Map<String, Object> extension = Map.of("workingDays", 5, "reason", "需现场核查");
        Map<String, Object> reason = Map.of("reason", "不属本单位职责");
        Map<String, Object> answer = Map.of("entryId", ENTRY.toString());
        return Stream.of(
                // 派单: the dispatcher's, on a received ticket.
                Arguments.of(Stage.RECEIVED, DISPATCHER, "dispatch", dispatch, 200),
                Arguments.of(Stage.RECEIVED, HANDLER_SCJG, "dispatch", dispatch, 404),
                Arguments.of(Stage.RECEIVED, HANDLER_STHJ, "dispatch", dispatch, 404),
                Arguments.of(Stage.RECEIVED, OFFICER, "dispatch", dispatch, 403),
                Arguments.of(Stage.RECEIVED, CITIZEN, "dispatch", dispatch, 403),
                Arguments.of(Stage.DISPATCHED, DISPATCHER, "dispatch", dispatch, 409),
                Arguments.of(Stage.DISPATCHED, HANDLER_SCJG, "dispatch", dispatch, 409),
                Arguments.of(Stage.IN_PROGRESS, DISPATCHER, "dispatch", dispatch, 409),
                // 签收 and 退单: the lead department's, on a dispatched ticket.
                Arguments.of(Stage.DISPATCHED, HANDLER_SCJG, "accept", Map.of(), 200),
                Arguments.of(Stage.DISPATCHED, DISPATCHER, "accept", Map.of(), 403),
                Arguments.of(Stage.DISPATCHED, HANDLER_STHJ, "accept", Map.of(), 404),
                Arguments.of(Stage.DISPATCHED, CITIZEN, "accept", Map.of(), 403),
                Arguments.of(Stage.RECEIVED, DISPATCHER, "accept", Map.of(), 409),
                Arguments.of(Stage.IN_PROGRESS, HANDLER_SCJG, "accept", Map.of(), 409),
                Arguments.of(Stage.DISPATCHED, HANDLER_SCJG, "return", reason, 200),
                Arguments.of(Stage.DISPATCHED, HANDLER_SCJG, "return", Map.of(), 400),
                Arguments.of(Stage.DISPATCHED, DISPATCHER, "return", reason, 403),
                Arguments.of(Stage.IN_PROGRESS, HANDLER_SCJG, "return", reason, 409),
                // 答复 and 申请延期: the lead department's, while handled.
                Arguments.of(Stage.IN_PROGRESS, HANDLER_SCJG, "reply", reply, 200),
                Arguments.of(Stage.IN_PROGRESS, HANDLER_SCJG, "reply", Map.of(), 400),
                Arguments.of(Stage.IN_PROGRESS, DISPATCHER, "reply", reply, 403),
                Arguments.of(Stage.IN_PROGRESS, HANDLER_STHJ, "reply", reply, 404),
                Arguments.of(Stage.DISPATCHED, HANDLER_SCJG, "reply", reply, 409),
                Arguments.of(Stage.REPLIED, HANDLER_SCJG, "reply", reply, 409),
                Arguments.of(Stage.IN_PROGRESS, HANDLER_SCJG, "request-extension", extension, 200),
                Arguments.of(
                        Stage.IN_PROGRESS,
                        HANDLER_SCJG,
                        "request-extension",
                        Map.of("workingDays", 16, "reason", "长"),
                        400),
                Arguments.of(Stage.IN_PROGRESS, DISPATCHER, "request-extension", extension, 403),
                Arguments.of(Stage.EXTENSION_PENDING, HANDLER_SCJG, "request-extension", extension, 409),
                // 批准/不批准延期: the dispatcher's.
                Arguments.of(Stage.EXTENSION_PENDING, DISPATCHER, "approve-extension", Map.of(), 200),
                Arguments.of(Stage.EXTENSION_PENDING, HANDLER_SCJG, "approve-extension", Map.of(), 403),
                Arguments.of(Stage.EXTENSION_PENDING, DISPATCHER, "decline-extension", reason, 200),
                Arguments.of(Stage.EXTENSION_PENDING, HANDLER_SCJG, "decline-extension", reason, 403),
                Arguments.of(Stage.IN_PROGRESS, DISPATCHER, "approve-extension", Map.of(), 409),
                Arguments.of(Stage.DISPATCHED, DISPATCHER, "approve-extension", Map.of(), 409),
                // 知识库答复 and 并单: the dispatcher's, before dispatch.
                Arguments.of(Stage.RECEIVED, DISPATCHER, "answer-from-knowledge-base", answer, 409),
                Arguments.of(Stage.DISPATCHED, DISPATCHER, "answer-from-knowledge-base", answer, 409),
                Arguments.of(
                        Stage.RECEIVED, DISPATCHER, "merge", Map.of("leadTicketNumber", "340600-20000101-00001"), 400),
                Arguments.of(
                        Stage.DISPATCHED,
                        DISPATCHER,
                        "merge",
                        Map.of("leadTicketNumber", "340600-20000101-00001"),
                        409),
                // Rating is the person's, closing unrated the system's: no staff path for them.
                Arguments.of(Stage.REPLIED, DISPATCHER, "rate", Map.of(), 404),
                Arguments.of(Stage.REPLIED, DISPATCHER, "close-unrated", Map.of(), 404),
                Arguments.of(Stage.REPLIED, DISPATCHER, "no-such-action", Map.of(), 404));
    }

    @ParameterizedTest(name = "{1} {2} on a {0} ticket: {4}")
    @MethodSource("matrix")
    void eachActionIsForItsRoleItsAgencyAndItsState(
            Stage stage, String subject, String action, Map<String, Object> form, int expected) {
        String number = ticketAt(stage);
        HotlineTestData.act(port, subject, number, action, form).expectStatus().isEqualTo(expected);
    }

    @Test
    void nobodyRatesForThePersonAndStaffSeeOnlyTheirTickets() {
        String number = ticketAt(Stage.REPLIED);
        // The dispatcher may see the ticket in the staff console, not follow or rate it as its submitter.
        Api.as(DISPATCHER, port)
                .post()
                .uri("/api/hotline/tickets/" + number + "/rating")
                .bodyValue(Map.of("rating", "SATISFIED"))
                .exchange()
                .expectStatus()
                .isNotFound();
        Api.as(HANDLER_STHJ, port)
                .get()
                .uri("/api/staff/hotline/tickets/" + number)
                .exchange()
                .expectStatus()
                .isNotFound();
        Api.as(OFFICER, port)
                .get()
                .uri("/api/staff/hotline/tickets")
                .exchange()
                .expectStatus()
                .isForbidden();
        // The handler's queue holds the tickets their department leads; the other department's does not.
        assertThat(queueNumbers(HANDLER_SCJG)).contains(number);
        assertThat(queueNumbers(HANDLER_STHJ)).doesNotContain(number);
        assertThat(queueNumbers(DISPATCHER)).contains(number);
    }

    @SuppressWarnings("unchecked")
    private List<String> queueNumbers(String subject) {
        Map<String, Object> page = Api.as(subject, port)
                .get()
                .uri("/api/staff/hotline/tickets?state=REPLIED&size=100")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("number")).toList();
    }

    /** A new citizen's complaint brought to {@code stage}, led by 市场监管局. */
    private String ticketAt(Stage stage) {
        String number = (String) HotlineTestData.created(
                        Api.as(CITIZEN, port),
                        HotlineTestData.ticket("COMPLAINT", HotlineTestData.MATTER_ENVIRONMENT, "权限矩阵：" + stage))
                .get("number");
        if (stage == Stage.RECEIVED) {
            return number;
        }
        step(number, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        if (stage == Stage.DISPATCHED) {
            return number;
        }
        step(number, HANDLER_SCJG, "accept", Map.of());
        if (stage == Stage.EXTENSION_PENDING) {
            step(number, HANDLER_SCJG, "request-extension", Map.of("workingDays", 3, "reason", "需现场核查"));
        }
        if (stage == Stage.REPLIED) {
            step(number, HANDLER_SCJG, "reply", Map.of("text", "已处理"));
        }
        return number;
    }

    private void step(String number, String subject, String action, Map<String, Object> form) {
        HotlineTestData.act(port, subject, number, action, form).expectStatus().isOk();
    }
}
