package io.responseledger.cases.security;

/**
 * The caller is authenticated and has a role that may use the endpoint, but not on this data: an OFFICER and a
 * case of another unit, or an OFFICER token without a unit. Answered with 403; the detail says why, in Chinese.
 */
public class AccessDeniedException extends RuntimeException {

    public static final String OTHER_UNIT = "案件不属于您所在的单位";
    public static final String NO_UNIT = "访问令牌缺少 unit 声明：承办人必须绑定所在单位";

    private final String detail;

    public AccessDeniedException(String detail) {
        super("Access denied");
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }
}
