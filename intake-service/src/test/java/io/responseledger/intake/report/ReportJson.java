package io.responseledger.intake.report;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies for POST /api/v1/reports, built as maps so a test can break exactly one field. */
final class ReportJson {

    private ReportJson() {
    }

    /** A valid report: the wage-arrears post of the first scenario. */
    static Map<String, Object> valid() {
        var report = new LinkedHashMap<String, Object>();
        report.put("title", "XX区安置房项目拖欠农民工工资");
        report.put("body", "工人堵门讨薪，已三个月未发工资");
        report.put("source", "WEIBO");
        report.put("observedAt", "2026-11-26T09:10:00+08:00");
        return report;
    }

    static Map<String, Object> validWith(String field, Object value) {
        Map<String, Object> report = valid();
        report.put(field, value);
        return report;
    }

    static String write(ObjectMapper objectMapper, Map<String, Object> report) {
        try {
            return objectMapper.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON value as written in a test table, e.g. {@code 5} or {@code {"text": "x"}}. */
    static Object parse(ObjectMapper objectMapper, String jsonValue) {
        try {
            return objectMapper.readValue(jsonValue, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
