package io.responseledger.search.rebuild;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.responseledger.search.security.Roles;

import java.util.UUID;

/** Starts a rebuild of every search index from {@code case.events.v1} and shows how it is going. */
@Controller(RebuildController.PATH)
@Secured(Roles.ADMIN)
class RebuildController {

    static final String PATH = "/api/v1/admin/rebuilds";

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202 with the new rebuild and its address; 409 while another one runs. */
    @Post
    HttpResponse<RebuildView> start() {
        Rebuild rebuild = rebuilds.start();
        return HttpResponse.<RebuildView>status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, PATH + "/" + rebuild.id())
                .body(rebuild.view());
    }

    /** The running rebuild, else the last one; 404 when none ran since this instance started. */
    @Get("/current")
    RebuildView current() {
        return rebuilds.current().map(Rebuild::view)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "本实例启动以来尚未进行过索引重建"));
    }

    @Get("/{id}")
    RebuildView find(@PathVariable UUID id) {
        return rebuilds.find(id).map(Rebuild::view)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "找不到索引重建 " + id));
    }
}
