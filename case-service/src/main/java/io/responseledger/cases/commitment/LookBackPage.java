package io.responseledger.cases.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of the look-back list.
 *
 * @param total how many commitments match, on all pages
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LookBackPage(List<LookBackItem> items, int page, int size, long total) {
}
