package cn.gongkai.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.scheduler.Schedulers;

/**
 * The OpenAPI document (接口说明) as clients and the front end's generated types read it: who may call what,
 * which problems each operation can answer, and which fields are always present or may be null. The
 * controllers say what is particular to an operation; the rules every operation shares are applied here once.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDocument {

    public static final String BEARER = "bearer";
    public static final String SESSION = "session";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String DOCUMENT_PATH = "/api/docs/";

    static {
        // A multipart part is a file as far as a client is concerned, and a streamed body is bytes.
        Schema<?> file = new StringSchema().format("binary");
        SpringDocUtils.getConfig()
                .replaceWithSchema(Part.class, file)
                .replaceWithSchema(FilePart.class, file)
                .replaceWithSchema(DataBuffer.class, file);
    }

    @Bean
    OpenAPI portalOpenApi() {
        return new OpenAPI()
                // Relative, so that the document is the same whichever address it was fetched from.
                .servers(List.of(new Server().url("/")))
                .info(new Info()
                        .title("公开 Gongkai API")
                        .version("1")
                        .description("政府信息公开申请、年度报告与门户信息 — disclosure requests, annual reports and the "
                                + "portal's directory. Errors are RFC 9457 problems in Chinese or English by "
                                + "Accept-Language."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description(
                                                "An access token of the portal's OIDC provider for this API's audience"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description(
                                                "The browser session after logging in at /oauth2/authorization/gongkai; "
                                                        + "a request that changes anything also sends the XSRF-TOKEN cookie's value "
                                                        + "in the X-XSRF-TOKEN header")));
    }

    @Bean
    OpenApiCustomizer sharedOperationRules() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getComponents().addSchemas(OPEN311_ERROR, open311ErrorSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((method, operation) -> applySharedRules(path, method, operation)));
            requireResponseFields(openApi);
            sortSchemas(openApi);
        };
    }

    /**
     * A field marked {@link Nullable} may be null in a response; a field that must not be blank has at least one
     * character, whatever its @Size says about the minimum.
     */
    @Bean
    PropertyCustomizer nullableAndNotBlankProperties() {
        return (property, type) -> {
            List<Annotation> annotations =
                    type.getCtxAnnotations() == null ? List.of() : List.of(type.getCtxAnnotations());
            if (annotations.stream().anyMatch(Nullable.class::isInstance)) {
                if (property.get$ref() != null) {
                    // OpenAPI 3.0 ignores what stands beside a $ref.
                    return new ComposedSchema()
                            .addAllOfItem(new Schema<>().$ref(property.get$ref()))
                            .nullable(true);
                }
                property.setNullable(true);
            }
            if (annotations.stream().anyMatch(NotBlank.class::isInstance)) {
                property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
            }
            return property;
        };
    }

    @Bean
    ParameterCustomizer notBlankParameters() {
        return (parameter, method) -> {
            if (parameter != null && parameter.getSchema() != null && method.hasParameterAnnotation(NotBlank.class)) {
                parameter.getSchema().setMinLength(1);
            }
            return parameter;
        };
    }

    /**
     * The document is built by a library that takes a lock while it scans classes at start-up; a request that
     * arrives meanwhile must wait off the event loop.
     */
    @Bean
    @Order(0)
    WebFilter documentOffEventLoop() {
        return (ServerWebExchange exchange, WebFilterChain chain) ->
                exchange.getRequest().getPath().value().startsWith(DOCUMENT_PATH)
                        ? chain.filter(exchange).subscribeOn(Schedulers.boundedElastic())
                        : chain.filter(exchange);
    }

    /**
     * Changes anyone may make without signing in (the hotline's intake, its files and rating by query code): mirrors
     * the security configuration's list. They still take a sign-in when there is one, and a browser's CSRF token.
     */
    static final Set<String> ANONYMOUS_CHANGES =
            Set.of("/api/hotline/files", "/api/hotline/tickets", "/api/hotline/tickets/{number}/rating");

    /** Mirrors the access rules of the security configuration, which answers 401 and 403 before any controller. */
    static boolean signedInOnly(String path, PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        return operation.getSecurity() != null
                || path.startsWith("/api/staff/")
                || path.startsWith("/api/admin/")
                || path.startsWith("/api/audit/")
                || path.equals("/api/me")
                || (!read && !ANONYMOUS_CHANGES.contains(path));
    }

    /** Open311 GeoReport v2: a partner's API key in the form, and errors in the specification's format. */
    static final String OPEN311 = "/open311/";

    static final String OPEN311_ERROR = "Open311Error";

    private static void applySharedRules(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (path.startsWith(OPEN311)) {
            applyOpen311Rules(path, method, responses);
            return;
        }
        boolean hasInput = !read(method)
                || operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "输入有误 The input is invalid; errors[] name the fields");
        }
        if (signedInOnly(path, method, operation)) {
            operation.setSecurity(
                    List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
            problem(responses, "401", "未登录 Not signed in");
            problem(responses, "403", "无权操作，或缺少 CSRF 令牌 Not allowed, or the CSRF token is missing");
        } else if (!read(method) && ANONYMOUS_CHANGES.contains(path)) {
            // Signed in or not: the empty requirement says a sign-in is optional.
            operation.setSecurity(List.of(
                    new SecurityRequirement().addList(BEARER),
                    new SecurityRequirement().addList(SESSION),
                    new SecurityRequirement()));
            problem(responses, "401", "令牌无效，或缺少 CSRF 令牌 The token is invalid, or the CSRF token is missing");
            problem(responses, "403", "无权操作 Not allowed");
        }
        if (path.contains("{")) {
            problem(responses, "404", "未找到 Not found");
        }
        if (!read(method)) {
            problem(responses, "409", "与当前状态冲突 Not allowed in the current state, or changed meanwhile");
            problem(responses, "422", "不符合规定 Refused by a rule, which the problem names");
            problem(responses, "413", "请求过大 The request is too large");
            problem(responses, "415", "不支持的内容类型 Unsupported content type");
        }
        problem(responses, "429", "请求过于频繁 Too many requests");
        problem(responses, "500", "系统内部错误 Internal error; quote requestId");
        problem(responses, "503", "暂时无法处理 Temporarily unavailable; retry after Retry-After");
        // Whatever a controller documents, an error's body is a problem.
        responses.forEach((status, response) -> {
            if (status.length() == 3 && status.charAt(0) >= '4') {
                response.setContent(problemContent());
            }
        });
    }

    /**
     * GeoReport v2's own rules: no sign-in, and every error an array of {@code {code, description}} (400 for what
     * cannot be done, 404 for what does not exist, 403 for a wrong api_key, which the operations say where it applies).
     */
    private static void applyOpen311Rules(String path, PathItem.HttpMethod method, ApiResponses responses) {
        Content errors = new Content()
                .addMediaType(
                        "application/json",
                        new MediaType()
                                .schema(new io.swagger.v3.oas.models.media.ArraySchema()
                                        .items(new Schema<>().$ref("#/components/schemas/" + OPEN311_ERROR))));
        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("400", "请求有误 The request cannot be fulfilled; each error names the parameter");
        if (path.contains("{")) {
            shared.put("404", "未找到 Not found");
        }
        if (!read(method)) {
            shared.put("422", "不符合规定 Refused by a rule, e.g. an Idempotency-Key used for another request");
        }
        shared.put("429", "请求过于频繁 Too many requests; retry after Retry-After");
        shared.put("500", "系统内部错误 Internal error");
        shared.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description));
            }
        });
        responses.forEach((status, response) -> {
            if (status.length() == 3 && status.charAt(0) >= '4') {
                response.setContent(errors);
            }
        });
    }

    private static boolean read(PathItem.HttpMethod method) {
        return method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(
                    status, new ApiResponse().description(description).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Schema<?> open311ErrorSchema() {
        return new ObjectSchema()
                .description("GeoReport v2 error: the HTTP status as code, and what went wrong")
                .addProperty("code", new IntegerSchema())
                .addProperty("description", new StringSchema())
                .required(List.of("code", "description"));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field's path, e.g. contact.email"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().nullable(true))
                .addProperty("instance", new StringSchema())
                .addProperty("requestId", new StringSchema().description("Quote it when asking for help"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(fieldError))
                .addProperty(
                        "earlierNumber",
                        new StringSchema()
                                .description("possible-duplicate: the number of the earlier filing with the same "
                                        + "content"))
                .addProperty(
                        "earlierFiledOn",
                        new StringSchema()
                                .format("date")
                                .description("possible-duplicate: the day the earlier filing was made"))
                .required(List.of("type", "title", "status", "instance", "requestId"));
    }

    /**
     * A response always carries every field, null where it has no value: each field of a schema a response uses
     * is required, and only those marked nullable may be null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void requireResponseFields(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperations()
                        .forEach(operation -> operation.getResponses().forEach((status, response) -> {
                            if (status.startsWith("2") && response.getContent() != null) {
                                response.getContent().values().forEach(media -> {
                                    if (media.getSchema() != null) {
                                        pending.add(media.getSchema());
                                    }
                                });
                            }
                        })));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (reached.add(name) && schemas.containsKey(name)) {
                    pending.add(schemas.get(name));
                }
                continue;
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema values) {
                pending.add(values);
            }
            if (schema instanceof ComposedSchema composed) {
                for (List<Schema> parts :
                        java.util.Arrays.asList(composed.getAllOf(), composed.getOneOf(), composed.getAnyOf())) {
                    if (parts != null) {
                        pending.addAll(parts);
                    }
                }
            }
            if (schema.getProperties() != null) {
                Map<String, Schema> properties = schema.getProperties();
                schema.setRequired(List.copyOf(properties.keySet()));
                pending.addAll(properties.values());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static void sortSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas != null) {
            openApi.getComponents().setSchemas(new LinkedHashMap<>(new TreeMap<>(schemas)));
        }
    }
}
