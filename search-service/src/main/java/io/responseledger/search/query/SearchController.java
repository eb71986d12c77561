package io.responseledger.search.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.search.security.Roles;

import java.util.concurrent.CompletableFuture;

@Controller("/api/v1/search")
@Secured({Roles.MONITOR, Roles.SUPERVISOR, Roles.LEADER})
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /**
     * Cases and responses matching every part of {@code q} and every filter; without {@code q}, everything,
     * newest first. Parameters are read by hand so that an unknown one is refused (docs/search.md). Runs on
     * the event loop: nothing here blocks, the search itself is asynchronous ({@link SearchBackend#searchAsync}).
     */
    @Get
    CompletableFuture<SearchPage> search(HttpRequest<?> request, Authentication authentication) {
        return search.search(SearchParameters.from(request.getParameters()), seesInternalResponses(authentication));
    }

    /** Internal (non-published) responses are for supervisors and leaders; monitors see what was published. */
    static boolean seesInternalResponses(Authentication authentication) {
        return authentication.getRoles().contains(Roles.SUPERVISOR) || authentication.getRoles().contains(Roles.LEADER);
    }
}
