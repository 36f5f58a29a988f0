package org.fupin.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every page and API call needs a logged-in user; there is no default password (see {@link AdminBootstrap}). */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    /** Who may import files (the controllers also require the whole tree for now). */
    static final String[] IMPORTERS = {Role.SYSTEM_ADMIN.name(), Role.COUNTY_ADMIN.name()};
    /** Who may change the registry: everyone but the read-only auditor. */
    static final String[] EDITORS = {Role.SYSTEM_ADMIN.name(), Role.COUNTY_ADMIN.name(), Role.TOWNSHIP_OFFICER.name(),
            Role.VILLAGE_CADRE.name(), Role.WORK_TEAM_MEMBER.name()};
    /** Who may see one full ID number, with a reason: officers responsible for the people, not auditors. */
    static final String[] REVEALERS = {Role.SYSTEM_ADMIN.name(), Role.COUNTY_ADMIN.name(), Role.TOWNSHIP_OFFICER.name(),
            Role.VILLAGE_CADRE.name()};
    static final String[] AUDIT_READERS = {Role.SYSTEM_ADMIN.name(), Role.AUDITOR.name()};
    /** Scripts come from files of this server only: no inline script or event attribute, no eval (ADR 0027). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    private static String[] names(Role[] roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    /** Only in the web server: the batch commands ({@code profile cli}) run without a servlet context. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain security(HttpSecurity http, ApiTokens tokens, Users users,
                                 @Value("${fupin.api.basic-auth:false}") boolean basicAuth) throws Exception {
        // /api takes personal access tokens (issue #23); HTTP Basic only where the deployment configures it
        if (basicAuth) http.httpBasic(Customizer.withDefaults());
        http.addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
                .addFilterAfter(new SessionAuthorities(users), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> request.getRequestURI().startsWith("/api/")));
        http.authorizeHttpRequests(auth -> auth
                        // every file a page loads, the login page too: without a session, a request for a script is
                        // answered 401 with a Basic challenge, and Chromium stops loading the page to ask for a password
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/actuator/health", "/error").permitAll()
                        // the web app's manifest, icon and service worker (issue #20): static files without data; the
                        // offline page the worker keeps is fetched with the user's session
                        .requestMatchers(HttpMethod.GET, "/sw.js", "/manifest.json", "/icons/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/field/**").hasAnyRole(EDITORS)
                        .requestMatchers("/imports/**", "/api/v1/imports/**").hasAnyRole(IMPORTERS)
                        .requestMatchers("/audit/**").hasAnyRole(AUDIT_READERS)
                        .requestMatchers("/api/v1/system/**").hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers("/users", "/users/**", "/api/v1/users", "/api/v1/users/**").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/code-lists/**", "/api/v1/code-lists/**").hasRole(Role.SYSTEM_ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/comparison/lists", "/comparison/runs", "/api/v1/comparison/lists/**",
                                "/api/v1/comparison/runs").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/comparison/**", "/api/v1/comparison/**").hasAnyRole(REVEALERS)
                        .requestMatchers(HttpMethod.POST, "/assistance/units", "/assistance/cadres", "/assistance/imports",
                                "/assistance/regions/*/allocations", "/api/v1/assistance/regions/*/allocations",
                                "/api/v1/assistance/units", "/api/v1/assistance/cadres", "/api/v1/assistance/imports/**")
                        .hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/assistance/**", "/api/v1/assistance/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/assistance/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/assets/**", "/api/v1/assets/**").hasAnyRole(names(Role.ASSET_EDITORS))
                        .requestMatchers("/assets", "/assets/**", "/api/v1/assets/**").hasAnyRole(names(Role.ASSET_READERS))
                        .requestMatchers("/households/*/members/*/reveal", "/api/v1/households/*/members/*/id-number")
                        .hasAnyRole(REVEALERS)
                        // full ID numbers of a whole region, for re-import: those who import
                        .requestMatchers("/export/regions/*/registry.xlsx", "/api/v1/exchange/regions/*/registry.xlsx")
                        .hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/households/**", "/regions/**", "/indicators/**", "/api/v1/indicators/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/api/v1/households/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/households/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/households/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/households/*/registry").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/indicators/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/identification/parameters", "/identification/poverty-lines",
                                "/identification/exit-conditions").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/identification/village-exit-conditions",
                                "/api/v1/identification/parameters/**", "/api/v1/identification/poverty-lines/**")
                        .hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/identification/**", "/api/v1/identification/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.POST, "/monitoring/warnings", "/api/v1/monitoring/warnings").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/monitoring/ranges").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/monitoring/ranges/**").hasAnyRole(IMPORTERS)
                        .requestMatchers(HttpMethod.POST, "/monitoring/**", "/api/v1/monitoring/**").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.GET, "/households/*/edit", "/households/*/members/**",
                                "/regions/*/households/new").hasAnyRole(EDITORS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                // logging out clears what the browser kept of the village (device copy, queue, cached pages, the
                // service worker; issue #20), besides what fupin.js deletes before sending the form
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        // Spring's ClearSiteDataHeaderWriter writes only on HTTPS; browsers also honour it on localhost
                        .addLogoutHandler((request, response, authentication) ->
                                response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"")))
                // a REST call that authenticates itself (Authorization header) needs no CSRF token; one that rides
                // on a browser's session cookie does, like every form (issue #23: a page of another origin could
                // otherwise act with a cadre's cookie)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
                        && request.getHeader("Authorization") != null))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
