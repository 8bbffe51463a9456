package cn.gongkai.identity.web;

import jakarta.annotation.Nullable;
import cn.gongkai.identity.Agency;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One agency, its fields at the top level, with where it sits in the hierarchy. */
record AgencyResponse(@JsonUnwrapped Agency agency, @Nullable Agency parent, List<Agency> children) {

    static AgencyResponse of(Agency agency, Agency parent, List<Agency> children) {
        return new AgencyResponse(agency, parent, children);
    }
}
