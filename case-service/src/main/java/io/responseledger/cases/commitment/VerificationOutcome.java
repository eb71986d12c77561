package io.responseledger.cases.commitment;

/** The result of a supervisor's verification (核查结果). */
public enum VerificationOutcome {
    /** 核查通过: the commitment was kept. */
    PASSED,
    /** 核查未通过: not kept; rectification (整改) is due. */
    FAILED
}
