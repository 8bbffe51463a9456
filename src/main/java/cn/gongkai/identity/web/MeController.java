package cn.gongkai.identity.web;

import cn.gongkai.identity.CurrentUser;
import cn.gongkai.identity.RoleGrant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Who am I, and the CSRF token a browser needs before it may change anything. */
@RestController
@Tag(name = "me", description = "当前用户 Current user")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in person and their roles; 401 when anonymous")
    Mono<MeResponse> me() {
        return currentUser.get().map(user -> new MeResponse(user.subject(), user.displayName(), user.grants()));
    }

    @GetMapping("/api/csrf")
    @Operation(summary = "Sets the XSRF-TOKEN cookie; send its value back in the X-XSRF-TOKEN header")
    Mono<ResponseEntity<Void>> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .thenReturn(ResponseEntity.noContent().build());
    }

    record MeResponse(String subject, String displayName, List<RoleGrant> roles) {}
}
