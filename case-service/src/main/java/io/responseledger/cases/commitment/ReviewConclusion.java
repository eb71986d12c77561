package io.responseledger.cases.commitment;

/** What a look-back review (回头看) concluded about one commitment. */
public enum ReviewConclusion {
    /** 落实到位: kept, and still holds. */
    CONFIRMED,
    /** 需持续跟进: needs further follow-up. */
    FOLLOW_UP_NEEDED,
    /** 未落实: not kept, whatever its status says. */
    NOT_FULFILLED
}
