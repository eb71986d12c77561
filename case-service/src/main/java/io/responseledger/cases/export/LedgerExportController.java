package io.responseledger.cases.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.problem.violations.Violation;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.responseledger.cases.casefile.CaseStatus;
import io.responseledger.cases.problem.Problems;
import io.responseledger.cases.security.Roles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ledger (台账) for download, as CSV or XLSX with Chinese headers: SUPERVISOR and LEADER. Dates are days in
 * Beijing time, both ends included; the cases are those first reported (opened) in that period.
 */
@Controller("/api/v1/ledger")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.SUPERVISOR, Roles.LEADER})
class LedgerExportController {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final LedgerExport export;
    private final ErrorResponseProcessor<?> problems;

    LedgerExportController(LedgerExport export, ErrorResponseProcessor<?> problems) {
        this.export = export;
        this.problems = problems;
    }

    @Get("/export")
    HttpResponse<StreamedFile> export(@QueryValue @Nullable String format, @QueryValue @Nullable String from,
                                      @QueryValue @Nullable String to, @QueryValue @Nullable String topicArea,
                                      @QueryValue @Nullable String unit, @QueryValue @Nullable String status)
            throws IOException {
        List<Violation> violations = new ArrayList<>();
        ExportFormat chosen = format(format, violations);
        LocalDate fromDay = day("from", from, violations);
        LocalDate toDay = day("to", to, violations);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            violations.add(new Violation("to", "不能早于 from（" + fromDay + "）"));
        }
        String topic = text("topicArea", topicArea, 64, violations);
        String leadUnit = text("unit", unit, 200, violations);
        String caseStatus = status(status, violations);
        if (!violations.isEmpty()) {
            throw new BadExportParameters(violations);
        }
        ExportFilter filter = new ExportFilter(
                fromDay == null ? null : fromDay.atStartOfDay(BEIJING).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(BEIJING).toInstant(),
                topic, leadUnit, caseStatus);
        StreamedFile file = new StreamedFile(export.stream(filter, chosen), chosen.mediaType());
        return HttpResponse.ok(file).header("Content-Disposition", contentDisposition(fromDay, toDay, chosen));
    }

    @Error(exception = BadExportParameters.class)
    HttpResponse<?> badParameters(HttpRequest<?> request, BadExportParameters e) {
        return Problems.violations(problems, request, e.violations);
    }

    /** An ASCII name for old clients, and the Chinese one as RFC 5987 {@code filename*} for the rest. */
    static String contentDisposition(@Nullable LocalDate from, @Nullable LocalDate to, ExportFormat format) {
        String period = (from == null ? "start" : from.toString()) + "_" + (to == null ? "now" : to.toString());
        String ascii = "ledger_" + period + "." + format.extension();
        String chinese = "舆情回应台账_" + period + "." + format.extension();
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(chinese);
    }

    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }

    private static ExportFormat format(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return ExportFormat.XLSX;
        }
        try {
            return ExportFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("format", "取值无效，可选：csv, xlsx"));
            return null;
        }
    }

    private static LocalDate day(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "必须是 yyyy-MM-dd 格式的日期，例如 2026-01-31"));
            return null;
        }
    }

    private static String text(String field, String value, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            violations.add(new Violation(field, "不能超过 " + max + " 个字符"));
        }
        return value.strip();
    }

    private static String status(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (Arrays.stream(CaseStatus.values()).noneMatch(s -> s.name().equals(name))) {
            violations.add(new Violation("status", "取值无效，可选：" + Arrays.stream(CaseStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
        return name;
    }

    /** Export parameters that cannot be used, each with its reason: a 400 before any byte of the file. */
    static final class BadExportParameters extends RuntimeException {

        private final List<Violation> violations;

        BadExportParameters(List<Violation> violations) {
            super("Bad export parameters");
            this.violations = List.copyOf(violations);
        }
    }

}
