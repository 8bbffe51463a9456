package cn.gongkai.disclosure;

/**
 * Kind of applicant (申请人情况): the columns of table 三 of the annual report, in their order.
 */
public enum ApplicantKind {
    /** 自然人 */
    NATURAL_PERSON,
    /** 商业企业 */
    COMMERCIAL_ENTERPRISE,
    /** 科研机构 */
    RESEARCH_INSTITUTION,
    /** 社会公益组织 */
    PUBLIC_INTEREST_ORGANISATION,
    /** 法律服务机构 */
    LEGAL_SERVICE_ORGANISATION,
    /** 其他 (法人或其他组织) */
    OTHER_ORGANISATION;

    public boolean isOrganisation() {
        return this != NATURAL_PERSON;
    }
}
