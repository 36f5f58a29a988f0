package org.fupin.web;

import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The size limit of evidence files (case attachments, scans of a posted notice), checked before a byte is read into
 * memory: such a file is a photo or a scan, not an import (issue #23: a cadre could attach 100 MB, read whole).
 * {@code fupin.uploads.evidence-max-mb}, 10 by default.
 */
@Component
public record EvidenceUploads(@Value("${fupin.uploads.evidence-max-mb:10}") int maxMegabytes, MessageSource messages) {

    /** Why the file is refused, in the user's language; empty when it may be read. */
    public Optional<String> refusal(MultipartFile file, Locale locale) {
        if (file == null || file.getSize() <= (long) maxMegabytes * 1024 * 1024) return Optional.empty();
        String size = String.format(Locale.ROOT, "%.1f", file.getSize() / 1024.0 / 1024.0);
        return Optional.of(messages.getMessage("web.upload.tooLarge", new Object[] {maxMegabytes, size}, locale));
    }
}
