package io.responseledger.intake.report;

import io.micronaut.core.annotation.Nullable;
import io.responseledger.contracts.ReportSource;
import io.responseledger.contracts.Severity;

import java.util.Locale;
import java.util.Map;

/**
 * The words a sender may use for a source platform or a severity: the code of the contract, in any case, or
 * the Chinese name people use.
 */
final class Labels {

    /** Every accepted source word; also the constraint on the wire field. */
    static final String SOURCE_PATTERN =
            "(?i)WEIBO|微博|WECHAT|微信|NEWS|新闻|新闻网站|FORUM|论坛|SHORT_VIDEO|短视频|HOTLINE|12345|热线|OTHER|其他";
    static final String SOURCE_MESSAGE =
            "取值无效，可选：WEIBO（微博）、WECHAT（微信）、NEWS（新闻网站）、FORUM（论坛）、SHORT_VIDEO（短视频）、HOTLINE（12345热线）、OTHER（其他）";

    static final String SOURCE_REQUIRED_MESSAGE =
            "必填，可选：WEIBO（微博）、WECHAT（微信）、NEWS（新闻网站）、FORUM（论坛）、SHORT_VIDEO（短视频）、HOTLINE（12345热线）、OTHER（其他）";

    static final String SEVERITY_PATTERN = "(?i)GENERAL|一般|LARGE|较大|MAJOR|重大|EXTRAORDINARY|特别重大";
    static final String SEVERITY_MESSAGE =
            "取值无效，可选：GENERAL（一般）、LARGE（较大）、MAJOR（重大）、EXTRAORDINARY（特别重大）";

    private static final Map<String, ReportSource> SOURCE_NAMES = Map.of(
            "微博", ReportSource.WEIBO, "微信", ReportSource.WECHAT, "新闻", ReportSource.NEWS,
            "新闻网站", ReportSource.NEWS, "论坛", ReportSource.FORUM, "短视频", ReportSource.SHORT_VIDEO,
            "12345", ReportSource.HOTLINE, "热线", ReportSource.HOTLINE, "其他", ReportSource.OTHER);

    private static final Map<String, Severity> SEVERITY_NAMES = Map.of(
            "一般", Severity.GENERAL, "较大", Severity.LARGE, "重大", Severity.MAJOR, "特别重大", Severity.EXTRAORDINARY);

    private Labels() {
    }

    @Nullable
    static ReportSource source(@Nullable String word) {
        if (word == null) {
            return null;
        }
        ReportSource named = SOURCE_NAMES.get(word);
        return named != null ? named : ReportSource.valueOf(word.toUpperCase(Locale.ROOT));
    }

    @Nullable
    static Severity severity(@Nullable String word) {
        if (word == null) {
            return null;
        }
        Severity named = SEVERITY_NAMES.get(word);
        return named != null ? named : Severity.valueOf(word.toUpperCase(Locale.ROOT));
    }
}
