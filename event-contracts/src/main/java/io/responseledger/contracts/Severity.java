package io.responseledger.contracts;

/**
 * How grave a matter is, on the four-level scale of the national emergency-response rules (突发事件分级).
 * The severity drives the response deadline policy.
 */
public enum Severity {
    /** 一般 */
    GENERAL,
    /** 较大 */
    LARGE,
    /** 重大 */
    MAJOR,
    /** 特别重大 */
    EXTRAORDINARY
}
