package cn.gongkai.disclosure;

/** What happened to a request (办理事项), one line of its timeline. */
public enum DisclosureEventType {
    /** 收到申请 */
    RECEIVED(true),
    /** 受理 */
    ACCEPTED(true),
    /** 分配经办人 */
    ASSIGNED(false),
    /** 告知补正 */
    CORRECTION_REQUESTED(true),
    /** 收到补正 */
    CORRECTION_RECEIVED(true),
    /** 逾期未补正，视为放弃 */
    LAPSED(true),
    /** 征求第三方或其他机关意见 */
    CONSULTATION_SENT(true),
    /** 收到意见 */
    OPINION_RECEIVED(true),
    /** 申请延期 (internal until approved) */
    EXTENSION_REQUESTED(false),
    /** 批准延期，告知申请人 */
    EXTENSION_APPROVED(true),
    /** 不批准延期 */
    EXTENSION_DECLINED(false),
    /** 收费通知 */
    FEE_NOTIFIED(true),
    /** 已缴费 */
    FEE_PAID(true),
    /** 逾期未缴费，不再处理 */
    FEE_UNPAID(true),
    /** 作出答复 */
    REPLIED(true),
    /** 申请人撤回 */
    WITHDRAWN(true),
    /** 答复期限确定: the year a provisional (预计) deadline counted on was entered in the calendar */
    DEADLINE_CONFIRMED(true);

    private final boolean shownToApplicant;

    DisclosureEventType(boolean shownToApplicant) {
        this.shownToApplicant = shownToApplicant;
    }

    /** Internal steps (assignment, an extension not yet approved) stay off the applicant's timeline. */
    public boolean isShownToApplicant() {
        return shownToApplicant;
    }
}
