package cn.gongkai.hotline;

/** What happened to a ticket (办理记录事项), one line of its timeline. */
public enum HotlineEventType {
    /** 受理 */
    RECEIVED,
    /** 派单 */
    DISPATCHED,
    /** 改派: dispatched again after a return */
    REDISPATCHED,
    /** 签收 */
    ACCEPTED,
    /** 退单 */
    RETURNED,
    /** 申请延期 */
    EXTENSION_REQUESTED,
    /** 批准延期 */
    EXTENSION_APPROVED,
    /** 不批准延期 */
    EXTENSION_DECLINED,
    /** 答复 */
    REPLIED,
    /** 评价: closes the ticket, or reopens it (重办, 督办) after a first 不满意 */
    RATED,
    /** 逾期未评价，自动办结 */
    CLOSED_UNRATED,
    /** 并单 */
    MERGED,
    /** 知识库直接答复 */
    ANSWERED_BY_KNOWLEDGE_BASE,
    /** 期限确定: a year's holiday arrangement was entered and the dates counted on its estimate are final */
    DEADLINES_CONFIRMED
}
