package cn.gongkai.report;

/**
 * Where a report's working copy stands (年度报告办理状态). {@code WITHDRAWN} is never stored: it is how a report reads
 * while its publication is withdrawn (撤回).
 */
public enum ReportState {
    /** 草稿: editors may change it. */
    DRAFT,
    /** 待审核: submitted to the agency's publishers. */
    SUBMITTED,
    /** 已审核: approved, ready to publish. */
    APPROVED,
    /** 定时发布: approved and due to publish at a set time. */
    SCHEDULED,
    /** 已发布: the working copy is the published version. */
    PUBLISHED,
    /** 已撤回 */
    WITHDRAWN
}
