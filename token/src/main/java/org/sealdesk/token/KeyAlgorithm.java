package org.sealdesk.token;

/** The key pairs SealDesk asks tokens for, with the signature algorithm of their requests. */
public enum KeyAlgorithm {
    RSA_2048("SHA256withRSA"),
    EC_P256("SHA256withECDSA"),
    /** The Chinese national algorithm; only tokens whose library offers it. */
    SM2("SM3withSM2");

    private final String signatureAlgorithm;

    KeyAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }
}
