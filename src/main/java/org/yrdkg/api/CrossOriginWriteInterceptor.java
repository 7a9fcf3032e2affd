package org.yrdkg.api;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses requests that change something (anything but GET, HEAD, OPTIONS) when a browser sends them
 * from another site: a web page must not upload or delete through a visitor's browser, with or without
 * a write token. Browsers mark every such request ({@code Origin}, {@code Sec-Fetch-Site}); a request
 * without those marks (curl, scripts) is not from a page and passes. A same-origin request must also
 * name an allowed host, so that a page reaching this port through DNS rebinding (its own name resolving
 * to 127.0.0.1, Origin and Host alike) is refused too.
 */
class CrossOriginWriteInterceptor implements HandlerInterceptor {

    private final Set<String> allowedHosts;
    private final Set<String> allowedOrigins;

    /**
     * @param allowedHosts   host names a browser may address this service by ({@code *}: any)
     * @param allowedOrigins other origins whose pages may write (e.g. a front end on another port)
     */
    CrossOriginWriteInterceptor(Set<String> allowedHosts, Set<String> allowedOrigins) {
        this.allowedHosts = allowedHosts;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!changesSomething(request)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && allowedOrigins.contains(origin)) {
            return true;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw refused("it came from another site (Sec-Fetch-Site: " + fetchSite + ")");
        }
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        if (host == null || !sameOrigin(origin, request.getScheme(), host)) {
            throw refused("it came from the page of another origin (" + origin + ")");
        }
        if (!allowedHosts.contains("*") && !allowedHosts.contains(hostName(host))) {
            throw refused("the page addressed this service as '" + host + "', which is not an allowed host "
                    + "(yrdkg.api.allowed-hosts)");
        }
        return true;
    }

    /** Anything but GET, HEAD and OPTIONS may change the graph. */
    static boolean changesSomething(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    }

    private static boolean sameOrigin(String origin, String scheme, String host) {
        return origin.toLowerCase(Locale.ROOT).equals((scheme + "://" + host).toLowerCase(Locale.ROOT));
    }

    private static String hostName(String hostHeader) {
        try {
            String name = URI.create("http://" + hostHeader).getHost();
            return name == null ? "" : name.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static ApiException refused(String why) {
        return new ApiException(HttpStatus.FORBIDDEN, "Cross-origin write refused",
                "This request changes the graph and " + why + "; writes are accepted from this service's own "
                        + "pages and from clients that are not browsers (curl, scripts).");
    }
}
