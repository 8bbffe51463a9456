package cn.gongkai.hotline;

/** The person's rating of a reply (满意度评价), in the official wording. */
public enum HotlineRating {
    /** 满意 */
    SATISFIED("满意"),
    /** 基本满意 */
    BASICALLY_SATISFIED("基本满意"),
    /** 不满意: reopens the ticket once. */
    UNSATISFIED("不满意");

    private final String label;

    HotlineRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
