package cn.gongkai.identity;

/** A role in the portal (角色). Staff roles are always held for one agency. */
public enum Role {
    /** 公民 */
    CITIZEN(false),
    /** 法人或其他组织的代表 */
    ENTERPRISE_REPRESENTATIVE(false),
    /** 依申请公开经办人 */
    DISCLOSURE_OFFICER(true),
    /** 政府信息公开工作机构负责人 (approves extensions) */
    OGI_OFFICE_HEAD(true),
    /** 12345 热线派单员 */
    HOTLINE_DISPATCHER(true),
    /** 承办部门经办人 */
    DEPARTMENT_HANDLER(true),
    /** 年度报告编辑 */
    REPORT_EDITOR(true),
    /** 年度报告审核发布人 */
    REPORT_PUBLISHER(true),
    /** 系统管理员 */
    SYSTEM_ADMINISTRATOR(false),
    /** 安全审计员 */
    SECURITY_AUDITOR(false);

    private final boolean agencyScoped;

    Role(boolean agencyScoped) {
        this.agencyScoped = agencyScoped;
    }

    public boolean isAgencyScoped() {
        return agencyScoped;
    }

    /** Works in the staff console (工作台): every role but the public's own. */
    public boolean isStaff() {
        return this != CITIZEN && this != ENTERPRISE_REPRESENTATIVE;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
