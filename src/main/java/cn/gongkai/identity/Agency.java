package cn.gongkai.identity;

import java.util.UUID;

/**
 * Agency (行政机关): a government or department that answers disclosure requests, publishes reports
 * and handles hotline tickets, with the contact details printed on its replies.
 */
public record Agency(
        UUID id,
        String code,
        String name,
        String shortName,
        AgencyKind kind,
        UUID parentId,
        String regionCode,
        String address,
        String postalCode,
        String phone,
        String email,
        String website,
        String officeHours) {}
