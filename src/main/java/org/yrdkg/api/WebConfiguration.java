package org.yrdkg.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String writeToken;
    private final String[] browserOrigins;

    WebConfiguration(@Value("${yrdkg.api.write-token:}") String writeToken,
                     @Value("${yrdkg.browser.allowed-origins:http://localhost:7474,http://127.0.0.1:7474}") String[] browserOrigins) {
        this.writeToken = writeToken;
        this.browserOrigins = browserOrigins;
    }

    /** Neo4j Browser fetches the guide and the style sheet from its own page: allow its origin. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/browser/**").allowedOrigins(browserOrigins).allowedMethods("GET", "HEAD");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!writeToken.isBlank()) {
            registry.addInterceptor(new WriteTokenInterceptor(writeToken)).addPathPatterns("/api/documents/**",
                    "/api/documents");
        }
    }
}
