package cn.gongkai.hotline;

/** Who raises a ticket (诉求人类型): a signed-in citizen, an enterprise through its representative, or anyone anonymously. */
public enum HotlineSubmitterKind {
    /** 公民 (signed in) */
    CITIZEN,
    /** 企业 (signed in, with the enterprise's 统一社会信用代码) */
    ENTERPRISE,
    /** 匿名: follows the ticket with the query code (查询码) given once at submission */
    ANONYMOUS
}
