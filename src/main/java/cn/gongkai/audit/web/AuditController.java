package cn.gongkai.audit.web;

import cn.gongkai.audit.AuditRecord;
import cn.gongkai.audit.AuditVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The security auditor's view of the audit trail (安全审计). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "audit", description = "审计记录 Audit trail (security auditor)")
class AuditController {

    private final AuditVerification verification;

    AuditController(AuditVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the whole hash chain; names the first broken row")
    Mono<AuditVerification.Verdict> verify() {
        return verification.verify();
    }

    @GetMapping("/records")
    @Operation(summary = "The audit trail, newest first")
    Mono<List<AuditRecord>> records(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return verification.page(page, size).collectList();
    }
}
