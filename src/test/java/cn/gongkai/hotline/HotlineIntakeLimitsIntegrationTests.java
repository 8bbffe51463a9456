package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * What the public side refuses: files too large or not what they claim, files that are not the submitter's, and
 * anonymous clients that submit or look up too often (429 with Retry-After, per client address).
 */
@IntegrationTest
class HotlineIntakeLimitsIntegrationTests {

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

    @Test
    void filesAreJudgedByTheirBytesAndTheirSize() {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        upload(anonymous, "photo.jpg", "我不是图片".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");
        upload(anonymous, "empty.png", new byte[0]).expectStatus().isBadRequest();
        upload(anonymous, "ok.pdf", withPdfHeader(10 * 1024 * 1024))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.contentType")
                .isEqualTo("application/pdf");
        assertThat(Api.statusOfRequestAnsweredEarly(
                        anonymous, client -> upload(client, "big.pdf", withPdfHeader(10 * 1024 * 1024 + 1))))
                .isEqualTo(413);
    }

    @Test
    void aTicketTakesOnlyFilesItsSubmitterUploadedAndNoOtherTicketHolds() {
        String address = HotlineTestData.randomAddress();
        WebTestClient anonymous = HotlineTestData.anonymous(port, address);
        Object photo = upload(anonymous, "现场.png", png())
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");

        Map<String, Object> fromElsewhere = HotlineTestData.anonymousEnquiry("别人的文件");
        fromElsewhere.put("attachmentIds", List.of(photo));
        HotlineTestData.submit(HotlineTestData.anonymous(port), fromElsewhere)
                .expectStatus()
                .isBadRequest();
        HotlineTestData.submit(Api.as(CITIZEN, port), withType(fromElsewhere))
                .expectStatus()
                .isBadRequest();

        Map<String, Object> own = HotlineTestData.anonymousEnquiry("自己的文件");
        own.put("attachmentIds", List.of(photo));
        HotlineTestData.submit(HotlineTestData.anonymous(port, address), own)
                .expectStatus()
                .isCreated();
        // Once attached it belongs to that ticket: it cannot be attached to a second.
        own.put("title", "再次使用");
        HotlineTestData.submit(HotlineTestData.anonymous(port, address), own)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachmentIds");
    }

    @Test
    void anonymousIntakeIsLimitedPerClientWithRetryAfter() {
        String address = HotlineTestData.randomAddress();
        long before = HotlineTestData.count(database);
        for (int i = 0; i < 10; i++) {
            HotlineTestData.submit(
                            HotlineTestData.anonymous(port, address), HotlineTestData.anonymousEnquiry("限流 " + i))
                    .expectStatus()
                    .isCreated();
        }
        String retryAfter = HotlineTestData.submit(
                        HotlineTestData.anonymous(port, address), HotlineTestData.anonymousEnquiry("第十一件"))
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        assertThat(HotlineTestData.count(database)).isEqualTo(before + 10);
        // Another client, and a signed-in person, are not held back by it.
        HotlineTestData.submit(HotlineTestData.anonymous(port), HotlineTestData.anonymousEnquiry("另一个地址"))
                .expectStatus()
                .isCreated();
        HotlineTestData.submit(
                        Api.as(CITIZEN, port),
                        HotlineTestData.ticket("HELP", HotlineTestData.MATTER_ENVIRONMENT, "登录用户"))
                .expectStatus()
                .isCreated();
    }

    @Test
    void guessingQueryCodesIsLimitedPerClient() {
        WebTestClient anonymous = HotlineTestData.anonymous(port);
        String number = (String) HotlineTestData.created(anonymous, HotlineTestData.anonymousEnquiry("猜测查询码"))
                .get("number");
        WebTestClient guesser = HotlineTestData.anonymous(port);
        for (int i = 0; i < 30; i++) {
            guesser.get()
                    .uri("/api/hotline/tickets/" + number)
                    .header("X-Query-Code", "GUESS" + i)
                    .exchange()
                    .expectStatus()
                    .isNotFound();
        }
        guesser.get()
                .uri("/api/hotline/tickets/" + number)
                .header("X-Query-Code", "GUESS-LAST")
                .exchange()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After");
    }

    private static Map<String, Object> withType(Map<String, Object> form) {
        form.put("submitter", Map.of("kind", "CITIZEN", "name", "张明", "phone", "13812345678"));
        return form;
    }

    private static WebTestClient.ResponseSpec upload(WebTestClient client, String name, byte[] bytes) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return client.post()
                .uri("/api/hotline/files")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange();
    }

    private static byte[] withPdfHeader(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        return bytes;
    }

    private static byte[] png() {
        byte[] bytes = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
