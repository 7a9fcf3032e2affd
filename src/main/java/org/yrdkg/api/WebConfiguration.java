package org.yrdkg.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String writeToken;
    private final String[] browserOrigins;
    private final String[] allowedHosts;
    private final String[] writeOrigins;

    WebConfiguration(@Value("${yrdkg.api.write-token:}") String writeToken,
                     @Value("${yrdkg.browser.allowed-origins:http://localhost:7474,http://127.0.0.1:7474}") String[] browserOrigins,
                     @Value("${yrdkg.api.allowed-hosts:localhost,127.0.0.1,[::1]}") String[] allowedHosts,
                     @Value("${yrdkg.api.allowed-origins:}") String[] writeOrigins) {
        this.writeToken = writeToken;
        this.browserOrigins = browserOrigins;
        this.allowedHosts = allowedHosts;
        this.writeOrigins = writeOrigins;
    }

    /** Neo4j Browser fetches the guide and the style sheet from its own page: allow its origin. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/browser/**").allowedOrigins(browserOrigins).allowedMethods("GET", "HEAD");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CrossOriginWriteInterceptor(set(allowedHosts, true), set(writeOrigins, false)))
                .addPathPatterns("/api/**");
        if (!writeToken.isBlank()) {
            registry.addInterceptor(new WriteTokenInterceptor(writeToken)).addPathPatterns("/api/documents/**",
                    "/api/documents");
        }
    }

    private static Set<String> set(String[] values, boolean lowerCase) {
        return Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> lowerCase ? v.toLowerCase(Locale.ROOT) : v).collect(Collectors.toUnmodifiableSet());
    }
}
