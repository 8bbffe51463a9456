/**
 * Audit trail (审计记录): the tamper-evident record of every state-changing action — who, in which
 * role and agency, did what to which record, with what outcome, when, from where — kept as an SM3
 * hash chain that the security auditor can verify.
 *
 * <p>Modules record their actions through {@link cn.gongkai.audit.AuditTrail} inside their own
 * transaction, so an action and its audit record are written together or not at all.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"platform"})
package cn.gongkai.audit;
