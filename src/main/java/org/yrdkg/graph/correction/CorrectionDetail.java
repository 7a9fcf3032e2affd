package org.yrdkg.graph.correction;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.yrdkg.graph.read.Evidence;

/**
 * One correction as its own page shows it: the correction and, for one on a fact (reject, confirm), the sentences
 * that state the fact, a rejected one's too; no {@code evidence} for a correction on an entity.
 */
public record CorrectionDetail(String id, String kind, String who, String when, String why, Map<String, String> arguments,
                               boolean reverted, @JsonInclude(JsonInclude.Include.NON_NULL) List<Evidence> evidence) {

    static CorrectionDetail of(Correction c, List<Evidence> evidence) {
        return new CorrectionDetail(c.id(), c.kind(), c.who(), c.when(), c.why(), c.arguments(), c.reverted(), evidence);
    }
}
