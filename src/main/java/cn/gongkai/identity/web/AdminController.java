package cn.gongkai.identity.web;

import cn.gongkai.identity.PortalUser;
import cn.gongkai.identity.Role;
import cn.gongkai.identity.RoleGrants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The system administrator grants roles; nobody else can. */
@RestController
@Tag(name = "administration", description = "系统管理 Administration")
class AdminController {

    private final RoleGrants grants;

    AdminController(RoleGrants grants) {
        this.grants = grants;
    }

    /** A role to grant to a person who has signed in at least once. */
    record RoleGrantForm(
            @NotBlank @Size(max = 200) String subject,
            @NotNull Role role,
            @Pattern(regexp = "[a-z0-9-]{2,40}") String agencyCode) {}

    @PostMapping("/api/admin/role-grants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant a role; staff roles need the agency's code")
    Mono<PortalUser> grant(@Valid @RequestBody RoleGrantForm form) {
        return grants.grant(form.subject(), form.role(), form.agencyCode());
    }
}
