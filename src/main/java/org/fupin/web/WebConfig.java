package org.fupin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages are in Chinese by default; {@code ?lang=en} switches to English (kept in a cookie). The API answers in the
 * language its caller asks for: {@code ?lang=} or the cookie, else a program's {@code Accept-Language} (Chinese or
 * English), else Chinese (ADR 0039). A page's own script calling the API speaks the page's language.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final ExportAudit exportAudit;

    WebConfig(ExportAudit exportAudit) { this.exportAudit = exportAudit; }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fupin-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setDefaultLocaleFunction(WebConfig::withoutCookie);
        return resolver;
    }

    /**
     * The language without a cookie: Chinese for pages and their scripts (a browser says its own language, not the
     * page's); for a program calling the API with its credentials, the first of Chinese or English it accepts.
     */
    static Locale withoutCookie(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank() || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("zh")) return Locale.SIMPLIFIED_CHINESE;
                if (language.equals("en")) return Locale.ENGLISH;
            }
        } catch (IllegalArgumentException e) {
            // an unreadable header asks for nothing
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /**
     * Links are written as they are. Spring Boot would register this filter (it backs off for this disabled one) because of the
     * web-jar locator; it looks up
     * every link of a page (each {@code /households/123}) on the classpath in case it names a static file, which took
     * most of a household page's time (BENCHMARKS.md). Web-jar paths without a version are still resolved when served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> linksAreNotRewritten() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
        registry.addInterceptor(exportAudit).addPathPatterns("/export/**", "/print/**", "/imports/rejected.xlsx", "/api/v1/exchange/**");
    }
}
