package org.yrdkg.extract.resolve;

import java.util.ArrayList;
import java.util.List;

/** Shorter forms a text uses for an organisation: 某某国际有限公司 → 某某国际 → 某某. */
public final class OrgNames {

    private static final List<String> COMPANY_SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司",
            "集团", "股份", "公司");

    private static final List<String> BRAND_TAILS = List.of("国际", "科技", "控股", "实业", "发展", "投资", "光电",
            "电子", "汽车", "新材料", "智能", "能源", "中国");

    private OrgNames() { }

    /** A company name without a legal suffix or a brand tail: 华芯微感, the short name a project is named after. */
    static boolean isBareBrand(String name) {
        if (name.length() < 2 || name.length() > 6) return false;
        for (String s : COMPANY_SUFFIXES) if (name.endsWith(s)) return false;
        return true;
    }

    /** 某某股份, 某某集团, 某某公司: the brand (two to four characters) of a short form that keeps only the kind of company; else null. */
    static String brandOfKind(String name) {
        for (String kind : List.of("股份", "集团", "公司")) {
            int brand = name.length() - kind.length();
            if (name.endsWith(kind) && brand >= 2 && brand <= 4) return name.substring(0, brand);
        }
        return null;
    }

    /** The official abbreviations of a development zone's kind: a zone is called by either within one text. */
    private static final List<List<String>> ZONE_KINDS = List.of(List.of("高新技术产业开发区", "高新区"),
            List.of("高新技术开发区", "高新区"), List.of("经济技术开发区", "经开区"), List.of("经济开发区", "经开区"));

    /**
     * 南通经济技术开发区, 南通经开区 and 南通开发区 (a bare 开发区 is the economic zone) compare as one park:
     * the zone name with its kind in the short official form.
     */
    static String parkKey(String core) {
        String keyed = withShortKind(core, ZONE_KINDS);
        if (!keyed.equals(core)) return keyed;
        boolean bare = core.endsWith("开发区") && !core.endsWith("技术开发区") && !core.endsWith("产业开发区");
        return bare ? core.substring(0, core.length() - 3) + "经开区" : core;
    }

    /**
     * The official short forms of government bodies' names (科学技术委员会 is 科委, 发展和改革委员会 is 发改委):
     * a text calls one body by either.
     */
    private static final List<List<String>> BODY_KINDS = List.of(
            List.of("发展和改革委员会", "发改委"), List.of("发展改革委员会", "发改委"), List.of("科学技术委员会", "科委"),
            List.of("经济和信息化委员会", "经信委"), List.of("经济和信息化厅", "经信厅"), List.of("经济和信息化局", "经信局"),
            List.of("科学技术厅", "科技厅"), List.of("科学技术局", "科技局"),
            List.of("人力资源和社会保障厅", "人社厅"), List.of("人力资源和社会保障局", "人社局"),
            List.of("文化和旅游厅", "文旅厅"), List.of("文化和旅游局", "文旅局"),
            List.of("住房和城乡建设委员会", "住建委"), List.of("住房和城乡建设厅", "住建厅"), List.of("住房和城乡建设局", "住建局"),
            List.of("卫生健康委员会", "卫健委"), List.of("教育委员会", "教委"), List.of("商务委员会", "商务委"),
            List.of("国有资产监督管理委员会", "国资委"), List.of("市场监督管理局", "市场监管局"),
            List.of("交通运输厅", "交通厅"), List.of("交通运输局", "交通局"), List.of("投资促进局", "投促局"),
            List.of("管理委员会", "管委会"), List.of("人民代表大会常务委员会", "人大常委会"));

    /** 某市科学技术委员会 and 某市科委 compare as one body: the name with its kind in the official short form. */
    static String bodyKey(String core) {
        return withShortKind(core, BODY_KINDS);
    }

    /** The name with its kind (the end of the name) in the official short form, or the name as it is. */
    private static String withShortKind(String core, List<List<String>> kinds) {
        for (List<String> kind : kinds) {
            if (core.endsWith(kind.get(0))) return core.substring(0, core.length() - kind.get(0).length()) + kind.get(1);
        }
        return core;
    }

    /** Short forms of a company name, longest first; each at least two characters. */
    public static List<String> companyShortForms(String name) {
        List<String> out = new ArrayList<>();
        String core = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : COMPANY_SUFFIXES) {
                if (core.endsWith(suffix) && core.length() - suffix.length() >= 2) {
                    core = core.substring(0, core.length() - suffix.length());
                    out.add(core);
                    stripped = true;
                    break;
                }
            }
        }
        for (String tail : BRAND_TAILS) {
            if (core.endsWith(tail) && core.length() - tail.length() >= 2) {
                out.add(core.substring(0, core.length() - tail.length()));
                break;
            }
        }
        return out;
    }
}
