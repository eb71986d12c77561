package io.responseledger.cases.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.admin.TopicAreaRequests.CreateTopicArea;
import io.responseledger.cases.admin.TopicAreaRequests.TopicAreaPage;
import io.responseledger.cases.admin.TopicAreaRequests.TopicAreaView;
import io.responseledger.cases.admin.TopicAreaRequests.UpdateTopicArea;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Optional;

/** Topic areas (话题领域), administered by ADMIN. Deactivated, never deleted. */
@Controller("/api/v1/admin/topic-areas")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class TopicAreaController {

    private final TopicAreaAdministration administration;

    TopicAreaController(TopicAreaAdministration administration) {
        this.administration = administration;
    }

    @Get
    TopicAreaPage list(@QueryValue @Nullable Boolean active,
                       @QueryValue(defaultValue = "0") @Min(value = 0, message = "不能小于 {value}")
                       @Max(value = 1_000_000, message = "不能大于 {value}") int page,
                       @QueryValue(defaultValue = "50") @Min(value = 1, message = "不能小于 {value}")
                       @Max(value = 500, message = "不能大于 {value}") int size) {
        return administration.list(Optional.ofNullable(active), page, size);
    }

    @Get("/{code}")
    TopicAreaView get(@PathVariable String code) {
        return administration.get(code);
    }

    @Post
    HttpResponse<TopicAreaView> create(@Body @Valid CreateTopicArea request, Authentication authentication) {
        TopicAreaView created = administration.create(request, Caller.of(authentication));
        return HttpResponse.created(created,
                UriBuilder.of("/api/v1/admin/topic-areas").path(created.code()).build());
    }

    @Put("/{code}")
    TopicAreaView update(@PathVariable String code, @Body @Valid UpdateTopicArea request,
                         Authentication authentication) {
        return administration.update(code, request, Caller.of(authentication));
    }

    @Delete("/{code}")
    TopicAreaView deactivate(@PathVariable String code, Authentication authentication) {
        return administration.deactivate(code, Caller.of(authentication));
    }
}
