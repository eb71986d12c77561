package io.responseledger.cases.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as their verified token says.
 *
 * @param subject the {@code sub} claim: the user id recorded as the actor of what they do
 * @param roles   the {@code roles} claim
 * @param unit    the {@code unit} claim, the responsible unit an OFFICER belongs to; null when absent or blank
 */
public record Caller(String subject, Set<String> roles, @Nullable String unit) {

    public static final String UNIT_CLAIM = "unit";

    public Caller {
        roles = Set.copyOf(roles);
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    public static Caller of(Authentication authentication) {
        Object unit = authentication.getAttributes().get(UNIT_CLAIM);
        return new Caller(authentication.getName(), Set.copyOf(authentication.getRoles()),
                unit instanceof String name ? name : null);
    }

    public static Caller of(String subject, Collection<String> roles, @Nullable String unit) {
        return new Caller(subject, Set.copyOf(roles), unit);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** The roles sorted and comma-separated, as the audit trail stores them. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles));
    }
}
