package org.yrdkg.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yrdkg.extract.EntityType;

class AliasGeneratorTest {

    private static Iterable<String> shorts(String name, EntityType type) {
        return AliasGenerator.shortNames(Place.division("1", name, type, null));
    }

    @Test
    void stripsTheAdministrativeSuffix() {
        assertThat(shorts("闵行区", EntityType.District)).containsExactly("闵行");
        assertThat(shorts("淮南市", EntityType.City)).containsExactly("淮南");
        assertThat(shorts("嘉善县", EntityType.District)).containsExactly("嘉善");
        assertThat(shorts("安徽省", EntityType.Province)).containsExactly("安徽");
        assertThat(shorts("锡林郭勒盟", EntityType.City)).containsExactly("锡林郭勒");
        assertThat(shorts("阿克苏地区", EntityType.City)).containsExactly("阿克苏");
    }

    @Test
    void handlesAutonomousAndSpecialForms() {
        assertThat(shorts("延边朝鲜族自治州", EntityType.City)).containsExactly("延边");
        assertThat(shorts("恩施土家族苗族自治州", EntityType.City)).containsExactly("恩施");
        assertThat(shorts("长阳土家族自治县", EntityType.District)).containsExactly("长阳");
        assertThat(shorts("内蒙古自治区", EntityType.Province)).containsExactly("内蒙古");
        assertThat(shorts("广西壮族自治区", EntityType.Province)).containsExactly("广西");
        assertThat(shorts("香港特别行政区", EntityType.Province)).containsExactly("香港");
        assertThat(shorts("浦东新区", EntityType.District)).containsExactly("浦东");
        assertThat(shorts("神农架林区", EntityType.District)).containsExactly("神农架");
        assertThat(shorts("清新区", EntityType.District)).containsExactly("清新");
    }

    @Test
    void neverStripsToOneCharacterNorShortensTowns() {
        assertThat(shorts("寿县", EntityType.District)).isEmpty();
        assertThat(shorts("城区", EntityType.District)).isEmpty();
        assertThat(shorts("鄂温克族自治旗", EntityType.District)).isEmpty();
        assertThat(shorts("西塘镇", EntityType.Town)).isEmpty();
        assertThat(shorts("新虹街道", EntityType.Town)).isEmpty();
    }
}
