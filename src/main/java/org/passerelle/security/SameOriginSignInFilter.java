package org.passerelle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a sign-in or sign-out posted from another site. Spring's CSRF token cannot guard these two
 * addresses here: Vaadin's security configurer exempts the login address from CSRF checks, because its
 * login form posts a plain HTML form without the token. Without this filter, a page on any site could
 * auto-submit the form and leave a visitor signed in to an account the attacker chose ("login CSRF").
 *
 * <p>Browsers say where a form comes from: {@code Sec-Fetch-Site} (cross-site, same-site, same-origin) and
 * {@code Origin}, which every current browser sends on a cross-origin POST. A post is refused when
 * {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site} (a sibling sub-domain is another
 * site for our purpose), or when {@code Origin} is present and is not this application's own scheme, host
 * and port ({@code null}, sent from sandboxed frames and some redirects, is not). A post with neither
 * header comes from a program, not from a browser a third party could steer, and is let through: login CSRF
 * needs a victim's browser.
 *
 * <p>Behind a reverse proxy the application's own origin is the public one only when the proxy's
 * {@code X-Forwarded-*} headers are honoured ({@code server.forward-headers-strategy}, see
 * {@code config/application-postgres.properties}).
 */
final class SameOriginSignInFilter extends OncePerRequestFilter {

    private final List<RequestMatcher> guarded;

    SameOriginSignInFilter(String... paths) {
        // matched as Spring Security matches the sign-in and sign-out addresses themselves
        this.guarded = Arrays.stream(paths)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            return true;
        }
        return guarded.stream().noneMatch(matcher -> matcher.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            // a bare status: sendError would go on to the error page, which sends anonymous visitors to
            // the login page (a 302 that hides the refusal)
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String value = site.trim().toLowerCase(Locale.ROOT);
            if (value.equals("cross-site") || value.equals("same-site")) {
                return true;
            }
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin.trim(), request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        // "null" (sandboxed frames, data: pages) parses as a bare path: no scheme, no host
        boolean hasPath = uri.getRawPath() != null && !uri.getRawPath().isEmpty();
        if (uri.getScheme() == null || uri.getHost() == null || hasPath) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && host(uri.getHost()).equals(host(request.getServerName()))
                && port == request.getServerPort();
    }

    private static String host(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }
}
