package org.yrdkg.extract.place;

import org.yrdkg.extract.model.EntityType;

/**
 * A place a mention can resolve to: an official administrative division (with its code) or a named
 * region above the provinces (长三角, 长江经济带; no code).
 *
 * @param id         entity id: the division code ("310112", "31"), or "Region:" + name
 * @param name       canonical name, full official form in Simplified Chinese (闵行区, 上海市, 长三角)
 * @param type       Province, City, District, Town or Region
 * @param code       official division code as in divisions.tsv, or null for a region
 * @param parentCode code of the division directly above, or null (provinces, regions)
 */
public record Place(String id, String name, EntityType type, String code, String parentCode) {

    static Place division(String code, String name, EntityType type, String parentCode) {
        return new Place(code, name, type, code, parentCode == null || parentCode.isEmpty() ? null : parentCode);
    }

    static Place region(String name) {
        return new Place("Region:" + name, name, EntityType.Region, null, null);
    }

    public boolean isDivision() {
        return code != null;
    }

    /** True for the four provinces of the Yangtze River Delta: 上海 31, 江苏 32, 浙江 33, 安徽 34. */
    public boolean inDelta() {
        return code != null && code.length() >= 2 && code.charAt(0) == '3' && code.charAt(1) >= '1' && code.charAt(1) <= '4';
    }
}
