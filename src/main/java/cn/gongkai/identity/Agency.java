package cn.gongkai.identity;

import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * Agency (行政机关): a government or department that answers disclosure requests, publishes reports
 * and handles hotline tickets, with the contact details printed on its replies.
 */
public record Agency(
        UUID id,
        String code,
        String name,
        @Nullable String shortName,
        AgencyKind kind,
        @Nullable UUID parentId,
        @Nullable String regionCode,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String officeHours) {}
