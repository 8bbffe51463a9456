package cn.gongkai.identity.web;

import cn.gongkai.identity.Agency;
import cn.gongkai.identity.RemedyBodies;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * One agency, its fields at the top level, with where it sits in the hierarchy and where its replies tell
 * applicants to seek remedies.
 */
record AgencyResponse(
        @JsonUnwrapped Agency agency,

        @Nullable @Schema(description = "上级机关; null for a province")
        Agency parent,

        List<Agency> children,

        @Nullable
        @Schema(
                description = "行政复议机关 named in its replies; null only for an agency with no "
                        + "government above it in the directory")
        String reconsiderationBody,

        @Nullable @Schema(description = "管辖法院 named in its replies; null while none is configured")
        String competentCourt) {

    static AgencyResponse of(Agency agency, Agency parent, List<Agency> children, RemedyBodies remedies) {
        return new AgencyResponse(agency, parent, children, remedies.reconsiderationBody(), remedies.competentCourt());
    }
}
