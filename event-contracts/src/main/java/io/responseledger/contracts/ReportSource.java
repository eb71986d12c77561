package io.responseledger.contracts;

/** Where an opinion report was found or received. */
public enum ReportSource {
    /** 微博 */
    WEIBO,
    /** 微信 */
    WECHAT,
    /** news site (新闻网站) */
    NEWS,
    /** forum (论坛) */
    FORUM,
    /** short-video platform (短视频) */
    SHORT_VIDEO,
    /** citizen hotline 12345 */
    HOTLINE,
    OTHER
}
