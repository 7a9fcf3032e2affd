package org.yrdkg.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When a write token is configured, requests that change the graph must carry it
 * ({@code Authorization: Bearer TOKEN}); others get 401. Reads stay open.
 */
class WriteTokenInterceptor implements HandlerInterceptor {

    private final byte[] token;

    WriteTokenInterceptor(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!CrossOriginWriteInterceptor.changesSomething(request)) {
            return true;
        }
        String header = request.getHeader("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        throw new ApiException(HttpStatus.UNAUTHORIZED, "Write token required",
                "This endpoint changes the graph; send the configured write token as 'Authorization: Bearer TOKEN'.");
    }
}
