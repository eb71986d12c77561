package io.responseledger.cases.response;

/** Whether a response was published to the public or given internally only (e.g. to the citizen in person). */
public enum ResponseVisibility {
    /** 公开 */
    PUBLIC,
    /** 内部 */
    INTERNAL
}
