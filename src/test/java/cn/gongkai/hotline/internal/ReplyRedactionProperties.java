package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Replies seeded with generated (invented) names, identity numbers with right check characters, phone numbers in the
 * notations people type, licence plates and addresses: none of them is left after redaction.
 */
class ReplyRedactionProperties {

    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑",
            "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蒋", "蔡", "余", "杜", "叶",
            "程", "魏", "苏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏",
            "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "欧阳", "司马", "诸葛",
            "上官");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文辉玲红梅鹏飞宇浩欣怡雪琳晨峰斌波萍慧倩婷颖佳博思远子涵雨轩俊凯鑫瑶晓海林云";
    private static final String ROAD_WORDS = "东西南北中新华兴安康宁和平长淮岳凤相古黎孟滨湖翠松桂杏梧桐青云";
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PLATE_CHARACTERS = PLATE_LETTERS + "0123456789";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    // Where a department's reply puts personal data: after 市民 and the like, before 先生, in brackets, in lists.
    private static final List<String> TEMPLATES = List.of(
            "市民{name}来电反映，其车辆{plate}停放在{address}时被刮擦，联系电话{phone}，身份证号{id}。经核实，已责令相关方赔偿。",
            "经核实，{name}先生反映的{address}楼道堆物问题属实，已清理。如有疑问请联系{phone}。",
            "投诉人{name}（身份证号{id}）称其在{address}附近被车牌为{plate}的车辆剐蹭，我局已转交交警部门。",
            "{name}女士您好，您反映的问题已办结，车辆{plate}已移走，请拨打12345评价。",
            "当事人{name}，住{address}，手机{phone}，证件号码{id}。依据淮政办〔2025〕12号文件，补贴300元已发放。",
            "业主{name}反映{address}漏水，物业已维修。车主{plate}的停车费已退还。",
            "我局已与{name}同志取得联系（电话{phone}），并于2025年3月5日上门核实{address}的情况。");

    private final ReplyRedaction redaction = new ReplyRedaction();

    @Property(tries = 300)
    void seededPersonalDataNeverSurvives(
            @ForAll("names") String name,
            @ForAll("idNumbers") String idNumber,
            @ForAll("phones") String phone,
            @ForAll("plates") String plate,
            @ForAll("addresses") Address address,
            @ForAll("templates") String template) {
        String reply = template.replace("{name}", name)
                .replace("{id}", idNumber)
                .replace("{phone}", phone)
                .replace("{plate}", plate)
                .replace("{address}", address.full());

        String redacted = redaction
                .redact(reply, TicketPersonalData.none(), PublicContacts.serviceNumbers())
                .text();

        assertThat(redacted)
                .doesNotContain(
                        name, idNumber, phone, phone.replaceAll("[^0-9]", "").substring(2), plate);
        assertThat(redacted).doesNotContain(address.full(), address.personal());
        assertThat(redacted.replaceAll("\\s", "")).doesNotContain(idNumber.substring(6, 14));
    }

    @Property(tries = 200)
    void theTicketsOwnFactsGoWhereverTheyStand(
            @ForAll("names") String name,
            @ForAll("phones") String phone,
            @ForAll("addresses") Address address,
            @ForAll("individualBusinessCodes") String creditCode) {
        // No cue before the name or the code: only the ticket's facts can find them here.
        String reply = "经核实" + name + "所述" + address.full() + "情况属实，已回复" + phone + "，代码" + creditCode + "已登记，" + name
                + "表示满意。";
        TicketPersonalData known = new TicketPersonalData(name, phone, creditCode, address.full());

        RedactedReply redacted = redaction.redact(reply, known, PublicContacts.serviceNumbers());

        assertThat(redacted.text()).doesNotContain(name, phone, creditCode, address.personal());
        assertThat(redacted.redactions()).allMatch(Redaction::known);
    }

    record Address(String district, String personal) {

        String full() {
            return district + personal;
        }
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(TEMPLATES);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> given =
                Arbitraries.strings().withChars(GIVEN).ofMinLength(1).ofMaxLength(2);
        return Combinators.combine(Arbitraries.of(SURNAMES), given).as(String::concat);
    }

    @Provide
    Arbitrary<String> idNumbers() {
        Arbitrary<String> region = Arbitraries.of("340602", "340603", "340604", "340621", "110105", "320102", "410102");
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(
                        LocalDate.of(1940, 1, 1).toEpochDay(),
                        LocalDate.of(2008, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> {
            String body = r + String.format("%04d%02d%02d%03d", b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s);
            int sum = 0;
            for (int i = 0; i < ID_WEIGHTS.length; i++) {
                sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        });
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> digits = Combinators.combine(
                        Arbitraries.of("13", "14", "15", "16", "17", "18", "19"),
                        Arbitraries.strings().numeric().ofLength(9))
                .as(String::concat);
        Arbitrary<Integer> notation = Arbitraries.integers().between(0, 4);
        Arbitrary<String> mobile = Combinators.combine(digits, notation).as((d, n) -> switch (n) {
            case 0 -> d;
            case 1 -> d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7);
            case 2 -> d.substring(0, 3) + "-" + d.substring(3, 7) + "-" + d.substring(7);
            case 3 -> "+86 " + d;
            default -> "+86-" + d.substring(0, 3) + "-" + d.substring(3, 7) + "-" + d.substring(7);
        });
        Arbitrary<String> fixed = Combinators.combine(
                        Arbitraries.of("0561-", "0551-", "010-", "(0561)", "0561 "),
                        Arbitraries.integers().between(2, 9),
                        Arbitraries.strings().numeric().ofLength(6))
                .as((area, first, rest) -> area + first + rest);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, mobile), net.jqwik.api.Tuple.of(1, fixed));
    }

    @Provide
    Arbitrary<String> plates() {
        Arbitrary<Character> province =
                Arbitraries.of(PROVINCES.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> letter = Arbitraries.of(PLATE_LETTERS
                .replace("I", "")
                .replace("O", "")
                .chars()
                .mapToObj(c -> (char) c)
                .toList());
        Arbitrary<String> ordinary = Combinators.combine(
                        Arbitraries.strings().withChars(PLATE_CHARACTERS).ofLength(4),
                        Arbitraries.strings().numeric().ofLength(1))
                .as(String::concat);
        Arbitrary<String> smallNewEnergy = Combinators.combine(
                        Arbitraries.of("D", "F"),
                        Arbitraries.strings().withChars(PLATE_CHARACTERS).ofLength(1),
                        Arbitraries.strings().numeric().ofLength(4))
                .as((a, b, c) -> a + b + c);
        Arbitrary<String> largeNewEnergy = Combinators.combine(
                        Arbitraries.strings().numeric().ofLength(5), Arbitraries.of("D", "F"))
                .as(String::concat);
        return Combinators.combine(province, letter, Arbitraries.oneOf(ordinary, smallNewEnergy, largeNewEnergy))
                .as((p, l, rest) -> "" + p + l + rest);
    }

    @Provide
    Arbitrary<Address> addresses() {
        Arbitrary<String> district = Arbitraries.of("", "相山区", "淮北市杜集区", "烈山区", "濉溪县");
        Arbitrary<String> road = Combinators.combine(
                        Arbitraries.strings().withChars(ROAD_WORDS).ofLength(2),
                        Arbitraries.of("路", "街", "大道", "巷"),
                        Arbitraries.integers().between(1, 999))
                .as((words, kind, number) -> words + kind + number + "号");
        Arbitrary<String> compound = Combinators.combine(
                        Arbitraries.strings().withChars(ROAD_WORDS).ofLength(2),
                        Arbitraries.of("小区", "花园", "家园", "新村"),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(101, 2804))
                .as((words, kind, building, unit, room) -> words + kind + building + "号楼" + unit + "单元" + room + "室");
        Arbitrary<String> village = Combinators.combine(
                        Arbitraries.strings().withChars(ROAD_WORDS).ofLength(2),
                        Arbitraries.of("一", "二", "三", "四", "五", "六"))
                .as((words, group) -> words + "村" + group + "组");
        Arbitrary<String> personal = Arbitraries.oneOf(
                road, compound, village, Combinators.combine(road, compound).as(String::concat));
        return Combinators.combine(district, personal).as(Address::new);
    }

    @Provide
    Arbitrary<String> individualBusinessCodes() {
        return Combinators.combine(
                        Arbitraries.of("340602", "340603", "340621"),
                        Arbitraries.strings().withChars(CREDIT_CHARACTERS).ofLength(9))
                .as((region, organisation) -> {
                    String body = "92" + region + organisation;
                    int sum = 0;
                    for (int i = 0; i < CREDIT_WEIGHTS.length; i++) {
                        sum += CREDIT_CHARACTERS.indexOf(body.charAt(i)) * CREDIT_WEIGHTS[i];
                    }
                    return body + CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31);
                });
    }
}
