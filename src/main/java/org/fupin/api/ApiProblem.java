package org.fupin.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fupin.kernel.Check;

/**
 * The one error shape of every REST operation (RFC 9457 problem details with two additions): {@code code} is stable
 * and meant for programs, {@code detail} is a sentence for people in the caller's language. Only documents the shape;
 * {@link ApiErrors} writes it.
 */
@Schema(name = "Problem", description = "Every error of the API: an RFC 9457 problem with a stable code, the fields "
        + "that were wrong (400) and the checks that failed (409).")
public record ApiProblem(
        @Schema(description = "A URI naming the kind of problem; about:blank throughout v1", example = "about:blank")
        String type,
        @Schema(description = "The HTTP reason phrase", example = "Bad Request") String title,
        @Schema(description = "The HTTP status", example = "400") int status,
        @Schema(description = "What went wrong, in the caller's language") String detail,
        @Schema(description = "The path that was called", example = "/api/v1/tokens") String instance,
        @Schema(description = "Stable code: INVALID (a field or parameter), BAD_BODY (unreadable body), NOT_FOUND "
                + "(unknown or outside the caller's scope, the same answer for both), FORBIDDEN, or the code of a refusal "
                + "(409)", example = "INVALID") String code,
        @Schema(description = "400: each field or parameter that was wrong") List<FieldProblem> errors,
        @Schema(description = "409: the checks of the rule that failed") List<Check> reasons,
        @Schema(description = "409 of a rule that answers reasons: each reason as a sentence") List<String> messages) {

    /** One located error: where ({@code field}: a body property path or a query parameter name) and what. */
    @Schema(name = "FieldProblem", description = "One wrong field of the body or one wrong parameter")
    public record FieldProblem(@Schema(description = "Body property path or parameter name", example = "name")
                               String field,
                               @Schema(description = "What is wrong with it", example = "must not be blank")
                               String message) {}
}
