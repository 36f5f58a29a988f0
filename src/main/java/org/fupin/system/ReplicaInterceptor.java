package org.fupin.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Opens the replica to the read-only transactions of handlers marked {@link ReplicaReads}, and tells a page that
 * the replica served how fresh its data is: model attribute {@value #FRESHNESS}, shown near the page's year (ADR 0045).
 */
@Component
class ReplicaInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    static final String FRESHNESS = "replicaFreshness";

    private final DataSource dataSource;
    private final MessageSource messages;

    ReplicaInterceptor(DataSource dataSource, MessageSource messages) {
        this.dataSource = dataSource;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (dataSource instanceof RoutedDataSource && handler instanceof HandlerMethod method
                && (AnnotatedElementUtils.hasAnnotation(method.getMethod(), ReplicaReads.class)
                    || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ReplicaReads.class))) {
            ReplicaRequest.begin();
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !ReplicaRequest.served() || !(dataSource instanceof RoutedDataSource routed)) return;
        Optional<Duration> lag = routed.replicaLag();
        view.addObject(FRESHNESS, describe(lag, RequestContextUtils.getLocale(request)));
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        ReplicaRequest.end();
    }

    /** 数据已是最新 / 数据约滞后 N 秒 (分钟, 小时) / 数据新旧未知. */
    String describe(Optional<Duration> lag, Locale locale) {
        if (lag.isEmpty()) return messages.getMessage("replica.freshness.unknown", null, locale);
        long seconds = lag.get().toSeconds();
        if (lag.get().isZero()) return messages.getMessage("replica.freshness.current", null, locale);
        if (seconds < 60) return messages.getMessage("replica.freshness.seconds", new Object[] {Math.max(1, seconds)}, locale);
        if (seconds < 3600) return messages.getMessage("replica.freshness.minutes", new Object[] {seconds / 60}, locale);
        return messages.getMessage("replica.freshness.hours", new Object[] {seconds / 3600}, locale);
    }
}
