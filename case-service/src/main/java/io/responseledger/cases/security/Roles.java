package io.responseledger.cases.security;

/** The role names tokens carry in their {@code roles} claim (docs/security.md). */
public final class Roles {

    /** 舆情监测员 */
    public static final String MONITOR = "MONITOR";
    /** 承办人, bound to one unit by the {@code unit} claim */
    public static final String OFFICER = "OFFICER";
    /** 政务公开办 */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** 领导 */
    public static final String LEADER = "LEADER";
    /** 系统管理员: units, topic areas, deadline policies, calendars, historical imports; no case data */
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
