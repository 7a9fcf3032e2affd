package org.yrdkg.extract.model;

/**
 * One fact between two entities of the same extraction, with the sentence that states it.
 *
 * @param sourceId        id of the source entity
 * @param targetId        id of the target entity
 * @param source          canonical name of the source
 * @param target          canonical name of the target
 * @param amountCny       amount in yuan (INVESTS_IN), or null
 * @param amountQualifier 近/约/超/逾… kept from the text, or null
 * @param project         project name (INVESTS_IN), or null
 * @param date            ISO date (yyyy, yyyy-MM or yyyy-MM-dd) when the sentence states one, or null
 * @param origin          TEXT when a sentence says so, GAZETTEER for the official hierarchy
 * @param sentence        index of the evidence sentence, or -1 for GAZETTEER facts
 * @param start           offset of the evidence span in {@code Document.text()} (-1 without evidence)
 * @param end             end offset of the evidence span (-1 without evidence)
 * @param evidence        the evidence sentence text (original script), or null
 * @param confidence      0..1
 * @param amount          the amount as stated, in units of {@code currency} (INVESTS_IN), or null
 * @param currency        ISO 4217 code of {@code amount} (CNY, USD, HKD, EUR…), or null; a foreign amount
 *                        has no {@code amountCny}: it is never converted
 */
public record ExtractedRelation(String sourceId, RelationType type, String targetId, String source, String target,
                                Long amountCny, String amountQualifier, String project, String date,
                                Origin origin, int sentence, int start, int end, String evidence,
                                double confidence, Long amount, String currency) {

    public enum Origin { TEXT, GAZETTEER }

    /** A fact whose amount, if any, is in yuan. */
    public ExtractedRelation(String sourceId, RelationType type, String targetId, String source, String target,
                             Long amountCny, String amountQualifier, String project, String date,
                             Origin origin, int sentence, int start, int end, String evidence, double confidence) {
        this(sourceId, type, targetId, source, target, amountCny, amountQualifier, project, date, origin, sentence, start,
                end, evidence, confidence, amountCny, amountCny == null ? null : "CNY");
    }
}
