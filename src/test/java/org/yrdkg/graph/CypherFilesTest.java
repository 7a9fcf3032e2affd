package org.yrdkg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherFilesTest {

    @Test
    void queriesGoOutWithoutTheirHeaderComments() {
        String text = "// what it does\n//   and why\n\n  // indented\nMATCH (n) // why this\n// inside\nRETURN n\n";
        assertThat(CypherFiles.withoutLeadingComments(text)).isEqualTo("MATCH (n) // why this\n// inside\nRETURN n\n");
        assertThat(CypherFiles.query("read/entity-relations")).startsWith("MATCH");
        assertThat(CypherFiles.file("read/entity-relations.cypher")).startsWith("//");
    }

    @Test
    void aFileOfCommentsOnlyLeavesNothing() {
        assertThat(CypherFiles.withoutLeadingComments("// only\n// comments")).isEmpty();
    }
}
