package org.sealdesk.document;

/** What a scan shows, and so which order needs it. */
public enum DocumentRole {
    /** 加盖单位公章的营业执照扫描件 */
    BUSINESS_LICENCE,
    /** 法定代表人身份证正面 */
    ID_CARD_FRONT,
    /** 法定代表人身份证反面 */
    ID_CARD_BACK,
    /** 盖章签字后扫描的印模采集表 */
    IMPRESSION_FORM
}
