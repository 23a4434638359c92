package org.sealdesk.order;

/** The seals an order produces. */
public enum SealType {
    /** 企业公章: round seal with the unit's name. */
    ENTERPRISE,
    /** 法定代表人签名章, made together with the enterprise seal. */
    LEGAL_REPRESENTATIVE_SIGNATURE,
    /** 个人签名章. */
    PERSONAL_SIGNATURE
}
