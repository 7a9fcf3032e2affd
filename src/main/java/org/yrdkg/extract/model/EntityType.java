package org.yrdkg.extract.model;

/** Entity types of ANNOTATION.md; the constant names are also the Neo4j labels. */
public enum EntityType {
    Region, Province, City, District, Town, Park, Company, Platform, Organization;

    public boolean isPlace() {
        return ordinal() <= Town.ordinal();
    }
}
