package org.yrdkg.extract.model;

/** Fact types; the constant names are also the Neo4j relationship types. */
public enum RelationType {
    COOPERATES_WITH, INVESTS_IN, LOCATED_IN;

    /** COOPERATES_WITH is symmetric: A–B and B–A are one fact. */
    public boolean isSymmetric() {
        return this == COOPERATES_WITH;
    }
}
