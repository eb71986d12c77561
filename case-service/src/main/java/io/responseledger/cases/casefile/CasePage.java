package io.responseledger.cases.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the case list.
 *
 * @param total how many cases match the filter, on all pages
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
