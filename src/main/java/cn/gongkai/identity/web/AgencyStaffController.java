package cn.gongkai.identity.web;

import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.RoleGrant;
import cn.gongkai.identity.RoleGrants;
import cn.gongkai.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An agency's staff roster, visible to that agency's own staff only. */
@RestController
@Tag(name = "agencies", description = "机关名录 Agency directory")
class AgencyStaffController {

    private final Agencies agencies;
    private final RoleGrants grants;
    private final CurrentUser currentUser;

    AgencyStaffController(Agencies agencies, RoleGrants grants, CurrentUser currentUser) {
        this.agencies = agencies;
        this.grants = grants;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/staff/agencies/{code}/staff")
    @Operation(summary = "Who holds which staff role in this agency; 404 for staff of other agencies")
    Mono<List<RoleGrants.StaffMember>> staff(@PathVariable String code) {
        return Mono.zip(agencies.getByCode(code), currentUser.get())
                .filter(agencyAndUser -> agencyAndUser.getT2().grants().stream()
                        .map(RoleGrant::agencyId)
                        .anyMatch(agencyAndUser.getT1().id()::equals))
                // Another agency's roster must look exactly like one that does not exist.
                .switchIfEmpty(Mono.error(() -> new NotFoundException("agency", code)))
                .flatMap(agencyAndUser ->
                        grants.staffOf(agencyAndUser.getT1().id()).collectList());
    }
}
