package cn.gongkai.hotline;

/**
 * The type of a ticket (工单类型, GB/T 39666-2020), with the default time to reply in working days (DOMAIN.md §3:
 * no national limits exist; these are the defaults an administrator may change in {@link HotlineTimeLimits}).
 */
public enum HotlineType {
    /** 咨询 */
    ENQUIRY("咨询", 2),
    /** 求助 */
    HELP("求助", 5),
    /** 投诉 */
    COMPLAINT("投诉", 15),
    /** 举报 */
    REPORT("举报", 15),
    /** 建议 */
    SUGGESTION("建议", 15);

    private final String label;
    private final int defaultReplyWorkingDays;

    HotlineType(String label, int defaultReplyWorkingDays) {
        this.label = label;
        this.defaultReplyWorkingDays = defaultReplyWorkingDays;
    }

    /** The official wording, shown as is. */
    public String label() {
        return label;
    }

    public int defaultReplyWorkingDays() {
        return defaultReplyWorkingDays;
    }
}
