package org.passerelle.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of the application's own pages (and of every response of the main security chain).
 * Document downloads have their own chain and their own, stricter policy ({@code default-src 'none';
 * sandbox}, set by {@code documents.DocumentDownloads}): this one never reaches them, so the two do not mix.
 */
final class PageHeaders {

    /**
     * Scripts: Vaadin Flow 25.2 needs {@code 'unsafe-inline'} and {@code 'unsafe-eval'}. Its bootstrap page
     * starts the client engine with inline scripts, and the engine runs what the server sends (every
     * {@code executeJs}, event data expressions, the Lit templates of renderers such as the thread's
     * messages) by building functions from strings. Vaadin's nonce-based "strict CSP" would need every one of
     * those expressions, in our code and in Vaadin's components, registered in a bundle of our own, which
     * this application deliberately does not build (no Node build). Scripts still only come from this origin:
     * no third-party script can be loaded, and injected HTML is kept out by the Markdown renderer and by
     * Vaadin's text-only defaults. Styles: Vaadin's components set inline styles, hence
     * {@code 'unsafe-inline'}. Images and fonts: Vaadin's themes use {@code data:} URLs. Nothing may frame
     * the pages but the application itself, post forms elsewhere, change the base address or load plugins.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** One year; sub-domains are left to the deployer, who knows whether they all serve HTTPS. */
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private PageHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        // Spring writes headers when the response is committed through its wrapper; Vaadin's pages are
        // forwarded to the Vaadin servlet and committed by the container, which bypasses it (the login
        // page went out with none of them). Written before the request is handled, they are always there.
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.sameOrigin()) // for browsers that ignore frame-ancestors
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // written only on secure requests: behind a TLS proxy, see server.forward-headers-strategy
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(false));
    }
}
