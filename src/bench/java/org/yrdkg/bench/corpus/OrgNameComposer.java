package org.yrdkg.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.yrdkg.extract.model.EntityType;

/**
 * Composes organisation names of the seeds' shapes — place prefix + modifiers + head noun, or a trade
 * name for companies (杭州华芯集成电路科技有限公司) — and reuses earlier ones now and then, early ones
 * most, so that some organisations recur across many articles as real ones do.
 */
final class OrgNameComposer {

    private static final String[] INDUSTRIES = {"人工智能", "集成电路", "生物医药", "新能源", "新材料", "智能制造",
            "数字经济", "绿色低碳", "高端装备", "航空航天", "现代物流", "文化旅游", "医疗器械", "智能网联汽车",
            "工业互联网", "量子信息", "海洋经济", "现代农业", "金融科技", "节能环保", "软件信息", "电子信息", "氢能",
            "储能", "光伏", "智慧城市", "大数据", "区块链", "云计算", "机器人", "半导体", "新型显示", "纺织服装",
            "食品加工", "精细化工", "检验检测", "工业设计", "跨境电商", "康养", "数字文创"};
    private static final String[] FUNCTIONS = {"协同创新", "产业合作", "科技创新", "成果转化", "创新示范", "产学研",
            "产业链", "一体化", "协同发展", "国际合作", "联合创新", "共建", "产业协作", "开放创新", "融合发展"};
    private static final String TRADE_CHARS = "华鑫瑞博通恒泰宏盛嘉远创联达科信德源安和天启明腾辰星宇峰越锦汇融智芯云睿晟迈拓";
    private static final String[] COMPANY_TRADES = {"科技", "技术", "实业", "发展", "投资", "控股", "智能", "电子"};

    /** How often an organisation is one composed before rather than a new one. */
    private static final double REUSE = 0.35;

    private final RandomGenerator random;
    private final Map<String, List<String>> composed = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    OrgNameComposer(RandomGenerator random) {
        this.random = random;
    }

    /** A name of the type ending in {@code head}; {@code placePrefix} (a short place name, 长三角) or null. */
    String name(EntityType type, String head, String placePrefix) {
        String poolKey = type + "|" + head + "|" + (placePrefix == null ? "" : placePrefix);
        List<String> pool = composed.computeIfAbsent(poolKey, k -> new ArrayList<>());
        if (!pool.isEmpty() && random.nextDouble() < REUSE) {
            double u = random.nextDouble();
            return pool.get((int) (pool.size() * u * u));
        }
        String name = null;
        for (int attempt = 0; attempt < 8 && (name == null || names.contains(name)); attempt++) {
            name = compose(type, head, placePrefix);
        }
        names.add(name);
        pool.add(name);
        return name;
    }

    private String compose(EntityType type, String head, String prefix) {
        StringBuilder b = new StringBuilder();
        if (prefix != null) {
            b.append(prefix);
        }
        if (type == EntityType.Company) {
            b.append(tradeName()).append(pick(INDUSTRIES));
            if (head.endsWith("公司")) {
                b.append(pick(COMPANY_TRADES));
            }
        } else {
            if (prefix == null) {
                b.append(tradeName());
            }
            b.append(pick(INDUSTRIES));
            if (random.nextBoolean()) {
                b.append(pick(FUNCTIONS));
            }
        }
        return b.append(head).toString();
    }

    private String tradeName() {
        return "" + TRADE_CHARS.charAt(random.nextInt(TRADE_CHARS.length()))
                + TRADE_CHARS.charAt(random.nextInt(TRADE_CHARS.length()));
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** How many distinct names were composed so far. */
    int distinct() {
        return names.size();
    }
}
