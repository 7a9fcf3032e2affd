package org.yrdkg.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yrdkg.document.DocumentReader;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.Extractor;
import org.yrdkg.extract.place.Gazetteer;
import org.yrdkg.extract.place.Place;

@Order(6) // its lane starts it early (TwoLanes)
class CorpusGeneratorTest {

    static Extractor extractor;
    static DeltaPlaces places;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor();
        places = new DeltaPlaces(Gazetteer.shared());
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() throws IOException {
        List<String> a = articles(7, 5);
        assertThat(articles(7, 5)).isEqualTo(a);
        assertThat(articles(8, 5)).isNotEqualTo(a);
    }

    @Test
    void articlesAreAboutFourThousandCharacters() throws IOException {
        List<String> docs = articles(1, 40);
        double mean = docs.stream().mapToInt(String::length).average().orElseThrow();
        assertThat(mean).isBetween(3_000.0, 5_500.0);
    }

    @Test
    void moreArticlesNameMoreDistinctEntitiesThanTheSeeds() throws IOException {
        DocumentReader reader = new DocumentReader();
        List<String> docs = articles(3, 30);
        Set<String> first10 = new HashSet<>();
        Set<String> all = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            for (ExtractedEntity e : extractor.extract(reader.read("a" + i + ".txt", docs.get(i).getBytes())).entities()) {
                if (i < 10) {
                    first10.add(e.id());
                }
                all.add(e.id());
                if (e.code() != null) {
                    places.add(e.code());
                }
            }
        }
        Set<String> seeds = new HashSet<>();
        for (SeedArticle s : new SeedTemplates(CorpusGeneratorTest.places, extractor).read(Path.of("seeds"))) {
            extractor.extract(reader.read(s.name(), s.text().getBytes())).entities().forEach(e -> seeds.add(e.id()));
        }
        assertThat(all.size()).isGreaterThan(first10.size() * 2).isGreaterThan(seeds.size());
        assertThat(places.size()).as("distinct real divisions named").isGreaterThan(50);
    }

    @Test
    void aRunOnOfCityAndDistrictStaysAParentAndItsChild() {
        Place hangzhou = Gazetteer.shared().byCode("3301").orElseThrow();
        Place yuhang = Gazetteer.shared().byCode("330110").orElseThrow();
        String text = "杭州余杭。\n杭州余杭建设园区。";
        SeedArticle seed = new SeedArticle("runon.txt", text,
                List.of(new SeedArticle.Span(0, 5), new SeedArticle.Span(6, text.length())),
                List.of(new Slot.PlaceName(6, 8, hangzhou, true), new Slot.PlaceName(8, 10, yuhang, true)));
        SplittableRandom random = new SplittableRandom(11);
        ArticleComposer composer = new ArticleComposer(List.of(seed), places, new OrgNameComposer(random), random);
        for (int i = 0; i < 30; i++) {
            String runOn = composer.compose(7).lines().skip(1).findFirst().orElseThrow().replace("建设园区。", "");
            assertThat(splitsIntoCityAndItsDistrict(runOn)).as(runOn).isTrue();
        }
    }

    private static boolean splitsIntoCityAndItsDistrict(String runOn) {
        Gazetteer g = Gazetteer.shared();
        for (int cut = 2; cut <= runOn.length() - 2; cut++) {
            for (Gazetteer.Alias city : g.aliases(runOn.substring(0, cut))) {
                for (Gazetteer.Alias district : g.aliases(runOn.substring(cut))) {
                    if (city.place().isDivision() && g.contains(city.place().code(), district.place().code())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> articles(long seed, int count) throws IOException {
        CorpusGenerator g = CorpusGenerator.fromSeeds(Path.of("seeds"), extractor, seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(g.next());
        }
        return out;
    }
}
