package org.yrdkg.extract.place;

import java.util.List;

/**
 * One place mention in a sentence.
 *
 * @param sentence     index of the sentence ({@code Sentence.index()})
 * @param start        start offset in {@code Sentence.normalized()}
 * @param end          end offset (exclusive) in {@code Sentence.normalized()}
 * @param docStart     start offset in {@code Document.text()}
 * @param docEnd       end offset (exclusive) in {@code Document.text()}
 * @param surface      the normalized (Simplified) text of the span: an alias of the place(s)
 * @param original     the same span in the document's original script
 * @param places       what the span names: one place, or several for a group form (沪苏浙皖 → four
 *                     provinces) or a contraction (闵淮 → 闵行区, 淮南市)
 * @param form         how the span names them
 * @param parents      for a run-on (杭州余杭, 上海市闵行区): the mentions of the containing places inside
 *                     this span, outermost first; the text states "place LOCATED_IN parent". Empty otherwise
 * @param government   the span ends with 政府/人民政府 (闵行区政府): the government is the place itself
 * @param prefixOfName the span is followed by words ending in an organisation/park head noun (淮南 in
 *                     淮南高新区, 上海 in 上海交通大学): likely part of a longer name; a hint, not a verdict
 */
public record PlaceMention(int sentence, int start, int end, int docStart, int docEnd, String surface,
                           String original, List<Place> places, Form form, List<PlaceMention> parents,
                           boolean government, boolean prefixOfName) {

    /** How a mention names its place(s). */
    public enum Form {
        /** full official name: 闵行区, 安徽省, 华漕镇 */
        FULL,
        /** name without suffix: 闵行, 安徽 */
        SHORT,
        /** a province's one-character abbreviation standing alone: 沪 */
        ABBREVIATION,
        /** several provinces: 沪苏浙皖, 江浙沪, 三省一市, 两省一市 */
        GROUP,
        /** first characters of places named elsewhere in the document: 闵淮 */
        CONTRACTION,
        /** a region: 长三角, 长江三角洲, 长江经济带, or a place's named area (南京都市圈, 上海大都市圈) */
        REGION
    }

    public PlaceMention {
        places = List.copyOf(places);
        parents = List.copyOf(parents);
    }

    /** The single place of a non-group mention (the innermost place of a run-on). */
    public Place place() {
        return places.get(0);
    }

    public boolean isRunOn() {
        return !parents.isEmpty();
    }
}
