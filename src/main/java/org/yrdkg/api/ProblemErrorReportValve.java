package org.yrdkg.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

/**
 * Tomcat's own error answers (a request line or header too long, bad characters or %00 in the path, a
 * malformed request) as RFC 9457 problem details instead of Tomcat's HTML page, like every other error.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final StringManager TOMCAT = StringManager.getManager("org.apache.catalina.valves");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = TOMCAT.getString("http." + status + ".reason");
        if (title == null || title.startsWith("http.")) {
            title = status >= 500 ? "Server error" : "Bad request";
        }
        String detail = status >= 500 ? "The server could not handle the request."
                : "The request could not be read (" + title.toLowerCase() + "): check the URL, its length and characters, "
                + "and the headers.";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                        + ",\"detail\":\"" + json(detail) + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already went out: nothing more to say
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
