package cn.gongkai.hotline.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * The form of POST requests.json (开放接口诉求表单) as the specification names its parameters, for the OpenAPI document; the controller
 * reads the form itself, since {@code attribute[code]} parameters have names no record can hold.
 */
@Schema(
        name = "Open311RequestForm",
        description = "Also attribute[type] (ENQUIRY, HELP, COMPLAINT (default), REPORT, SUGGESTION), attribute[region]"
                + " (a district or county code of the service definition), attribute[publish_reply] (true|false),"
                + " attribute[title]")
record Open311RequestForm(
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("service_code") String serviceCode,

        @JsonProperty("address_string") @Schema(maxLength = 200)
        String addressString,

        @Schema(maxLength = 4000) String description,
        @Nullable @JsonProperty("jurisdiction_id") String jurisdictionId,
        @Nullable Double lat,
        @Nullable @JsonProperty("long") Double longitude,
        @Nullable @JsonProperty("address_id") String addressId,
        @Nullable @JsonProperty("first_name") String firstName,
        @Nullable @JsonProperty("last_name") String lastName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable @JsonProperty("device_id") String deviceId,
        @Nullable @JsonProperty("account_id") String accountId,
        @Nullable @JsonProperty("media_url") String mediaUrl) {}
