package io.responseledger.search.index;

import java.time.ZoneId;

/**
 * The offices' calendar: "a day", "a week", "late by N days" and plain dates in filters are in China
 * Standard Time, whatever zone the server runs in.
 */
public final class LedgerZone {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LedgerZone() {
    }
}
