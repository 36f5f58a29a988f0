package org.fupin.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs} (ADR 0039): what the API is for, who answers for it, its version
 * policy, how to authenticate, the one error shape, and the tags grouped by feature ({@code x-tagGroups}).
 */
@Configuration
class ApiDocument {

    static final String DESCRIPTION = """
            The REST API of Fupin, the information system of a county's targeted poverty alleviation and monitoring \
            work: regions and their statistics, the household registry, identification cases and notices, assistance \
            (cadres, pairings, visits, measures, loans, projects and funds), facilities, indicators, dynamic \
            monitoring, data comparison and bulk exchange in the import templates' columns.

            **Scope.** Every call sees only the caller's region: a village cadre their village, a county \
            administrator their county. Something outside the scope answers 404, exactly as something that does \
            not exist. Every write is recorded in the audit chain under the caller's name.

            **Authentication.** A personal access token (account page, `token create`, or `POST /api/v1/tokens`) \
            as `Authorization: Bearer fpt_...`. HTTP Basic only where the deployment allows it.

            **Version policy.** Everything under `/api/v1` stays compatible: operations, parameters and properties \
            are only ever added, never removed, renamed or given another meaning. A client must ignore properties \
            it does not know. An incompatible change would come as `/api/v2`, next to v1.

            **Errors.** Every error is a `Problem` (RFC 9457, `application/problem+json`) with a stable `code`; \
            a 400 locates each wrong field or parameter in `errors`, a 409 lists the failed checks in `reasons`.

            **Language.** Sentences meant for people (a problem's `detail`, each error's `message`, the located \
            errors of a rejected import) are in Chinese, or in English when the call asks for it with \
            `Accept-Language: en` (or `?lang=en`). Codes, property names and enum values are the same in both.

            **Lists.** Every operation answering a list takes `page` (from 0), `size` (1 to 1000; absent: the whole \
            list) and `sort` (`property` or `property,desc`, repeatable) and answers the whole list's length in the \
            `X-Total-Count` header. The household list answers pages of at most 500 in an envelope with `total`.
            """;

    private final ApiOperations operations = new ApiOperations();

    @Bean
    OpenAPI fupinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Fupin API").version("v1").description(DESCRIPTION)
                        .contact(new Contact().name("Fupin maintainers").email("dev@fupin.org")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token, fpt_..."))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("User name and password, where the deployment allows it")))
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    ApiOperations fupinApiOperations() {
        return operations;
    }

    /** Examples of the most used request bodies ({@link RequestExamples}). */
    @Bean
    OpenApiCustomizer fupinRequestExamples(tools.jackson.databind.ObjectMapper json) {
        return new RequestExamples(json);
    }

    /** The Problem schema, the tags sorted and grouped by feature; the generic ProblemDetail schema dropped. */
    @Bean
    OpenApiCustomizer fupinApiCustomizer() {
        return openApi -> {
            ModelConverters.getInstance().readAll(ApiProblem.class)
                    .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            problemsOnly(openApi);
            if (openApi.getTags() != null) openApi.getTags().sort(Comparator.comparing(Tag::getName));
            Map<String, List<String>> groups = operations.tagGroups();
            openApi.addExtension("x-tagGroups", groups.entrySet().stream()
                    .map(g -> Map.of("name", g.getKey(), "tags", g.getValue())).toList());
        };
    }

    /** Responses a controller's own exception handler documents as ProblemDetail point to the Problem shape too. */
    private static void problemsOnly(OpenAPI openApi) {
        String generic = "#/components/schemas/ProblemDetail";
        if (openApi.getPaths() != null) openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getResponses() != null) op.getResponses().values().forEach(response -> {
                if (response.getContent() != null) response.getContent().values().forEach(media -> {
                    if (media.getSchema() != null && generic.equals(media.getSchema().get$ref())) {
                        media.getSchema().set$ref(ApiOperations.PROBLEM);
                    }
                });
            });
        }));
        if (openApi.getComponents().getSchemas() != null) openApi.getComponents().getSchemas().remove("ProblemDetail");
    }
}
