package org.yrdkg.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yrdkg.extract.model.EntityType;

/**
 * The short forms people write for a division: the name without its administrative suffix
 * (闵行区→闵行, 淮南市→淮南, 延边朝鲜族自治州→延边, 内蒙古自治区→内蒙古), and the one-character
 * abbreviations (简称) of the provinces. Never yields a single-character short name from a suffix strip.
 */
final class AliasGenerator {

    /** Official one-character abbreviations of the province-level divisions (GB/T 2260 简称), by code. */
    static final Map<String, String> PROVINCE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("11", "京"), Map.entry("12", "津"), Map.entry("13", "冀"), Map.entry("14", "晋"),
            Map.entry("15", "蒙"), Map.entry("21", "辽"), Map.entry("22", "吉"), Map.entry("23", "黑"),
            Map.entry("31", "沪"), Map.entry("32", "苏"), Map.entry("33", "浙"), Map.entry("34", "皖"),
            Map.entry("35", "闽"), Map.entry("36", "赣"), Map.entry("37", "鲁"), Map.entry("41", "豫"),
            Map.entry("42", "鄂"), Map.entry("43", "湘"), Map.entry("44", "粤"), Map.entry("45", "桂"),
            Map.entry("46", "琼"), Map.entry("50", "渝"), Map.entry("51", "川蜀"), Map.entry("52", "黔贵"),
            Map.entry("53", "滇云"), Map.entry("54", "藏"), Map.entry("61", "陕秦"), Map.entry("62", "甘陇"),
            Map.entry("63", "青"), Map.entry("64", "宁"), Map.entry("65", "新"), Map.entry("71", "台"),
            Map.entry("81", "港"), Map.entry("82", "澳"));

    /** Suffixes stripped, longest first, so 自治州 is tried before 州-less forms. */
    private static final String[] SUFFIXES = {
            "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "新区", "林区", "地区", "省", "市", "区", "县", "盟"};

    /** The 55 minority nationalities, which precede 自治州/自治县 (恩施土家族苗族自治州 → 恩施). */
    private static final String[] NATIONALITIES = (
            "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 "
            + "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 "
            + "京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split(" ");

    private AliasGenerator() {
    }

    /** Short names of a province, city or district; empty for towns (never matched without suffix). */
    static List<String> shortNames(Place place) {
        List<String> out = new ArrayList<>();
        if (place.type() == EntityType.Town || place.type() == EntityType.Region) {
            return out;
        }
        String name = place.name();
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith("自治")) {
                    stem = stripNationalities(stem);
                }
                if (stem.length() >= 2) {
                    out.add(stem);
                    break;
                }
                // 清新区: stripping 新区 leaves one character; try the shorter suffix 区 (→ 清新)
            }
        }
        return out;
    }

    /** 延边朝鲜族 → 延边; 恩施土家族苗族 → 恩施; 长阳土家族 → 长阳. */
    static String stripNationalities(String stem) {
        boolean changed = true;
        while (changed && stem.endsWith("族")) {
            changed = false;
            String withoutZu = stem.substring(0, stem.length() - 1);
            String best = null;
            for (String n : NATIONALITIES) {
                if (withoutZu.endsWith(n) && (best == null || n.length() > best.length())) {
                    best = n;
                }
            }
            if (best != null) {
                stem = withoutZu.substring(0, withoutZu.length() - best.length());
                changed = true;
            }
        }
        return stem;
    }
}
