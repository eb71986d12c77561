package io.responseledger.cases.personal;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.responseledger.cases.security.Caller;
import io.responseledger.cases.security.Roles;

import java.util.UUID;

/** Full contact details of a case's reporters, for the callback (回访); every call is audited. */
@Controller("/api/v1/cases/{id}/contacts")
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactsController {

    private final ContactReveal reveal;

    ContactsController(ContactReveal reveal) {
        this.reveal = reveal;
    }

    /** SUPERVISOR, or OFFICER of the case's lead unit. */
    @Get
    @Secured({Roles.SUPERVISOR, Roles.OFFICER})
    CaseContacts contacts(@PathVariable UUID id, Authentication authentication) {
        return reveal.reveal(id, Caller.of(authentication));
    }
}
