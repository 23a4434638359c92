package org.sealdesk.document;

/** The kinds of scan SealDesk accepts, recognised from their bytes. */
public enum DocumentType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    PDF("application/pdf", false);

    private final String contentType;
    private final boolean image;

    DocumentType(String contentType, boolean image) {
        this.contentType = contentType;
        this.image = image;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return image;
    }
}
