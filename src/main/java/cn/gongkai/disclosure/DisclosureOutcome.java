package cn.gongkai.disclosure;

import java.util.Arrays;
import java.util.List;

/**
 * How a request ended (办理结果): one row of 三、本年度办理结果 in the national format of the annual report
 * (国办公开办函〔2021〕30号), with the row label verbatim and the article of the Regulations a reply cites.
 */
public enum DisclosureOutcome {
    DISCLOSED(Group.DISCLOSED, 0, "予以公开", "第三十六条第（二）项"),
    PARTLY_DISCLOSED(Group.PARTLY_DISCLOSED, 0, "部分公开（区分处理的，只计这一情形，不计其他情形）", "第三十七条"),
    WITHHELD_STATE_SECRET(Group.WITHHELD, 1, "属于国家秘密", "第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(Group.WITHHELD, 2, "其他法律行政法规禁止公开", "第十四条"),
    WITHHELD_SECURITY_OR_STABILITY(Group.WITHHELD, 3, "危及“三安全一稳定”", "第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS(Group.WITHHELD, 4, "保护第三方合法权益", "第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(Group.WITHHELD, 5, "属于三类内部事务信息", "第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION(Group.WITHHELD, 6, "属于四类过程性信息", "第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE(Group.WITHHELD, 7, "属于行政执法案卷", "第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_QUERY(Group.WITHHELD, 8, "属于行政查询事项", "第三十六条第（七）项"),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, 1, "本机关不掌握相关政府信息", "第三十六条第（四）项、第（五）项"),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, 2, "没有现成信息需要另行制作", "第三十八条"),
    UNAVAILABLE_UNCLEAR_AFTER_CORRECTION(Group.UNAVAILABLE, 3, "补正后申请内容仍不明确", "第三十条"),
    NOT_PROCESSED_COMPLAINT(Group.NOT_PROCESSED, 1, "信访举报投诉类申请", "第三十九条第一款"),
    NOT_PROCESSED_REPEATED(Group.NOT_PROCESSED, 2, "重复申请", "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(Group.NOT_PROCESSED, 3, "要求提供公开出版物", "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE(Group.NOT_PROCESSED, 4, "无正当理由大量反复申请", "第三十五条"),
    NOT_PROCESSED_CONFIRMATION(Group.NOT_PROCESSED, 5, "要求行政机关确认或重新出具已获取信息", null),
    OTHER_NO_CORRECTION(Group.OTHER, 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    OTHER_FEE_UNPAID(Group.OTHER, 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER(Group.OTHER, 3, "其他", null);

    /** The lettered groups of 三、本年度办理结果. */
    public enum Group {
        DISCLOSED("（一）予以公开"),
        PARTLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        WITHHELD("（三）不予公开"),
        UNAVAILABLE("（四）无法提供"),
        NOT_PROCESSED("（五）不予处理"),
        OTHER("（六）其他处理");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final int item;
    private final String label;
    private final String article;

    DisclosureOutcome(Group group, int item, String label, String article) {
        this.group = group;
        this.item = item;
        this.label = label;
        this.article = article;
    }

    public Group group() {
        return group;
    }

    /** The row number inside its group (1. 2. …), or 0 for the groups that are one row. */
    public int item() {
        return item;
    }

    /** The row label as printed in the national format. */
    public String label() {
        return label;
    }

    /**
     * The legal basis a reply with this outcome cites by default, or {@code null} where the officer must
     * state it: no single article of the Regulations governs that case.
     */
    public String defaultLegalBasis() {
        return article == null ? null : "《中华人民共和国政府信息公开条例》" + article;
    }

    /** Whether an officer may choose this outcome as a reply; the others follow from lapses and withdrawals. */
    public boolean isReply() {
        return this != OTHER_NO_CORRECTION && this != OTHER_FEE_UNPAID;
    }

    /** Whether the reply must explain what was withheld or refused and why (Arts. 36(三), 37). */
    public boolean needsExplanation() {
        return group != Group.DISCLOSED;
    }

    public static List<DisclosureOutcome> inGroup(Group group) {
        return Arrays.stream(values()).filter(outcome -> outcome.group == group).toList();
    }
}
