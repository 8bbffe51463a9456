package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_STHJ;
import static cn.gongkai.hotline.HotlineTestData.MATTER_ENVIRONMENT;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static cn.gongkai.hotline.HotlineTestData.act;
import static cn.gongkai.hotline.HotlineTestData.part;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import java.nio.charset.StandardCharsets;
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
 * The reply board (办理结果公开) through the API: a reply full of personal data is redacted when it is given, checked
 * by the dispatcher (who cannot put the ticket's own data back), published once, and found on the public board with
 * none of the data seeded into the title, description and reply; replies the person did not allow, or the dispatcher
 * withheld, never appear.
 */
@IntegrationTest
class HotlineBoardIntegrationTests {

    /** What each ticket holds about people: none of it may reach the board. */
    private static final List<String> PERSONAL = List.of(
            "张明",
            "13812345678",
            "138 1234 5678",
            "王建国",
            "340602198805061234",
            "人民路88号",
            "3栋2单元501室",
            "某某路18号",
            "皖F12345",
            "0561-3098765",
            "刘晓燕");

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

    /** A citizen's noise complaint naming a neighbour, with their numbers and address, replied to by 生态环境局. */
    private String repliedTicket(String title, boolean publish) {
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, title);
        form.put(
                "description",
                "邻居王建国（身份证340602198805061234，电话0561-3098765）在人民路88号3栋2单元501室"
                        + "开设加工作坊，夜间噪声扰民。我叫张明，手机138 1234 5678，住某某路18号。车牌皖F12345的货车每晚装卸。"
                        + HotlineTestData.reference());
        form.put("publishReply", publish);
        String number =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
        act(port, DISPATCHER, number, "dispatch", Map.of("leadDepartmentId", STHJ))
                .expectStatus()
                .isOk();
        act(port, HANDLER_STHJ, number, "accept", Map.of()).expectStatus().isOk();
        act(
                        port,
                        HANDLER_STHJ,
                        number,
                        "reply",
                        Map.of(
                                "text",
                                "张明先生：经查，王建国（身份证号340602198805061234）在人民路88号3栋2单元501室的作坊"
                                        + "夜间生产噪声超标，已责令整改；皖F12345货车夜间装卸已劝离。如有疑问请拨打"
                                        + "13812345678回访，或拨打12345。承办人刘晓燕。"))
                .expectStatus()
                .isOk();
        return number;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRedactedReplyIsCheckedOncePublishedAndShowsNoPersonalData() {
        String number = repliedTicket("人民路88号噪声扰民，邻居王建国", true);

        Map<String, Object> seen = HotlineTestData.staffView(port, DISPATCHER, number);
        Map<String, Object> publication = part(seen, "publication");
        assertThat(publication).containsEntry("status", "AWAITING_CHECK");
        assertThat((List<String>) seen.get("allowedActions")).contains("approve-publication", "withhold-publication");
        Map<String, Object> text = part(publication, "text");
        String redacted = (String) text.get("redacted");
        assertThat(redacted).contains("〔姓名〕", "〔身份证号〕", "〔电话〕", "〔车牌〕", "12345");
        List<Map<String, Object>> removals = (List<Map<String, Object>>) text.get("removals");
        assertThat(removals)
                .extracting(removal -> removal.get("removedFrom"))
                .contains("340602198805061234", "13812345678", "皖F12345");
        // Each removal points at what it removed in the original and at its mark in the redacted text.
        String original = (String) text.get("original");
        for (Map<String, Object> removal : removals) {
            assertThat(original.substring((int) removal.get("start"), (int) removal.get("end")))
                    .isEqualTo(removal.get("removedFrom"));
            assertThat(redacted.substring((int) removal.get("redactedStart"), (int) removal.get("redactedEnd")))
                    .isEqualTo(removal.get("mark"));
        }
        assertThat((String) part(publication, "title").get("redacted")).doesNotContain("王建国", "人民路88号");

        // A department sees the check but does not decide it.
        assertThat((List<String>)
                        HotlineTestData.staffView(port, HANDLER_STHJ, number).get("allowedActions"))
                .doesNotContain("approve-publication");
        act(port, HANDLER_STHJ, number, "approve-publication", Map.of())
                .expectStatus()
                .isForbidden();

        // The dispatcher cannot put the ticket's own data back, nor an identity number.
        act(port, DISPATCHER, number, "approve-publication", Map.of("text", redacted + "（联系人张明）"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        act(port, DISPATCHER, number, "approve-publication", Map.of("description", "身份证 340602198805061234"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("description");
        act(port, DISPATCHER, number, "approve-publication", Map.of("title", " "))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("title");

        // An edit that keeps the data out is published as edited.
        String edited = redacted.replace("承办人〔姓名〕。", "").strip();
        act(port, DISPATCHER, number, "approve-publication", Map.of("text", edited))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.publication.status")
                .isEqualTo("PUBLISHED")
                .jsonPath("$.publication.publishedText")
                .isEqualTo(edited)
                .jsonPath("$.allowedActions[?(@ == 'approve-publication')]")
                .doesNotExist();
        act(port, DISPATCHER, number, "approve-publication", Map.of())
                .expectStatus()
                .isEqualTo(409);
        act(port, DISPATCHER, number, "withhold-publication", Map.of("reason", "改变主意"))
                .expectStatus()
                .isEqualTo(409);

        String board = board("噪声扰民");
        assertThat(board).contains(number, "〔姓名〕", "已责令整改", "淮北市生态环境局");
        assertThat(board).doesNotContain(PERSONAL);
        String firstPage = board(null);
        assertThat(firstPage).doesNotContain(PERSONAL);
        assertThat(board("没有这样的办理结果词语")).doesNotContain(number);
        // The audit trail holds the check like every other step.
        assertThat(database.sql("select count(*) as n from audit_record where target_id = :number"
                                + " and action = 'hotline.approve-publication'")
                        .bind("number", number)
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isEqualTo(1L);
    }

    @Test
    void repliesNotAllowedOrWithheldNeverReachTheBoard() {
        String unpublished = repliedTicket("不公开：作坊噪声", false);
        Map<String, Object> seen = HotlineTestData.staffView(port, DISPATCHER, unpublished);
        assertThat(part(seen, "publication"))
                .containsEntry("status", "NOT_ALLOWED")
                .containsEntry("text", null);
        act(port, DISPATCHER, unpublished, "approve-publication", Map.of())
                .expectStatus()
                .isEqualTo(409);

        String withheld = repliedTicket("不予公开：作坊噪声", true);
        act(port, DISPATCHER, withheld, "withhold-publication", Map.of("reason", " "))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("reason");
        act(port, DISPATCHER, withheld, "withhold-publication", Map.of("reason", "涉及第三方商业秘密"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.publication.status")
                .isEqualTo("WITHHELD")
                .jsonPath("$.publication.withheldReason")
                .isEqualTo("涉及第三方商业秘密");

        // Before any reply there is nothing to publish.
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "尚未答复");
        String fresh =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
        act(port, DISPATCHER, fresh, "approve-publication", Map.of())
                .expectStatus()
                .isEqualTo(409);

        String board = board("作坊噪声");
        assertThat(board).doesNotContain(unpublished, withheld);
    }

    @Test
    void theBoardIsPagedAndItsSearchIsChecked() {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        anonymous
                .get()
                .uri("/api/hotline/board?page=-1")
                .exchange()
                .expectStatus()
                .isBadRequest();
        anonymous
                .get()
                .uri(builder -> builder.path("/api/hotline/board")
                        .queryParam("q", "噪".repeat(101))
                        .build())
                .exchange()
                .expectStatus()
                .isBadRequest();
        anonymous
                .get()
                .uri("/api/hotline/board?page=0")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.size")
                .isEqualTo(20)
                .jsonPath("$.page")
                .isEqualTo(0);
    }

    private String board(String q) {
        Map<String, Object> params = new HashMap<>();
        byte[] body = HotlineTestData.anonymous(port)
                .get()
                .uri(builder -> {
                    builder.path("/api/hotline/board");
                    if (q != null) {
                        builder.queryParam("q", q);
                    }
                    return builder.build(params);
                })
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }
}
