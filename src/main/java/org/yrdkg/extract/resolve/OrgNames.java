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
