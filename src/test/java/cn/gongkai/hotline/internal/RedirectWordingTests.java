package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests for government information lead to the disclosure application, matters before a court, a
 * reconsideration body or the petition offices to their channel; asking how to start one, or using the same words
 * for something else, does not.
 */
class RedirectWordingTests {

    static final List<WordingTable> PHRASES = WordingTable.parse("""
            我想查阅我们村土地征收的批复文件                       | DISCLOSURE
            请把拆迁安置方案的原件提供给我们看看                   | DISCLOSURE
            要求区政府公开老旧小区改造的资金使用明细               | DISCLOSURE
            能不能把街道去年的财政预算发给我                       | DISCLOSURE
            申请获取高铁站规划的环评报告                           | DISCLOSURE
            想看一下那个项目的施工许可证和规划许可                 | DISCLOSURE
            依据政府信息公开条例，请提供那次会议的会议纪要         | DISCLOSURE
            我需要市里关于加装电梯补贴的红头文件                   | DISCLOSURE
            这件事我已经向法院起诉了，还没开庭                     | LITIGATION
            劳动仲裁委上个月已经受理了我的案子                     | LITIGATION
            法院判了对方赔钱，可是他一直不执行                     | LITIGATION
            手里有二审的判决书，对方拒不履行                       | LITIGATION
            对罚款不服，上周已经申请了行政复议                     | RECONSIDERATION
            复议机关受理后一直没有结果                             | RECONSIDERATION
            这个问题我之前去信访局反映过                           | PETITION
            我们村好几户准备集体上访                               | PETITION
            我去年已经起诉了，还向信访部门写过信                   | LITIGATION PETITION
            市人社局公开招聘的报名时间是什么时候                   |
            请相关部门尽快提供解决方案                             |
            公司不给我提供劳动合同                                 |
            要求商家公开道歉并赔偿损失                             |
            社保缴费记录怎么查询                                   |
            小区物业应该公开公共收益的账目                         |
            我想起诉开发商，请问去哪个法院                         |
            打官司要请律师吗，费用多少                             |
            交通事故能不能申请仲裁                                 |
            被罚了两千块，想走复议程序该怎么弄                     |
            行政复议的期限是多少天                                 |
            我不想去上访，只希望有人管一管                         |
            12345能不能帮我回访一下处理结果                        |
            楼下餐馆油烟太大，希望尽快处理                         |
            """);

    static List<WordingTable> phrases() {
        return PHRASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrases")
    void readsTheChannelInThePhrase(WordingTable row) {
        assertThat(WordingTable.names(RedirectWording.in(row.phrase()))).isEqualTo(row.expected());
    }

    @Test
    void theTableIsLargeAndItsPhrasesAreNotTheCodes() {
        assertThat(PHRASES).hasSizeGreaterThanOrEqualTo(30);
        WordingTable.assertNotInSources(PHRASES);
    }

    @Test
    void readsNothingInNothing() {
        assertThat(RedirectWording.in(null)).isEmpty();
        assertThat(RedirectWording.in("")).isEmpty();
    }
}
