package org.fupin.web;

/**
 * An upload above the limit of its kind for this user, refused before a byte of it was read: pages answer with the
 * sentence of {@code web.upload.tooLarge}, REST with a 413 problem detail (issue #23).
 */
public class UploadTooLarge extends RuntimeException {

    private final UploadKind kind;
    private final int limitMegabytes;
    private final long bytes;

    public UploadTooLarge(UploadKind kind, int limitMegabytes, long bytes) {
        super(kind.key() + " upload of " + bytes + " bytes above " + limitMegabytes + " MB");
        this.kind = kind;
        this.limitMegabytes = limitMegabytes;
        this.bytes = bytes;
    }

    public UploadKind kind() { return kind; }

    public int limitMegabytes() { return limitMegabytes; }

    public long bytes() { return bytes; }
}
