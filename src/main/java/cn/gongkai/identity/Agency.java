package cn.gongkai.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.UUID;

/**
 * Agency (行政机关): a government or department that answers disclosure requests, publishes reports
 * and handles hotline tickets, with the contact details printed on its replies.
 *
 * @param nameEn the English name the agency gives itself (英文名称), shown beside its Chinese name in the English
 *     interface; null where the directory has none
 */
public record Agency(
        UUID id,
        String code,
        String name,

        @Nullable @Schema(description = "英文名称; null where the directory has none")
        String nameEn,

        @Nullable String shortName,
        AgencyKind kind,
        @Nullable UUID parentId,
        @Nullable String regionCode,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String officeHours) {

    /** The longest English name the directory keeps. */
    public static final int ENGLISH_NAME_MAX = 200;

    /**
     * The English name the directory keeps for {@code given}: without surrounding spaces, and none at all for an
     * empty one (the Chinese name then stands alone).
     */
    public static @Nullable String englishName(@Nullable String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }
}
