package cn.gongkai.hotline;

import cn.gongkai.hotline.internal.HotlineCatalogueStore;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.AgencyKind;
import jakarta.annotation.Nullable;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hotline centre's dispatch catalogue (派单目录): the centre this portal serves ({@link HotlineSettings#centreCode()}),
 * the matters it takes in with their lead departments, and the places a ticket can be about: the centre's own
 * government and the district and county governments under it.
 */
@Service
public class HotlineCatalogue {

    private final HotlineCatalogueStore store;
    private final Agencies agencies;
    private final HotlineSettings settings;

    HotlineCatalogue(HotlineCatalogueStore store, Agencies agencies, HotlineSettings settings) {
        this.store = store;
        this.agencies = agencies;
        this.settings = settings;
    }

    /** The government whose hotline centre this is, or a 404 problem when the directory does not hold it. */
    public Mono<Agency> centre() {
        return agencies.getByCode(settings.centreCode());
    }

    /** The centre's active matters, grouped by field. */
    public Flux<HotlineMatter> matters() {
        return store.findActiveMatters(settings.centreCode());
    }

    /** One active matter of the centre by its code; empty when there is none. */
    public Mono<HotlineMatter> findMatter(String code) {
        return store.findActiveMatter(settings.centreCode(), code);
    }

    /** A matter by its code, retired or not: a ticket keeps its category when the catalogue changes. */
    public Mono<HotlineMatter> findMatterAsNamed(String code) {
        return store.findMatter(code);
    }

    /** The centre's government first, then the district and county governments under it, by code. */
    public Flux<Agency> regions() {
        return centre().flatMapMany(centre -> Flux.concat(
                Mono.just(centre),
                agencies.findChildrenOf(centre.id())
                        .filter(child -> child.kind() == AgencyKind.DISTRICT_GOVERNMENT
                                || child.kind() == AgencyKind.COUNTY_GOVERNMENT)));
    }

    /**
     * The place a region's government is of, as a ticket, its receipt and an address name it: 淮北市人民政府 → 淮北市,
     * 淮北市相山区人民政府 → 淮北市相山区. A ticket is about a place, not about the government of it (the city's
     * government is also the centre, and a receipt naming it as the place reads as a complaint against it).
     */
    public static String placeName(@Nullable String governmentName) {
        if (governmentName == null) {
            return "";
        }
        String place = governmentName.strip().replaceAll("(人民政府|政府)$", "");
        return place.isEmpty() ? governmentName.strip() : place;
    }

    /** The region with that id, if it is one of {@link #regions()}. */
    public Mono<Agency> findRegion(UUID id) {
        return regions().filter(region -> region.id().equals(id)).next();
    }
}
