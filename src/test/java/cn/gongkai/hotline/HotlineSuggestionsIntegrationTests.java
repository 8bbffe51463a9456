package cn.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The suggestions shown while a person types: the emergency notice and the redirects through the API, and the
 * knowledge base finding the right answer first for questions put in other words than its own.
 */
@IntegrationTest
class HotlineSuggestionsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient database;

    @Autowired
    HotlineKnowledgeBase knowledgeBase;

    @Test
    void anEmergencyBringsTheNumbersToCall() {
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "对面楼顶在冒浓烟，隔壁老人晕倒了")
                        .queryParam("type", "HELP")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.emergency.kinds")
                .isEqualTo(List.of("FIRE", "MEDICAL"))
                .jsonPath("$.emergency.numbers[*].number")
                .isEqualTo(List.of("119", "120"))
                .jsonPath("$.emergency.numbers[0].name")
                .isEqualTo("火警、抢险救援")
                .jsonPath("$.redirects")
                .isEmpty();
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "有人持刀抢劫便利店")
                        .build())
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.emergency.numbers[0].number")
                .isEqualTo("110")
                .jsonPath("$.emergency.numbers[0].name")
                .isEqualTo("Police");
    }

    @Test
    void aRequestForInformationIsPointedToTheDisclosureApplication() {
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "请提供我们小区旧改项目的立项批复")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.emergency")
                .isEmpty()
                .jsonPath("$.redirects[0].kind")
                .isEqualTo("DISCLOSURE")
                .jsonPath("$.redirects[0].path")
                .isEqualTo("/disclosure");
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "此案法院已经立案，下个月开庭")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.redirects[0].kind")
                .isEqualTo("LITIGATION")
                .jsonPath("$.redirects[0].path")
                .isEmpty();
    }

    @Test
    void answersComeFromTheKnowledgeBaseExceptForASuggestion() {
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "小区物业很差，物业费可以不交吗")
                        .queryParam("type", "ENQUIRY")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.answers[0].question")
                .isEqualTo("物业服务不好，业主可以不交物业费吗？")
                .jsonPath("$.answers[0].matterCode")
                .isEqualTo("340600-property-management")
                .jsonPath("$.answers[0].basis")
                .isEqualTo("《中华人民共和国民法典》第九百四十四条")
                .jsonPath("$.answers.length()")
                .value(count -> assertThat((Integer) count).isBetween(1, 5));
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "建议物业费按服务质量分级收取")
                        .queryParam("type", "SUGGESTION")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.answers")
                .isEmpty();
    }

    @Test
    void nothingTypedGetsNothing() {
        Api.anonymous(port)
                .get()
                .uri("/api/hotline/suggestions?text=")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.emergency")
                .isEmpty()
                .jsonPath("$.redirects")
                .isEmpty()
                .jsonPath("$.answers")
                .isEmpty();
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "你好，请问一下")
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.answers")
                .isEmpty();
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Api.anonymous(port)
                .get()
                .uri(uri -> uri.path("/api/hotline/suggestions")
                        .queryParam("text", "字".repeat(4001))
                        .build())
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        Api.anonymous(port)
                .get()
                .uri("/api/hotline/suggestions?text=abc&type=GOSSIP")
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("type");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            外卖里吃出来的菜是馊的，商家要赔我吗               | 在饭店吃到变质食物，可以要求怎样赔偿？
            单位已经三个月没发工资了，老板一直拖着             | 公司拖欠工资不发，应该怎么办？
            包工头跑了，工地上干活的钱拿不到                   | 在工地干活，包工头不给工钱怎么办？
            物业什么都不管，这个物业费我能不交吗               | 物业服务不好，业主可以不交物业费吗？
            健身房突然倒闭了，卡里还有好几千                   | 办了健身卡，店铺关门了，预付款怎么退？
            楼上工地半夜还在打桩，根本睡不了觉                 | 工地晚上还在施工，吵得睡不着，可以投诉吗？
            养老金要缴够几年社保才能拿                         | 养老保险交满多少年才能领养老金？
            宝宝刚出生，户口怎么落                             | 新生儿怎么上户口？
            在上海住院，回来医保能不能报                       | 到外地看病，医保怎么直接报销？
            结婚领证要带户口本吗                               | 办理结婚登记需要带什么材料？
            补习班老板跑路了，学费退不回来                     | 校外培训机构关门了，学费怎么退？
            饭店的油烟把我家窗户都熏黑了                       | 楼下饭店油烟直排，熏得没法开窗，谁来管？
            家里没水了也没提前通知                             | 突然停水，没有提前通知，合理吗？
            身份证掉了，人在外地怎么补                         | 身份证丢了，在外地能补办吗？
            出租车司机故意绕远路                               | 出租车司机拒载、绕路，怎么投诉？
            厂里排出来的气味很刺鼻，晚上更严重                 | 附近工厂排放刺鼻气味，向哪里举报？
            办事窗口让我来回补交材料                           | 去窗口办事被要求反复补材料，怎么反映？
            公司初次违规会不会直接罚款                         | 企业第一次轻微违法，一定会被罚款吗？
            """)
    void findsTheRightAnswerFirstForAQuestionInOtherWords(String asked, String expected) {
        List<String> found = knowledgeBase
                .answersTo(asked, HotlineSuggestions.MAX_ANSWERS)
                .map(KnowledgeEntry::question)
                .collectList()
                .block();
        assertThat(found).as("answers to %s", asked).isNotEmpty().first().isEqualTo(expected);
    }

    @Test
    void storedTermsFollowTheSameRuleAsTheSearchedText() {
        assertThat(terms("燃气费")).containsExactlyInAnyOrder("燃气", "气费");
        // Pairs never straddle punctuation or spaces; a lone character stands for itself.
        assertThat(terms("停水，税 水费")).containsExactlyInAnyOrder("停水", "税", "水费");
        // Latin letters and digits are whole words, full-width ones folded and upper case lowered.
        assertThat(terms("ＥＴＣ卡 12345热线")).containsExactlyInAnyOrder("etc", "卡", "12345", "热线");
        assertThat(terms("……！")).isEmpty();
        Long different =
                database.sql("""
                        select count(*) from hotline_knowledge_entry
                        where bigrams is distinct from hotline_bigrams(question || ' ' || keywords)
                        """).map(row -> row.get(0, Long.class)).one().block();
        assertThat(different).isZero();
    }

    private Set<String> terms(String text) {
        String[] terms = database.sql("select hotline_bigrams(:text) as terms")
                .bind("text", text)
                .map(row -> row.get("terms", String[].class))
                .one()
                .block();
        return Set.of(terms);
    }
}
