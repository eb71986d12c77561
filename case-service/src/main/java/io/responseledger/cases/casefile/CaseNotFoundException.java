package io.responseledger.cases.casefile;

/** No case under the id or report id asked for. Answered with 404. */
public class CaseNotFoundException extends RuntimeException {

    private final String detail;

    private CaseNotFoundException(String message, String detail) {
        super(message);
        this.detail = detail;
    }

    public static CaseNotFoundException byId(Object caseId) {
        return new CaseNotFoundException("No case " + caseId, "案件 " + caseId + " 不存在");
    }

    public static CaseNotFoundException byReport(Object reportId) {
        return new CaseNotFoundException("No case for report " + reportId,
                "报告 " + reportId + " 尚未形成案件（可能仍在处理中，或报告编号有误）");
    }

    /** What the client is told, in Chinese. */
    public String detail() {
        return detail;
    }
}
