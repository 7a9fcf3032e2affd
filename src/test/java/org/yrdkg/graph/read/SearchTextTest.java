package org.yrdkg.graph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Lucene candidate queries entity search builds from what was typed. */
class SearchTextTest {

    @Test
    void aliasQueriesArePhrasesOfBothScriptsAndEscaped() {
        assertThat(SearchText.of("觀瀾").aliasExact()).isEqualTo("aliases:\"观澜\" OR aliases:\"觀瀾\"");
        assertThat(SearchText.of("观澜").aliasExact()).isEqualTo("aliases:\"观澜\"");
        assertThat(SearchText.of("a\"b").aliasExact()).isEqualTo("aliases:\"a\\\"b\"");
    }

    @Test
    void oneCharacterAlsoLooksForBigramsStartingWithIt() {
        assertThat(SearchText.of("瀛").aliasCandidates()).isEqualTo("aliases:\"瀛\" OR aliases:瀛*");
        assertThat(SearchText.of("瀛洲").aliasCandidates()).isEqualTo("aliases:\"瀛洲\"");
    }

    @Test
    void namePhraseOnlyForHanOfTwoCharactersOrMore() {
        assertThat(SearchText.of("星河电子").nameContains()).isEqualTo("name:\"星河电子\"");
        assertThat(SearchText.of("星").nameContains()).isNull();
        assertThat(SearchText.of("TCL科技").nameContains()).isNull();
    }
}
