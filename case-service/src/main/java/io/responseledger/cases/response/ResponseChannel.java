package io.responseledger.cases.response;

/** Where an official response was published. */
public enum ResponseChannel {
    /** 新闻通稿 */
    PRESS_RELEASE,
    /** 政府网站 */
    GOVERNMENT_WEBSITE,
    /** 微博 */
    WEIBO,
    /** 微信 */
    WECHAT,
    /** 热线回访 */
    HOTLINE_CALLBACK,
    /** 新闻发布会 */
    PRESS_CONFERENCE,
    /** 当面答复 */
    IN_PERSON
}
