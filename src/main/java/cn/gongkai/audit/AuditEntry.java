package cn.gongkai.audit;

import java.util.Map;
import java.util.UUID;

/**
 * One action to record (审计事项). The actor, time, request id and client address are filled in
 * by {@link AuditTrail} from the request; the caller says what happened.
 *
 * @param action a stable dotted name, e.g. {@code calendar.year-added}
 * @param actorRole the role the actor used, empty when not acting in a role
 * @param agencyId the agency the action was taken for, or null
 */
public record AuditEntry(
        String action,
        String targetType,
        String targetId,
        AuditOutcome outcome,
        String actorRole,
        UUID agencyId,
        Map<String, String> details) {

    public AuditEntry {
        actorRole = actorRole == null ? "" : actorRole;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEntry succeeded(String action, String targetType, Object targetId) {
        return new AuditEntry(action, targetType, String.valueOf(targetId), AuditOutcome.SUCCEEDED, "", null, Map.of());
    }

    public AuditEntry as(String role, UUID agency) {
        return new AuditEntry(action, targetType, targetId, outcome, role, agency, details);
    }

    public AuditEntry with(Map<String, String> moreDetails) {
        var merged = new java.util.TreeMap<>(details);
        merged.putAll(moreDetails);
        return new AuditEntry(action, targetType, targetId, outcome, actorRole, agencyId, merged);
    }
}
