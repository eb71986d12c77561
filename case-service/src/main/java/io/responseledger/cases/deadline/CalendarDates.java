package io.responseledger.cases.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Dates as configuration and storage write them: ISO dates, or ranges {@code 2026-02-15..2026-02-23}. */
final class CalendarDates {

    private CalendarDates() {
    }

    /** @throws IllegalArgumentException naming the entry that is not a date or a range */
    static Set<LocalDate> parse(Collection<String> entries) {
        Set<LocalDate> days = new TreeSet<>();
        for (String entry : entries) {
            String text = entry.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                int range = text.indexOf("..");
                if (range < 0) {
                    days.add(LocalDate.parse(text));
                } else {
                    LocalDate first = LocalDate.parse(text.substring(0, range).strip());
                    LocalDate last = LocalDate.parse(text.substring(range + 2).strip());
                    if (last.isBefore(first) || first.plusDays(366).isBefore(last)) {
                        throw new IllegalArgumentException("range " + text + " is reversed or longer than a year");
                    }
                    first.datesUntil(last.plusDays(1)).forEach(days::add);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (yyyy-MM-dd) or range (yyyy-MM-dd..yyyy-MM-dd): "
                        + text, e);
            }
        }
        return days;
    }

    static Set<LocalDate> parseStored(String text) {
        return text == null || text.isBlank() ? Set.of() : parse(List.of(text.split(",")));
    }

    static String format(Collection<LocalDate> days) {
        return new TreeSet<>(days).stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
