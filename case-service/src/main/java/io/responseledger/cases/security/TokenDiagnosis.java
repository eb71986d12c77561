package io.responseledger.cases.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import io.micronaut.http.HttpRequest;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/**
 * Why a request was not authenticated, for the 401 answer. The token was already refused by micronaut-security;
 * this only reads it again, unverified, to tell the caller which of the usual reasons applies. It decides
 * nothing.
 */
enum TokenDiagnosis {

    MISSING("missing", "缺少有效的访问令牌：请在 Authorization 头中以 Bearer 方式提供"),
    MALFORMED("malformed", "访问令牌格式不正确"),
    EXPIRED("expired", "访问令牌已过期或缺少过期时间（exp），请重新获取"),
    UNTRUSTED("untrusted", "访问令牌不受信任：签名、签发者（iss）或受众（aud）无效");

    private static final String BEARER = "Bearer ";

    private final String reason;
    private final String detail;

    TokenDiagnosis(String reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }

    /** Machine-readable: missing, malformed, expired or untrusted. */
    String reason() {
        return reason;
    }

    /** For people, in Chinese. */
    String detail() {
        return detail;
    }

    static TokenDiagnosis of(HttpRequest<?> request, Instant now) {
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return MISSING;
        }
        String token = authorization.substring(BEARER.length()).strip();
        if (token.isEmpty()) {
            return MISSING;
        }
        try {
            JWT jwt = JWTParser.parse(token);
            Date expiry = jwt.getJWTClaimsSet().getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(now)) {
                return EXPIRED;
            }
            return UNTRUSTED;
        } catch (ParseException | RuntimeException e) {
            return MALFORMED;
        }
    }
}
