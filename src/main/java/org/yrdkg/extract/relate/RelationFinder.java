package org.yrdkg.extract.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.org.Project;
import org.yrdkg.extract.resolve.Entity;
import org.yrdkg.extract.resolve.Resolution;
import org.yrdkg.extract.resolve.Resolved;
import org.yrdkg.extract.text.NameSpan;
import org.yrdkg.extract.text.PlaceHit;
import org.yrdkg.extract.text.PlaceRef;
import org.yrdkg.extract.text.PlaceSource;
import org.yrdkg.extract.text.SentenceView;

/**
 * Relations over the resolved mentions, sentence by sentence, then the official hierarchy between the
 * places of the document. Pronouns (我市, 该区, 双方, 两地) stand for an entity only where the document
 * makes it clear: the city or district it names most, the last pair that cooperated.
 */
public final class RelationFinder {

    public record Result(List<ExtractedRelation> relations, List<ExtractedEntity> ancestors,
                         List<ExtractedRelation> hierarchy) { }

    private static final Pattern PRONOUN = Pattern.compile("我市|本市|该市|我区|本区|该区|我县|本县|该县|我省|本省|双方|两地|该公司|该企业|该集团");
    /**
     * X总经理说,公司在Z投资…: a bare 公司 or 集团 opening a clause, before what it does, is the company just named;
     * 园区位于Z: a bare 园区 opening a sentence is the park the document is about.
     */
    private static final Pattern BARE_COMPANY = Pattern.compile(
            "(?:^|[,，:：])(公司|集团)(?=在|将|已|拟|计划|于|投资|还|也|正|目前|今年|明年)");
    private static final Pattern BARE_PARK = Pattern.compile("^(园区)(?=位于|地处|坐落于|坐落在|选址)");
    /** 该基金由…发起设立, 基金已投资…: the document's one fund, alliance or platform, named by its head word alone. */
    private static final Pattern BARE_HEAD = Pattern.compile(
            "(?:该|本|这只|这支|这一)(基金|联盟|平台)|(?:^|[,，])(基金|联盟|平台)(?=已|将|由|还|也|累计|先后|目前|重点|主要|共)");
    private static final List<String> HEAD_WORDS = List.of("基金", "联盟", "平台");

    private final PlaceSource placeSource;

    public RelationFinder(PlaceSource placeSource) {
        this.placeSource = placeSource;
    }

    public Result find(List<SentenceView> views, Resolution resolution, List<List<Project>> projects) {
        RelationCollector out = new RelationCollector();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : resolution.entities()) byId.put(e.id(), e);
        CooperationPatterns cooperation = new CooperationPatterns();
        InvestmentPatterns investment = new InvestmentPatterns(this::within);
        LocationPatterns location = new LocationPatterns(p -> byId.get(idOf(p)));
        CompanyFrames companies = new CompanyFrames(this::within);
        Referents referents = Referents.of(resolution);
        Scenes scenes = new Scenes(referents.onlyPark().isEmpty() ? null : referents.onlyPark().get(0));
        Entity previousSubject = null;
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            List<Resolved> ms = withPronouns(v, resolution.sentences().get(i), resolution.entities(), referents,
                    cooperation.lastPair, cooperation.lastPlacePair);
            ms = withoutPlacesOfUnnamedBodies(v, withHere(v, ms, previousSubject));
            SentenceMentions s = new SentenceMentions(v, ms);
            List<Entity> pairBefore = cooperation.lastPair, placesBefore = cooperation.lastPlacePair;
            cooperation.find(s, out);
            if (cooperation.lastPair != pairBefore || cooperation.lastPlacePair != placesBefore) {
                // 甲与乙结对,双方联合成立…; 地处甲和乙之间,两地共建…: the pair this very sentence named
                ms = withoutPlacesOfUnnamedBodies(v, withPronouns(v, resolution.sentences().get(i), resolution.entities(), referents,
                        cooperation.lastPair, cooperation.lastPlacePair));
                s = new SentenceMentions(v, ms);
                cooperation.find(s, out);
            }
            investment.find(s, projects.get(i), cooperation.lastPair, previousSubject, out);
            location.find(s, out);
            scenes.find(s, out);
            companies.find(s, out);
            runOns(v, byId, out);
            if (!ms.isEmpty() && !ms.get(0).isGroup()) previousSubject = ms.get(0).entity();
        }
        companies.finish(out, byId);
        namedIn(views, resolution, byId, out);
        return hierarchy(resolution, byId, out);
    }

    /** 上海市闵行区, 杭州余杭, 闵行区华漕镇: the text itself puts the inner place in the outer one. */
    private void runOns(SentenceView v, Map<String, Entity> byId, RelationCollector out) {
        PlaceHit before = null;
        for (PlaceHit h : v.places()) {
            final PlaceHit previous = before;
            before = h;
            if (!h.isGroup() && !h.context().isEmpty()) {
                List<PlaceRef> address = h.context();
                link(byId, h.places().get(0), address.get(address.size() - 1), v, out);
                // 浙江省平湖市新埭镇: each pair the address writes together (平湖市 in 浙江省), not only the innermost
                for (int k = address.size() - 1; k > 0; k--) link(byId, address.get(k), address.get(k - 1), v, out);
            }
            if (previous != null && previous.end() == h.start() && !previous.isGroup() && !h.isGroup()
                    && placeSource.ancestors(h.places().get(0)).stream().anyMatch(a -> a.code() != null
                    && a.code().equals(previous.places().get(0).code()))) {
                link(byId, h.places().get(0), previous.places().get(0), v, out);
            }
        }
    }

    private static void link(Map<String, Entity> byId, PlaceRef inner, PlaceRef outer, SentenceView v, RelationCollector out) {
        Entity a = byId.get(idOf(inner)), b = byId.get(idOf(outer));
        if (a != null && b != null) out.add(a, RelationType.LOCATED_IN, b, v, 0.95);
    }

    private static String idOf(PlaceRef p) {
        return p.code() != null ? p.code() : "Region:" + p.name();
    }

    /** 淮南高新区 lies in 淮南市: the places an organisation's name starts with. */
    private static void namedIn(List<SentenceView> views, Resolution resolution, Map<String, Entity> byId,
                                RelationCollector out) {
        for (Entity e : resolution.entities()) {
            if (e.place() != null || e.mentions().isEmpty()) continue;
            SentenceView evidence = views.get(e.mentions().get(0).sentence());
            for (PlaceRef p : e.namedIn()) {
                Entity place = byId.get(idOf(p));
                if (place != null) out.add(e, RelationType.LOCATED_IN, place, evidence, 0.8);
            }
        }
    }

    private Result hierarchy(Resolution resolution, Map<String, Entity> byId, RelationCollector out) {
        Map<String, ExtractedEntity> ancestors = new LinkedHashMap<>();
        Map<String, ExtractedRelation> links = new LinkedHashMap<>();
        for (Entity e : resolution.entities()) {
            if (e.place() == null || e.code() == null) continue;
            String child = e.id(), childName = e.name();
            for (PlaceRef a : placeSource.ancestors(e.place())) {
                Entity named = byId.get(idOf(a));
                if (named != null) {
                    if (child.equals(e.id())) {
                        out.add(e, RelationType.LOCATED_IN, named, null, 0.7);
                    } else {
                        links.putIfAbsent(child + ">" + named.id(), gazetteerLink(child, childName, named.id(), named.name()));
                    }
                    break;
                }
                ancestors.putIfAbsent(idOf(a), new ExtractedEntity(idOf(a), a.type(), a.name(), List.of(), a.code(), List.of()));
                links.putIfAbsent(child + ">" + idOf(a), gazetteerLink(child, childName, idOf(a), a.name()));
                child = idOf(a);
                childName = a.name();
            }
        }
        return new Result(out.relations(), new ArrayList<>(ancestors.values()), new ArrayList<>(links.values()));
    }

    private static ExtractedRelation gazetteerLink(String source, String sourceName, String target, String targetName) {
        return new ExtractedRelation(source, RelationType.LOCATED_IN, target, sourceName, targetName, null, null, null,
                null, ExtractedRelation.Origin.GAZETTEER, -1, -1, -1, null, 0.7);
    }

    /** True when place {@code inner} lies within place {@code outer} in the official hierarchy. */
    boolean within(Entity inner, Entity outer) {
        if (inner.place() == null || outer.code() == null) return false;
        return placeSource.ancestors(inner.place()).stream().anyMatch(p -> outer.code().equals(p.code()));
    }

    /** 这里 opening a sentence (after 未来, 如今 at most) */
    private static final Pattern HERE = Pattern.compile("^(?:未来|如今|目前|今后|将来|同时)?[,，]?(这里)");

    /**
     * 甲中心的核心项目正在建设。这里未来将与乙中心分工协作: 这里 opening a sentence is the thing the sentence before
     * was about, when that is a place, zone, platform or body (a company is no "here").
     */
    private static List<Resolved> withHere(SentenceView v, List<Resolved> mentions, Entity previousSubject) {
        Matcher m = HERE.matcher(v.text());
        if (previousSubject == null || previousSubject.type() == EntityType.Company || previousSubject.type() == EntityType.Region
                || !m.lookingAt() || mentions.stream().anyMatch(r -> r.start() < m.end(1))) return mentions;
        List<Resolved> out = new ArrayList<>(mentions);
        out.add(0, new Resolved(new NameSpan(v.index(), m.start(1), m.end(1), "这里", previousSubject.type(), List.of(),
                NameSpan.Kind.PLACE), List.of(previousSubject)));
        return out;
    }

    /**
     * What the document's own words stand for, worked out once per document: the contract roles it gave its
     * parties (with only 乙方 declared, 甲方 is the other side, the company the announcement names most), and its
     * park when it has only one (which of several a bare 园区 means, the text does not say).
     */
    private record Referents(Map<String, Entity> roles, List<Entity> onlyPark, Map<String, Entity> onlyByHead) {

        static Referents of(Resolution resolution) {
            Map<String, Entity> roles = new LinkedHashMap<>(resolution.roles());
            Entity second = roles.get("乙方");
            if (second != null && !roles.containsKey("甲方")) {
                refersTo("该公司", resolution.entities().stream().filter(x -> x != second).toList(), List.of()).stream()
                        .findFirst().ifPresent(first -> roles.put("甲方", first));
            }
            List<Entity> parks = resolution.entities().stream()
                    .filter(x -> x.type() == EntityType.Park && !x.mentions().isEmpty()).toList();
            Map<String, Entity> onlyByHead = new LinkedHashMap<>();
            for (String head : HEAD_WORDS) {
                List<Entity> named = resolution.entities().stream()
                        .filter(x -> !x.mentions().isEmpty() && !x.type().isPlace() && x.name().endsWith(head)).toList();
                if (named.size() == 1) onlyByHead.put(head, named.get(0));
            }
            return new Referents(roles, parks.size() == 1 ? parks : List.of(), onlyByHead);
        }
    }

    private static List<Resolved> withPronouns(SentenceView v, List<Resolved> mentions, List<Entity> entities,
                                               Referents referents, List<Entity> lastPair, List<Entity> lastPlacePair) {
        String text = v.text();
        List<Resolved> out = new ArrayList<>(mentions);
        // 其中甲方出资…,乙方出资…: a role the document gave a party stands for that party
        for (Map.Entry<String, Entity> role : referents.roles().entrySet()) {
            for (int at = text.indexOf(role.getKey()); at >= 0; at = text.indexOf(role.getKey(), at + 1)) {
                int open = text.lastIndexOf('(', at);
                boolean declaration = open >= 0 && text.indexOf(')', open) > at && text.substring(open, at).contains("简称");
                if (!declaration) standIn(v, mentions, out, at, role.getKey(), List.of(role.getValue()));
            }
        }
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            standIn(v, mentions, out, m.start(), m.group(),
                    refersTo(m.group(), entities, m.group().equals("两地") ? lastPlacePair : lastPair));
        }
        Matcher bare = BARE_COMPANY.matcher(text);
        while (bare.find()) {
            int s = bare.start(1);
            Entity named = mentions.stream().filter(r -> r.end() <= s && !r.isGroup() && r.entity().type() == EntityType.Company)
                    .reduce((a, b) -> b).map(Resolved::entity).orElse(null);
            standIn(v, mentions, out, s, bare.group(1), named != null ? List.of(named) : refersTo("该公司", entities, lastPair));
        }
        Matcher park = BARE_PARK.matcher(text);
        if (park.find() && mentions.stream().noneMatch(r -> r.start() < park.end(1))) {
            standIn(v, mentions, out, 0, park.group(1), referents.onlyPark());
        }
        Matcher head = BARE_HEAD.matcher(text);
        while (head.find()) {
            int g = head.group(1) != null ? 1 : 2;
            Entity only = referents.onlyByHead().get(head.group(g));
            if (only != null) standIn(v, mentions, out, head.start(), head.group(), List.of(only));
        }
        if (out.size() == mentions.size()) return mentions;
        out.sort(Comparator.comparingInt(Resolved::start));
        return out;
    }

    /**
     * 沪苏浙皖四地的国有资本投资平台, 上海的企业: places before 的 and a company or body of no name only say whose act
     * (三地政务服务部门, a place's own government, still speaks for the places).
     */
    private static final Pattern QUALIFIES_KIND = Pattern.compile(
            "^(?:[两三四五六七八九]地|等地|各地|地区)?的[^,，。；;、与和及]{0,14}?(?:平台|企业|公司|高校|院所|基金|银行|医院|学校|集团)");

    private static List<Resolved> withoutPlacesOfUnnamedBodies(SentenceView v, List<Resolved> mentions) {
        List<Resolved> out = new ArrayList<>(mentions.size());
        for (int k = 0; k < mentions.size(); k++) {
            Resolved r = mentions.get(k);
            Matcher m = QUALIFIES_KIND.matcher(v.text()).region(r.end(), v.text().length());
            boolean place = r.entities().stream().allMatch(e -> e.type().isPlace());
            boolean qualifies = place && m.lookingAt() && (k + 1 == mentions.size() || mentions.get(k + 1).start() >= m.end());
            if (!qualifies) out.add(r);
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    /** A word at {@code at} standing for {@code refers}, unless it names nothing or lies in a mention already. */
    private static void standIn(SentenceView v, List<Resolved> mentions, List<Resolved> out, int at, String word,
                                List<Entity> refers) {
        int end = at + word.length();
        if (refers.isEmpty() || mentions.stream().anyMatch(r -> r.start() < end && at < r.end())) return;
        out.add(new Resolved(new NameSpan(v.index(), at, end, word, refers.get(0).type(), List.of(), NameSpan.Kind.PLACE),
                refers));
    }

    private static List<Entity> refersTo(String pronoun, List<Entity> entities, List<Entity> lastPair) {
        if (pronoun.equals("双方") || pronoun.equals("两地")) return lastPair.size() == 2 ? lastPair : List.of();
        EntityType type = switch (pronoun.charAt(1)) {
            case '公', '企', '集' -> EntityType.Company; // 该公司投资…: the company the document is about
            case '市' -> EntityType.City;
            case '区', '县' -> EntityType.District;
            default -> EntityType.Province;
        };
        Map<Entity, Integer> counts = new LinkedHashMap<>();
        for (Entity e : entities) if (e.type() == type) counts.put(e, e.mentions().size());
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).filter(x -> x.getValue() > 0)
                .map(x -> List.of(x.getKey())).orElse(List.of());
    }
}
