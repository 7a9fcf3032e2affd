package org.yrdkg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yrdkg.extract.EntityType;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.shared();

    @Test
    void municipalityDistrictsHangUnderTheProvince() {
        Place minhang = g.byCode("310112").orElseThrow();
        assertThat(minhang.name()).isEqualTo("闵行区");
        assertThat(minhang.type()).isEqualTo(EntityType.District);
        assertThat(minhang.parentCode()).isEqualTo("31");
        assertThat(g.byCode("31").orElseThrow().type()).isEqualTo(EntityType.Province);
        assertThat(g.byCode("3101")).isEmpty();
    }

    @Test
    void lineageAndChildren() {
        assertThat(g.lineage("330421").stream().map(Place::name)).containsExactly("嘉善县", "嘉兴市", "浙江省");
        assertThat(g.children("3205").stream().map(Place::name)).contains("吴江区", "昆山市");
        assertThat(g.contains("32", "320509")).isTrue();
        assertThat(g.contains("33", "320509")).isFalse();
        assertThat(g.lineage("999999")).isEmpty();
    }

    @Test
    void aliasIndexKeepsSameNamedPlacesApart() {
        assertThat(g.aliases("朝阳区")).extracting(a -> a.place().code()).contains("110105", "220104");
        assertThat(g.aliases("鼓楼区")).extracting(a -> a.place().code()).contains("320106", "350102");
        assertThat(g.aliases("溧阳")).extracting(a -> a.place().name()).containsExactly("溧阳市");
        assertThat(g.aliases("溧阳").get(0).kind()).isEqualTo(Gazetteer.AliasKind.SHORT);
        assertThat(g.aliases("西塘")).isEmpty();
        assertThat(g.provincesByAbbreviation('皖')).extracting(Place::name).containsExactly("安徽省");
        assertThat(g.provincesByAbbreviation('黔')).extracting(Place::name).containsExactly("贵州省");
    }

    @Test
    void sizeMatchesTheDataFile() {
        assertThat(g.size()).isBetween(41_000, 42_000);
    }
}
