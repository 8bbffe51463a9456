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
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The dispatcher's queue of replies waiting for the check before the reply board (待审核公开): the replies the person
 * allowed to be published and nobody decided yet, open or closed, found only by the centre's dispatchers; and the
 * place of a ticket about the city itself, named as the city, not as its government.
 */
@IntegrationTest
class HotlinePublicationQueueIntegrationTests {

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

    /** A citizen's noise complaint about the city, replied to by 生态环境局; {@code publish} the person's consent. */
    private String repliedTicket(String title, boolean publish) {
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, title);
        form.put("publishReply", publish);
        String number =
                (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
        act(port, DISPATCHER, number, "dispatch", Map.of("leadDepartmentId", STHJ))
                .expectStatus()
                .isOk();
        act(port, HANDLER_STHJ, number, "accept", Map.of()).expectStatus().isOk();
        act(port, HANDLER_STHJ, number, "reply", Map.of("text", "经查，施工单位已停止夜间作业。"))
                .expectStatus()
                .isOk();
        return number;
    }

    @Test
    void theDispatcherFindsTheRepliesAwaitingTheCheckAndNobodyElseDoes() {
        String awaiting = repliedTicket("待审核：工地夜间噪声", true);
        String notAllowed = repliedTicket("不同意公开：工地夜间噪声", false);
        String approved = repliedTicket("已公开：工地夜间噪声", true);
        String withheld = repliedTicket("不予公开：工地夜间噪声", true);
        act(port, DISPATCHER, approved, "approve-publication", Map.of())
                .expectStatus()
                .isOk();
        act(port, DISPATCHER, withheld, "withhold-publication", Map.of("reason", "涉及第三方商业秘密"))
                .expectStatus()
                .isOk();
        // A reply still awaiting the check after the person rated it and the ticket closed is still to be checked.
        String closed = repliedTicket("已办结待审核：工地夜间噪声", true);
        Api.as(CITIZEN, port)
                .post()
                .uri("/api/hotline/tickets/" + closed + "/rating")
                .bodyValue(Map.of("rating", "SATISFIED", "comment", ""))
                .exchange()
                .expectStatus()
                .isOk();

        List<String> pending = numbers(DISPATCHER, "publication=AWAITING_CHECK");
        assertThat(pending).contains(awaiting, closed).doesNotContain(notAllowed, approved, withheld);
        assertThat(numbers(DISPATCHER, "publication=PUBLISHED"))
                .contains(approved)
                .doesNotContain(awaiting, withheld);
        // With a state, only that state: the closed one is not among the replied ones.
        assertThat(numbers(DISPATCHER, "publication=AWAITING_CHECK&state=REPLIED"))
                .contains(awaiting)
                .doesNotContain(closed);
        assertThat(numbers(DISPATCHER, "publication=AWAITING_CHECK&q=已办结待审核"))
                .contains(closed)
                .doesNotContain(awaiting);

        // The department that replied sees its tickets, but the check is not its work.
        assertThat(numbers(HANDLER_STHJ, "state=REPLIED")).contains(awaiting);
        assertThat(numbers(HANDLER_STHJ, "publication=AWAITING_CHECK")).isEmpty();

        Api.as(DISPATCHER, port)
                .get()
                .uri("/api/staff/hotline/tickets?publication=SOON")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void aTicketAboutTheCityNamesTheCityAsItsPlaceOnItsViewsAndReceipt() throws IOException {
        Map<String, Object> form = HotlineTestData.ticket("COMPLAINT", MATTER_ENVIRONMENT, "市区工地夜间噪声");
        Map<String, Object> created = HotlineTestData.created(Api.as(CITIZEN, port), form);
        String number = (String) created.get("number");
        assertThat(part(part(created, "place"), "region")).containsEntry("name", "淮北市");
        assertThat(part(part(HotlineTestData.staffView(port, DISPATCHER, number), "place"), "region"))
                .containsEntry("name", "淮北市");

        byte[] receipt = Api.as(CITIZEN, port)
                .get()
                .uri("/api/hotline/tickets/" + number + "/receipt.pdf")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        String text = HotlineJourneyIntegrationTests.pdfText(receipt);
        assertThat(text).contains("淮北市相山区某某路18号").doesNotContain("淮北市人民政府相山区");
        // The centre is still named as the government whose hotline it is.
        assertThat(text).contains("淮北市人民政府12345政务服务便民热线");
    }

    @Test
    void thePlaceOfAGovernmentIsItsNameWithoutTheGovernment() {
        assertThat(HotlineCatalogue.placeName("淮北市人民政府")).isEqualTo("淮北市");
        assertThat(HotlineCatalogue.placeName("淮北市相山区人民政府")).isEqualTo("淮北市相山区");
        assertThat(HotlineCatalogue.placeName("濉溪县政府")).isEqualTo("濉溪县");
        assertThat(HotlineCatalogue.placeName("人民政府")).isEqualTo("人民政府");
        assertThat(HotlineCatalogue.placeName(null)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> numbers(String subject, String filter) {
        Map<String, Object> page = Api.as(subject, port)
                .get()
                .uri("/api/staff/hotline/tickets?size=100&" + filter)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return ((List<Map<String, Object>>) page.get("items"))
                .stream().map(item -> (String) item.get("number")).toList();
    }
}
