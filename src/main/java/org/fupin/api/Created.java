package org.fupin.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer of a {@code POST} that created one thing: its id. */
@Schema(description = "What a call created: its id")
public record Created(@Schema(description = "The id of the created thing", example = "42") long id) {}
