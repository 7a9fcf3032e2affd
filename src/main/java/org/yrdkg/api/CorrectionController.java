package org.yrdkg.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yrdkg.graph.correction.Correction;
import org.yrdkg.graph.correction.CorrectionDetail;
import org.yrdkg.graph.correction.CorrectionRequest;
import org.yrdkg.graph.correction.Corrections;

/** Analysts' corrections. Writes are guarded like document writes (write token, same-site only). */
@RestController
@RequestMapping("/api/corrections")
class CorrectionController {

    private final Corrections corrections;

    CorrectionController(Corrections corrections) {
        this.corrections = corrections;
    }

    @Operation(summary = "Make a correction (applied now and on every later load)",
            description = "Body: `{\"kind\": \"rename\", \"who\": \"analyst\", \"why\": \"…\", \"arguments\": {\"entity\": \"Company:…\", "
                    + "\"name\": \"…\"}}`. Kinds and arguments: merge {source, target}, split {entity, alias}, rename {entity, name}, "
                    + "retype {entity, type}, add-alias / remove-alias {entity, alias}, reject / confirm {fact}. "
                    + "404 when an entity or fact it names is unknown, 400 when it is malformed.")
    @PostMapping
    ResponseEntity<Correction> create(@RequestBody(required = false) CorrectionRequest request) {
        Correction made = corrections.create(request);
        return ResponseEntity.created(URI.create("/api/corrections/" + made.id())).body(made);
    }

    @Operation(summary = "All corrections, reverted ones too, oldest first")
    @GetMapping
    List<Correction> list() {
        return corrections.list();
    }

    @Operation(summary = "One correction; for a fact's, the sentences that state the fact")
    @GetMapping("/{id}")
    CorrectionDetail get(@PathVariable String id) {
        return corrections.detail(id);
    }

    @Operation(summary = "Revert a correction: the graph returns to what loading gives without it (it stays listed, reverted)")
    @DeleteMapping("/{id}")
    Correction revert(@PathVariable String id) {
        return corrections.revert(id);
    }
}
