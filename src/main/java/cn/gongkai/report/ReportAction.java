package cn.gongkai.report;

import cn.gongkai.identity.Role;
import java.util.Arrays;
import java.util.Optional;

/**
 * A step of the report workflow (年度报告审核发布流程), who takes it and from which states. Editors write and
 * submit; publishers of the same agency return, approve, publish and withdraw.
 */
public enum ReportAction {
    /** 保存草稿 */
    SAVE("save", Role.REPORT_EDITOR),
    /** 提交审核 */
    SUBMIT("submit", Role.REPORT_EDITOR),
    /** 退回修改 (with a reason) */
    RETURN("return", Role.REPORT_PUBLISHER),
    /** 审核通过 */
    APPROVE("approve", Role.REPORT_PUBLISHER),
    /** 立即发布 */
    PUBLISH("publish", Role.REPORT_PUBLISHER),
    /** 定时发布 */
    SCHEDULE("schedule", Role.REPORT_PUBLISHER),
    /** 取消定时发布 */
    UNSCHEDULE("unschedule", Role.REPORT_PUBLISHER),
    /** 发布更正: a new draft from the published text */
    CORRECT("correct", Role.REPORT_EDITOR),
    /** 撤回 (with a reason) */
    WITHDRAW("withdraw", Role.REPORT_PUBLISHER);

    private final String slug;
    private final Role role;

    ReportAction(String slug, Role role) {
        this.slug = slug;
        this.role = role;
    }

    public String slug() {
        return slug;
    }

    /** The role that takes this step. */
    public Role role() {
        return role;
    }

    public static Optional<ReportAction> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(action -> action.slug.equals(slug))
                .findFirst();
    }

    /**
     * Whether the step may be taken in this state.
     *
     * @param published whether a version has been published (and not withdrawn)
     */
    public boolean isAllowedIn(ReportState state, boolean published) {
        return switch (this) {
            case SAVE, SUBMIT -> state == ReportState.DRAFT;
            case RETURN -> state == ReportState.SUBMITTED || state == ReportState.APPROVED;
            case APPROVE -> state == ReportState.SUBMITTED;
            case PUBLISH, SCHEDULE -> state == ReportState.APPROVED;
            case UNSCHEDULE -> state == ReportState.SCHEDULED;
            case CORRECT -> state == ReportState.PUBLISHED || state == ReportState.WITHDRAWN;
            case WITHDRAW -> published;
        };
    }
}
