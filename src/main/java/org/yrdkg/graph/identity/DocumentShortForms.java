package org.yrdkg.graph.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.org.HeadNouns;
import org.yrdkg.extract.resolve.EntityResolver;

/**
 * What one document says about its own short forms: an article that names 甲乙丙丁一体化发展示范区 and later
 * writes 甲乙一体化示范区 or just 示范区 means the zone it named, as a reader takes it. When a shorter name of a
 * document refers back to exactly one longer name of the same type in that document (the longer ends with it,
 * or it abbreviates the longer: {@link NameRules#shortens}), the shorter becomes one of the names the
 * document used for the longer, as if the article had written 以下简称. Across documents it is then a known
 * name of that entity ({@link IdentityIndex}); known for two entities, it is ambiguous as any short form.
 * Companies are left to the extractor, which already joins a company's short forms inside a document.
 * <p>
 * A bare head noun (科创走廊, 示范区) may so become a known name of one park or platform across documents; once
 * other articles give it to another, it is ambiguous and links to neither.
 */
final class DocumentShortForms {

    private DocumentShortForms() {
    }

    /** The forms of one document, each longer form with the shorter names that refer back to it alone. */
    static List<IdentityIndex.FormOf> resolve(List<IdentityIndex.FormOf> forms) {
        List<IdentityIndex.FormOf> out = new ArrayList<>(forms);
        for (IdentityIndex.FormOf shorter : forms) {
            if (shorter.type() == EntityType.Company) {
                continue;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                if (refersBack(shorter, forms.get(i))) {
                    candidates.add(i);
                }
            }
            // a middle form (甲乙一体化示范区 between 甲乙丙丁一体化发展示范区 and 甲乙示范区) is not a second candidate
            List<Integer> outermost = candidates.stream().filter(i -> candidates.stream()
                    .noneMatch(j -> !j.equals(i) && refersBack(forms.get(i), forms.get(j)))).toList();
            if (outermost.size() == 1) {
                IdentityIndex.FormOf longer = out.get(outermost.get(0));
                Set<String> names = new TreeSet<>(longer.names());
                names.add(shorter.name());
                out.set(outermost.get(0), new IdentityIndex.FormOf(longer.id(), longer.type(), longer.name(), names));
            }
        }
        return out;
    }

    /** Whether {@code shorter} may refer back to {@code longer} inside one document. */
    static boolean refersBack(IdentityIndex.FormOf shorter, IdentityIndex.FormOf longer) {
        if (shorter.type() != longer.type() || shorter.type() == EntityType.Company) {
            return false;
        }
        String s = NameRules.key(shorter.type(), shorter.name());
        String l = NameRules.key(longer.type(), longer.name());
        if (s.length() >= l.length() || !EntityResolver.specificCore(l)) {
            return false;
        }
        // a body is named relative to a place (文旅局 of 某市文旅局 is said bare in other articles of their own
        // city's): an organisation's tail alone does not refer back, only a short form the rules accept
        boolean tail = shorter.type() != EntityType.Organization && l.endsWith(s) && HeadNouns.headEndingAt(s, s.length()) != null;
        return tail || NameRules.shortens(shorter.type(), s, l);
    }
}
