package cn.gongkai.audit;

/** How an audited action ended (结果). */
public enum AuditOutcome {
    SUCCEEDED,
    /** Refused by a rule: not allowed in this state, not permitted, invalid. */
    REJECTED,
    FAILED
}
