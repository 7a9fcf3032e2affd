package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yrdkg.EmbeddedGraphTest;
import org.yrdkg.extract.model.Extraction;

/**
 * A fact several documents state with different amounts shows the amount of its first evidence (by sentence
 * id) among the evidence that still stands: the same in any loading order, and the next one's when that
 * document goes or is rewritten. Invented documents.
 */
class FactValuesTest extends EmbeddedGraphTest {

    private static final String COMPANY = "壬癸巳科技有限公司";
    private static final String PARK = "湖州壬癸一体化发展示范区";
    private static final String A = "values-a.txt";
    private static final String B = "values-b.txt";

    @Autowired
    GraphWriter writer;

    @AfterEach
    void removeTestDocuments() {
        writer.delete(DocumentIds.of(A));
        writer.delete(DocumentIds.of(B));
    }

    private static Extraction stating(String document, long amount) {
        return SampleExtractions.cooperation(document, COMPANY, "子丑研究会", PARK, amount);
    }

    @Test
    void theAmountIsThatOfTheFirstEvidenceStillStandingWhateverTheOrder() {
        // the document whose sentences come first by id is the one whose amount the fact shows
        boolean aFirst = DocumentIds.of(A).compareTo(DocumentIds.of(B)) < 0;
        String first = aFirst ? A : B;
        String second = aFirst ? B : A;
        writer.write(stating(first, 300_000_000L), "test");
        writer.write(stating(second, 500_000_000L), "test");
        assertThat(amount()).isEqualTo(300_000_000L);

        writer.delete(DocumentIds.of(first));
        writer.delete(DocumentIds.of(second));
        writer.write(stating(second, 500_000_000L), "test");
        writer.write(stating(first, 300_000_000L), "test");
        assertThat(amount()).isEqualTo(300_000_000L);
        assertThat(scalar("MATCH (:Entity {id: $a})-[r:INVESTS_IN]->(:Entity {id: $b}) RETURN r.documentCount",
                ends())).isEqualTo(2L);

        // the first document's text changes: its new amount is the one shown
        writer.write(stating(first, 700_000_000L), "test");
        assertThat(amount()).isEqualTo(700_000_000L);

        // it goes: the amount is the one the remaining evidence states, not the last one written
        writer.delete(DocumentIds.of(first));
        assertThat(amount()).isEqualTo(500_000_000L);
        assertThat(scalar("MATCH (:Entity {id: $a})-[r:INVESTS_IN]->(:Entity {id: $b}) RETURN r.documentCount",
                ends())).isEqualTo(1L);
    }

    @Test
    void inOneBatchTheFirstEvidenceGivesTheAmountWhateverTheOrderInTheBatch() {
        // a bulk load writes several documents per transaction: merge-facts then sees one fact in two rows
        boolean aFirst = DocumentIds.of(A).compareTo(DocumentIds.of(B)) < 0;
        String first = aFirst ? A : B;
        String second = aFirst ? B : A;
        writer.writeAll(List.of(stating(second, 500_000_000L), stating(first, 300_000_000L)), List.of("test", "test"));
        assertThat(amount()).isEqualTo(300_000_000L);
        assertThat(scalar("MATCH (:Entity {id: $a})-[r:INVESTS_IN]->(:Entity {id: $b}) RETURN r.documentCount",
                ends())).isEqualTo(2L);

        writer.delete(DocumentIds.of(first));
        writer.delete(DocumentIds.of(second));
        writer.writeAll(List.of(stating(first, 300_000_000L), stating(second, 500_000_000L)), List.of("test", "test"));
        assertThat(amount()).isEqualTo(300_000_000L);
        // each document's first evidence link keeps what it states: the other's amount is there when it goes
        assertThat(scalar("MATCH (:Sentence)-[st:STATES]->(:Entity {id: $a}) WHERE st.amountCny IS NOT NULL "
                + "RETURN count(st)", ends())).isEqualTo(2L);
        writer.delete(DocumentIds.of(first));
        assertThat(amount()).isEqualTo(500_000_000L);
    }

    private long amount() {
        return ((Number) scalar("MATCH (:Entity {id: $a})-[r:INVESTS_IN]->(:Entity {id: $b}) RETURN r.amountCny", ends()))
                .longValue();
    }

    private static Map<String, Object> ends() {
        return Map.of("a", SampleExtractions.id(COMPANY), "b", SampleExtractions.id(PARK));
    }
}
