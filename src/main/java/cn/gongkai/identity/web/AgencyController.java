package cn.gongkai.identity.web;

import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.platform.web.PublicCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public agency directory (机关名录). */
@RestController
@RequestMapping("/api/agencies")
@Tag(name = "agencies", description = "机关名录 Agency directory")
class AgencyController {

    private static final CacheControl PUBLIC = PublicCaching.keptFor(Duration.ofMinutes(5));

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Every agency, as a flat list (parents before children)")
    Mono<ResponseEntity<List<Agency>>> all() {
        return agencies.findAll()
                .collectList()
                .map(list -> ResponseEntity.ok().cacheControl(PUBLIC).body(list));
    }

    @GetMapping("/{code}")
    @Operation(
            summary = "One agency with its parent and children, and where its replies tell applicants to seek "
                    + "remedies (行政复议机关, 管辖法院)")
    Mono<ResponseEntity<AgencyResponse>> one(@PathVariable String code) {
        return agencies.getByCode(code)
                .flatMap(agency -> Mono.zip(
                                agency.parentId() == null
                                        ? Mono.just(Optional.<Agency>empty())
                                        : agencies.findById(agency.parentId()).map(Optional::of),
                                agencies.findChildrenOf(agency.id()).collectList(),
                                agencies.remedyBodiesOf(agency.id()))
                        .map(found ->
                                AgencyResponse.of(agency, found.getT1().orElse(null), found.getT2(), found.getT3())))
                .map(body -> ResponseEntity.ok().cacheControl(PUBLIC).body(body));
    }
}
