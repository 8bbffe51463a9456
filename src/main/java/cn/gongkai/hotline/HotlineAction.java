package cn.gongkai.hotline;

import java.util.Arrays;
import java.util.Optional;

/** What can be done to a ticket (工单操作), and by whom. */
public enum HotlineAction {
    /** 派单, or 改派 after a return (the dispatcher) */
    DISPATCH("dispatch"),
    /** 签收 (the lead department) */
    ACCEPT("accept"),
    /** 退单 (the lead department, within the return window) */
    RETURN("return"),
    /** 答复 (the lead department) */
    REPLY("reply"),
    /** 申请延期 (the lead department) */
    REQUEST_EXTENSION("request-extension"),
    /** 批准延期 (the dispatcher) */
    APPROVE_EXTENSION("approve-extension"),
    /** 不批准延期 (the dispatcher) */
    DECLINE_EXTENSION("decline-extension"),
    /** 评价 (the person who raised the ticket) */
    RATE("rate"),
    /** 逾期未评价，自动办结 (the system) */
    CLOSE_UNRATED("close-unrated"),
    /** 并单 (the dispatcher) */
    MERGE("merge"),
    /** 知识库直接答复 (the dispatcher, or the person on-line) */
    ANSWER_FROM_KNOWLEDGE_BASE("answer-from-knowledge-base");

    private final String slug;

    HotlineAction(String slug) {
        this.slug = slug;
    }

    /** The name used in the API path {@code /actions/{action}}. */
    public String slug() {
        return slug;
    }

    public static Optional<HotlineAction> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(action -> action.slug.equals(slug))
                .findFirst();
    }

    /** Whether this action may be taken in {@code state}: the one table of allowed moves. */
    public boolean isAllowedIn(HotlineState state) {
        return switch (this) {
            case DISPATCH -> state == HotlineState.RECEIVED || state == HotlineState.RETURNED;
            case ACCEPT, RETURN -> state == HotlineState.DISPATCHED;
            case REPLY, REQUEST_EXTENSION, APPROVE_EXTENSION, DECLINE_EXTENSION ->
                state == HotlineState.IN_PROGRESS || state == HotlineState.REOPENED;
            case RATE, CLOSE_UNRATED -> state == HotlineState.REPLIED;
            case MERGE, ANSWER_FROM_KNOWLEDGE_BASE -> state == HotlineState.RECEIVED;
        };
    }
}
