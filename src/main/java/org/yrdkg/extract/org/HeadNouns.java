package org.yrdkg.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yrdkg.extract.model.EntityType;

/**
 * The head nouns that end Chinese organisation names, with the entity type each implies. A name is
 * modifiers + head; the head alone (园区, 平台) is a generic word, never a name.
 */
public final class HeadNouns {

    public record Head(String text, EntityType type) { }

    private static final Map<String, EntityType> HEADS = new LinkedHashMap<>();

    /**
     * The State Council's ministries and commissions as the press shortens them (the official list of
     * departments, not names from articles): each is a name by itself (科技部), or after 国家 (国家发改委).
     */
    private static final java.util.Set<String> MINISTRIES = java.util.Set.of("科技部", "商务部", "工信部", "工业和信息化部",
            "财政部", "教育部", "外交部", "农业农村部", "生态环境部", "交通运输部", "自然资源部", "人社部",
            "人力资源和社会保障部", "住建部", "住房和城乡建设部", "文旅部", "文化和旅游部", "民政部", "司法部", "水利部",
            "应急管理部", "国家发展改革委", "发展改革委", "国家发改委", "国家卫健委", "国资委", "国家市场监管总局",
            "海关总署", "中国人民银行", "国家外汇管理局", "中国证监会", "证监会", "银保监会", "金融监管总局");

    /** A province's departments (厅) as the press names them after the province: 某省生态环境厅. */
    private static final java.util.Set<String> PROVINCIAL_DEPARTMENTS = java.util.Set.of("生态环境厅", "教育厅", "财政厅",
            "交通运输厅", "自然资源厅", "住建厅", "住房和城乡建设厅", "工信厅", "经信厅", "经济和信息化厅", "农业农村厅",
            "文化和旅游厅", "人社厅", "人力资源和社会保障厅", "民政厅", "司法厅", "水利厅", "卫生健康委", "发展改革委",
            "科学技术厅", "商务厅", "卫生健康委员会", "发展和改革委员会");

    static {
        put(EntityType.Park, "产业园", "科创园", "工业园", "科技园", "创新园", "创业园", "软件园", "物流园", "示范园", "产业园区",
                "工业园区", "科技园区", "园区", "工业区", "产业区", "高新区", "高新技术产业开发区", "经开区",
                "经济技术开发区", "经济开发区", "开发区", "示范区", "商务区", "法务区", "走廊", "廊道", "孵化基地",
                "创新基地", "产业基地", "示范基地", "供应基地", "集聚区", "合作区", "科技城", "新城", "新片区", "片区",
                "自贸区", "自贸试验区", "自由贸易试验区", "自由贸易区", "试验区", "保税区", "综合保税区", "保税港区", "功能区",
                "创新区", "综合体", "开放枢纽", "交通枢纽", "湾区", "港区", "产业带", "创新港", "科学城", "智谷",
                "小镇", "飞地", "分区", "绿谷", "硅谷", "光谷", "药谷", "产业新城", "合作园", "示范园区", "新区");
        put(EntityType.Company, "股份有限公司", "有限责任公司", "有限公司", "集团", "股份", "公司", "银行", "创投",
                "控股", "证券", "分行", "支行");
        put(EntityType.Platform, "平台", "联盟", "共同体", "基金", "网络", "共用网", "服务网", "招商网", "班列",
                "博览会", "交易会", "中心", "论坛", "挑战赛");
        put(EntityType.Organization, "大学", "学院", "研究院", "研究所", "科学院", "学校", "进修学校", "中学",
                "小学", "实验中学", "幼儿园", "医院", "卫生院", "局", "委员会", "管委会", "办公室", "合作办",
                "商会", "协会", "学会", "促进会", "联合会", "研究会", "基金会", "交大", "师大", "实验室", "法院", "检察院", "工作队",
                "管理所", "市委", "省委", "区委", "经信委", "发改委", "国资委", "执委会", "党委", "工委", "国务院", "人民政府办公厅",
                "办公厅", "商务厅", "科技厅", "人社局", "发改局", "商务局", "科技局", "管理局", "保障局", "教育局", "财政局",
                "税务局", "统计局", "公安局", "文旅局", "旅游局", "经信局", "医保局", "交通局", "生态环境局", "住建局",
                "农业农村局", "卫健委", "教委", "科委", "科学技术局", "技术局", "商务委", "海关", "税务总局", "监督管理局",
                "交易所", "总台", "总会", "监管局", "审批局", "数据局", "大数据局", "分院", "分校", "分所");
        put(EntityType.Organization, MINISTRIES.toArray(String[]::new));
        put(EntityType.Organization, PROVINCIAL_DEPARTMENTS.toArray(String[]::new));
        put(EntityType.Park, "集中区", "大通道");
        put(EntityType.Platform, "共享网");
    }

    private static void put(EntityType type, String... heads) {
        for (String h : heads) HEADS.put(h, type);
    }

    /** Heads ordered longest first, so 自由贸易试验区 wins over 试验区. */
    public static final List<Head> ALL;

    static {
        List<Head> all = new ArrayList<>();
        HEADS.forEach((k, v) -> all.add(new Head(k, v)));
        all.sort(Comparator.comparingInt((Head h) -> h.text().length()).reversed());
        ALL = List.copyOf(all);
    }

    /** 中心 names a government service body when its modifiers say so; otherwise it is a shared platform. */
    private static final List<String> GOVERNMENT_CENTRE = List.of("服务中心", "促进中心", "管理中心", "指挥中心",
            "政务中心", "事务中心", "监测中心", "调度中心", "文化中心", "艺术中心", "研究中心", "培训中心", "指导中心");

    /** Words that stand alone as names (国务院); they need no modifier. */
    public static boolean standsAlone(String head) {
        return head.equals("国务院") || MINISTRIES.contains(head);
    }

    /** A government department's head (发改委, 科技厅, 文旅局): after a place or 国家 it names one body. */
    public static boolean isDepartment(String head) {
        char last = head.charAt(head.length() - 1);
        return head.length() >= 2 && "委部厅局署".indexOf(last) >= 0 && !head.equals("委员会");
    }

    /** A park's head of three characters or more starts at {@code pos} and ends by {@code limit}: 自贸试验区 in 自贸试验区新片区. */
    public static boolean parkHeadStartsAt(String text, int pos, int limit) {
        if (pos >= text.length()) return false;
        for (String h : LONG_PARK_HEADS.getOrDefault(text.charAt(pos), List.of())) {
            if (pos + h.length() <= limit && text.startsWith(h, pos)) return true;
        }
        return false;
    }

    /** Park heads of three characters or more, by their first character: the look-up runs for every word of a name. */
    private static final Map<Character, List<String>> LONG_PARK_HEADS = new java.util.HashMap<>();

    static {
        for (Head h : ALL) {
            if (h.text().length() >= 3 && h.type() == EntityType.Park) {
                LONG_PARK_HEADS.computeIfAbsent(h.text().charAt(0), c -> new ArrayList<>()).add(h.text());
            }
        }
    }

    /** Nouns that say what a company is to another or what kind it is: a name never ends in them (某某子公司). */
    private static final java.util.Set<String> DESCRIPTOR_HEADS = java.util.Set.of("子公司", "母公司", "全资子公司",
            "控股子公司", "孙公司", "参股公司", "上市公司", "跨国公司", "龙头企业");

    public static boolean isDescriptor(String word) {
        return DESCRIPTOR_HEADS.contains(word);
    }

    public static EntityType typeOf(String name, Head head) {
        if (head.text().equals("中心")) {
            for (String g : GOVERNMENT_CENTRE) {
                if (name.endsWith(g)) return EntityType.Organization;
            }
        }
        return head.type();
    }

    /** Heads by their last character, longest first: the look-up runs once per token. */
    private static final Map<Character, List<Head>> BY_LAST_CHAR = new java.util.LinkedHashMap<>();

    static {
        for (Head h : ALL) {
            BY_LAST_CHAR.computeIfAbsent(h.text().charAt(h.text().length() - 1), k -> new ArrayList<>()).add(h);
        }
    }

    /** The longest head ending exactly at {@code end} in {@code text}, or null. */
    public static Head headEndingAt(String text, int end) {
        if (end <= 0 || end > text.length()) return null;
        List<Head> candidates = BY_LAST_CHAR.get(text.charAt(end - 1));
        if (candidates == null) return null;
        for (Head h : candidates) {
            int s = end - h.text().length();
            if (s >= 0 && text.startsWith(h.text(), s)) {
                // 某科技控股股东 is X's controlling shareholder (控股股东), not a company named X控股
                if (h.text().equals("控股") && text.startsWith("股东", end)) continue;
                return h;
            }
        }
        return null;
    }

    private HeadNouns() { }

    /** A facility described, not named (华东采购分拨中心, 远程会诊中心, 亚太总部): no name of its own after its owner's. */
    private static final java.util.regex.Pattern DESCRIBED_FACILITY = java.util.regex.Pattern.compile(
            "[^·()]{0,8}(?:中心|总部|工厂|旗舰店|门店|办事处)");

    public static boolean describedFacility(String text) {
        return DESCRIBED_FACILITY.matcher(text).matches();
    }
}
