package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * What the reply board may show: each row a reply as a department might write it and the text after redaction. All
 * names, numbers, plates and addresses here are invented.
 */
class ReplyRedactionTests {

    private static final TicketPersonalData SUBMITTER =
            new TicketPersonalData("周子涵", "139 5612 3478", "92340621MA8N7P2L3L", "相山区南黎路16号金色家园5号楼1单元302室");
    private static final PublicContacts DEPARTMENT =
            PublicContacts.of(List.of("0561-3096789", "0561-3011111"), List.of("淮海中路8号", "hbscjj@example.gov.cn"));

    private final ReplyRedaction redaction = new ReplyRedaction();

    static Stream<Arguments> replies() {
        return Stream.of(
                // names found by HanLP or by the words around them
                row("市民张晓明反映的噪音问题已处理。", "市民〔姓名〕反映的噪音问题已处理。"),
                row("经核实，王建国先生所述情况属实。", "经核实，〔姓名〕先生所述情况属实。"),
                row("我局已联系李秀英女士，当面说明了处理结果。", "我局已联系〔姓名〕女士，当面说明了处理结果。"),
                row("来电人刘德华称其被骗3000元。", "来电人〔姓名〕称其被骗3000元。"),
                row("您好，诸葛明亮同志，您反映的问题已转交市场监督管理局处理。", "您好，〔姓名〕同志，您反映的问题已转交市场监督管理局处理。"),
                row("来电人自述：我叫陈思远，住在烈山区古饶镇。", "来电人自述：我叫〔姓名〕，住在烈山区古饶镇。"),
                row("经与赵敏核实，相山区政府已安排工作人员上门。", "经与〔姓名〕核实，相山区政府已安排工作人员上门。"),
                row("市民钱多多来电反映淮海路噪声问题。", "市民〔姓名〕来电反映淮海路噪声问题。"),
                row("工作人员韩梅梅和李雷已上门处理。", "工作人员〔姓名〕和〔姓名〕已上门处理。"),
                row("业主赵大海反映黄金海岸小区电梯故障。", "业主〔姓名〕反映黄金海岸小区电梯故障。"),
                row("欧阳娜娜女士，您的诉求已受理。", "〔姓名〕女士，您的诉求已受理。"),
                row("姓名：司马光明，诉求：路灯不亮。", "姓名：〔姓名〕，诉求：路灯不亮。"),
                row("申请人周杰的补贴已于6月发放。", "申请人〔姓名〕的补贴已于6月发放。"),
                row("投诉人吴桂芳与商家已达成调解协议。", "投诉人〔姓名〕与商家已达成调解协议。"),
                row("已告知马丽女士办理流程。", "已告知〔姓名〕女士办理流程。"),
                row("患者黄小红已转至市人民医院治疗。", "患者〔姓名〕已转至市人民医院治疗。"),
                row("经查，该车辆系张红梅所有。", "经查，该车辆系〔姓名〕所有。"),
                row("承办人：孙浩然。", "承办人：〔姓名〕。"),
                // the ticket's own name wherever it stands
                row("周子涵反映的问题已转交相关部门。", "〔姓名〕反映的问题已转交相关部门。"),
                row("关于周子涵同学入学一事，教育局已答复。", "关于〔姓名〕同学入学一事，教育局已答复。"),
                row("已电话告知周 子涵。", "已电话告知〔姓名〕。"),
                // surnames with a title, pseudonyms and words that only look like names stay
                row("孙师傅您好，依据食品安全法第三十四条，已责令整改。", "孙师傅您好，依据食品安全法第三十四条，已责令整改。"),
                row("张某某反映的问题已办结。", "张某某反映的问题已办结。"),
                row("市民王某反映的情况属实。", "市民王某反映的情况属实。"),
                row("深入学习贯彻习近平新时代中国特色社会主义思想，王局长高度重视此事。", "深入学习贯彻习近平新时代中国特色社会主义思想，王局长高度重视此事。"),
                row("感谢刘女士对我们工作的支持。", "感谢刘女士对我们工作的支持。"),
                row("经查，张先生所述小区绿化问题属实。", "经查，张先生所述小区绿化问题属实。"),
                row("李主任已与家长沟通。", "李主任已与家长沟通。"),
                row("市民朋友您好，感谢您的来电。", "市民朋友您好，感谢您的来电。"),
                row("宋江路以东、武松街以南的规划道路将于年底通车。", "宋江路以东、武松街以南的规划道路将于年底通车。"),
                row("市民服务中心已延长办理时间。", "市民服务中心已延长办理时间。"),
                // phone numbers
                row("请致电13812345678联系。", "请致电〔电话〕联系。"),
                row("联系电话：138 1234 5678。", "联系电话：〔电话〕。"),
                row("手机号138-1234-5678已登记。", "手机号〔电话〕已登记。"),
                row("其手机+86 13912345678无法接通。", "其手机〔电话〕无法接通。"),
                row("座机0561-3012345无人接听。", "座机〔电话〕无人接听。"),
                row("请回电（0561）3012345。", "请回电〔电话〕。"),
                row("家中电话3012345已停机。", "家中电话〔电话〕已停机。"),
                row("联系方式为0561-3012345转801。", "联系方式为〔电话〕。"),
                row("电话１３８１２３４５６７８已核实。", "电话〔电话〕已核实。"),
                row("已回电13956123478说明情况。", "已回电〔电话〕说明情况。"),
                row("已回电139-5612-3478说明情况。", "已回电〔电话〕说明情况。"),
                // public numbers stay
                row("如有疑问请拨打本局电话0561-3096789咨询。", "如有疑问请拨打本局电话0561-3096789咨询。"),
                row("咨询电话3011111，工作日受理。", "咨询电话3011111，工作日受理。"),
                row("请拨打12345或12315反映。", "请拨打12345或12315反映。"),
                row("如遇紧急情况请拨打110、119、120。", "如遇紧急情况请拨打110、119、120。"),
                row("该公司服务热线400-820-8820。", "该公司服务热线400-820-8820。"),
                // identity numbers
                row("身份证号34060219900307123X的持有人已补办。", "身份证号〔身份证号〕的持有人已补办。"),
                row("身份证号34060219900307123x已核验。", "身份证号〔身份证号〕已核验。"),
                row("老身份证号340602900307123已作废。", "老身份证号〔身份证号〕已作废。"),
                row("证件号码340621 19851112 4566。", "证件号码〔身份证号〕。"),
                row("号码340621198511124567有误。", "号码〔身份证号〕有误。"),
                row("身份证号３４０６０２１９７８０６１５００１２。", "身份证号〔身份证号〕。"),
                // numbers that are not personal
                row("根据淮政办〔2025〕12号文件，补贴标准为每人每月300元。", "根据淮政办〔2025〕12号文件，补贴标准为每人每月300元。"),
                row("该文件已于2025年4月1日起施行。", "该文件已于2025年4月1日起施行。"),
                row("罚款人民币20000元，没收违法所得3500.50元。", "罚款人民币20000元，没收违法所得3500.50元。"),
                row("依据《中华人民共和国食品安全法》第三十四条、第一百二十四条的规定处理。", "依据《中华人民共和国食品安全法》第三十四条、第一百二十四条的规定处理。"),
                row("编号为202504010001的工单已办结。", "编号为202504010001的工单已办结。"),
                row("检查期间为2025-04-01至2025-06-30。", "检查期间为2025-04-01至2025-06-30。"),
                row("依照国办发〔2020〕53号文件精神。", "依照国办发〔2020〕53号文件精神。"),
                row("市场监管局第3号公告已发布。", "市场监管局第3号公告已发布。"),
                row("面积120平方米，工期90天。", "面积120平方米，工期90天。"),
                row("订单号2025040112345678901234已退款。", "订单号2025040112345678901234已退款。"),
                row("时间：2025年3月5日14:30。", "时间：2025年3月5日14:30。"),
                row("排污许可证编号91340600MA2NQ1B6XY001P有效。", "排污许可证编号91340600MA2NQ1B6XY001P有效。"),
                row("京津冀协同发展和新A级景区创建工作。", "京津冀协同发展和新A级景区创建工作。"),
                // credit codes: individual businesses (92) go, companies stay
                row("个体工商户（统一社会信用代码92340602MA2TXK3Q1A）已办理注销。", "个体工商户（统一社会信用代码〔信用代码〕）已办理注销。"),
                row("代码92340603l12345678x。", "代码〔信用代码〕。"),
                row("统一社会信用代码91340600MA2NQ1B6XY的食品公司已整改。", "统一社会信用代码91340600MA2NQ1B6XY的食品公司已整改。"),
                row("该单位代码12340600003108765Q。", "该单位代码12340600003108765Q。"),
                row("企业代码92340621 MA8N7P2L3L已登记。", "企业代码〔信用代码〕已登记。"),
                // addresses: numbered places go, places many people share stay
                row("您反映的金色家园小区3号楼2单元楼道堆放杂物问题，已督促物业清理。", "您反映的〔地址〕楼道堆放杂物问题，已督促物业清理。"),
                row("家住相山区人民路88号的市民反映。", "家住相山区〔地址〕的市民反映。"),
                row("淮北市相山区孟山路20号门前积水已排除。", "淮北市相山区〔地址〕门前积水已排除。"),
                row("经现场查看，翠湖花园小区第3号楼外墙脱落。", "经现场查看，〔地址〕外墙脱落。"),
                row("住在杜集区矿山集乡张庄村三组的村民反映。", "住在杜集区〔地址〕的村民反映。"),
                row("东山路9号院内违建已拆除。", "〔地址〕内违建已拆除。"),
                row("居住在滨湖新村3-2-501。", "居住在〔地址〕。"),
                row("住在和平路12号。", "住在〔地址〕。"),
                row("幸福里小区A座1502室漏水。", "〔地址〕漏水。"),
                row("向阳路6号楼下噪音扰民。", "〔地址〕下噪音扰民。"),
                row("淮海路沿线的占道经营问题已整治。", "淮海路沿线的占道经营问题已整治。"),
                row("相山区、杜集区、烈山区三区联合执法。", "相山区、杜集区、烈山区三区联合执法。"),
                row("黄金海岸小区物业已整改。", "黄金海岸小区物业已整改。"),
                row("人民路与长山路交叉口信号灯已修复。", "人民路与长山路交叉口信号灯已修复。"),
                row("请携带材料到市政务服务中心（淮海中路8号）二楼窗口办理。", "请携带材料到市政务服务中心（淮海中路8号）二楼窗口办理。"),
                row("请到相山区人民路12号市民服务中心办理。", "请到相山区人民路12号市民服务中心办理。"),
                row("相山区人民法院位于孟山路20号。", "相山区人民法院位于孟山路20号。"),
                row("协调会在市政府3号楼会议室召开。", "协调会在市政府3号楼会议室召开。"),
                row("御景府7栋1单元的电梯已修复。", "〔地址〕的电梯已修复。"),
                row("翠湖花园二期5号楼402室。", "〔地址〕。"),
                // the ticket's own address
                row("南黎路16号金色家园5号楼1单元302室的漏水问题已处理。", "〔地址〕的漏水问题已处理。"),
                row("您在相山区南黎路16号金色家园5号楼1单元302室的诉求已办结。", "您在相山区〔地址〕的诉求已办结。"),
                // licence plates
                row("车牌号为皖F12345的车辆已被查处。", "车牌号为〔车牌〕的车辆已被查处。"),
                row("新能源车皖FD12345已移走。", "新能源车〔车牌〕已移走。"),
                row("货车皖F12345D违规停放。", "货车〔车牌〕违规停放。"),
                row("车辆皖F·A1234已挪车。", "车辆〔车牌〕已挪车。"),
                row("车辆皖f12345已挪车。", "车辆〔车牌〕已挪车。"),
                row("挂车皖F1234挂已登记。", "挂车〔车牌〕已登记。"),
                // e-mail, passport, bank card
                row("来信人邮箱zhangxm@example.com。", "来信人邮箱〔邮箱〕。"),
                row("请发送至本局邮箱hbscjj@example.gov.cn。", "请发送至本局邮箱hbscjj@example.gov.cn。"),
                row("护照号E12345678已核验。", "护照号〔证件号〕已核验。"),
                row("退款已转入银行卡6222021306001234566。", "退款已转入银行卡〔银行卡号〕。"),
                row("卡号6217 0038 6000 1239。", "卡号〔银行卡号〕。"),
                // several at once
                row("市民张晓明（电话13812345678，住相山区人民路88号）反映其车辆皖F12345被刮。", "市民〔姓名〕（电话〔电话〕，住相山区〔地址〕）反映其车辆〔车牌〕被刮。"),
                row("经查，反映人李建军（身份证号34062219650101888X）所述属实。", "经查，反映人〔姓名〕（身份证号〔身份证号〕）所述属实。"));
    }

    private static Arguments row(String reply, String expected) {
        return Arguments.of(reply, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void redactsPersonalDataAndKeepsTheRest(String reply, String expected) {
        assertThat(redaction.redact(reply, SUBMITTER, DEPARTMENT).text()).isEqualTo(expected);
    }

    @Test
    void aCompanysCodeGoesWhenItIsTheSubmittersOwn() {
        TicketPersonalData enterprise = new TicketPersonalData(null, null, "91340600MA2NQ1B6XY", null);

        assertThat(redaction
                        .redact("贵公司（91340600MA2NQ1B6XY）的投诉已办结。", enterprise, DEPARTMENT)
                        .text())
                .isEqualTo("贵公司（〔信用代码〕）的投诉已办结。");
    }

    @Test
    void listsEachRemovalWithItsPlaceInBothTexts() {
        String reply = "市民张晓明，电话13812345678。";

        RedactedReply redacted = redaction.redact(reply, TicketPersonalData.none(), PublicContacts.serviceNumbers());

        assertThat(redacted.redactions())
                .extracting(Redaction::kind)
                .containsExactly(RedactionKind.NAME, RedactionKind.PHONE);
        for (Redaction removed : redacted.redactions()) {
            assertThat(redacted.text().substring(removed.redactedStart(), removed.redactedEnd()))
                    .isEqualTo(removed.kind().mark());
        }
        assertThat(redacted.redactions().get(0).removedFrom(reply)).isEqualTo("张晓明");
        assertThat(redacted.redactions().get(1).removedFrom(reply)).isEqualTo("13812345678");
        assertThat(redacted.redactions()).noneMatch(Redaction::known);
    }

    @Test
    void marksWhatCameFromTheTicket() {
        RedactedReply redacted = redaction.redact("已回电13956123478。", SUBMITTER, DEPARTMENT);

        assertThat(redacted.redactions()).singleElement().satisfies(removed -> {
            assertThat(removed.kind()).isEqualTo(RedactionKind.PHONE);
            assertThat(removed.known()).isTrue();
        });
    }

    @Test
    void leavesAReplyWithoutPersonalDataAlone() {
        String reply = "您反映的问题已转交市场监督管理局处理，请保持电话畅通。";

        RedactedReply redacted = redaction.redact(reply, TicketPersonalData.none(), PublicContacts.serviceNumbers());

        assertThat(redacted.text()).isEqualTo(reply);
        assertThat(redacted.removedAnything()).isFalse();
        assertThat(redaction.redact("", null, null).text()).isEmpty();
    }

    @Test
    void staysFastOnALongReplyOfPlaceNames() {
        // A pattern for whole addresses once took seconds here: it backtracked over every run of place names.
        String reply = "金色家园翠湖花园滨湖新村".repeat(330) + "88号";

        RedactedReply redacted = assertTimeoutPreemptively(
                Duration.ofSeconds(3),
                () -> redaction.redact(reply, TicketPersonalData.none(), PublicContacts.serviceNumbers()));

        assertThat(redacted.text()).endsWith("〔地址〕").doesNotContain("88号");
    }

    @Test
    void redactsLaterOffTheEventLoop() {
        StepVerifier.create(redaction
                        .redactLater("市民张晓明来电。", TicketPersonalData.none(), PublicContacts.serviceNumbers())
                        .publishOn(Schedulers.parallel()))
                .assertNext(redacted -> assertThat(redacted.text()).isEqualTo("市民〔姓名〕来电。"))
                .verifyComplete();
    }
}
