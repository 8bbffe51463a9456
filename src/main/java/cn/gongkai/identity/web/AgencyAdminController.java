package cn.gongkai.identity.web;

import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The system administrator keeps the directory's English names. */
@RestController
@Tag(name = "administration", description = "系统管理 Administration")
class AgencyAdminController {

    private final Agencies agencies;

    AgencyAdminController(Agencies agencies) {
        this.agencies = agencies;
    }

    /** An agency's English name: one line of text; empty or null clears it. */
    record AgencyEnglishNameForm(
            @Nullable
            @Size(max = Agency.ENGLISH_NAME_MAX)
            @Pattern(regexp = "[^\\t\\n\\r]*")
            @Schema(description = "英文名称, e.g. Huaibei Municipal People's Government; empty or null clears it")
            String nameEn) {}

    @PutMapping("/api/admin/agencies/{code}/english-name")
    @Operation(summary = "Set or clear an agency's English name (英文名称)")
    Mono<Agency> nameInEnglish(@PathVariable String code, @Valid @RequestBody AgencyEnglishNameForm form) {
        return agencies.nameInEnglish(code, form.nameEn());
    }
}
