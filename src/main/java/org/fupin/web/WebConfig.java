package org.fupin.web;

import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Pages are in Chinese by default; {@code ?lang=en} switches to English (kept in a cookie). */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final ExportAudit exportAudit;

    WebConfig(ExportAudit exportAudit) { this.exportAudit = exportAudit; }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("fupin-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
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
