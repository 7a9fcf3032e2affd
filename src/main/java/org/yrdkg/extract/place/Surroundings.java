package org.yrdkg.extract.place;

/**
 * The words around a name that say it is not the place. Many county short names are also lakes,
 * mountains or rivers (太湖, 西湖, 南湖, 普陀): 环太湖, 太湖流域, 西湖景区 name the feature, and a city's
 * short name before 河/湾/湖 is a river, bay or lake (苏州河, 杭州湾, 通州湾). Roads and lines
 * are named after the places they join or start from (南京路, 中山路, 沪闵路, 沪宁高速, 京沪干线).
 */
final class Surroundings {

    private static final String[] FEATURE_BEFORE = {"环", "沿", "游"};
    private static final String[] FEATURE_AFTER = {"流域", "湖区", "水域", "水面", "湖面", "湖畔", "沿岸", "之滨", "景区",
            "风景区", "水质", "水系", "蓝藻", "湿地", "山脉", "山区", "山麓", "之畔", "岸线", "河", "湾", "湖"};
    private static final String[] ROAD_AFTER = {"路", "东路", "西路", "南路", "北路", "中路", "大道", "大街", "街", "公路",
            "高速", "铁路", "高铁", "城际", "干线", "专线", "航线", "线", "大桥", "隧道", "运河"};

    private Surroundings() {
    }

    /** True when the words around [start, end) show the name is a lake, mountain or river. */
    static boolean naturalFeature(String text, int start, int end) {
        for (String b : FEATURE_BEFORE) {
            if (start >= b.length() && text.startsWith(b, start - b.length())) {
                return true;
            }
        }
        return startsWithAny(text, end, FEATURE_AFTER);
    }

    /** True when the name at [.., end) is the first part of a road or line name: 南京路, 沪宁高速. */
    static boolean roadName(String text, int end) {
        return !text.startsWith("街道", end) && startsWithAny(text, end, ROAD_AFTER);
    }

    /**
     * 共建湖宣…, 新建湖…: the character before a short name and the name's first character make a verb of the
     * dictionary (共建, 新建), so the name's first character belongs to the verb and the short name is no place.
     */
    static boolean verbRunsIn(String text, int start) {
        return start >= 1 && start + 1 <= text.length() && WordSignals.mainlyAVerb(text.substring(start - 1, start + 1));
    }

    private static boolean startsWithAny(String text, int at, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
}
