package org.yrdkg.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String writeToken;

    WebConfiguration(@Value("${yrdkg.api.write-token:}") String writeToken) {
        this.writeToken = writeToken;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!writeToken.isBlank()) {
            registry.addInterceptor(new WriteTokenInterceptor(writeToken)).addPathPatterns("/api/documents/**",
                    "/api/documents");
        }
    }
}
