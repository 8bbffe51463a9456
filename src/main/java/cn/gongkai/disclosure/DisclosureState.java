package cn.gongkai.disclosure;

/**
 * Where a disclosure request stands (办理状态), named after the steps of the Regulations. The four last
 * states are final.
 */
public enum DisclosureState {
    /** 已收到: received (Art. 31), not yet examined by an officer. */
    RECEIVED,
    /** 待补正: a correction notice was sent (Art. 30); the clock waits for the corrected application. */
    AWAITING_CORRECTION,
    /** 办理中: accepted and being handled within the 20 working days (Art. 33). */
    IN_PROGRESS,
    /** 征求意见中: a third party or another agency is consulted (Arts. 32, 34); the clock is paused. */
    AWAITING_OPINION,
    /** 待缴费: an information processing fee was notified (Art. 42); the clock is paused until paid. */
    AWAITING_FEE,
    /** 已答复: answered with one of the lawful replies (Arts. 36–39). */
    ANSWERED,
    /** 已撤回: withdrawn by the applicant. */
    WITHDRAWN,
    /** 逾期未补正: not corrected in time, treated as abandoned (Art. 30). */
    LAPSED,
    /** 逾期未缴费: the fee was not paid in time, no longer processed (Art. 42). */
    FEE_UNPAID;

    public boolean isFinal() {
        return this == ANSWERED || this == WITHDRAWN || this == LAPSED || this == FEE_UNPAID;
    }
}
