package cn.gongkai.hotline.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * The bodies GeoReport v2 answers with (开放接口应答), field for field as the specification names them (snake_case, {@code long}
 * included); a field the specification says "may not be returned" is present and null. Dates are W3C date-times with
 * the offset of Beijing, to the second.
 */
final class Open311Responses {

    private Open311Responses() {}

    /** discovery.json (Service Discovery). */
    @Schema(name = "Open311Discovery")
    record Discovery(
            String changeset,
            String contact,
            @JsonProperty("key_service") String keyService,
            List<Endpoint> endpoints) {}

    @Schema(name = "Open311Endpoint")
    record Endpoint(String specification, String url, String changeset, String type, List<String> formats) {}

    /** One service of services.json: a matter of the dispatch catalogue. */
    @Schema(name = "Open311Service")
    record Service(
            @JsonProperty("service_code") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            boolean metadata,

            @Schema(allowableValues = {"realtime", "batch", "blackbox"})
            String type,

            String keywords,
            String group) {}

    /** services/{service_code}.json */
    @Schema(name = "Open311ServiceDefinition")
    record ServiceDefinition(@JsonProperty("service_code") String serviceCode, List<Attribute> attributes) {}

    @Schema(name = "Open311Attribute")
    record Attribute(
            boolean variable,
            String code,

            @Schema(allowableValues = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"})
            String datatype,

            boolean required,
            @Nullable @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    @Schema(name = "Open311AttributeValue")
    record Value(String key, String name) {}

    /** What POST requests.json answers: the ticket's number at once (the services are "realtime"). */
    @Schema(name = "Open311Created")
    record Created(
            @JsonProperty("service_request_id") String serviceRequestId,
            @Nullable @JsonProperty("service_notice") String serviceNotice,
            @Nullable @JsonProperty("account_id") String accountId) {}

    /** tokens/{token}.json */
    @Schema(name = "Open311Token")
    record Token(@JsonProperty("service_request_id") String serviceRequestId, String token) {}

    /** One request of requests.json and requests/{id}.json. */
    @Schema(name = "Open311Request")
    record Request(
            @JsonProperty("service_request_id") String serviceRequestId,
            @Schema(allowableValues = {"open", "closed"}) String status,
            @Nullable @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            @Nullable String description,
            @Nullable @JsonProperty("agency_responsible") String agencyResponsible,
            @Nullable @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") String requestedDatetime,
            @JsonProperty("updated_datetime") String updatedDatetime,
            @Nullable @JsonProperty("expected_datetime") String expectedDatetime,
            @Nullable String address,
            @Nullable @JsonProperty("address_id") String addressId,
            @Nullable String zipcode,
            @Nullable Double lat,
            @Nullable @JsonProperty("long") Double longitude,
            @Nullable @JsonProperty("media_url") String mediaUrl) {}

    /** One error of the array every refusal is. */
    @Schema(name = "Open311Error")
    record Error(int code, String description) {}
}
