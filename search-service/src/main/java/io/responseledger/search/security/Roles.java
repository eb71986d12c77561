package io.responseledger.search.security;

/** The role names carried in a token's {@code roles} claim (docs/security.md). */
public final class Roles {

    public static final String MONITOR = "MONITOR";
    public static final String OFFICER = "OFFICER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String LEADER = "LEADER";
    public static final String ADMIN = "ADMIN";
    public static final String HOTLINE = "HOTLINE";

    private Roles() {
    }
}
