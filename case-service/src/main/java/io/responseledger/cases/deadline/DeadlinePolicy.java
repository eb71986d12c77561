package io.responseledger.cases.deadline;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.responseledger.cases.casefile.Deadlines;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deadline policy (回应时限) and the working-day calendar: configured in application.yml, overridden per
 * policy name and per year through the admin API (stored, so every instance sees the same). Read from the
 * database each time a deadline is computed, which keeps instances consistent without a cache to invalidate.
 */
@Singleton
public class DeadlinePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePolicy.class);
    private static final Set<Severity> MAJOR_EMERGENCY = EnumSet.of(Severity.MAJOR, Severity.EXTRAORDINARY);

    private final Map<String, DeadlineRule> configuredRules;
    private final Map<Integer, WorkingCalendar.CalendarYear> configuredYears;
    private final StoredDeadlineRuleRepository storedRules;
    private final StoredCalendarYearRepository storedYears;
    private final ZoneId zone;
    private final Set<Integer> warnedYears = java.util.concurrent.ConcurrentHashMap.newKeySet();

    DeadlinePolicy(List<DeadlinePolicyConfiguration> rules, List<CalendarYearConfiguration> years,
                   StoredDeadlineRuleRepository storedRules, StoredCalendarYearRepository storedYears,
                   @Value("${ledger.deadlines.zone:Asia/Shanghai}") ZoneId zone) {
        this.configuredRules = new LinkedHashMap<>();
        for (DeadlinePolicyConfiguration rule : rules) {
            configuredRules.put(rule.getName(), fromConfiguration(rule));
        }
        this.configuredYears = new HashMap<>();
        for (CalendarYearConfiguration year : years) {
            WorkingCalendar.CalendarYear parsed = yearFromConfiguration(year);
            configuredYears.put(parsed.year(), parsed);
        }
        this.storedRules = storedRules;
        this.storedYears = storedYears;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The policies in force, by name: configured ones, each replaced by a stored one of the same name. */
    public List<DeadlineRule> rules() {
        Map<String, DeadlineRule> effective = new LinkedHashMap<>(configuredRules);
        for (StoredDeadlineRule stored : storedRules.findAll()) {
            effective.put(stored.name(), fromStorage(stored));
        }
        return effective.values().stream().sorted(Comparator.comparing(DeadlineRule::name)).toList();
    }

    /** The most specific policy covering the severity and channel; ties go to the first name. */
    public Optional<DeadlineRule> ruleFor(Severity severity, ReportSource channel) {
        return rules().stream()
                .filter(rule -> rule.covers(severity, channel))
                .max(Comparator.comparingInt(DeadlineRule::specificity)
                        .thenComparing(DeadlineRule::name, Comparator.reverseOrder()));
    }

    /** The calendar in force: configured years, each replaced by a stored one. */
    public WorkingCalendar calendar() {
        Map<Integer, WorkingCalendar.CalendarYear> years = new HashMap<>(configuredYears);
        for (StoredCalendarYear stored : storedYears.findAll()) {
            years.put(stored.yearNumber(), new WorkingCalendar.CalendarYear(stored.yearNumber(),
                    CalendarDates.parseStored(stored.holidays()), CalendarDates.parseStored(stored.workingDays())));
        }
        return new WorkingCalendar(years, zone);
    }

    public Map<Integer, WorkingCalendar.CalendarYear> configuredYears() {
        return Map.copyOf(configuredYears);
    }

    /**
     * The deadlines of a case opened (or reopened) at {@code from}.
     *
     * @param hotlineDueAt a hotline work order's own handling time limit (办理时限), if it has one: it replaces the
     *                     policy's response deadline, except that a major emergency keeps the earlier of the two
     */
    public Deadlines deadlinesFor(Severity severity, ReportSource channel, Instant from,
                                  @Nullable Instant hotlineDueAt) {
        Optional<DeadlineRule> rule = ruleFor(severity, channel);
        Instant responseDue = rule.map(r -> add(from, r.responseWithin(), r.counting())).orElse(null);
        Instant pressConferenceDue = rule.filter(r -> r.pressConferenceWithin() != null)
                .map(r -> add(from, r.pressConferenceWithin(), r.counting())).orElse(null);
        if (hotlineDueAt != null) {
            boolean keepEarlier = MAJOR_EMERGENCY.contains(severity) && responseDue != null
                    && responseDue.isBefore(hotlineDueAt);
            responseDue = keepEarlier ? responseDue : hotlineDueAt;
        }
        return new Deadlines(responseDue, pressConferenceDue);
    }

    public Instant add(Instant from, Duration duration, Counting counting) {
        if (counting == Counting.CALENDAR_TIME) {
            return from.plus(duration);
        }
        WorkingCalendar calendar = calendar();
        int year = from.atZone(zone).getYear();
        if (!calendar.hasSchedule(year) && warnedYears.add(year)) {
            LOG.warn("No holiday schedule configured for {}: working-day deadlines count Monday to Friday only; "
                    + "set ledger.calendar.years.{} or PUT /api/v1/admin/calendars/{}", year, year, year);
        }
        return calendar.plusWorkingTime(from, duration);
    }

    static DeadlineRule fromStorage(StoredDeadlineRule stored) {
        return new DeadlineRule(stored.name(), enums(Severity.class, split(stored.severities())),
                enums(ReportSource.class, split(stored.channels())),
                Duration.ofMinutes(stored.responseWithinMinutes()), stored.counting(),
                stored.pressConferenceWithinMinutes() == null ? null
                        : Duration.ofMinutes(stored.pressConferenceWithinMinutes()), "ADMIN");
    }

    private static DeadlineRule fromConfiguration(DeadlinePolicyConfiguration rule) {
        String prefix = "ledger.deadlines.policies." + rule.getName();
        if (rule.getResponseWithin() == null || rule.getResponseWithin().isNegative()
                || rule.getResponseWithin().isZero()) {
            throw new ConfigurationException(prefix + ".response-within must be a positive duration, e.g. 48h");
        }
        try {
            return new DeadlineRule(rule.getName(), enums(Severity.class, rule.getSeverities()),
                    enums(ReportSource.class, rule.getChannels()), rule.getResponseWithin(), rule.getCounting(),
                    rule.getPressConferenceWithin(), "CONFIGURATION");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(prefix + ": " + e.getMessage());
        }
    }

    private static WorkingCalendar.CalendarYear yearFromConfiguration(CalendarYearConfiguration year) {
        String prefix = "ledger.calendar.years." + year.getYear();
        try {
            int number = Integer.parseInt(year.getYear());
            var holidays = CalendarDates.parse(year.getHolidays());
            var workingDays = CalendarDates.parse(year.getWorkingDays());
            if (holidays.stream().anyMatch(d -> d.getYear() != number)
                    || workingDays.stream().anyMatch(d -> d.getYear() != number)) {
                throw new IllegalArgumentException("every date must lie in " + number);
            }
            return new WorkingCalendar.CalendarYear(number, holidays, workingDays);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(prefix + ": " + e.getMessage());
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                values.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + name + "; one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return values;
    }
}
