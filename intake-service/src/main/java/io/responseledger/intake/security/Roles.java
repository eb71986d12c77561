package io.responseledger.intake.security;

/** The role names carried in a token's {@code roles} claim that intake's endpoints accept (docs/security.md). */
public final class Roles {

    /** 舆情监测员: submits reports. */
    public static final String MONITOR = "MONITOR";

    /** The 12345 hotline platform, a system client: publishes hotline messages through the signed webhook. */
    public static final String HOTLINE = "HOTLINE";

    private Roles() {
    }
}
