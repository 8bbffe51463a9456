package cn.gongkai.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A signed-in person (用户) and every role they hold. */
public record PortalUser(UUID id, String subject, String displayName, List<RoleGrant> grants) {

    public PortalUser {
        grants = List.copyOf(grants);
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** The agencies this person may act for in the given role; empty for roles they do not hold. */
    public Set<UUID> agenciesWhere(Role role) {
        return grants.stream()
                .filter(grant -> grant.role() == role && grant.agencyId() != null)
                .map(RoleGrant::agencyId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayActFor(UUID agencyId, Role role) {
        return agenciesWhere(role).contains(agencyId);
    }
}
