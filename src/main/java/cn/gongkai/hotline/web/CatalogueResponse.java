package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineMatter;
import cn.gongkai.identity.Agency;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The dispatch catalogue as the intake form reads it: the centre, its matters, and the places a ticket can be about.
 *
 * @param regions the places: the centre's city and the districts and counties under it, named as places
 */
public record CatalogueResponse(CatalogueAgency centre, List<CatalogueMatter> matters, List<CatalogueAgency> regions) {

    /**
     * An agency by its id and name.
     *
     * @param nameEn its English name; null where the directory has none, and for places
     */
    public record CatalogueAgency(
            UUID id, String name, @Nullable String nameEn) {

        static CatalogueAgency of(Agency agency) {
            return new CatalogueAgency(agency.id(), agency.name(), agency.nameEn());
        }
    }

    /**
     * A matter of the catalogue.
     *
     * @param keywords words people use for it, for the picker's search
     */
    public record CatalogueMatter(
            String code,
            String name,
            String field,
            CatalogueAgency leadDepartment,
            boolean businessEnvironment,
            List<String> keywords) {

        static CatalogueMatter of(HotlineMatter matter) {
            return new CatalogueMatter(
                    matter.code(),
                    matter.name(),
                    matter.field(),
                    new CatalogueAgency(
                            matter.leadDepartment().id(),
                            matter.leadDepartment().name(),
                            matter.leadDepartment().nameEn()),
                    matter.businessEnvironment(),
                    matter.keywords());
        }
    }

    static CatalogueResponse of(Agency centre, List<HotlineMatter> matters, List<Agency> regions) {
        return new CatalogueResponse(
                CatalogueAgency.of(centre),
                matters.stream().map(CatalogueMatter::of).toList(),
                // A person picks where it happened: the place, not its government.
                regions.stream()
                        .map(region ->
                                new CatalogueAgency(region.id(), HotlineCatalogue.placeName(region.name()), null))
                        .toList());
    }
}
