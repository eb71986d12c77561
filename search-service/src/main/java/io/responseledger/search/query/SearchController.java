package io.responseledger.search.query;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.search.security.Roles;

@Controller("/api/v1/search")
@Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER})
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** Cases and responses matching every part of {@code q}; without {@code q}, everything, newest first. */
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    SearchPage search(@Nullable @QueryValue String q,
                      @QueryValue(defaultValue = "0") int page,
                      @QueryValue(defaultValue = "20") int size) {
        return search.search(SearchParameters.of(q, page, size));
    }
}
