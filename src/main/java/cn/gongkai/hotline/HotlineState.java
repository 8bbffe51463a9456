package cn.gongkai.hotline;

/**
 * Where a ticket stands (工单状态) in the closed loop 受理 → 派单 → 办理 → 答复 → 督办 → 办结 → 回访 → 评价. The last
 * three are final.
 */
public enum HotlineState {
    /** 已受理: taken in by the centre, awaiting dispatch. */
    RECEIVED("已受理"),
    /** 已派单: sent to the lead department, awaiting its acceptance (签收) or return (退单). */
    DISPATCHED("已派单"),
    /** 已退回: returned by the department, awaiting the dispatcher's review and re-dispatch (改派). */
    RETURNED("已退回"),
    /** 办理中: accepted by the lead department and being handled. */
    IN_PROGRESS("办理中"),
    /** 已答复: replied to, awaiting the person's rating (回访、评价). */
    REPLIED("已答复"),
    /** 重办: the person was not satisfied; the lead department handles it again, once, under supervision (督办). */
    REOPENED("重办"),
    /** 已办结: closed after the rating, or unrated when the rating window passed. */
    CLOSED("已办结"),
    /** 已并单: a repeat of the same matter, merged into a lead ticket that is handled instead. */
    MERGED("已并单"),
    /** 知识库直接答复: an enquiry (咨询) answered at once from the knowledge base, never dispatched. */
    ANSWERED_BY_KNOWLEDGE_BASE("知识库直接答复");

    private final String label;

    HotlineState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == CLOSED || this == MERGED || this == ANSWERED_BY_KNOWLEDGE_BASE;
    }
}
