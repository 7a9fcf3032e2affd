package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a document written again changes: only the mentions and facts whose entity moved. */
class ContributionDiffTest {

    private static final String DOC = "doc-1";

    private static Map<String, Object> mention(String sentence, long start, long end, String entity) {
        return Map.of("sentenceId", sentence, "start", start, "end", end, "entityId", entity);
    }

    private static Map<String, Object> fact(String source, String target, String... evidence) {
        return Map.of("id", FactRows.factId(source, "COOPERATES_WITH", target, ""), "sourceId", source, "targetId", target,
                "evidence", new ArrayList<>(List.of(evidence)));
    }

    private static Map<String, Object> states(String sentence, String source, String target) {
        return Map.of("sentenceId", sentence, "fact", FactRows.factId(source, "COOPERATES_WITH", target, ""));
    }

    @Test
    void onlyWhatMovedToAnotherEntityIsTakenOutAndWritten() {
        // 甲乙科技 became part of 甲乙科技有限公司; 丙市 (a place) and its fact with 丁会 did not move
        var diff = ContributionDiff.of(DOC,
                List.of(mention("s0", 0, 4, "Company:甲乙科技"), mention("s0", 5, 7, "310000"), mention("s1", 0, 3, "Org:丁会")),
                List.of(states("s0", "Company:甲乙科技", "Org:丁会"), states("s1", "310000", "Org:丁会")),
                List.of(mention("s0", 0, 4, "Company:甲乙科技有限公司"), mention("s0", 5, 7, "310000"), mention("s1", 0, 3, "Org:丁会")),
                List.of(fact("Company:甲乙科技有限公司", "Org:丁会", "s0"), fact("310000", "Org:丁会", "s1")));

        assertThat(diff.goneMentions()).containsExactly(mention("s0", 0, 4, "Company:甲乙科技"));
        assertThat(diff.newMentions()).containsExactly(mention("s0", 0, 4, "Company:甲乙科技有限公司"));
        assertThat(diff.goneFacts()).containsExactly(Map.of("documentId", DOC,
                "fact", FactRows.factId("Company:甲乙科技", "COOPERATES_WITH", "Org:丁会", "")));
        assertThat(diff.newFacts()).containsExactly(fact("Company:甲乙科技有限公司", "Org:丁会", "s0"));
        assertThat(diff.entityIds()).containsExactlyInAnyOrder("Company:甲乙科技有限公司", "Org:丁会");
    }

    @Test
    void aFactThatGainsEvidenceWhenTwoNamesBecomeOneEntityIsWrittenAgainWhole() {
        // 戊己园 and 戊己产业园 were two entities, each cooperating with 庚会; now one, stated in both sentences
        var diff = ContributionDiff.of(DOC, List.of(),
                List.of(states("s0", "Org:庚会", "Park:戊己产业园"), states("s1", "Org:庚会", "Park:戊己园")),
                List.of(),
                List.of(fact("Org:庚会", "Park:戊己产业园", "s0", "s1")));

        assertThat(diff.goneFacts()).extracting(f -> f.get("fact")).containsExactlyInAnyOrder(
                FactRows.factId("Org:庚会", "COOPERATES_WITH", "Park:戊己产业园", ""),
                FactRows.factId("Org:庚会", "COOPERATES_WITH", "Park:戊己园", ""));
        assertThat(diff.newFacts()).containsExactly(fact("Org:庚会", "Park:戊己产业园", "s0", "s1"));
    }

    @Test
    void aDocumentWhoseEntitiesDidNotMoveChangesNothing() {
        var diff = ContributionDiff.of(DOC, List.of(mention("s0", 0, 2, "320000"), mention("s0", 0, 2, "320000")),
                List.of(states("s0", "320000", "Org:辛会")),
                List.of(mention("s0", 0, 2, "320000"), mention("s0", 0, 2, "320000")),
                List.of(fact("320000", "Org:辛会", "s0")));

        assertThat(diff.goneMentions()).isEmpty();
        assertThat(diff.newMentions()).isEmpty();
        assertThat(diff.goneFacts()).isEmpty();
        assertThat(diff.newFacts()).isEmpty();
    }
}
