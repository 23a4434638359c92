package org.sealdesk.sms;

/** What an SMS code may be used for; a code for one purpose never serves another. */
public enum SmsPurpose {
    REGISTER,
    SIGN_IN,
    RESET_PASSWORD,
    /** 注销: the holder confirms cancelling seals. */
    CANCEL_SEAL,
    /** 补办: the holder confirms that the ukey is lost or broken and its certificates are to be revoked. */
    REISSUE_UKEY,
    /** 更换手机号: the code to the number being left. */
    CHANGE_MOBILE,
    /** 更换手机号: the code to the number taking its place. */
    NEW_MOBILE
}
