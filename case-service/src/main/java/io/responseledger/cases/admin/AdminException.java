package io.responseledger.cases.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/**
 * A refused administrative change, answered as a problem: 404 for an unknown code, 409 for a clash with what is
 * stored (a code or name taken, a stale version), 400 naming the field for a reference to nothing.
 *
 * @param field the request field at fault, if one is
 */
class AdminException extends RuntimeException {

    private final HttpStatus status;
    @Nullable
    private final String field;
    private final String title;
    private final String detail;

    private AdminException(HttpStatus status, @Nullable String field, String title, String detail) {
        super(title);
        this.status = status;
        this.field = field;
        this.title = title;
        this.detail = detail;
    }

    static AdminException notFound(String what, String code) {
        return new AdminException(HttpStatus.NOT_FOUND, null, what + "不存在", what + " " + code + " 不存在");
    }

    static AdminException taken(String field, String detail) {
        return new AdminException(HttpStatus.CONFLICT, field, "与已有数据冲突", detail);
    }

    static AdminException staleVersion(long expected, long actual) {
        return new AdminException(HttpStatus.CONFLICT, "version", "数据已被他人修改",
                "提交的版本为 " + expected + "，当前版本为 " + actual + "；请重新读取后再修改");
    }

    static AdminException invalid(String field, String message) {
        return new AdminException(HttpStatus.BAD_REQUEST, field, "请求参数无效", message);
    }

    HttpStatus status() {
        return status;
    }

    @Nullable
    String field() {
        return field;
    }

    String title() {
        return title;
    }

    String detail() {
        return detail;
    }
}
