package org.yrdkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yrdkg.extract.ExtractorTestSupport.entity;
import static org.yrdkg.extract.ExtractorTestSupport.extract;
import static org.yrdkg.extract.ExtractorTestSupport.names;

import org.junit.jupiter.api.Test;

import org.yrdkg.extract.model.EntityType;
import org.yrdkg.extract.model.RelationType;
import org.yrdkg.extract.model.ExtractedEntity;
import org.yrdkg.extract.model.Extraction;

/** Where names start and end in the way real reporting writes them; every name here is invented. */
class EntityBoundaryTest {

    @Test
    void anOrdinalHanLPCutsInTwoStaysInTheInstitutionsName() {
        // 第/mq 三/m: the numeral alone would be a stop
        assertThat(names(extract("浙江嘉善第三人民医院开通了远程会诊。"))).contains("浙江嘉善第三人民医院");
    }

    @Test
    void aDescriptorBeforeACompanyIsNotPartOfItsName() {
        Extraction x = extract("公司全资子公司星河(香港)太阳能材料有限公司与母公司青岚集团签约,德国企业白鹭汽车部件公司和电气龙头企业青石集团参加。");
        assertThat(names(x)).contains("星河(香港)太阳能材料有限公司", "青岚集团", "白鹭汽车部件公司", "青石集团")
                .noneMatch(n -> n.contains("子公司") || n.contains("母公司") || n.contains("企业白") || n.contains("企业青"));
    }

    @Test
    void aKindWordRightBeforeALegalSuffixStaysInTheName() {
        Extraction x = extract("浙江云峰企业集团有限公司参与合作投资。");
        assertThat(entity(x, "浙江云峰企业集团有限公司")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
    }

    @Test
    void kindsOfCompaniesAndLaboratoriesAreNotNames() {
        Extraction x = extract("全资子公司是A股上市公司,跨国公司和外资银行、外资控股证券公司、独资保险控股公司纷纷入驻全球金融中心,"
                + "国家实验室和省部级重点实验室参与。");
        assertThat(x.entities().stream().filter(e -> !e.type().isPlace()).map(ExtractedEntity::name)).isEmpty();
    }

    @Test
    void ministriesAndProvincialDepartmentsAreOrganisations() {
        Extraction x = extract("科技部和国家发改委支持,安徽省财政厅与苏州市吴中区行政审批局会商。");
        for (String n : new String[] {"科技部", "国家发改委", "安徽省财政厅", "苏州市吴中区行政审批局"}) {
            assertThat(entity(x, n)).as(n).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
        }
    }

    @Test
    void aPlacesPartyCommitteeIsThePlace() {
        Extraction x = extract("浙江省委和上海市委召开会议。");
        assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.Organization);
        assertThat(entity(x, "浙江省")).get().extracting(e -> e.mentions().isEmpty()).isEqualTo(false);
        assertThat(x.relations()).noneMatch(r -> r.source().equals(r.target()));
    }

    @Test
    void aTradeNameCutIntoSingleCharactersKeepsItsFirstCharacter() {
        Extraction x = extract("与更一光伏科技(常州)有限公司签订合同。江苏徐州,协铭中能硅材科技发展公司复工。");
        assertThat(names(x)).contains("更一光伏科技(常州)有限公司", "协铭中能硅材科技发展公司");
        Extraction y = extract("关于全资子公司南方月升新能源(香港)有限公司对外投资的公告。");
        assertThat(names(y)).contains("南方月升新能源(香港)有限公司");
    }

    @Test
    void aTradeNameCutIntoPiecesRightAfterAVerbStartsAfterTheVerb() {
        // HanLP: 包含/v 正/d 岚/nz 集团: 正 reads as an adverb, yet an adverb never follows the verb it would modify
        Extraction x = extract("其中包含正岚集团总投资10亿元的光伏项目。");
        assertThat(names(x)).contains("正岚集团");
        Extraction y = extract("名单包括正澜集团等企业。");
        assertThat(names(y)).contains("正澜集团");
    }

    @Test
    void aPieceReadAsAParticleInsideATradeNameStaysInIt() {
        // HanLP: 的/ude1 瓦/n 得/ude3 科/n 集团: 得 between two pieces is one more piece; 的 still ends the name
        Extraction x = extract("来自德国的瓦得科集团已有16个工厂落户嘉兴平湖,多年来企业先后增资20次。");
        assertThat(names(x)).contains("瓦得科集团");
        assertThat(ExtractorTestSupport.relation(x, "瓦得科集团", RelationType.INVESTS_IN, "平湖市")).isPresent();
    }

    @Test
    void aRankAfterANumberIsNotPartOfTheName() {
        Extraction x = extract("美国500强赛琪飞乐科技公司在苏州开业。");
        assertThat(names(x)).contains("赛琪飞乐科技公司").doesNotContain("强赛琪飞乐科技公司");
    }

    @Test
    void placesThatNameAPortAirportOrStationAreNotMentioned() {
        Extraction x = extract("嘉兴湖州港每天进出口标箱超10万个,随着昆山机场投入运营,苏州南站客流上升。");
        assertThat(x.entities()).noneMatch(e -> e.type().isPlace() && !e.mentions().isEmpty());
        Extraction y = extract("江苏港口和浙江企业合作。");
        assertThat(names(y)).contains("江苏省", "浙江省");
    }

    @Test
    void aNameStopsAtTheVerbWhoseObjectItIs() {
        Extraction x = extract("村里的空房大部分租给青禾公司运营,十位专家进驻这间松江科创走廊联络办公室。");
        assertThat(names(x)).contains("青禾公司").noneMatch(n -> n.startsWith("大部分") || n.contains("进驻"));
    }

    @Test
    void aComplementOrAnAdverbBeforeTheNameIsNotPartOfIt() {
        Extraction x = extract("两市要共同建好科创走廊,共筑生态廊道。");
        assertThat(names(x)).noneMatch(n -> n.startsWith("好") || n.startsWith("共筑") || n.startsWith("筑"));
    }

    @Test
    void aCountBeforeANameMakesItAKind() {
        Extraction x = extract("病人能挂到20多家上海三甲医院的号,嘉兴的一家电器公司和两大综合性国家科学中心也来了。");
        assertThat(x.entities().stream().filter(e -> !e.type().isPlace()).map(ExtractedEntity::name)).isEmpty();
    }

    @Test
    void kindsOfParksAndProductsInAListAreNotNames() {
        Extraction x = extract("高新技术产业开发区经济开发区等载体作用明显,县里集聚了手机外壳件、键盘鼠标、金属件等产业链上下游企业。");
        assertThat(x.entities().stream().filter(e -> !e.type().isPlace()).map(ExtractedEntity::name)).isEmpty();
    }

    @Test
    void theVerbsBeforeAListOfCompaniesAreNotPartOfTheFirst() {
        Extraction x = extract("合肥通过投资引育晶禾集成、蔚蓝汽车等一批龙头企业。");
        assertThat(names(x)).contains("晶禾集成", "蔚蓝汽车");
    }

    @Test
    void aTitleRunningIntoAPlaceEndsTheNameBeforeThePlace() {
        Extraction x = extract("他来到吴中区行政审批局长三角示范区通办专窗递交材料。");
        assertThat(names(x)).noneMatch(n -> n.startsWith("局"));
    }

    @Test
    void aNameADashPutsAfterACompanyKindIsACompany() {
        Extraction x = extract("记者来到苏州高新区一家美资企业——青特尔采访时,正好赶上培训。在电动工具生产基地之一——云时得科技,新线投产。");
        assertThat(entity(x, "青特尔")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(entity(x, "云时得科技")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
    }

    @Test
    void aShortNameInReversedQuotesIsStillAShortName() {
        Extraction x = extract("上饶青禾新能源科技有限公司（以下简称”青禾科技“）向白鹭公司增资。青禾科技将扩大产能。");
        assertThat(entity(x, "青禾科技")).isPresent();
        assertThat(entity(x, "青禾科技").get().name()).isEqualTo("上饶青禾新能源科技有限公司");
    }

    @Test
    void aControllingShareholderIsNoCompanyNamedKonggu() {
        Extraction x = extract("白鹭集团通过收购成为青禾科技控股股东。");
        assertThat(names(x)).doesNotContain("青禾科技控股");
    }

    @Test
    void quotationMarksClosingAfterTheHeadHoldTheWholeName() {
        Extraction x = extract("浙江宁波、江苏扬州、安徽黄山、上海长宁区共同成立了“长三角一体化四地文旅联盟”。");
        assertThat(entity(x, "长三角一体化四地文旅联盟")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Platform);
    }

    @Test
    void aQuotedSayingIsNoName() {
        Extraction x = extract("大家践行“绿水青山是一个生命共同体”的理念。");
        assertThat(names(x)).noneMatch(n -> n.contains("共同体"));
    }

    @Test
    void aNameEndsWhereAPlaceRunsOutOfTheTokenBeforeIt() {
        // HanLP reads 局长 (a director) across the bureau's head and the region that follows it
        Extraction x = extract("他来到昆山市行政审批局长三角服务专窗递交材料。");
        assertThat(entity(x, "昆山市行政审批局")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
    }

    @Test
    void aLatinBrandIsACompanyWhereItsArmOrAStakeSaysSo() {
        Extraction x = extract("位于滨江区的zeta全球研发总部正加快建设。华芯科技发布公告称，拟向SUNLAND注资1000万美元获取51%的股权。");
        assertThat(entity(x, "zeta")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(entity(x, "SUNLAND")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(ExtractorTestSupport.relation(x, "华芯科技", RelationType.INVESTS_IN, "SUNLAND")).isPresent();
    }

    @Test
    void latinAcronymsAreNoCompanies() {
        Extraction x = extract("支持5G和AI产业发展，推广APP应用。");
        assertThat(x.entities().stream().filter(e -> !e.type().isPlace())).isEmpty();
    }

    @Test
    void aCompanyOrHospitalBeforeAFacilityItOnlyDescribesIsTheName() {
        Extraction x = extract("鸿运集团华东采购分拨中心入驻宣城经开区。在江苏昆山第二人民医院远程诊疗中心，医生正在会诊。");
        assertThat(names(x)).contains("鸿运集团", "江苏昆山第二人民医院").noneMatch(n -> n.endsWith("中心"));
        assertThat(ExtractorTestSupport.relation(x, "鸿运集团", RelationType.LOCATED_IN, "宣城经开区")).isPresent();
    }

    @Test
    void aFacilityWithANameOrPlaceOfItsOwnKeepsItsWholeName() {
        Extraction x = extract("浙江大学嘉兴研究院与嘉兴市签约。");
        assertThat(names(x)).contains("浙江大学嘉兴研究院");
    }

    @Test
    void aSubjectDefinedAsACompanyIsACompany() {
        Extraction x = extract("瑞方达是合肥最早通过投资引入培育的显示屏企业。旗下正泰电器是中国首家以低压电器为主营业务的A股上市公司。");
        assertThat(entity(x, "瑞方达")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        assertThat(entity(x, "正泰电器")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Company);
        Extraction y = extract("这是一家专门做水处理的企业。该公司是全球知名的解决方案提供商。宣城是一座历史悠久的城市。");
        assertThat(y.entities().stream().filter(e -> !e.type().isPlace())).isEmpty();
    }

    @Test
    void aCompassCompoundOpensAnInstitutionsName() {
        // 东南/f: HanLP reads the first word as a direction, which would otherwise end the name
        Extraction x = extract("东南海事学院与东南农垦大学丽水智能装备研究院签约,城区东南的星桥科技园同日开园。");
        assertThat(names(x)).contains("东南海事学院", "东南农垦大学丽水智能装备研究院", "星桥科技园")
                .noneMatch(n -> n.startsWith("海事") || n.startsWith("大学") || n.contains("东南的"));
    }

    @Test
    void aNameNeverSpansABlankBetweenChineseWords() {
        // a dateline: 日 and the body's name are separate words once the blank is gone from the tokens
        Extraction x = extract("2024年5月8日 丽水市星桥投资促进服务中心");
        assertThat(names(x)).contains("丽水市星桥投资促进服务中心").noneMatch(n -> n.startsWith("日"));
    }

    @Test
    void aZoneFollowedByARouteWordNamesTheRouteNotTheZone() {
        Extraction x = extract("跨省域轨道交通丽水示范区线加快建设,星桥高新区站同步开工,星桥产业园管委会表示欢迎。");
        assertThat(names(x)).contains("星桥产业园").noneMatch(n -> n.endsWith("示范区") || n.endsWith("高新区"));
    }

    @Test
    void aClauseVerbBeforeAFacilityEndsTheName() {
        // 设有: "has set up", the verb of the clause, not a word of the facility's name
        Extraction x = extract("星澜集团此前已在上海闵行设有研发中心,此次在丽水布局生产基地。");
        assertThat(names(x)).contains("星澜集团").noneMatch(n -> n.contains("设有"));
    }

    @Test
    void pointingWordsCutIntoPiecesOpenNoName() {
        // 三/m 地/ude2 任/v 一/m: "any one of the three places' service centres" names none of them
        Extraction x = extract("企业可在三地任一政务服务中心提交材料。");
        assertThat(x.entities()).noneMatch(e -> e.name().contains("服务中心"));
    }

    @Test
    void aBranchOfAnAcademyIsAnOrganisation() {
        Extraction x = extract("星澜科学院宁波分院与丽水市签约。");
        assertThat(entity(x, "星澜科学院宁波分院")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Organization);
    }

    @Test
    void oneCorridorOfAKindIsNoName() {
        Extraction x = extract("从一条高速公路到一条科创走廊,九城市共建长三角星桥科创走廊。");
        assertThat(names(x)).contains("长三角星桥科创走廊").doesNotContain("科创走廊");
    }

    @Test
    void aZonesAdministrativeCommitteeIsTheZone() {
        Extraction x = extract("白鹭集团与丽水经济技术开发区管理委员会(丽水经开区管委会)签约,星桥科技城管委会主任出席。");
        assertThat(entity(x, "丽水经济技术开发区")).get().extracting(ExtractedEntity::type).isEqualTo(EntityType.Park);
        assertThat(names(x)).noneMatch(n -> n.endsWith("管委会") || n.endsWith("管理委员会"));
    }

    @Test
    void theAndOfADepartmentsOfficialNameJoinsIt() {
        Extraction x = extract("丽水市经济和信息化局、衢州市人力资源和社会保障局与星澜集团座谈。");
        assertThat(names(x)).contains("丽水市经济和信息化局", "衢州市人力资源和社会保障局");
    }

    @Test
    void aVerbsSecondCharacterGluedToAShortPlaceNameStaysWithTheVerb() {
        // 共/d 建湖/ns: 共建 is the verb, 建湖 (a county's short name) only its accident
        Extraction x = extract("双方将共建湖丽合作产业园。");
        assertThat(names(x)).contains("湖丽合作产业园").noneMatch(n -> n.startsWith("建湖"));
    }

    @Test
    void aControllingShareholderAndTheCompanyItHoldsAreNotOneName() {
        Extraction x = extract("公司控股股东青岚控股集团有限公司持有公司45%股份。");
        assertThat(names(x)).contains("青岚控股集团有限公司").noneMatch(n -> n.contains("股东") || n.contains("持有"));
    }

    @Test
    void aBrandWithTheKindOfItsCompanyIsThatCompany() {
        Extraction x = extract("青岚股份拟投资30亿元在嘉兴建设光伏组件项目。青岚新能源股份有限公司与青岚控股集团有限公司签约。");
        assertThat(entity(x, "青岚新能源股份有限公司")).get().extracting(ExtractedEntity::aliases).asList().contains("青岚股份");
        assertThat(names(x)).doesNotContain("青岚股份");
        Extraction company = extract("青禾汽车零部件有限公司投资10亿元建设项目。青禾公司总经理说。");
        assertThat(entity(company, "青禾汽车零部件有限公司")).get().extracting(ExtractedEntity::aliases).asList().contains("青禾公司");
    }

    @Test
    void aHospitalAttachedToAUniversityKeepsTheUniversityInItsName() {
        Extraction x = extract("丽水市第一医院与星澜大学附属青山医院组建专科联盟。");
        assertThat(names(x)).contains("星澜大学附属青山医院").doesNotContain("青山医院");
    }

    @Test
    void aLegalFormInBracketsBelongsToTheCompanysName() {
        Extraction x = extract("丽水市城市建设投资控股（集团）有限公司跟投。");
        assertThat(names(x)).contains("丽水市城市建设投资控股(集团)有限公司");
    }

    @Test
    void anInstitutionsWordHanlpKnowsEndsItsNameThoughItsHeadIsOneCharacter() {
        Extraction x = extract("衢州市投资促进局局长介绍，开化县生态环境分局也参与了巡查。");
        assertThat(names(x)).contains("衢州市投资促进局", "开化县生态环境分局");
    }

    @Test
    void aNameMadeOfTwoPlacesAbbreviationsIsNotCutAtTheSecond() {
        Extraction x = extract("位于海安经济技术开发区的通沪智造产业园已入驻企业12家。");
        assertThat(names(x)).contains("通沪智造产业园").doesNotContain("沪智造产业园", "上海市");
    }

    @Test
    void aPlaceReadOnlyInsideANameThatSaysNothingOfWhereItIsIsNoMention() {
        Extraction x = extract("双方将共建星澜科创中心湖州创新研究院。");
        assertThat(names(x)).contains("星澜科创中心湖州创新研究院").doesNotContain("湖州市");
        // a place the name is in stays, with its relation
        Extraction placed = extract("湖州星澜研究院揭牌。");
        assertThat(ExtractorTestSupport.relation(placed, "湖州星澜研究院", RelationType.LOCATED_IN, "湖州市")).isPresent();
    }

    @Test
    void aCitysNameHanlpGluedToTheUnknownNameAfterItOpensThatName() {
        // 上/f 海星/n 澜/ng 医院: the place is no piece of a word when the rest ends in a head noun
        Extraction x = extract("12日，上海星澜医院与宿州市立医院签署合作协议。");
        assertThat(names(x)).contains("上海星澜医院").doesNotContain("海星澜医院");
        assertThat(ExtractorTestSupport.relation(x, "上海星澜医院", RelationType.LOCATED_IN, "上海市")).isPresent();
        assertThat(names(extract("基金管理人为上海星澜私募基金管理有限公司。"))).contains("上海星澜私募基金管理有限公司");
    }

    @Test
    void aTradeWordRightBeforeAPlaceIsTheVerbNotTheCompanysTrade() {
        Extraction x = extract("目前，基金已投资丽水晶澜半导体有限公司等6家企业。");
        assertThat(names(x)).contains("丽水晶澜半导体有限公司").noneMatch(n -> n.startsWith("投资"));
    }

    @Test
    void aTwoCharacterNameEndingIn和IsNoConjunction() {
        // 上海/ns 瑞和/nr 医院/nis: 和 closes a given name here, not a list
        Extraction x = extract("12日，上海瑞和医院与宿州市立医院签署合作协议。");
        assertThat(names(x)).contains("上海瑞和医院");
    }

    @Test
    void aBanksBranchEndsAtItsBranchWord() {
        Extraction x = extract("星澜银行杭州中心支行与星澜银行南京分行联合推出跨省贷款。");
        assertThat(names(x)).contains("星澜银行杭州中心支行", "星澜银行南京分行").doesNotContain("杭州中心");
    }

    @Test
    void oneDashBetweenTwoPlacesJoinsThemInAName() {
        Extraction x = extract("两地携手共建星澜跨界示范区。南京市江宁区与马鞍山市博望区为江宁—博望星澜跨界示范区揭牌。");
        // the name without its two places is the same park
        assertThat(entity(x, "江宁—博望星澜跨界示范区")).get().extracting(ExtractedEntity::aliases).asList()
                .contains("星澜跨界示范区");
        assertThat(names(x)).doesNotContain("博望星澜跨界示范区");
    }

    @Test
    void aHospitalAttachedToAUniversityKeepsTheUniversityAndItsOrdinal() {
        Extraction x = extract("此外，青澜公司还与苏州大学附属第一医院签署临床研究合作协议。");
        assertThat(names(x)).contains("苏州大学附属第一医院").doesNotContain("苏州大学");
    }

    @Test
    void 联合BetweenABrandAndATradeNamesAJointCompany() {
        Extraction x = extract("两家企业将合资成立鹭岛联合港务有限公司，注册资本50亿元。");
        assertThat(names(x)).contains("鹭岛联合港务有限公司").doesNotContain("港务有限公司");
    }

    @Test
    void aOneCharacterVerbAmongTheCutPiecesOfABrandIsAPieceToo() {
        // 瑞鑫/nr 中/f 能/v 光伏/nz: HanLP cuts the unknown brand 瑞鑫中能 into a name, a locative and a modal verb
        Extraction x = extract("浙江湖州，瑞鑫中能光伏科技发展公司，由于员工还没有返岗，公司很着急。");
        assertThat(names(x)).contains("瑞鑫中能光伏科技发展公司").doesNotContain("光伏科技发展公司");
    }

    @Test
    void whatACountIsOfIsAKindNotAName() {
        Extraction x = extract("星澜新城集聚了12个国家和省部级重点实验室、研究中心，以及80多个市区两级工程技术研究中心。");
        assertThat(names(x)).doesNotContain("研究中心", "工程技术研究中心");
        // what parties build after a count of partners is one thing they name
        Extraction y = extract("青禾学院与3家企业签约共建新能源材料研究中心。");
        assertThat(names(y)).contains("新能源材料研究中心");
    }

    @Test
    void oneDashJoinsTwoTownsWrittenWithoutTheirSuffix() {
        Extraction x = extract("近日，上海市金山区枫泾镇与浙江省平湖市新埭镇签订协议。两镇将共同打造枫泾—新埭星澜跨界产业园。");
        assertThat(names(x)).contains("枫泾—新埭星澜跨界产业园").doesNotContain("埭星澜跨界产业园");
    }

    @Test
    void 负责IsAVerbAnd创新园APark() {
        Extraction x = extract("根据协议，双方将共建松江—芜湖星澜创新园，由松江区经济委员会负责园区运营。");
        assertThat(names(x)).contains("松江—芜湖星澜创新园", "松江区经济委员会").noneMatch(n -> n.contains("负责"));
    }
}
