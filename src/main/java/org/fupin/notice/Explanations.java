package org.fupin.notice;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fupin.kernel.Check;
import org.fupin.notice.domain.NoticeRules;
import org.fupin.kernel.Verdict;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Turns the named checks of a decision into sentences from the identification bundle, in the user's language. */
@Component
public class Explanations {

    /** One explained check. */
    public record Line(String text, boolean passed) {}

    private static final Set<String> NOTICE_CHECKS = Set.of(NoticeRules.POSTED, NoticeRules.LONG_ENOUGH,
            NoticeRules.PERIOD_ENDED, NoticeRules.NO_OPEN_OBJECTION);

    private final MessageSource messages;

    public Explanations(MessageSource messages) { this.messages = messages; }

    public List<Line> lines(Verdict verdict, Locale locale) {
        return verdict == null ? List.of() : verdict.checks().stream().map(c -> line(c, locale)).toList();
    }

    public Line line(Check check, Locale locale) {
        String prefix = NOTICE_CHECKS.contains(check.name()) ? "notice.check." : "identification.check.";
        String key = prefix + check.name() + (check.passed() ? ".pass" : ".fail");
        return new Line(messages.getMessage(key, check.numbers().toArray(), key, locale), check.passed());
    }

    public String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The role name of the logged-in user (authorities are ROLE_ + the name). */
    public static String role(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5)).findFirst().orElse("");
    }
}
