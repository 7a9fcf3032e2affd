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
        for (List<String> kind : ZONE_KINDS) {
            if (core.endsWith(kind.get(0))) return core.substring(0, core.length() - kind.get(0).length()) + kind.get(1);
        }
        boolean bare = core.endsWith("开发区") && !core.endsWith("技术开发区") && !core.endsWith("产业开发区");
        return bare ? core.substring(0, core.length() - 3) + "经开区" : core;
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
