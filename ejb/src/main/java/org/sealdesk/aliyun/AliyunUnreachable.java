package org.sealdesk.aliyun;

/** An Alibaba Cloud endpoint could not be reached, or answered something that is not its API's JSON. */
public class AliyunUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AliyunUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
