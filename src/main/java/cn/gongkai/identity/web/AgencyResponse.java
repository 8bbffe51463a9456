package cn.gongkai.identity.web;

import cn.gongkai.identity.Agency;
import cn.gongkai.identity.AgencyKind;
import java.util.List;
import java.util.UUID;

/** One agency with where it sits in the hierarchy. */
record AgencyResponse(
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
        String officeHours,
        Agency parent,
        List<Agency> children) {

    static AgencyResponse of(Agency agency, Agency parent, List<Agency> children) {
        return new AgencyResponse(agency.id(), agency.code(), agency.name(), agency.shortName(), agency.kind(),
                agency.parentId(), agency.regionCode(), agency.address(), agency.postalCode(), agency.phone(),
                agency.email(), agency.website(), agency.officeHours(), parent, children);
    }
}
