package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yrdkg.extract.model.Amount;
import org.yrdkg.extract.relate.Dates;

class AmountAndDateTest {

    @Test
    void currenciesAreKeptAsStated() {
        Amount usd = Amount.parse("拟出资1.5亿美元持股85%");
        assertThat(usd.value()).isEqualTo(150_000_000L);
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.yuan()).isNull();
        assertThat(Amount.parse("注资10.41万澳元").currency()).isEqualTo("AUD");
        assertThat(Amount.parse("投资3亿港元").currency()).isEqualTo("HKD");
        assertThat(Amount.parse("投资2亿欧元").currency()).isEqualTo("EUR");
        assertThat(Amount.parse("总投资约60亿元人民币").currency()).isEqualTo("CNY");
    }

    @Test
    void thousandsSeparatorsAndALeadingCurrencyWord() {
        assertThat(Amount.parse("增资金额为人民币49,800 万元").yuan()).isEqualTo(498_000_000L);
        assertThat(Amount.parse("总投资高达113亿元").qualifier()).isEqualTo("高达");
    }

    @Test
    void amountsToYuan() {
        assertThat(Amount.parse("总投资55亿元").yuan()).isEqualTo(5_500_000_000L);
        assertThat(Amount.parse("共461.51亿元").yuan()).isEqualTo(46_151_000_000L);
        assertThat(Amount.parse("销售额6912万元").yuan()).isEqualTo(69_120_000L);
        assertThat(Amount.parse("投资1.2万亿元").yuan()).isEqualTo(1_200_000_000_000L);
        assertThat(Amount.parse("3千万元").yuan()).isEqualTo(30_000_000L);
    }

    @Test
    void hedgesAreKept() {
        assertThat(Amount.parse("总投资近256亿元").qualifier()).isEqualTo("近");
        assertThat(Amount.parse("签订项目26个共30多亿元").qualifier()).isEqualTo("多");
        assertThat(Amount.parse("30多亿元").yuan()).isEqualTo(3_000_000_000L);
        assertThat(Amount.parse("约5亿元").qualifier()).isEqualTo("约");
        assertThat(Amount.parse("55亿元").qualifier()).isNull();
    }

    @Test
    void noAmountWithoutYuan() {
        assertThat(Amount.parse("面积约5平方公里")).isNull();
    }

    @Test
    void datesToIso() {
        assertThat(Dates.first("2023年3月开工")).isEqualTo("2023-03");
        assertThat(Dates.first("2023年2月18日揭牌")).isEqualTo("2023-02-18");
        assertThat(Dates.first("于2016年共同签署")).isEqualTo("2016");
        assertThat(Dates.first("近年来")).isNull();
    }
}
