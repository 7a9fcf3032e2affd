package org.yrdkg.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yrdkg.pipeline.DocumentLoader;
import org.yrdkg.graph.DocumentNode;
import org.yrdkg.graph.GraphWriter;
import org.yrdkg.graph.read.BadParameterException;
import org.yrdkg.graph.read.DocumentReads;

@RestController
@RequestMapping("/api/documents")
class DocumentController {

    static final int MAX_NAME = 255;
    /** The properties of {@link DocumentNode} a list may be sorted by. */
    private static final List<String> SORTABLE = List.of("name", "title", "source", "publishedAt", "language", "chars",
            "loadedAt", "id");

    private final DocumentLoader loader;
    private final DocumentReads reads;

    DocumentController(DocumentLoader loader, DocumentReads reads) {
        this.loader = loader;
        this.reads = reads;
    }

    @Operation(summary = "Upload a document file (.txt, .md, .html)",
            description = "Multipart field `file`. Example: `curl -F file=@article.txt http://localhost:8080/api/documents`. "
                    + "201 when new, 200 when unchanged or replaced; the body tells what was extracted.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentLoader.Loaded> upload(@RequestParam("file") MultipartFile file) throws IOException {
        return load(baseName(file.getOriginalFilename()), file.getBytes(), "upload");
    }

    @Operation(summary = "Upload a document as a text body",
            description = "Example: `curl -H 'Content-Type: text/plain; charset=utf-8' --data-binary @article.txt "
                    + "'http://localhost:8080/api/documents?name=article.txt'`. text/html and text/markdown work too.")
    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.TEXT_MARKDOWN_VALUE})
    ResponseEntity<DocumentLoader.Loaded> uploadText(@RequestParam("name") String name, @RequestBody(required = false) byte[] body) {
        return load(baseName(name), body == null ? new byte[0] : body, "upload");
    }

    @Operation(summary = "List loaded documents, paged", description = "Example: `GET /api/documents?page=0&size=20`")
    @GetMapping
    PagedModel<DocumentNode> list(@PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new BadParameterException("sort", "Documents can be sorted by " + String.join(", ", SORTABLE)
                        + "; not by '" + order.getProperty() + "'.");
            }
        }
        return new PagedModel<>(reads.page(pageable));
    }

    @Operation(summary = "A document's metadata, the entities it mentions and the facts it supports, with evidence",
            description = "Example: `curl http://localhost:8080/api/documents/doc-0123456789abcdef` (ids from GET /api/documents).")
    @GetMapping("/{id}")
    DocumentReads.DocumentDetail get(@PathVariable String id) {
        return reads.detail(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "A document's sentences in order, each with its mentions and their entity types",
            description = "Mention offsets are within the sentence. Example: `curl http://localhost:8080/api/documents/doc-0123456789abcdef/sentences`.")
    @GetMapping("/{id}/sentences")
    List<DocumentReads.DocumentSentence> sentences(@PathVariable String id) {
        return reads.sentences(id).orElseThrow(() -> notFound(id));
    }

    @Operation(summary = "Remove a document and every fact only it supported",
            description = "Example: `curl -X DELETE -H 'Authorization: Bearer TOKEN' http://localhost:8080/api/documents/doc-0123456789abcdef`.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!loader.unload(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<DocumentLoader.Loaded> load(String name, byte[] bytes, String source) {
        DocumentLoader.Loaded loaded = loader.load(name, bytes, source);
        HttpStatus status = loaded.outcome() == GraphWriter.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/documents/" + loaded.documentId())).body(loaded);
    }

    /** The file name without folders: not empty, no control characters, at most {@value #MAX_NAME} characters. */
    static String baseName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A document needs a name: the file name, or the 'name' parameter.");
        }
        String path = name.replace('\\', '/');
        String base = path.substring(path.lastIndexOf('/') + 1).strip();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw new IllegalArgumentException("The document name has no file name after its folders; send e.g. 'article.txt'.");
        }
        if (base.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The document name contains control characters (NUL, CR, LF, tab …).");
        }
        if (base.length() > MAX_NAME) {
            throw new IllegalArgumentException("The document name is longer than " + MAX_NAME + " characters.");
        }
        return base;
    }

    private static ApiException notFound(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "No such document", "No document with id " + id + ".");
    }
}
