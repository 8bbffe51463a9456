package cn.gongkai;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every response the API tests receive is checked against the OpenAPI document the front end's types are
 * generated from: status, content type and body schema. A response the document does not describe fails the
 * test that received it.
 */
public final class OpenApiContract {

    /** The document as checked in; {@code OpenApiDocumentIntegrationTests} proves it is the one the portal serves. */
    public static final Path DOCUMENT = Path.of("frontend", "openapi.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile OpenApiInteractionValidator validator;

    private OpenApiContract() {}

    static void check(EntityExchangeResult<?> result) {
        String path = result.getUrl().getRawPath();
        if (!(path.startsWith("/api/") || path.startsWith("/open311/")) || path.startsWith("/api/docs")) {
            return;
        }
        MediaType contentType = result.getResponseHeaders().getContentType();
        byte[] body = result.getResponseBodyContent();
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(result.getStatus().value());
        if (contentType != null) {
            response.withContentType(contentType.toString());
            if (body != null && body.length > 0) {
                response.withBody(
                        new String(body, isJson(contentType) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
            }
        }
        ValidationReport report = validator()
                .validateResponse(
                        path, Request.Method.valueOf(result.getMethod().name()), response.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("%s %s answered %d, which %s does not describe:%n%s%nbody: %.600s"
                    .formatted(
                            result.getMethod(),
                            path,
                            result.getStatus().value(),
                            DOCUMENT,
                            errors.stream()
                                    .map(message -> "  - " + message.getKey() + ": " + message.getMessage())
                                    .collect(Collectors.joining("\n")),
                            body == null ? "" : new String(body, StandardCharsets.UTF_8)));
        }
    }

    /**
     * The document writes a nullable object as {@code allOf: [$ref], nullable: true}, as OpenAPI 3.0 allows no
     * sibling of a $ref; the validator reads that as refusing null. For it, the same is written as a choice
     * between the object and null.
     */
    static String forValidation(String document) {
        JsonNode root = JSON.readTree(document);
        allowNullReferences(root);
        return JSON.writeValueAsString(root);
    }

    private static void allowNullReferences(JsonNode node) {
        if (node instanceof ObjectNode object
                && object.path("nullable").asBoolean(false)
                && object.path("allOf").size() == 1) {
            ObjectNode nothing = JSON.createObjectNode().put("nullable", true);
            nothing.putArray("enum").addNull();
            object.putArray("anyOf").add(object.get("allOf").get(0)).add(nothing);
            object.remove("allOf");
            object.remove("nullable");
        }
        node.forEach(OpenApiContract::allowNullReferences);
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                                forValidation(Files.readString(DOCUMENT)))
                        .withLevelResolver(LevelResolver.create()
                                // Tests of unknown paths and methods: the framework's 404 and 405 are not API.
                                .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }
}
