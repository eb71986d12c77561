package io.responseledger.cases.response;

/** How the fulfilment of a commitment will be checked (核查方式). */
public enum VerificationMethod {
    /** 材料核查 */
    DOCUMENT_CHECK,
    /** 实地核查 */
    SITE_VISIT,
    /** 群众回访 */
    CITIZEN_CALLBACK
}
