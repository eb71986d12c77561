package io.responseledger.cases.deadline;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import io.responseledger.cases.problem.InvalidFieldException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The admin side of {@link DeadlinePolicy}: validates and stores overrides. */
@Singleton
class DeadlineAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineAdministration.class);

    private final DeadlinePolicy policy;
    private final StoredDeadlineRuleRepository storedRules;
    private final StoredCalendarYearRepository storedYears;
    private final Clock clock;

    DeadlineAdministration(DeadlinePolicy policy, StoredDeadlineRuleRepository storedRules,
                           StoredCalendarYearRepository storedYears, Clock clock) {
        this.policy = policy;
        this.storedRules = storedRules;
        this.storedYears = storedYears;
        this.clock = clock;
    }

    List<DeadlineRule> rules() {
        return policy.rules();
    }

    @Transactional
    DeadlineRule putRule(String name, DeadlineAdminController.DeadlineRuleRequest request, String admin) {
        StoredDeadlineRule stored = new StoredDeadlineRule(name,
                request.severities().stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(",")),
                request.channels().stream().map(Enum::name).sorted().distinct().collect(Collectors.joining(",")),
                request.responseWithinMinutes(), request.counting(), request.pressConferenceWithinMinutes(), admin,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (storedRules.existsById(name)) {
            storedRules.update(stored);
        } else {
            storedRules.save(stored);
        }
        LOG.info("Deadline policy {} set by {}: {} min, {}", name, admin, request.responseWithinMinutes(),
                request.counting());
        return DeadlinePolicy.fromStorage(stored);
    }

    @Transactional
    void deleteRule(String name, String admin) {
        if (!storedRules.existsById(name)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "没有通过管理接口设置的时限规则 " + name);
        }
        storedRules.deleteById(name);
        LOG.info("Deadline policy {} reset to configuration by {}", name, admin);
    }

    List<DeadlineAdminController.CalendarYearView> years() {
        Set<Integer> years = new TreeSet<>(policy.configuredYears().keySet());
        storedYears.findAll().forEach(y -> years.add(y.yearNumber()));
        return years.stream().map(this::year).toList();
    }

    DeadlineAdminController.CalendarYearView year(int year) {
        var stored = storedYears.findById(year);
        if (stored.isPresent()) {
            return new DeadlineAdminController.CalendarYearView(year,
                    List.copyOf(new TreeSet<>(CalendarDates.parseStored(stored.get().holidays()))),
                    List.copyOf(new TreeSet<>(CalendarDates.parseStored(stored.get().workingDays()))), "ADMIN");
        }
        var configured = policy.configuredYears().get(year);
        if (configured != null) {
            return new DeadlineAdminController.CalendarYearView(year, List.copyOf(new TreeSet<>(configured.holidays())),
                    List.copyOf(new TreeSet<>(configured.workingDays())), "CONFIGURATION");
        }
        return new DeadlineAdminController.CalendarYearView(year, List.of(), List.of(), "NONE");
    }

    @Transactional
    DeadlineAdminController.CalendarYearView putYear(int year, DeadlineAdminController.CalendarYearRequest request,
                                                     String admin) {
        requireInYear("holidays", request.holidays(), year);
        requireInYear("workingDays", request.workingDays(), year);
        for (int i = 0; i < request.workingDays().size(); i++) {
            DayOfWeek day = request.workingDays().get(i).getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                throw new InvalidFieldException("workingDays[" + i + "]", "调休上班日必须是周六或周日");
            }
        }
        Set<LocalDate> both = new HashSet<>(request.holidays());
        both.retainAll(request.workingDays());
        if (!both.isEmpty()) {
            throw new InvalidFieldException("workingDays", "不能同时是放假日和上班日：" + new TreeSet<>(both));
        }
        StoredCalendarYear stored = new StoredCalendarYear(year, CalendarDates.format(request.holidays()),
                CalendarDates.format(request.workingDays()), admin, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (storedYears.existsById(year)) {
            storedYears.update(stored);
        } else {
            storedYears.save(stored);
        }
        LOG.info("Holiday schedule {} set by {}: {} holidays, {} working weekend days", year, admin,
                request.holidays().size(), request.workingDays().size());
        return year(year);
    }

    @Transactional
    void deleteYear(int year, String admin) {
        if (!storedYears.existsById(year)) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "没有通过管理接口设置的 " + year + " 年日历");
        }
        storedYears.deleteById(year);
        LOG.info("Holiday schedule {} reset to configuration by {}", year, admin);
    }

    private static void requireInYear(String field, List<LocalDate> days, int year) {
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).getYear() != year) {
                throw new InvalidFieldException(field + "[" + i + "]", "日期必须在 " + year + " 年内");
            }
        }
    }

}
