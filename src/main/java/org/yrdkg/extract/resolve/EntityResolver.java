package org.yrdkg.extract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.document.Sentence;
import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.Mention;
import org.yrdkg.extract.org.Anchors;
import org.yrdkg.extract.org.HeadNouns;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.PlaceRef;
import org.yrdkg.extract.text.PlaceSource;
import org.yrdkg.extract.text.SentenceView;

/**
 * One entity per real thing per document. Places are keyed by division code. Organisation names are
 * grouped by their core (the name without its leading places) when their places agree: 上海X工业区,
 * 某区X工业区 and X工业区 are one park; 甲市文旅局 and 乙区文旅局 stay two, and a bare 文旅局 that could be
 * either is dropped. Short forms (简称, 某某国际有限公司 → 某某国际) found elsewhere in the text are mentions too.
 */
public final class EntityResolver {

    /** （以下简称“X”）, also with more names: （以下简称“X”、“乙方”）; roles such as 乙方 or 公司 are no names */
    private static final Pattern SHORT_NAME = Pattern.compile("^\\((?:以下)?简称[:：]?((?:[“”\"]?[^“”\"、,，)]{2,12}[“”\"]?[、,，]?){1,4})\\)");
    private static final Pattern ROLE = Pattern.compile("^(?:[甲乙丙丁]方|本?公司|本集团|集团|发行人|标的公司|上市公司|项目公司|合资公司|基金|本基金)$");

    private final PlaceSource placeSource;

    public EntityResolver(PlaceSource placeSource) {
        this.placeSource = placeSource;
    }

    /** @param display the name to show: 市文旅局 of a document about 淮南市 is 淮南市文旅局 */
    private record OrgName(String name, String core, PlaceRef innermost, List<PlaceRef> places, EntityType type,
                           String display) { }

    public Resolution resolve(List<SentenceView> views, List<List<NameSpan>> spans) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        Map<String, Entity> orgByName = groupOrganisations(views, spans, byId);
        Map<String, Entity> roles = new LinkedHashMap<>();
        addShortNames(views, spans, orgByName, roles);
        List<List<NameSpan>> all = rescan(views, spans, orgByName);

        List<List<Resolved>> perSentence = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            boolean[] inOrg = new boolean[v.text().length() + 1];
            for (NameSpan o : all.get(i)) {
                if (!o.isPlace()) for (int c = o.start(); c < o.end() && c < inOrg.length; c++) inOrg[c] = true;
            }
            List<Resolved> out = new ArrayList<>();
            for (NameSpan n : all.get(i)) {
                if (n.isPlace()) {
                    List<Entity> es = new ArrayList<>();
                    for (PlaceRef p : n.places()) es.add(placeEntity(byId, p));
                    PlaceHit hit = v.placeCovering(n.start(), n.end());
                    if (hit != null) for (PlaceRef p : hit.context()) placeEntity(byId, p).addMention(mention(v, n));
                    boolean insideOrg = n.start() < inOrg.length && inOrg[n.start()] && inOrg[Math.max(n.start(), n.end() - 1)];
                    if (es.size() == 1) es.get(0).addSurface(n.name());
                    if (!insideOrg) {
                        for (Entity e : es) e.addMention(mention(v, n));
                        out.add(new Resolved(n, es));
                    }
                } else {
                    Entity e = orgByName.get(n.name());
                    if (e == null) continue;
                    e.addSurface(n.name());
                    e.addMention(mention(v, n));
                    for (PlaceRef p : n.places()) {
                        if (p.type() != EntityType.Region) e.namedIn.add(p);
                        placeEntity(byId, p);
                    }
                    out.add(new Resolved(n, List.of(e)));
                }
            }
            out.sort(Comparator.comparingInt(Resolved::start));
            perSentence.add(out);
        }
        List<Entity> entities = byId.values().stream()
                .filter(e -> e.place() != null || !e.mentions().isEmpty()).toList();
        return new Resolution(entities, perSentence, roles);
    }

    private static Entity placeEntity(Map<String, Entity> byId, PlaceRef p) {
        String id = p.code() != null ? p.code() : "Region:" + p.name();
        return byId.computeIfAbsent(id, k -> new Entity(k, p.type(), p.name(), p.code(), p));
    }

    private static Mention mention(SentenceView v, NameSpan n) {
        Sentence s = v.sentence();
        int start = s.toDocumentOffset(n.start());
        int end = n.end() >= v.text().length() ? s.end() : s.toDocumentOffset(n.end());
        String original = s.text().substring(Math.max(0, start - s.start()), Math.max(0, Math.min(s.text().length(), end - s.start())));
        return new Mention(s.index(), start, end, original);
    }

    /** Groups the organisation names of the document into entities; returns name → entity. */
    private Map<String, Entity> groupOrganisations(List<SentenceView> views, List<List<NameSpan>> spans,
                                                   Map<String, Entity> byId) {
        Map<String, OrgName> names = new LinkedHashMap<>();
        Map<String, Map<EntityType, Integer>> typeVotes = new LinkedHashMap<>();
        Map<EntityType, PlaceRef> home = homePlaces(spans);
        for (int i = 0; i < views.size(); i++) {
            for (NameSpan n : spans.get(i)) {
                if (n.isPlace()) continue;
                typeVotes.computeIfAbsent(n.name(), k -> new LinkedHashMap<>()).merge(n.type(), 1, Integer::sum);
                names.computeIfAbsent(n.name(), k -> orgName(views.get(n.sentence()), n, home));
            }
        }
        List<OrgName> ordered = new ArrayList<>(names.values());
        ordered.sort(Comparator.comparingInt((OrgName o) -> o.places().size()).reversed()
                .thenComparing(Comparator.comparingInt((OrgName o) -> o.name().length()).reversed()));
        List<List<OrgName>> groups = new ArrayList<>();
        Map<String, List<List<OrgName>>> byCore = new LinkedHashMap<>();
        Map<String, List<OrgName>> byShortForm = new LinkedHashMap<>();
        for (OrgName o : ordered) {
            List<List<OrgName>> sameCore = byCore.getOrDefault(o.core(), List.of());
            List<List<OrgName>> fits = sameCore.stream().filter(g -> g.stream().allMatch(x -> sameThing(x, o))).toList();
            if (fits.isEmpty() && byShortForm.containsKey(o.name())) fits = List.of(byShortForm.get(o.name()));
            if (fits.isEmpty() && o.type() == EntityType.Company && OrgNames.isBareBrand(o.name())) {
                List<OrgName> full = companyStartingWith(groups, o.name());
                if (full != null) fits = List.of(full);
            }
            if (fits.isEmpty() && o.type() == EntityType.Company && OrgNames.brandOfKind(o.name()) != null) {
                // 某某股份 for 某某新能源股份有限公司: the brand and the kind of company the full name has
                String brand = OrgNames.brandOfKind(o.name());
                List<OrgName> full = companyStartingWith(groups, brand, o.name().substring(brand.length()));
                if (full != null) fits = List.of(full);
            }
            if (fits.isEmpty()) fits = shortenedFrom(o, groups);
            List<OrgName> group = null;
            if (fits.size() == 1) {
                group = fits.get(0);
                group.add(o);
            } else if (fits.isEmpty() && (o.innermost() != null || specificCore(o.core()) || specificCore(o.name()))) {
                group = new ArrayList<>(List.of(o));
                groups.add(group);
            }
            if (group != null) {
                byCore.computeIfAbsent(o.core(), k -> new ArrayList<>());
                if (!byCore.get(o.core()).contains(group)) byCore.get(o.core()).add(group);
                if (o.type() == EntityType.Company) {
                    for (String f : OrgNames.companyShortForms(o.name())) byShortForm.putIfAbsent(f, group);
                }
            }
        }
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (List<OrgName> g : groups) {
            OrgName canonical = g.stream().max(Comparator.comparingInt((OrgName o) -> o.display().length())).orElseThrow();
            Map<EntityType, Integer> votes = new LinkedHashMap<>();
            for (OrgName o : g) typeVotes.get(o.name()).forEach((t, c) -> votes.merge(t, c, Integer::sum));
            EntityType type = votes.getOrDefault(canonical.type(), 0) * 2 >= votes.values().stream().mapToInt(x -> x).sum()
                    ? canonical.type() : votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String id = type + ":" + canonical.display();
            Entity e = byId.computeIfAbsent(id, k -> new Entity(k, type, canonical.display(), null, null));
            if (canonical.innermost() != null && !canonical.display().equals(canonical.name())) e.namedIn.add(canonical.innermost());
            for (OrgName o : g) byName.put(o.name(), e);
        }
        // 合肥某某科技有限公司 is 某某科技 later on: a company's name without its place, when no other company shares it
        Map<String, Entity> placeless = new LinkedHashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (List<OrgName> g : groups) {
            for (OrgName o : g) {
                Entity e = byName.get(o.name());
                if (e.type() != EntityType.Company || o.core().equals(o.name()) || o.core().length() < 4) continue;
                Entity before = placeless.putIfAbsent(o.core(), e);
                if (before != null && before != e) shared.add(o.core());
            }
        }
        placeless.forEach((core, e) -> { if (!shared.contains(core)) byName.putIfAbsent(core, e); });
        return byName;
    }

    /**
     * The one company group whose name, without its place prefix, starts with {@code brand}: 华芯微感 (from
     * 华芯微感智能传感器项目) is 上海华芯微感科技有限公司. Null when none or more than one fits.
     */
    private static List<OrgName> companyStartingWith(List<List<OrgName>> groups, String brand) {
        return companyStartingWith(groups, brand, "");
    }

    /** The one group holding a company whose name starts with the brand and holds the kind word; else null. */
    private static List<OrgName> companyStartingWith(List<List<OrgName>> groups, String brand, String kind) {
        List<OrgName> found = null;
        for (List<OrgName> g : groups) {
            boolean fits = g.stream().anyMatch(x -> x.type() == EntityType.Company && !x.name().equals(brand + kind)
                    && x.core().startsWith(brand) && x.core().length() > brand.length() + kind.length()
                    && x.core().indexOf(kind, brand.length()) >= 0);
            if (!fits) continue;
            if (found != null) return null;
            found = g;
        }
        return found;
    }

    /**
     * The one group holding a longer name that {@code o} shortens, by how its kind is shortened; else empty:
     * 能晶材公司 (HanLP glued 中 to the verb before it) inside 瑞鑫中能晶材科技发展公司, for a brand of three characters
     * or more that is not all generic; 科创飞地 after 南湖·闵行科创飞地, a park's name without what sets it apart;
     * 瑞金医院 after 某大学附属瑞金医院, what follows 附属.
     */
    private static List<List<OrgName>> shortenedFrom(OrgName o, List<List<OrgName>> groups) {
        String brand = OrgNames.brandOfKind(o.name());
        java.util.function.Predicate<OrgName> longer = switch (o.type()) {
            case Company -> brand == null || brand.length() < 3 || withoutGenericWords(brand).isEmpty() ? x -> false
                    : x -> x.type() == EntityType.Company && x.name().length() > o.name().length() && x.core().indexOf(brand) > 0;
            case Park -> !o.places().isEmpty() ? x -> false
                    : x -> x.type() == EntityType.Park && x.name().length() > o.name().length() && x.name().endsWith(o.name());
            case Organization -> x -> x.type() == EntityType.Organization && x.name().endsWith("附属" + o.name());
            default -> x -> false;
        };
        List<List<OrgName>> found = groups.stream().filter(g -> g.stream().anyMatch(longer)).toList();
        return found.size() == 1 ? found : List.of();
    }

    /** The city and the district a document names most: what 市…/区… and 我市 refer to. */
    private static Map<EntityType, PlaceRef> homePlaces(List<List<NameSpan>> spans) {
        Map<PlaceRef, Integer> counts = new LinkedHashMap<>();
        for (List<NameSpan> list : spans) {
            for (NameSpan n : list) if (n.isPlace() && n.places().size() == 1) counts.merge(n.places().get(0), 1, Integer::sum);
        }
        Map<EntityType, PlaceRef> home = new LinkedHashMap<>();
        for (EntityType t : List.of(EntityType.City, EntityType.District)) {
            counts.entrySet().stream().filter(e -> e.getKey().type() == t).max(Map.Entry.comparingByValue())
                    .ifPresent(e -> home.put(t, e.getKey()));
        }
        return home;
    }

    private static OrgName orgName(SentenceView v, NameSpan n, Map<EntityType, PlaceRef> home) {
        String clean = n.name().replace("“", "").replace("”", "");
        char first = clean.charAt(0);
        PlaceRef homePlace = first == '市' ? home.get(EntityType.City) : first == '区' || first == '县' ? home.get(EntityType.District) : null;
        if (homePlace != null && clean.length() >= 3 && !v.overlapsPlace(n.start(), n.start() + 1)) {
            String core = clean.substring(1);
            return new OrgName(n.name(), key(n.type(), core), homePlace, List.of(homePlace), n.type(), homePlace.name() + core);
        }
        int pos = n.start();
        if (!n.name().contains("·")) {
            PlaceHit p;
            while ((p = v.placeCovering(pos, pos + 1)) != null && p.start() == pos && p.end() < n.end() && !p.isGroup()
                    && p.places().get(0).type() != EntityType.Region) {
                pos = p.end();
                // 江宁—博望跨界示范区: the places the dash joins are both the prefix
                if (pos + 1 < n.end() && v.text().charAt(pos) == '—' && v.placeCovering(pos + 1, pos + 2) != null) pos++;
            }
        }
        // from the name, not the span: a park read from its committee (某某经开区管委会) spans the committee too
        String core = n.name().substring(Math.min(pos - n.start(), n.name().length()));
        List<PlaceRef> places = n.places().stream().filter(p -> p.type() != EntityType.Region).toList();
        PlaceRef innermost = places.isEmpty() ? null : places.get(places.size() - 1);
        String bare = withoutCountry(core.replace("“", "").replace("”", ""));
        // 江苏省南通市通州湾示范区, 上海松江G60科创走廊: an address before a park with a name of its own is no part of
        // that name (上海闵行经济技术开发区 keeps its places: without them it would be any 经济技术开发区)
        String display = n.type() == EntityType.Park && places.size() >= 2 && ownName(bare) ? bare : clean;
        return new OrgName(n.name(), key(n.type(), bare), innermost, places, n.type(), display);
    }

    /** Countries the press writes before a foreign company's name (德国某某集团 is 某某集团). */
    private static final List<String> COUNTRIES = List.of("德国", "美国", "日本", "韩国", "法国", "英国", "意大利", "瑞士",
            "荷兰", "瑞典", "丹麦", "芬兰", "挪威", "比利时", "奥地利", "西班牙", "葡萄牙", "新加坡", "以色列", "加拿大",
            "澳大利亚", "新西兰", "爱尔兰", "卢森堡", "马来西亚", "泰国", "印度", "沙特", "阿联酋");

    private static String withoutCountry(String core) {
        for (String c : COUNTRIES) {
            if (core.startsWith(c) && core.length() - c.length() >= 3) return core.substring(c.length());
        }
        return core;
    }

    /** What two names of one kind are compared by: a zone's or a body's kind in its official short form. */
    private static String key(EntityType type, String core) {
        return switch (type) {
            case Park -> OrgNames.parkKey(core);
            case Organization -> OrgNames.bodyKey(core);
            default -> core;
        };
    }

    private boolean sameThing(OrgName a, OrgName b) {
        if (a.name().equals(b.name())) return true;
        if (!a.core().equals(b.core())) return false;
        if (a.innermost() == null || b.innermost() == null) return true;
        // 湖州经济技术开发区 and 长兴经济技术开发区: with a generic core, the place is the name
        if (!specificCore(a.core())) return samePlace(a.innermost(), b.innermost());
        // 浙江省人民医院 and 衢州市人民医院, 安徽某某股份 and 合肥某某股份: a body or a company of another level is another
        // (a parent and its subsidiary); a zone or platform is named from any level it lies in (上海/松江G60科创走廊)
        boolean named = a.type() == EntityType.Park || a.type() == EntityType.Platform;
        if (!named) return samePlace(a.innermost(), b.innermost());
        return within(a.innermost(), b.innermost()) || within(b.innermost(), a.innermost());
    }

    private static boolean samePlace(PlaceRef a, PlaceRef b) {
        return a.code() != null ? a.code().equals(b.code()) : a.name().equals(b.name());
    }

    private boolean within(PlaceRef inner, PlaceRef outer) {
        if (inner.code() == null || outer.code() == null) return false;
        if (inner.code().equals(outer.code())) return true;
        return placeSource.ancestors(inner).stream().anyMatch(p -> outer.code().equals(p.code()));
    }

    /** Words that rank or class a park (国家高新区, 省级开发区) rather than name it. */
    private static final List<String> RANKS = List.of("国家级", "国家", "省级", "市级", "国际", "经济技术", "高新技术", "新兴技术");

    /** A park name that still names one park without the places before it: two characters of its own at least. */
    private static boolean ownName(String core) {
        HeadNouns.Head head = HeadNouns.headEndingAt(core, core.length());
        if (head == null) return false;
        String modifier = core.substring(0, core.length() - head.text().length());
        for (String g : RANKS) modifier = modifier.replace(g, "");
        return withoutGenericWords(modifier).length() >= 2;
    }

    /** A core that names something by itself: more than a head noun with generic modifiers. */
    public static boolean specificCore(String core) {
        HeadNouns.Head head = HeadNouns.headEndingAt(core, core.length());
        String modifier = head == null ? core : core.substring(0, core.length() - head.text().length());
        if (head != null && HeadNouns.standsAlone(head.text())) return true;
        if (modifier.length() < 2) return false;
        return !withoutGenericWords(modifier).isEmpty();
    }

    private static String withoutGenericWords(String modifier) {
        for (String g : Anchors.GENERIC) modifier = modifier.replace(g, "");
        return modifier;
    }

    /** A party's role in a contract: 甲方, 乙方. */
    private static final Pattern CONTRACT_ROLE = Pattern.compile("^[甲乙丙丁]方$");

    /** （以下简称“X”）right after a name makes X another name of it; a contract role it gives goes to {@code roles}. */
    private static void addShortNames(List<SentenceView> views, List<List<NameSpan>> spans, Map<String, Entity> byName,
                                      Map<String, Entity> roles) {
        for (int i = 0; i < views.size(); i++) {
            String text = views.get(i).text();
            for (NameSpan n : spans.get(i)) {
                Matcher m = SHORT_NAME.matcher(text).region(n.end(), text.length());
                if (!n.isPlace() && m.lookingAt() && byName.containsKey(n.name())) {
                    for (String alias : m.group(1).split("[、,，]")) {
                        alias = alias.replaceAll("[“”\"]", "");
                        if (CONTRACT_ROLE.matcher(alias).matches()) roles.putIfAbsent(alias, byName.get(n.name()));
                        if (alias.length() < 2 || ROLE.matcher(alias).matches()) continue;
                        Entity named = byName.get(n.name()), other = byName.get(alias);
                        if (other == null) {
                            byName.put(alias, named);
                        } else if (other != named && other.name().equals(alias)) {
                            // the short form was also recognised on its own: the declaration says whose it is
                            byName.replaceAll((k, e) -> e == other ? named : e);
                        }
                    }
                }
            }
        }
    }

    private record Hit(int begin, int end, String value) { }

    /**
     * Every occurrence of every form in {@code text}. A document names a few dozen forms: searching for each
     * costs less than building an automaton per document.
     */
    private static List<Hit> occurrences(String text, java.util.Set<String> forms) {
        List<Hit> out = new ArrayList<>();
        for (String f : forms) {
            for (int at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) out.add(new Hit(at, at + f.length(), f));
        }
        return out;
    }

    /** Finds the known names and their short forms wherever the text repeats them outside other names. */
    /**
     * 华为研发中心 where the document knows 华为 as a company: the company, its unit only described (a unit with a
     * place or a name of its own keeps its whole name: 某某长三角人工智能超算中心).
     */
    private static NameSpan companyBeforeItsFacility(SentenceView v, NameSpan n, Map<String, Entity> forms) {
        if (n.isPlace() || n.type() == EntityType.Company || n.type() == EntityType.Park) return n;
        for (int cut = n.end() - 2; cut >= n.start() + 2; cut--) {
            Entity company = forms.get(v.text().substring(n.start(), cut));
            if (company == null || company.type() != EntityType.Company) continue;
            if (!HeadNouns.describedFacility(v.text().substring(cut, n.end())) || v.overlapsPlace(cut, n.end())) return n;
            return new NameSpan(n.sentence(), n.start(), cut, v.text().substring(n.start(), cut), EntityType.Company, n.places(),
                    NameSpan.Kind.ORG);
        }
        return n;
    }

    private static List<List<NameSpan>> rescan(List<SentenceView> views, List<List<NameSpan>> spans,
                                               Map<String, Entity> byName) {
        Map<String, Entity> forms = new LinkedHashMap<>(byName);
        Map<String, Integer> owners = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> e : byName.entrySet()) {
            if (e.getValue().type() != EntityType.Company) continue;
            for (String s : OrgNames.companyShortForms(e.getKey())) {
                // 旅游 from 黄山旅游发展股份有限公司 without its place: generic words name no company
                if (withoutGenericWords(s).isEmpty()) continue;
                if (forms.putIfAbsent(s, e.getValue()) == null) owners.put(s, 1);
                else if (forms.get(s) != e.getValue()) owners.merge(s, 1, Integer::sum);
            }
        }
        owners.forEach((s, c) -> { if (c > 1) forms.remove(s); });
        byName.putAll(forms);
        List<List<NameSpan>> out = new ArrayList<>();
        if (forms.isEmpty()) {
            for (List<NameSpan> l : spans) out.add(new ArrayList<>(l));
            return out;
        }
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            List<NameSpan> list = new ArrayList<>(spans.get(i));
            list.replaceAll(n -> companyBeforeItsFacility(v, n, forms));
            boolean[] taken = new boolean[v.text().length() + 1];
            // a known name outranks the place it starts with (嘉善城投 over 嘉善), never another name
            for (NameSpan n : list) if (!n.isPlace()) for (int c = n.start(); c < n.end() && c < taken.length; c++) taken[c] = true;
            List<Hit> hits = occurrences(v.text(), forms.keySet());
            hits.sort(Comparator.comparingInt((Hit h) -> h.begin() - h.end()).thenComparingInt(Hit::begin));
            for (Hit h : hits) {
                boolean free = true;
                for (int c = h.begin(); c < h.end() && free; c++) free = !taken[c];
                if (free) free = list.stream().noneMatch(n -> n.isPlace() && n.start() < h.end() && h.begin() < n.end()
                        && (n.start() < h.begin() || n.end() > h.end() || n.start() == h.begin() && n.end() == h.end()));
                if (!free) continue;
                for (int c = h.begin(); c < h.end(); c++) taken[c] = true;
                list.removeIf(n -> n.isPlace() && n.start() >= h.begin() && n.end() <= h.end());
                Entity e = forms.get(h.value());
                list.add(new NameSpan(i, h.begin(), h.end(), h.value(), e.type(), List.of(), NameSpan.Kind.ORG));
            }
            list.sort(Comparator.comparingInt(NameSpan::start));
            out.add(list);
        }
        return out;
    }
}
