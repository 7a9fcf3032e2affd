package org.yrdkg.api;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yrdkg.document.DocumentException;
import org.yrdkg.graph.query.QueryGate;
import org.yrdkg.graph.query.QueryRefusedException;
import org.yrdkg.graph.query.ResultTooLargeException;
import org.yrdkg.graph.read.BadParameterException;
import org.yrdkg.graph.read.NotFoundException;
import org.yrdkg.graph.read.QueryTimeoutException;

/**
 * Every error is RFC 9457 problem details with a message a person understands; no stack traces.
 * Spring's own errors (415 unsupported type, 413 upload too large, 400 bad parameter) come from the
 * base class in the same form.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        return problem(e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /**
     * A parameter its declaration refuses ({@code @Range}, {@code @RequiredText}, {@code @OneOf} … on the
     * controller's parameter, checked by Bean Validation before the method runs): the same 400 as any bad
     * parameter, naming it. A message that is a whole sentence (ours end with a full stop) says all there is to
     * say; to a standard one ("must be between 1 and 3") the value given is added.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = e.getParameterValidationResults().get(0);
        String name = parameterName(result.getMethodParameter());
        String reason = result.getResolvableErrors().get(0).getDefaultMessage();
        String detail = reason.endsWith(".") ? reason : reason + "; got " + result.getArgument() + ".";
        return ResponseEntity.badRequest().body(badParameter(new BadParameterException(name,
                "Parameter '" + name + "' " + detail)));
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        return param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.title(), e.getMessage());
    }

    @ExceptionHandler(QueryRefusedException.class)
    ProblemDetail refused(QueryRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Query refused", e.getMessage());
    }

    @ExceptionHandler(QueryTimeoutException.class)
    ProblemDetail timedOut(QueryTimeoutException e) {
        return problem(HttpStatus.GATEWAY_TIMEOUT, "Query timed out", e.getMessage());
    }

    @ExceptionHandler(QueryGate.BusyException.class)
    ResponseEntity<ProblemDetail> busy(QueryGate.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(QueryGate.BusyException.RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e.getMessage()));
    }

    @ExceptionHandler(ResultTooLargeException.class)
    ProblemDetail tooLarge(ResultTooLargeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Result too large", e.getMessage());
    }

    @ExceptionHandler(DocumentException.class)
    ProblemDetail document(DocumentException e) {
        return switch (e.reason()) {
            case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "Document too large", e.getMessage());
            case UNSUPPORTED_TYPE -> problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported document type", e.getMessage());
            default -> problem(HttpStatus.BAD_REQUEST, "Unreadable document", e.getMessage());
        };
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class,
            DataAccessResourceFailureException.class})
    ProblemDetail neo4jDown(Exception e) {
        log.warn("Neo4j unreachable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Graph database unavailable",
                "Neo4j cannot be reached right now; nothing was changed. Try again shortly.");
    }

    /**
     * Tomcat reports a part header over its size limit (a file name of thousands of characters) as an upload
     * too large; that is a bad request, not a large one.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (rootMessage(e).toLowerCase(java.util.Locale.ROOT).contains("header")) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable upload",
                    "A part header of the upload is too long (its file name?); send a file name of at most "
                            + DocumentController.MAX_NAME + " characters."));
        }
        return super.handleMaxUploadSizeExceededException(e, headers, status, request);
    }

    /** A multipart body that cannot be parsed (bad part headers, a file name too long …); too large is 413 above. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable upload", "The multipart body could not be read: "
                + rootMessage(e) + ". Send one part named 'file' with a plain file name.");
    }

    /** A sort or filter naming a property documents do not have. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail badProperty(PropertyReferenceException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad parameter", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        if (isNeo4jDown(e)) {
            return neo4jDown(e);
        }
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; the request changed nothing. The server log has the details.");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static boolean isNeo4jDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
