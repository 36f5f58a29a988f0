package org.fupin.web;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.fupin.access.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The size limit of every upload, by its kind and the user's role, checked on the size the multipart request
 * declares before a byte of the file is read or copied (issue #23). {@code fupin.uploads.<kind>-max-mb} per kind
 * ({@link UploadKind}); users below the county (roles other than the system and county administrators) are held to
 * {@code fupin.uploads.below-county-max-mb} as well, whichever is smaller. Tomcat's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) stays the outer bound for every request.
 */
@Component
public class UploadLimits {

    private static final long MEGABYTE = 1024 * 1024;
    private static final Set<String> COUNTY_AND_ABOVE = Set.of("ROLE_" + Role.SYSTEM_ADMIN.name(),
            "ROLE_" + Role.COUNTY_ADMIN.name());

    private final Environment environment;
    private final MessageSource messages;
    private final int belowCountyMegabytes;

    UploadLimits(Environment environment, MessageSource messages,
                 @Value("${fupin.uploads.below-county-max-mb:8}") int belowCountyMegabytes) {
        this.environment = environment;
        this.messages = messages;
        this.belowCountyMegabytes = belowCountyMegabytes;
    }

    /** The limit in megabytes of this kind of file for this user. */
    public int megabytes(UploadKind kind, Authentication user) {
        int limit = environment.getProperty("fupin.uploads." + kind.key() + "-max-mb", Integer.class,
                kind.defaultMegabytes());
        return countyOrAbove(user) ? limit : Math.min(limit, belowCountyMegabytes);
    }

    /** Throws {@link UploadTooLarge} when the file is above its limit; a missing or empty file passes. */
    public void check(UploadKind kind, MultipartFile file, Authentication user) {
        if (file == null) return;
        int limit = megabytes(kind, user);
        if (file.getSize() > limit * MEGABYTE) throw new UploadTooLarge(kind, limit, file.getSize());
    }

    /** Why the file is refused, in the user's language; empty when it may be read. */
    public Optional<String> refusal(UploadKind kind, MultipartFile file, Authentication user, Locale locale) {
        try {
            check(kind, file, user);
            return Optional.empty();
        } catch (UploadTooLarge refused) {
            return Optional.of(message(refused, locale));
        }
    }

    /** The sentence of {@code web.upload.tooLarge}: what the file is, its limit and its size. */
    public String message(UploadTooLarge refused, Locale locale) {
        String what = messages.getMessage("web.upload.kind." + refused.kind().name(), null, locale);
        String size = String.format(Locale.ROOT, "%.1f", refused.bytes() / (double) MEGABYTE);
        return messages.getMessage("web.upload.tooLarge", new Object[] {what, refused.limitMegabytes(), size}, locale);
    }

    private static boolean countyOrAbove(Authentication user) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(COUNTY_AND_ABOVE::contains);
    }
}
