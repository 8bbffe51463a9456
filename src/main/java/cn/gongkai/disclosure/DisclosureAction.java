package cn.gongkai.disclosure;

import java.util.Arrays;
import java.util.Optional;

/** What staff (or, for withdrawal and correction, the applicant) can do to a request (办理操作). */
public enum DisclosureAction {
    /** 受理 */
    ACCEPT("accept"),
    /** 分配经办人 */
    ASSIGN("assign"),
    /** 告知补正 */
    REQUEST_CORRECTION("request-correction"),
    /** 登记收到的补正 (by post or in person, or filed on-line by the applicant) */
    RECEIVE_CORRECTION("receive-correction"),
    /** 逾期未补正，终止办理 */
    LAPSE("lapse"),
    /** 征求第三方或其他机关意见 */
    CONSULT("consult"),
    /** 登记收到的意见 */
    RECEIVE_OPINION("receive-opinion"),
    /** 申请延长答复期限 */
    REQUEST_EXTENSION("request-extension"),
    /** 批准延期 (head of the OGI office only) */
    APPROVE_EXTENSION("approve-extension"),
    /** 不批准延期 (head of the OGI office only) */
    DECLINE_EXTENSION("decline-extension"),
    /** 发出收费通知 */
    NOTIFY_FEE("notify-fee"),
    /** 登记缴费 */
    RECEIVE_PAYMENT("receive-payment"),
    /** 逾期未缴费，不再处理 */
    CLOSE_UNPAID("close-unpaid"),
    /** 答复 */
    REPLY("reply"),
    /** 撤回申请 (the applicant only) */
    WITHDRAW("withdraw");

    private final String slug;

    DisclosureAction(String slug) {
        this.slug = slug;
    }

    /** The name used in the API path {@code /actions/{action}}. */
    public String slug() {
        return slug;
    }

    public static Optional<DisclosureAction> bySlug(String slug) {
        return Arrays.stream(values())
                .filter(action -> action.slug.equals(slug))
                .findFirst();
    }

    /** Whether this action may be taken in {@code state}: the one table of allowed moves. */
    public boolean isAllowedIn(DisclosureState state) {
        return switch (this) {
            case ACCEPT -> state == DisclosureState.RECEIVED;
            case ASSIGN, WITHDRAW -> !state.isFinal();
            case REQUEST_CORRECTION, REPLY -> state == DisclosureState.RECEIVED || state == DisclosureState.IN_PROGRESS;
            case RECEIVE_CORRECTION, LAPSE -> state == DisclosureState.AWAITING_CORRECTION;
            case CONSULT, NOTIFY_FEE -> state == DisclosureState.IN_PROGRESS;
            case RECEIVE_OPINION -> state == DisclosureState.AWAITING_OPINION;
            case REQUEST_EXTENSION, APPROVE_EXTENSION, DECLINE_EXTENSION ->
                state == DisclosureState.IN_PROGRESS
                        || state == DisclosureState.AWAITING_OPINION
                        || state == DisclosureState.AWAITING_FEE;
            case RECEIVE_PAYMENT, CLOSE_UNPAID -> state == DisclosureState.AWAITING_FEE;
        };
    }

    /** Staff actions that record something that happened off-line, on a date the officer gives. */
    public boolean recordsAnEarlierDay() {
        return this == RECEIVE_CORRECTION || this == RECEIVE_OPINION || this == RECEIVE_PAYMENT || this == CONSULT;
    }
}
