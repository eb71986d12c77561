package io.responseledger.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.responseledger.search.problem.InvalidParameterException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The opaque token for the next page (search_after). It holds the sort values of the last hit and a
 * fingerprint of the query, filters, order and the caller's visibility, so a token is only accepted for the
 * search that produced it. Layout (before base64url): {@code v1|<sort>|<fingerprint>|<value>|<value>...},
 * each value typed by its first letter (d: double, l: long, s: string) and its text percent-free: strings are
 * themselves base64url, so '|' never appears inside a value.
 */
final class SearchCursor {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SearchCursor() {
    }

    static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(SearchParameters.SearchSort sort, String fingerprint, List<FieldValue> values) {
        StringBuilder out = new StringBuilder(VERSION).append('|').append(sort.name()).append('|').append(fingerprint);
        for (FieldValue value : values) {
            out.append('|');
            if (value.isDouble()) {
                out.append('d').append(Double.toString(value.doubleValue()));
            } else if (value.isLong()) {
                out.append('l').append(value.longValue());
            } else if (value.isString()) {
                out.append('s').append(ENCODER.encodeToString(value.stringValue().getBytes(StandardCharsets.UTF_8)));
            } else {
                throw new IllegalStateException("Unexpected sort value kind " + value._kind());
            }
        }
        return ENCODER.encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedKinds the kinds the order produces, e.g. "dls" for score, date, id
     * @throws InvalidParameterException naming {@code cursor} when the token is malformed, altered or from
     *                                   another search
     */
    static List<FieldValue> decode(String token, SearchParameters.SearchSort sort, String fingerprint,
                                   String expectedKinds) {
        String text;
        try {
            text = new String(DECODER.decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3 + expectedKinds.length() || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!sort.name().equals(parts[1]) || !fingerprint.equals(parts[2])) {
            throw new InvalidParameterException("cursor", "cursor 属于另一组查询条件或排序，请从第一页重新查询");
        }
        List<FieldValue> values = new ArrayList<>();
        for (int i = 0; i < expectedKinds.length(); i++) {
            String part = parts[3 + i];
            if (part.isEmpty() || part.charAt(0) != expectedKinds.charAt(i)) {
                throw invalid();
            }
            String body = part.substring(1);
            try {
                values.add(switch (part.charAt(0)) {
                    case 'd' -> FieldValue.of(Double.parseDouble(body));
                    case 'l' -> FieldValue.of(Long.parseLong(body));
                    default -> FieldValue.of(new String(DECODER.decode(body), StandardCharsets.UTF_8));
                });
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }
        return values;
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "cursor 无效：请使用上一页结果中的 nextCursor 原样传回");
    }
}
