package cn.gongkai.identity;

import jakarta.annotation.Nullable;
import java.util.UUID;

/** A role held by a person, for one agency when the role is a staff role (授权). */
public record RoleGrant(
        Role role, @Nullable UUID agencyId, @Nullable String agencyName) {}
