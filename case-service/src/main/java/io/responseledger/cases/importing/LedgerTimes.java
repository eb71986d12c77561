package io.responseledger.cases.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as past ledgers write them, in Beijing time: {@code 2019/1/8 10:10:15}, {@code 2019/1/8},
 * {@code 2019-01-08 10:10:15}, {@code 2019-01-08 10:10}, and ISO-8601 with an offset. A date alone means its
 * midnight.
 */
final class LedgerTimes {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{4})[/\\-.](\\d{1,2})[/\\-.](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?)?");

    private LedgerTimes() {
    }

    static Optional<Instant> parse(String text) {
        String value = LedgerText.strip(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = LOCAL.matcher(value);
        if (m.matches()) {
            try {
                LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                        m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(local.atZone(BEIJING).toInstant());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
