package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.identity.RoleGrants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 client written against the specification (https://wiki.open311.org/GeoReport_v2: field names,
 * form-encoded POST with api_key, W3C dates with an offset, errors as an array of {code, description}, 403 for a
 * missing or wrong api_key, 404 for what does not exist, 400 for the rest), not against the portal's code: plain HTTP
 * and raw JSON. Only the setting up (the administrator issuing a key, the test catalogue) uses the portal's own means.
 */
@IntegrationTest
class Open311ClientIntegrationTests {

    /** "Returned in w3 format, eg 2010-01-01T00:00:00Z": timezone information must be included. */
    private static final Pattern W3C_DATETIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    WebTestClient client;
    String apiKey;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
        apiKey = issueKey(port, "濉溪县12345平台（测试）");
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port + "/open311/v2")
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The system administrator issues a partner's key; its answer is the only time the key is shown. */
    static String issueKey(int port, String name) {
        return Api.as("admin", port)
                .post()
                .uri("/api/admin/open311/keys")
                .bodyValue(Map.of("name", name))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("apiKey")
                .toString();
    }

    @Test
    void discoveryNamesTheGeoReportV2EndpointInJson() {
        JsonNode discovery = get("/discovery.json", 200);
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("formats").toString()).contains("application/json");
        for (String field : List.of("changeset", "contact", "key_service")) {
            assertThat(discovery.get(field).asString()).as(field).isNotBlank();
        }
    }

    @Test
    void listsServicesAndReadsADefinition() {
        JsonNode services = get("/services.json", 200);
        assertThat(services.isArray()).isTrue();
        JsonNode noise = find(services, "service_code", HotlineTestData.MATTER_ENVIRONMENT);
        assertThat(noise.get("service_name").asString()).isEqualTo("测试：噪声污染");
        assertThat(noise.get("type").asString()).isIn("realtime", "batch", "blackbox");
        assertThat(noise.get("metadata").isBoolean()).isTrue();
        assertThat(noise.get("group").asString()).isEqualTo("生态环境");
        for (String field : List.of("description", "keywords")) {
            assertThat(noise.has(field)).as(field).isTrue();
        }
        assertThat(find(services, "service_code", HotlineTestData.MATTER_RETIRED))
                .isNull();

        JsonNode definition = get("/services/" + HotlineTestData.MATTER_ENVIRONMENT + ".json", 200);
        assertThat(definition.get("service_code").asString()).isEqualTo(HotlineTestData.MATTER_ENVIRONMENT);
        List<String> datatypes = List.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");
        for (JsonNode attribute : definition.get("attributes")) {
            assertThat(attribute.get("variable").isBoolean()).isTrue();
            assertThat(attribute.get("required").isBoolean()).isTrue();
            assertThat(attribute.get("order").asInt()).isPositive();
            assertThat(attribute.get("datatype").asString()).isIn(datatypes);
            assertThat(attribute.has("datatype_description")).isTrue();
            assertThat(attribute.get("description").asString()).isNotBlank();
            for (JsonNode value : attribute.get("values")) {
                assertThat(value.get("key").asString()).isNotBlank();
                assertThat(value.get("name").asString()).isNotBlank();
            }
        }
        JsonNode type = find(definition.get("attributes"), "code", "type");
        assertThat(find(type.get("values"), "key", "COMPLAINT").get("name").asString())
                .isEqualTo("投诉");

        assertError(get("/services/NO-SUCH-SERVICE.json", 404), 404);
    }

    @Test
    void postsARequestWithAKeyAndReadsItBackByIdAndInTheFilteredList() {
        MultiValueMap<String, String> form = request(HotlineTestData.MATTER_ENVIRONMENT);
        form.add("attribute[type]", "COMPLAINT");
        JsonNode created = post(form, 200);
        assertThat(created.isArray()).isTrue();
        String id = created.get(0).get("service_request_id").asString();
        assertThat(id).isNotBlank();
        assertThat(created.get(0).has("token")).isFalse();
        assertThat(created.get(0).get("service_notice").asString()).contains("15");

        JsonNode request =
                get("/requests/" + id + ".json?api_key=" + apiKey, 200).get(0);
        assertThat(request.get("service_request_id").asString()).isEqualTo(id);
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo(HotlineTestData.MATTER_ENVIRONMENT);
        assertThat(request.get("service_name").asString()).isEqualTo("测试：噪声污染");
        assertThat(request.get("requested_datetime").asString()).matches(W3C_DATETIME);
        assertThat(request.get("updated_datetime").asString()).matches(W3C_DATETIME);
        // "May not be returned": null until the ticket is dispatched and its reply has a due date.
        if (!request.get("expected_datetime").isNull()) {
            assertThat(request.get("expected_datetime").asString()).matches(W3C_DATETIME);
        }
        // The district is read from the address given.
        assertThat(request.get("address").asString()).isEqualTo("濉溪县");
        for (String field : List.of(
                "status_notes",
                "description",
                "agency_responsible",
                "service_notice",
                "address_id",
                "zipcode",
                "lat",
                "long",
                "media_url")) {
            assertThat(request.has(field)).as(field).isTrue();
        }

        OffsetDateTime requested =
                OffsetDateTime.parse(request.get("requested_datetime").asString());
        String window =
                "&start_date=" + encoded(requested.minusHours(1)) + "&end_date=" + encoded(requested.plusHours(1));
        JsonNode open = get(
                "/requests.json?api_key=" + apiKey + "&service_code=" + HotlineTestData.MATTER_ENVIRONMENT
                        + "&status=open" + window,
                200);
        assertThat(find(open, "service_request_id", id)).isNotNull();
        JsonNode closed = get("/requests.json?api_key=" + apiKey + "&status=closed" + window, 200);
        assertThat(find(closed, "service_request_id", id)).isNull();
        JsonNode otherService = get(
                "/requests.json?api_key=" + apiKey + "&service_code=" + HotlineTestData.MATTER_ENQUIRY + window, 200);
        assertThat(find(otherService, "service_request_id", id)).isNull();
        JsonNode byId = get("/requests.json?api_key=" + apiKey + "&service_request_id=" + id + ",NO-SUCH-ID", 200);
        assertThat(byId.size()).isEqualTo(1);
        assertThat(byId.get(0).get("service_request_id").asString()).isEqualTo(id);
    }

    @Test
    void onlyARequestWhoseReplyTheDispatcherApprovedIsReadWithoutAKeyAndAPartnerReadsItsOwn() {
        MultiValueMap<String, String> form = request(HotlineTestData.MATTER_ENVIRONMENT);
        form.add("attribute[publish_reply]", "true");
        String published = post(form, 200).get(0).get("service_request_id").asString();
        MultiValueMap<String, String> withheldForm = request(HotlineTestData.MATTER_ENVIRONMENT);
        withheldForm.add("attribute[publish_reply]", "true");
        String withheld =
                post(withheldForm, 200).get(0).get("service_request_id").asString();
        String notPublished = post(request(HotlineTestData.MATTER_ENVIRONMENT), 200)
                .get(0)
                .get("service_request_id")
                .asString();
        String otherPartner = issueKey(port, "相山区便民APP（测试）");

        // The person's consent alone publishes nothing: the reply has not been given, let alone checked.
        assertError(get("/requests/" + published + ".json", 404), 404);
        assertError(get("/requests/" + published + ".json?api_key=" + otherPartner, 404), 404);
        // The partner that sent them follows its own requests, whatever the person chose.
        assertThat(get(
                                "/requests.json?api_key=" + apiKey + "&service_request_id=" + published + ","
                                        + notPublished,
                                200)
                        .size())
                .isEqualTo(2);

        replyAndDecide(published, "approve-publication", Map.of());
        replyAndDecide(withheld, "withhold-publication", Map.of("reason", "涉及第三方商业秘密"));
        replyAndDecide(notPublished, null, Map.of());

        assertThat(get("/requests/" + published + ".json", 200)
                        .get(0)
                        .get("status_notes")
                        .asString())
                .contains("已答复");
        assertError(get("/requests/" + withheld + ".json", 404), 404);
        assertError(get("/requests/" + notPublished + ".json", 404), 404);
        for (String key : new String[] {null, otherPartner}) {
            JsonNode list = get(
                    "/requests.json?service_request_id=" + published + "," + withheld + "," + notPublished
                            + (key == null ? "" : "&api_key=" + key),
                    200);
            assertThat(list.size()).isEqualTo(1);
            assertThat(list.get(0).get("service_request_id").asString()).isEqualTo(published);
        }
    }

    /** The request is dispatched, accepted and replied to, and the dispatcher takes {@code decision} if any. */
    private void replyAndDecide(String number, String decision, Map<String, ?> form) {
        HotlineTestData.act(
                        port,
                        HotlineTestData.DISPATCHER,
                        number,
                        "dispatch",
                        Map.of("leadDepartmentId", HotlineTestData.STHJ))
                .expectStatus()
                .isOk();
        HotlineTestData.act(port, HotlineTestData.HANDLER_STHJ, number, "accept", Map.of())
                .expectStatus()
                .isOk();
        HotlineTestData.act(
                        port,
                        HotlineTestData.HANDLER_STHJ,
                        number,
                        "reply",
                        Map.of("text", "经查，工地已按规定停止夜间施工。", "attachmentIds", List.of()))
                .expectStatus()
                .isOk();
        if (decision != null) {
            HotlineTestData.act(port, HotlineTestData.DISPATCHER, number, decision, form)
                    .expectStatus()
                    .isOk();
        }
    }

    @Test
    void isRefusedWithoutAKeyOrWithARevokedOneInTheSpecificationsErrorFormat() {
        MultiValueMap<String, String> withoutKey = request(HotlineTestData.MATTER_ENVIRONMENT);
        withoutKey.remove("api_key");
        assertError(post(withoutKey, 403), 403);

        MultiValueMap<String, String> wrongKey = request(HotlineTestData.MATTER_ENVIRONMENT);
        wrongKey.set("api_key", "not-a-key-anybody-was-given");
        assertError(post(wrongKey, 403), 403);

        String revoked = issueKey(port, "已注销的平台（测试）");
        MultiValueMap<String, String> form = request(HotlineTestData.MATTER_ENVIRONMENT);
        form.set("api_key", revoked);
        post(form, 200);
        revoke(revoked);
        assertError(post(form, 403), 403);
    }

    @Test
    void badInputIsRefusedNamingTheParameter() {
        MultiValueMap<String, String> unknownService = request("NO-SUCH-SERVICE");
        assertThat(assertError(post(unknownService, 404), 404)).contains("service_code");

        MultiValueMap<String, String> noLocation = request(HotlineTestData.MATTER_ENVIRONMENT);
        noLocation.remove("address_string");
        assertThat(assertError(post(noLocation, 400), 400)).contains("address_string");

        MultiValueMap<String, String> coordinatesOnly = request(HotlineTestData.MATTER_ENVIRONMENT);
        coordinatesOnly.remove("address_string");
        coordinatesOnly.add("lat", "33.95");
        coordinatesOnly.add("long", "116.79");
        assertThat(assertError(post(coordinatesOnly, 400), 400)).contains("address_string");

        MultiValueMap<String, String> overLong = request(HotlineTestData.MATTER_ENVIRONMENT);
        overLong.set("description", "噪".repeat(4001));
        assertThat(assertError(post(overLong, 400), 400)).contains("description");

        MultiValueMap<String, String> badType = request(HotlineTestData.MATTER_ENVIRONMENT);
        badType.add("attribute[type]", "GRAFFITI");
        assertThat(assertError(post(badType, 400), 400)).contains("attribute[type]");

        assertThat(assertError(get("/requests.json?status=pending", 400), 400)).contains("status");
        assertThat(assertError(get("/requests.json?start_date=yesterday", 400), 400))
                .contains("start_date");
        assertThat(assertError(
                        get("/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", 400), 400))
                .contains("end_date");
        assertError(get("/tokens/no-such-token.json", 404), 404);
        assertError(get("/requests/NO-SUCH-ID.json", 404), 404);
    }

    @Test
    void theListShowsNoPersonalData() {
        MultiValueMap<String, String> form = request(HotlineTestData.MATTER_ENVIRONMENT);
        form.set("first_name", "三丰");
        form.set("last_name", "张");
        form.set("phone", "13900001111");
        form.set("email", "zhangsanfeng@example.com");
        form.set("address_string", "濉溪县人民路88号金色家园3号楼2单元501室");
        form.set("description", "我是张三丰，身份证号340621199001011234，住人民路88号，工地夜间施工吵得睡不着。");
        form.add("attribute[publish_reply]", "true");
        String id = post(form, 200).get(0).get("service_request_id").asString();
        replyAndDecide(id, "approve-publication", Map.of());

        String list = raw("/requests.json?api_key=" + apiKey + "&service_request_id=" + id);
        String publicList = raw("/requests.json?service_request_id=" + id);
        String one = raw("/requests/" + id + ".json");
        for (String body : List.of(list, publicList, one)) {
            assertThat(body).contains(id);
            for (String personal : List.of(
                    "张三丰", "三丰", "13900001111", "zhangsanfeng", "340621199001011234", "人民路88号", "金色家园", "501")) {
                assertThat(body).doesNotContain(personal);
            }
        }
    }

    // --- The client ---------------------------------------------------------------------------------------------

    private MultiValueMap<String, String> request(String serviceCode) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("api_key", apiKey);
        form.add("service_code", serviceCode);
        form.add("address_string", "淮北市濉溪县濉溪镇南湖路工地");
        form.add("description", "南湖路工地夜间施工噪声扰民，已持续两周。" + System.nanoTime());
        form.add("first_name", "明");
        form.add("last_name", "王");
        form.add("phone", "13812345678");
        form.add("device_id", "test-device");
        return form;
    }

    private JsonNode post(MultiValueMap<String, String> form, int status) {
        EntityExchangeResult<byte[]> result = client.post()
                .uri("/requests.json")
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .returnResult();
        // An API-key API: no session, no CSRF cookie.
        assertThat(result.getResponseHeaders().get("Set-Cookie")).isNull();
        return JSON.readTree(result.getResponseBody());
    }

    private JsonNode get(String path, int status) {
        return JSON.readTree(raw(path, status));
    }

    private String raw(String path) {
        return raw(path, 200);
    }

    private String raw(String path, int status) {
        byte[] body = client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private void revoke(String key) {
        List<?> keys = Api.as("admin", port)
                .get()
                .uri("/api/admin/open311/keys")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(List.class)
                .returnResult()
                .getResponseBody();
        String id = keys.stream()
                .map(Map.class::cast)
                .filter(listed ->
                        key.startsWith(listed.get("prefix").toString()) && Boolean.FALSE.equals(listed.get("revoked")))
                .map(listed -> listed.get("id").toString())
                .findFirst()
                .orElseThrow();
        Api.as("admin", port)
                .post()
                .uri("/api/admin/open311/keys/" + id + "/revoke")
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The specification's error: an array of {code, description}; answers the descriptions, joined. */
    private static String assertError(JsonNode body, int status) {
        assertThat(body.isArray()).as("errors are an array: %s", body).isTrue();
        assertThat(body.size()).isPositive();
        List<String> descriptions = new ArrayList<>();
        for (JsonNode error : body) {
            assertThat(error.get("code").asInt()).isEqualTo(status);
            descriptions.add(error.get("description").asString());
        }
        assertThat(descriptions)
                .allSatisfy(description -> assertThat(description).isNotBlank());
        return String.join("\n", descriptions);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.has(field) && value.equals(item.get(field).asString())) {
                return item;
            }
        }
        return null;
    }

    /** In UTC ("Z"): a "+" in a query string would arrive as a space. */
    private static String encoded(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }
}
