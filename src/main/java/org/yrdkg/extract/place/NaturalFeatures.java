package org.yrdkg.extract.place;

/**
 * Many county short names are also lakes, mountains or rivers (太湖, 西湖, 南湖, 巢湖, 普陀): the words
 * around them say which. 环太湖, 沿太湖, 太湖流域, 西湖景区 name the feature, not the county.
 */
final class NaturalFeatures {

    private static final String[] BEFORE = {"环", "沿", "游"};
    private static final String[] AFTER = {"流域", "湖区", "水域", "水面", "湖面", "湖畔", "沿岸", "之滨", "景区", "风景区",
            "水质", "水系", "蓝藻", "湿地", "山脉", "山区", "山麓", "之畔", "岸线"};

    private NaturalFeatures() {
    }

    /** True when the words around [start, end) show the name is a lake, mountain or river. */
    static boolean around(String text, int start, int end) {
        for (String b : BEFORE) {
            if (start >= b.length() && text.startsWith(b, start - b.length())) {
                return true;
            }
        }
        for (String a : AFTER) {
            if (text.startsWith(a, end)) {
                return true;
            }
        }
        return false;
    }
}
