package org.yrdkg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yrdkg.extract.model.EntityType;

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
    void everyParentExistsAndNoPseudoCitiesRemain() {
        for (String code : new String[] {"31", "11", "50", "71", "81", "82"}) {
            assertThat(g.byCode(code)).as(code).isPresent();
        }
        assertThat(g.aliases("市辖区")).isEmpty();
        assertThat(g.aliases("苏州工业园区")).isEmpty(); // a functional zone: a park, not a division
        assertThat(g.lineage("419001").stream().map(Place::name)).containsExactly("济源市", "河南省");
        assertThat(g.lineage("310112106").stream().map(Place::type))
                .containsExactly(EntityType.Town, EntityType.District, EntityType.Province);
        assertThat(g.children("31")).extracting(Place::name).contains("闵行区", "浦东新区", "崇明区");
    }

    @Test
    void sizeMatchesTheDataFile() {
        assertThat(g.size()).isBetween(41_000, 42_000);
    }
}
