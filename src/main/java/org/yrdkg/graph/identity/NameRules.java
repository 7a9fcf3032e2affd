package org.yrdkg.graph.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import org.yrdkg.extract.EntityType;
import org.yrdkg.extract.org.HeadNouns;
import org.yrdkg.extract.resolve.OrgNames;

/**
 * When a shorter name may be another name of a longer one of the same type. These are the only links
 * between names of different documents; {@link IdentityIndex} turns them into entities.
 */
final class NameRules {

    private NameRules() {
    }

    /**
     * The forms a known name stands for besides itself: the names documents used for it (其他称呼, 简称) and,
     * for a company, its name without legal suffix or brand tail (某某科技有限公司 → 某某科技, 某某).
     */
    static Set<String> knownForms(EntityType type, String name, Set<String> names) {
        Set<String> out = new LinkedHashSet<>(names);
        if (type == EntityType.Company) {
            out.addAll(OrgNames.companyShortForms(name));
        }
        out.remove(name);
        return out;
    }

    /**
     * {@code shorter} drops modifiers of {@code longer} and keeps its place prefix and head noun:
     * 甲乙示范区 of 甲乙丙丁一体化示范区, 甲乙区域合作办 of 甲乙区域合作办公室, 甲·乙科创园 of 甲·乙科创产业园.
     * The two share their first two characters, every character of the shorter appears in the longer in
     * order, its last one inside the longer's head noun, and its own head noun does not already end a part
     * of the longer one (甲乙开发区 is not 甲乙开发区丙丁分区, a part of it). Parks may drop every modifier
     * (甲乙示范区); other types keep at least four characters before the head (甲乙大学 is not 甲乙航空大学).
     * Companies are left to their legal short forms: 甲乙科技有限公司 may well not be 甲乙科技集团有限公司.
     */
    static boolean abbreviates(EntityType type, String shorter, String longer) {
        if (type == EntityType.Company || shorter.length() < 4 || shorter.length() >= longer.length() || !shorter.regionMatches(0, longer, 0, 2)) {
            return false;
        }
        HeadNouns.Head longHead = HeadNouns.headEndingAt(longer, longer.length());
        if (longHead == null) {
            return false;
        }
        int headStart = longer.length() - longHead.text().length();
        HeadNouns.Head shortHead = HeadNouns.headEndingAt(shorter, shorter.length());
        String shortModifiers = shortHead == null ? shorter.substring(0, shorter.length() - 1)
                : shorter.substring(0, shorter.length() - shortHead.text().length());
        if (shortHead != null && longer.substring(0, headStart).contains(shortHead.text())) {
            return false;
        }
        if (type != EntityType.Park && shortModifiers.length() < 4) {
            return false;
        }
        // the shorter's characters in order, its last one as late as possible and inside the head
        int at = 0;
        for (int i = 0; i < shorter.length() - 1; i++) {
            at = longer.indexOf(shorter.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        int last = longer.lastIndexOf(shorter.charAt(shorter.length() - 1));
        return last >= at && last >= headStart;
    }
}
