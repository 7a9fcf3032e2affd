package org.yrdkg.graph.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.org.HeadNouns;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.resolve.EntityResolver;
import org.yrdkg.extract.resolve.OrgNames;

/**
 * When a shorter name may be another name of a longer one of the same type. These are the only links
 * between names of different documents; {@link IdentityIndex} turns them into entities (and refuses a
 * shorter name that links to two).
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
     * The official short forms of generic words, the full form first: a name is compared under the
     * shortest (甲乙自由贸易试验区丙丁片区 and 甲乙自贸区丙丁片区 are one name). Companies keep their legal names.
     */
    private static final List<List<String>> GENERIC_SHORT_FORMS = List.of(
            List.of("自由贸易试验区", "自贸试验区", "自贸区"));

    /** The name a form is compared under: its generic words in their shortest official form. */
    static String key(EntityType type, String name) {
        if (type == EntityType.Company) {
            return name;
        }
        String out = name;
        for (List<String> forms : GENERIC_SHORT_FORMS) {
            String shortest = forms.get(forms.size() - 1);
            for (String longer : forms.subList(0, forms.size() - 1)) {
                out = out.replace(longer, shortest);
            }
        }
        return out;
    }

    /**
     * The look-up key of a name as the shorter of an abbreviation ({@link #shortens}): its first and last
     * character for a zone; its first two and last for other types, since only a zone's abbreviation may
     * change the second character ({@link #abbreviates}); none for a company, which never shortens. The
     * narrower keys keep the buckets small: with tens of thousands of forms, first-and-last buckets held
     * thousands of names each, scanned for every new form.
     */
    static String shorterKey(EntityType type, String name) {
        if (type == EntityType.Company) return null;
        return prefix(type, name) + name.charAt(name.length() - 1);
    }

    /** The look-up keys of a name as the longer of an abbreviation: its prefix and each character of its head noun. */
    static Set<String> longerKeys(EntityType type, String name) {
        Set<String> out = new LinkedHashSet<>();
        HeadNouns.Head head = HeadNouns.headEndingAt(name, name.length());
        if (head != null && type != EntityType.Company) {
            for (char c : head.text().toCharArray()) {
                out.add(prefix(type, name) + c);
            }
        }
        return out;
    }

    private static String prefix(EntityType type, String name) {
        return type == EntityType.Park || name.length() < 2 ? name.substring(0, 1) : name.substring(0, 2);
    }

    /**
     * The names of the companies a platform or organisation may be a described facility of: each start of
     * the name followed by a facility with no place and no name of its own (甲乙 of 甲乙研发中心, 甲乙科技 of
     * 甲乙科技华东总部; never 甲乙 of 甲乙苏州研发中心, a unit with a place of its own keeps its name).
     */
    static Set<String> facilityOwners(EntityType type, String name) {
        if (type != EntityType.Platform && type != EntityType.Organization) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int cut = 2; cut <= name.length() - 2; cut++) {
            String rest = name.substring(cut);
            if (HeadNouns.describedFacility(rest) && !namesPlaceWithin(rest)) {
                out.add(name.substring(0, cut));
            }
        }
        return out;
    }

    /** Whether some part of the text (two to four characters) names a place. */
    private static boolean namesPlaceWithin(String text) {
        Gazetteer places = Gazetteer.shared();
        for (int i = 0; i < text.length(); i++) {
            for (int n = 2; n <= 4 && i + n <= text.length(); n++) {
                if (places.namesPlace(text.substring(i, i + n))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 首届, 第二届, 第3届: the edition of a recurring event, before its name. */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("^(?:首届|第[一二三四五六七八九十百零〇0-9]+届)");

    /**
     * What follows each leading place or edition of a name (长三角甲乙走廊 → 甲乙走廊, 第二届甲乙博览会 →
     * 甲乙博览会): the shorter names {@link #withoutPlace} and {@link #withoutEdition} may link.
     */
    static Set<String> placeSuffixes(String name) {
        Set<String> out = new LinkedHashSet<>();
        var edition = EDITION.matcher(name);
        if (edition.find() && name.length() - edition.end() >= 3) {
            out.add(name.substring(edition.end()));
        }
        for (int i = 2; i <= Math.min(8, name.length() - 3); i++) {
            String rest = name.substring(i);
            if (rest.startsWith("·")) {
                rest = rest.substring(1);
            }
            if (withoutPlace(rest, name)) {
                out.add(rest);
            }
        }
        return out;
    }

    /** Whether {@code shorter} names the thing {@code longer} names, by {@link #withoutPlace} or {@link #abbreviates}. */
    static boolean shortens(EntityType type, String shorter, String longer) {
        // each rule below keeps the shorter's characters in order: a cheap test first, since the index asks
        // this of every name in a look-up bucket (hundreds share a start and a head noun character)
        return type != EntityType.Company && inOrder(shorter, longer)
                && (withoutPlace(shorter, longer) || withoutEdition(shorter, longer) || abbreviates(type, shorter, longer)
                || type == EntityType.Park && withoutRank(shorter, longer));
    }

    /** Whether every character of {@code shorter} appears in {@code longer}, in the same order. */
    static boolean inOrder(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < shorter.length(); i++) {
            at = longer.indexOf(shorter.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Words that rank or decorate a zone without telling which zone it is (国际 in 甲乙国际商务区). */
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile("国际|中央|国家级|省级");

    /**
     * {@code longer} is {@code shorter} with rank words inserted before its head noun: 甲乙商务区 of
     * 甲乙国际中央商务区. The shorter keeps at least two characters before its head noun, so a bare head
     * noun never links.
     */
    static boolean withoutRank(String shorter, String longer) {
        HeadNouns.Head head = HeadNouns.headEndingAt(shorter, shorter.length());
        if (head == null || shorter.length() - head.text().length() < 2 || !longer.endsWith(head.text())) {
            return false;
        }
        String longerModifiers = longer.substring(0, longer.length() - head.text().length());
        String shorterModifiers = shorter.substring(0, shorter.length() - head.text().length());
        if (!longerModifiers.startsWith(shorterModifiers) || longerModifiers.length() == shorterModifiers.length()) {
            return false;
        }
        return RANK.matcher(longerModifiers.substring(shorterModifiers.length())).replaceAll("").isEmpty();
    }

    /** {@code longer} is one edition of the event {@code shorter} names: 首届甲乙博览会, 第二届甲乙博览会 of 甲乙博览会. */
    static boolean withoutEdition(String shorter, String longer) {
        var edition = EDITION.matcher(longer);
        return edition.find() && longer.substring(edition.end()).equals(shorter);
    }

    /**
     * {@code longer} is a place followed by {@code shorter}, and {@code shorter} names something by itself
     * (modifiers beyond generic words before its head noun): 甲乙科创走廊 of 长三角甲乙科创走廊, 综合性丙丁中心 of
     * 某市综合性丙丁中心; never 文旅局 of 某市文旅局.
     */
    static boolean withoutPlace(String shorter, String longer) {
        if (!longer.endsWith(shorter) || shorter.length() == longer.length()) {
            return false;
        }
        String place = longer.substring(0, longer.length() - shorter.length());
        if (place.endsWith("·")) {
            place = place.substring(0, place.length() - 1);
        }
        HeadNouns.Head head = HeadNouns.headEndingAt(shorter, shorter.length());
        return head != null && shorter.length() - head.text().length() >= 2 && EntityResolver.specificCore(shorter)
                && Gazetteer.shared().namesPlace(place);
    }

    /**
     * {@code shorter} drops modifiers of {@code longer} and keeps its start and head noun: 甲乙示范区 of
     * 甲乙丙丁一体化示范区 (甲乙 a place), 甲乙区域合作办 of 甲乙区域合作办公室, 甲·乙科创园 of 甲·乙科创产业园, 甲乙科创产业园
     * of 甲某·乙某科创产业园. Every character of the shorter appears in the longer in order, the first the
     * same, its last inside the longer's head noun, and its own head noun does not already end a part of
     * the longer one (甲乙开发区 is not 甲乙开发区丙丁分区, a part of it). The shorter keeps at least four
     * characters of modifiers (甲乙大学 is not 甲乙航空大学), or, for a park, is a place and a head noun.
     */
    static boolean abbreviates(EntityType type, String shorter, String longer) {
        if (shorter.length() < 4 || shorter.length() >= longer.length() || shorter.charAt(0) != longer.charAt(0)) {
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
        boolean placeAndHead = type == EntityType.Park && shortHead != null && longer.startsWith(shortModifiers)
                && Gazetteer.shared().namesPlace(shortModifiers);
        if (shortModifiers.length() < 4 && !placeAndHead) {
            return false;
        }
        if (!placeAndHead && shorter.charAt(1) != longer.charAt(1) && type != EntityType.Park) {
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
