package org.yrdkg.graph.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yrdkg.extract.model.EntityType;

/**
 * Which organisation, company, park or platform each name of each document stands for, across documents.
 * <p>
 * A <em>form</em> is what one document calls an entity: its document-local id (type + its longest name
 * there) with the other names it used. Forms with the same id are one form whatever document gave them.
 * A form links to a longer form of the same type when it is one of that form's known names or company
 * short forms, or abbreviates it ({@link NameRules}). Forms are resolved longest first: a form whose
 * links all lead to one entity belongs to it; a form with links to two entities is <em>ambiguous</em> and
 * stays an entity of its own; a form without links is an entity. The entity's id and name are those of
 * its longest form.
 * <p>
 * The result is a function of the set of forms alone, never of the order documents came in: loading A
 * then B gives the same entities as B then A. When a document adds or removes forms, the forms whose
 * entity changes are known ({@link #takeChanges}), and the writer rewrites the documents that use them.
 */
public final class IdentityIndex {

    /** A form and the names each document used for it. */
    static final class Form {
        final String id;
        final EntityType type;
        final String name;
        /** the name as it is compared ({@link NameRules#key}) */
        final String key;
        final Map<String, Set<String>> namesByDocument = new HashMap<>();
        /** how many documents used each name: the names change only when a count leaves or reaches 0 */
        private final Map<String, Integer> documentsPerName = new HashMap<>();

        Form(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
            this.key = NameRules.key(type, name);
        }

        /** its look-up keys, a function of its type and key alone: computed once, used by index, unindex and link */
        private LookUpKeys lookUpKeys;

        LookUpKeys lookUpKeys() {
            if (lookUpKeys == null) {
                lookUpKeys = new LookUpKeys(NameRules.shorterKey(type, key), NameRules.longerKeys(type, key),
                        NameRules.placeSuffixes(key), NameRules.facilityOwners(type, key));
            }
            return lookUpKeys;
        }

        /** kept until the names change: a form named by many documents is looked at by every link test */
        private Set<String> names;
        private Set<String> knownForms;

        Set<String> names() {
            if (names == null) {
                Set<String> all = new TreeSet<>(documentsPerName.keySet());
                all.add(name);
                names = java.util.Collections.unmodifiableSet(all);
            }
            return names;
        }

        /** The names one document uses for this form now (empty: none); returns whether the form's names change. */
        boolean setNames(String documentId, Set<String> now) {
            Set<String> before = namesByDocument.getOrDefault(documentId, Set.of());
            boolean changed = false;
            for (String n : before) {
                if (!now.contains(n) && documentsPerName.merge(n, -1, Integer::sum) == 0) {
                    documentsPerName.remove(n);
                    changed |= !n.equals(name);
                }
            }
            for (String n : now) {
                if (!before.contains(n) && documentsPerName.merge(n, 1, Integer::sum) == 1) {
                    changed |= !n.equals(name);
                }
            }
            if (now.isEmpty()) {
                namesByDocument.remove(documentId);
            } else {
                // compact and immutable: hundreds of thousands of these at 10,000 documents, most of one name
                namesByDocument.put(documentId, Set.copyOf(now));
            }
            if (changed) {
                namesChanged();
            }
            return changed;
        }

        /** Whether {@link #setNames} would change the form's names. */
        boolean namesWouldChange(String documentId, Set<String> now) {
            Set<String> before = namesByDocument.getOrDefault(documentId, Set.of());
            for (String n : before) {
                if (!now.contains(n) && documentsPerName.get(n) == 1 && !n.equals(name)) {
                    return true;
                }
            }
            for (String n : now) {
                if (!before.contains(n) && !documentsPerName.containsKey(n) && !n.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        Set<String> knownForms() {
            if (knownForms == null) {
                knownForms = Set.copyOf(NameRules.knownForms(type, name, names()));
            }
            return knownForms;
        }

        /** Called after {@link #namesByDocument} changed. */
        void namesChanged() {
            names = null;
            knownForms = null;
        }
    }

    /** A form's keys in the look-ups below ({@link NameRules}); {@code shorter} is null for a company. */
    record LookUpKeys(String shorter, Set<String> longer, Set<String> placeSuffixes, Set<String> facilityOwners) {

        /** Kept for every form: immutable compact sets (mostly empty or of one key) instead of linked hash sets. */
        LookUpKeys {
            longer = Set.copyOf(longer);
            placeSuffixes = Set.copyOf(placeSuffixes);
            facilityOwners = Set.copyOf(facilityOwners);
        }
    }

    /** One form of one document: the document-local entity. */
    public record FormOf(String id, EntityType type, String name, Set<String> names) {
    }

    /** The entity a form belongs to; {@code ambiguous} lists the entities a form with several links could be. */
    public record Identity(String entityId, List<String> ambiguous) {
    }

    /** Longest key first; of one key, the longest name (the full official form names the entity). */
    private static final Comparator<Form> LONGEST_FIRST = Comparator
            .comparingInt((Form f) -> -f.key.length()).thenComparingInt(f -> -f.name.length()).thenComparing(f -> f.id);

    private final Map<String, Form> forms = new HashMap<>();
    private final Map<String, Set<String>> formsOfDocument = new HashMap<>();
    /** form → the longer forms it links to, and back */
    private final Map<String, Set<String>> up = new HashMap<>();
    private final Map<String, Set<String>> down = new HashMap<>();
    // the look-ups hold the forms themselves: a link test walks buckets of hundreds of forms
    /** a known name or short form → the forms that know it */
    private final Map<String, Set<Form>> byKnownForm = new HashMap<>();
    /** a form's key → forms of that key (of any type) */
    private final Map<String, Set<Form>> byName = new HashMap<>();
    /** first and last character → forms (as the shorter of an abbreviation) */
    private final Map<String, Set<Form>> asShorter = new HashMap<>();
    /** first character and a character of the head noun → forms (as the longer of an abbreviation) */
    private final Map<String, Set<Form>> asLonger = new HashMap<>();
    /** what is left of a name after a leading place → forms (長三角甲乙走廊 under 甲乙走廊) */
    private final Map<String, Set<Form>> byPlaceSuffix = new HashMap<>();
    /** the company a described facility may belong to → the facility's forms (甲乙研发中心 under 甲乙) */
    private final Map<String, Set<Form>> byFacilityOwner = new HashMap<>();
    private Map<String, Identity> identities;
    /** forms whose entity may have changed since {@link #identities} was computed */
    private final Set<String> dirty = new HashSet<>();
    /** forms whose entity changed since {@link #takeChanges}, with the entity they had (null: new form) */
    private final Map<String, String> previousEntity = new HashMap<>();

    /** The organisation-like types; places have their division codes. */
    public static boolean resolves(EntityType type) {
        return !type.isPlace();
    }

    public Set<String> documents() {
        return formsOfDocument.keySet();
    }

    public Set<String> formsOf(String documentId) {
        return formsOfDocument.getOrDefault(documentId, Set.of());
    }

    /**
     * Replaces what a document says (an empty list removes the document). Returns the forms that came, went
     * or gained or lost a name: only those are linked again (the links depend on the names alone, and a name
     * many documents repeat would otherwise be linked again by each of them), and only their entities' names
     * may change with this document.
     */
    public Set<String> setDocument(String documentId, List<FormOf> documentForms) {
        Map<String, Set<String>> now = new HashMap<>();
        Map<String, FormOf> added = new HashMap<>();
        for (FormOf x : documentForms) {
            now.computeIfAbsent(x.id(), k -> new TreeSet<>()).addAll(x.names());
            now.get(x.id()).add(x.name());
            added.putIfAbsent(x.id(), x);
        }
        Set<String> touched = new HashSet<>(formsOfDocument.getOrDefault(documentId, Set.of()));
        touched.addAll(now.keySet());
        Set<String> relink = new HashSet<>();
        for (String id : touched) {
            Form f = forms.get(id);
            Set<String> names = now.getOrDefault(id, Set.of());
            if (f == null) {
                FormOf x = added.get(id);
                f = new Form(x.id(), x.type(), x.name());
                forms.put(id, f);
                relink.add(id);
            } else if (names.isEmpty() && f.namesByDocument.keySet().equals(Set.of(documentId))
                    || f.namesWouldChange(documentId, names)) {
                unindex(f);
                relink.add(id);
            }
            f.setNames(documentId, names);
        }
        if (now.isEmpty()) {
            formsOfDocument.remove(documentId);
        } else {
            formsOfDocument.put(documentId, Set.copyOf(now.keySet()));
        }
        for (String id : relink) {
            Form f = forms.get(id);
            if (f.namesByDocument.isEmpty()) {
                forms.remove(id);
            } else {
                index(f);
            }
        }
        for (String id : relink) {
            if (forms.containsKey(id)) {
                link(forms.get(id));
            }
        }
        dirty.addAll(relink);
        return relink;
    }

    private void index(Form f) {
        for (String k : f.knownForms()) {
            byKnownForm.computeIfAbsent(k, x -> new HashSet<>()).add(f);
        }
        byName.computeIfAbsent(f.key, x -> new HashSet<>()).add(f);
        String shorterKey = f.lookUpKeys().shorter();
        if (shorterKey != null) asShorter.computeIfAbsent(shorterKey, x -> new HashSet<>()).add(f);
        for (String k : f.lookUpKeys().longer()) {
            asLonger.computeIfAbsent(k, x -> new HashSet<>()).add(f);
        }
        for (String k : f.lookUpKeys().placeSuffixes()) {
            byPlaceSuffix.computeIfAbsent(k, x -> new HashSet<>()).add(f);
        }
        for (String k : f.lookUpKeys().facilityOwners()) {
            byFacilityOwner.computeIfAbsent(k, x -> new HashSet<>()).add(f);
        }
    }

    /** Takes a form out of the look-ups and drops its links both ways. */
    private void unindex(Form f) {
        dirty.add(f.id);
        dirty.addAll(down.getOrDefault(f.id, Set.of()));
        for (String k : f.knownForms()) {
            remove(byKnownForm, k, f);
        }
        remove(byName, f.key, f);
        String shorterKey = f.lookUpKeys().shorter();
        if (shorterKey != null) remove(asShorter, shorterKey, f);
        for (String k : f.lookUpKeys().longer()) {
            remove(asLonger, k, f);
        }
        for (String k : f.lookUpKeys().placeSuffixes()) {
            remove(byPlaceSuffix, k, f);
        }
        for (String k : f.lookUpKeys().facilityOwners()) {
            remove(byFacilityOwner, k, f);
        }
        for (String longer : up.getOrDefault(f.id, Set.of())) {
            remove(down, longer, f.id);
        }
        for (String shorter : down.getOrDefault(f.id, Set.of())) {
            remove(up, shorter, f.id);
        }
        up.remove(f.id);
        down.remove(f.id);
    }

    /**
     * Links a (re-)indexed form to the longer forms it may name and the shorter forms that may name it. The
     * buckets are walked as they are (a form in two of them is tested twice, which links it once) rather than
     * copied into one set: a bucket may hold hundreds of forms, and a load links every new form.
     */
    private void link(Form f) {
        linkTo(f, byKnownForm.get(f.name));
        String shorterKey = f.lookUpKeys().shorter();
        if (shorterKey != null) linkTo(f, asLonger.get(shorterKey));
        linkTo(f, byPlaceSuffix.get(f.key));
        linkTo(f, byName.get(f.key));
        linkFrom(f, byName.get(f.key));
        for (String k : f.lookUpKeys().longer()) {
            linkFrom(f, asShorter.get(k));
        }
        for (String k : f.lookUpKeys().placeSuffixes()) {
            linkFrom(f, byName.get(k));
        }
        for (String k : f.knownForms()) {
            linkFrom(f, byName.get(NameRules.key(f.type, k)));
        }
        linkFacilities(f);
    }

    /** Links {@code f} to those of these forms it is a shorter name of. */
    private void linkTo(Form f, Set<Form> longer) {
        if (longer != null) {
            for (Form l : longer) {
                if (linked(f, l)) {
                    addLink(f.id, l.id);
                }
            }
        }
    }

    /** Links those of these forms that are a shorter name of {@code f} to it. */
    private void linkFrom(Form f, Set<Form> shorter) {
        if (shorter != null) {
            for (Form sh : shorter) {
                if (linked(sh, f)) {
                    addLink(sh.id, f.id);
                }
            }
        }
    }

    /**
     * A described facility (甲乙研发中心, no place, no name of its own) links to the company whose name or short
     * form precedes it: across documents as {@code EntityResolver} does inside one. The link runs from the
     * facility to the shorter company name; {@link #identities} resolves in link order, not length order.
     */
    private void linkFacilities(Form f) {
        for (String owner : f.lookUpKeys().facilityOwners()) {
            Set<Form> companies = new HashSet<>(byName.getOrDefault(owner, Set.of()));
            companies.addAll(byKnownForm.getOrDefault(owner, Set.of()));
            for (Form company : companies) {
                if (company.type == EntityType.Company) {
                    addLink(f.id, company.id);
                }
            }
        }
        if (f.type == EntityType.Company) {
            Set<String> owned = new HashSet<>(f.knownForms());
            owned.add(f.key);
            for (String name : owned) {
                for (Form facility : byFacilityOwner.getOrDefault(name, Set.of())) {
                    addLink(facility.id, f.id);
                }
            }
        }
    }

    /**
     * Whether {@code shorter} links to {@code longer}: same type, a shorter key (or the same key in a longer
     * name) and a name rule between them; the cheap tests first, since every form of a bucket is tested.
     */
    private static boolean linked(Form shorter, Form longer) {
        if (shorter == longer || shorter.type != longer.type || shorter.key.length() > longer.key.length()) {
            return false;
        }
        if (shorter.key.equals(longer.key)) {
            // one name written with a generic word in full and in short: the full one names the entity
            return shorter.name.length() < longer.name.length();
        }
        return shorter.key.length() < longer.key.length() && (longer.knownForms().contains(shorter.name)
                || NameRules.shortens(shorter.type, shorter.key, longer.key));
    }

    private void addLink(String shorter, String longer) {
        up.computeIfAbsent(shorter, k -> new HashSet<>()).add(longer);
        down.computeIfAbsent(longer, k -> new HashSet<>()).add(shorter);
    }

    private static <T> void remove(Map<String, Set<T>> map, String key, T value) {
        Set<T> s = map.get(key);
        if (s != null) {
            s.remove(value);
            if (s.isEmpty()) {
                map.remove(key);
            }
        }
    }

    /**
     * Every form's entity, longest forms first so that a form's links are resolved before it. Only the
     * forms that changed and the shorter forms below them are resolved again: an entity changes only
     * through a longer form.
     */
    public Map<String, Identity> identities() {
        if (identities == null) {
            identities = new HashMap<>();
            dirty.addAll(forms.keySet());
        }
        if (!dirty.isEmpty()) {
            Set<String> closure = new HashSet<>();
            List<String> stack = new ArrayList<>(dirty);
            while (!stack.isEmpty()) {
                String id = stack.remove(stack.size() - 1);
                if (closure.add(id)) {
                    stack.addAll(down.getOrDefault(id, Set.of()));
                }
            }
            dirty.clear();
            List<Form> ordered = new ArrayList<>();
            Map<String, String> was = new HashMap<>();
            for (String id : closure) {
                Identity old = identities.remove(id);
                was.put(id, old == null ? null : old.entityId());
                if (forms.containsKey(id)) {
                    ordered.add(forms.get(id));
                }
            }
            ordered.sort(LONGEST_FIRST);
            Map<String, Identity> out = identities;
            Set<String> pending = new HashSet<>();
            ordered.forEach(f -> pending.add(f.id));
            for (Form f : ordered) {
                resolve(f, pending, new HashSet<>());
            }
            was.forEach((id, old) -> {
                Identity now = out.get(id);
                if (old == null || now == null || !old.equals(now.entityId())) {
                    previousEntity.putIfAbsent(id, old);
                }
            });
        }
        return identities;
    }

    /**
     * A form's entity, the forms it links to first. A name a document used for a longer form (以下简称, the
     * same key) outweighs a longer form it merely could abbreviate: only when there is no such known name do
     * the other links count. Links to two entities make the form ambiguous. A cycle (possible only through a
     * facility's link to its company) is cut where it closes.
     */
    private Identity resolve(Form f, Set<String> pending, Set<String> visiting) {
        if (!pending.contains(f.id)) {
            return identities.get(f.id);
        }
        if (!visiting.add(f.id)) {
            return null;
        }
        Set<String> known = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        for (String id : up.getOrDefault(f.id, Set.of())) {
            Form longer = forms.get(id);
            Identity target = resolve(longer, pending, visiting);
            if (target == null) {
                continue;
            }
            boolean namedSo = longer.type == f.type && (longer.key.equals(f.key) || longer.knownForms().contains(f.name));
            (namedSo ? known : other).add(target.entityId());
        }
        Set<String> targets = known.isEmpty() ? other : known;
        Identity out = targets.size() == 1 ? new Identity(targets.iterator().next(), List.of())
                : new Identity(f.id, List.copyOf(targets));
        visiting.remove(f.id);
        pending.remove(f.id);
        identities.put(f.id, out);
        return out;
    }

    /** The type of an entity (of the form whose id it has). */
    public EntityType typeOf(String entityId) {
        Form f = forms.get(entityId);
        return f == null ? null : f.type;
    }

    public Identity identity(String formId) {
        return identities().get(formId);
    }

    /**
     * The forms whose entity changed (new and gone forms included) since the last call, each with the
     * entity it had before (null for a new form); then starts afresh.
     */
    public Map<String, String> takeChanges() {
        identities();
        Map<String, String> out = new HashMap<>(previousEntity);
        previousEntity.clear();
        return out;
    }

    /** The documents that use these forms. */
    public Set<String> documentsUsing(Set<String> formIds) {
        Set<String> out = new TreeSet<>();
        for (String id : formIds) {
            Form f = forms.get(id);
            if (f != null) {
                out.addAll(f.namesByDocument.keySet());
            }
        }
        return out;
    }

    /** An entity's name, type, names of all its forms but the name, and the entities it could also be. */
    public record EntityNames(String id, EntityType type, String name, List<String> aliases, List<String> ambiguous) {
    }

    /** The names of the entities with these ids (those that still have forms). */
    public List<EntityNames> entityNames(Set<String> entityIds) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, Identity> all = identities();
        for (String id : new TreeSet<>(entityIds)) {
            if (forms.containsKey(id) && all.get(id).entityId().equals(id)) {
                // an entity's forms are its own and shorter forms below it
                Set<String> n = new TreeSet<>();
                Set<String> seen = new HashSet<>();
                List<String> stack = new ArrayList<>(List.of(id));
                while (!stack.isEmpty()) {
                    String f = stack.remove(stack.size() - 1);
                    if (seen.add(f) && all.get(f).entityId().equals(id)) {
                        n.addAll(forms.get(f).names());
                        stack.addAll(down.getOrDefault(f, Set.of()));
                    }
                }
                names.put(id, n);
            }
        }
        List<EntityNames> out = new ArrayList<>();
        names.forEach((id, n) -> {
            Form root = forms.get(id);
            n.remove(root.name);
            out.add(new EntityNames(id, root.type, root.name, List.copyOf(n), all.get(id).ambiguous()));
        });
        return out;
    }

    /** Adds one stored form of a document, as read back from the graph. */
    public void load(String documentId, String formId, EntityType type, String name, List<String> names) {
        Form f = forms.computeIfAbsent(formId, k -> new Form(formId, type, name));
        Set<String> all = new TreeSet<>(f.namesByDocument.getOrDefault(documentId, Set.of()));
        all.addAll(names);
        all.add(name);
        f.setNames(documentId, all);
        formsOfDocument.computeIfAbsent(documentId, k -> new HashSet<>()).add(formId);
    }

    /** After {@link #load}ing every form: builds the look-ups and links. */
    public void link() {
        forms.values().forEach(this::index);
        forms.values().forEach(this::link);
        identities = null;
        dirty.clear();
        identities();
        previousEntity.clear();
    }
}
