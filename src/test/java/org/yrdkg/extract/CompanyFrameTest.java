package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.relation;
import static org.yrdkg.extract.model.RelationType.INVESTS_IN;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedRelation;
import org.yrdkg.extract.model.Extraction;

/** Investments as listed companies announce them, across sentences, each on invented names. */
class CompanyFrameTest {

    @Test
    void anAnnouncementsSubjectlessClauseInvestsForTheSubsidiaryItIsAbout() {
        Extraction x = extract("5月2日,澄江新材料股份有限公司发布关于全资子公司澄江新材料(香港)有限公司对外投资的公告。"
                + "公告称,拟在安徽省宣城市泾县云岫滩投资泾县云岫滩200MW光伏项目,预计规模总投资约为8.6亿元。");
        assertInvests(x, "澄江新材料(香港)有限公司", "泾县", 860_000_000L);
        assertInvests(x, "澄江新材料股份有限公司", "泾县", 860_000_000L);
    }

    @Test
    void anAnnouncementsSubjectlessClauseSignsForTheCompanyItIsAbout() {
        Extraction x = extract("5月2日,澄江新材料股份有限公司发布关于全资子公司澄江新材料(香港)有限公司对外投资的公告。"
                + "公告称,拟与泾县国有资产投资开发有限公司(以下简称“泾县国投”)签订《泾县云岫滩光伏项目合作协议》。");
        assertThat(relation(x, "澄江新材料(香港)有限公司", RelationType.COOPERATES_WITH, "泾县国有资产投资开发有限公司")).isPresent();
    }

    @Test
    void withoutAnAnnouncementAReportedClauseHasNoInvestor() {
        Extraction x = extract("记者获悉,澄江新材料股份有限公司近日参加了展会。公告称,拟在安徽省宣城市泾县投资光伏项目。");
        assertThat(x.relations()).noneMatch(r -> r.type() == INVESTS_IN);
    }

    @Test
    void aSubsidiarysProjectCostsWhatAnEarlierSentenceSaid() {
        Extraction x = extract("3月3日,澄江玻璃集团股份有限公司(以下简称“澄江玻璃”)发布关于投资建设4座日熔化量900吨光伏玻璃项目的公告。"
                + "公告称,同意公司全资子公司澄江玻璃(宣城)有限公司总投资约30亿元人民币建设4座日熔化量900吨光伏玻璃项目。"
                + "本次投资的4座日熔化量900吨光伏玻璃项目由公司全资子公司澄江玻璃(宣城)有限公司在宣城经济技术开发区分两期建设实施。");
        assertInvests(x, "澄江玻璃(宣城)有限公司", "宣城经济技术开发区", 3_000_000_000L);
        assertInvests(x, "澄江玻璃集团股份有限公司", "宣城经济技术开发区", 3_000_000_000L);
    }

    @Test
    void aProjectNamedTwiceWithTwoCostsLendsNoAmount() {
        Extraction x = extract("澄江玻璃集团股份有限公司总投资约30亿元建设4座光伏玻璃窑炉项目。"
                + "另有报道称其总投资约40亿元建设4座光伏玻璃窑炉项目。"
                + "本次投资的4座光伏玻璃窑炉项目由公司全资子公司澄江玻璃(宣城)有限公司在宣城经济技术开发区建设实施。");
        ExtractedRelation r = relation(x, "澄江玻璃(宣城)有限公司", INVESTS_IN, "宣城经济技术开发区").orElseThrow();
        assertThat(r.amountCny()).isNull();
    }

    @Test
    void thisOnePointsBackToWhatThePlacePaidFor() {
        Extraction x = extract("在紧邻宣城站的云岫山实验室,科研人员还在加班。这家2019年安徽省投资80亿元建设的重点实验室,已有成果转化。");
        assertInvests(x, "安徽省", "云岫山实验室", 8_000_000_000L);
    }

    @Test
    void aSubsidiaryNamedBesideItsParent() {
        Extraction x = extract("澄江新材料股份有限公司全资子公司宣城澄江电子有限公司在宣城经济技术开发区投资5亿元建设隔膜产线。");
        assertThat(relation(x, "宣城澄江电子有限公司", INVESTS_IN, "宣城经济技术开发区")).isPresent();
        assertThat(relation(x, "澄江新材料股份有限公司", INVESTS_IN, "宣城经济技术开发区")).isPresent();
    }

    private static void assertInvests(Extraction x, String investor, String host, Long yuan) {
        ExtractedRelation r = relation(x, investor, INVESTS_IN, host).orElseThrow(() -> new AssertionError(investor + " → " + host));
        assertThat(r.amountCny()).as(investor + " → " + host).isEqualTo(yuan);
    }
}
