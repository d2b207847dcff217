package jp.kumiaidesk.workplace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.LargeDemoData;

/**
 * The rest of a city of ~2,500 staff around the small demo's workplaces: every 部 of 市長部局 with its 課, twelve
 * nurseries, the hospital's wards, twenty schools, libraries and community centres, the waterworks' plants.
 */
@Component
class WorkplaceLargeDemoData extends LargeDemoData {

    /** Group path → the units under it ("/" separates a new sub-group from its parent). */
    private static final Map<String, List<String>> UNITS = new java.util.LinkedHashMap<>();

    static {
        UNITS.put("市長部局/企画部", List.of("企画課", "広報課", "情報政策課", "行政改革課", "秘書課"));
        UNITS.put("市長部局/総務部", List.of("契約課", "税務課", "市民税課", "資産税課", "納税課", "危機管理課", "法務課"));
        UNITS.put("市長部局/市民生活部", List.of("地域振興課", "文化スポーツ課", "市民相談課", "男女共同参画課"));
        UNITS.put("市長部局/市民生活部/支所", List.of("北支所", "南支所", "西支所", "東支所"));
        UNITS.put("市長部局/福祉部", List.of("障害福祉課", "高齢福祉課", "生活福祉課", "介護保険課", "福祉総務課"));
        UNITS.put("市長部局/福祉部/保育所", List.of("西保育所", "南保育所", "北保育所", "駅前保育所", "若葉保育所",
                "青葉保育所", "ひかり保育所", "みどり保育所", "さくら保育所", "つばさ保育所"));
        UNITS.put("市長部局/福祉部/児童館", List.of("中央児童館", "北児童館", "南児童館"));
        UNITS.put("市長部局/健康部", List.of("健康推進課", "保健センター", "国民健康保険課", "地域医療課"));
        UNITS.put("市長部局/環境部", List.of("環境政策課", "清掃工場", "北清掃事務所", "リサイクルセンター"));
        UNITS.put("市長部局/経済部", List.of("商工課", "農政課", "観光課", "雇用労働課"));
        UNITS.put("市長部局/都市整備部", List.of("都市計画課", "建築指導課", "道路課", "公園緑地課", "住宅課",
                "下水道建設課"));
        UNITS.put("市長部局/会計室", List.of("会計課"));
        UNITS.put("市長部局/行政委員会", List.of("議会事務局", "選挙管理委員会事務局", "監査委員事務局",
                "農業委員会事務局"));
        UNITS.put("市立病院", List.of("内科病棟", "外科病棟", "小児科病棟", "産婦人科病棟", "救急外来", "手術室",
                "薬剤部", "臨床検査科", "放射線科", "栄養科", "リハビリテーション科", "病院総務課"));
        UNITS.put("教育委員会", List.of("教育総務課", "生涯学習課", "学校給食センター", "教育研究所"));
        UNITS.put("教育委員会/小学校", List.of("第三小学校", "第四小学校", "第五小学校", "第六小学校", "第七小学校",
                "第八小学校", "第九小学校", "第十小学校", "緑ヶ丘小学校", "桜台小学校", "港小学校", "山手小学校"));
        UNITS.put("教育委員会/中学校", List.of("第一中学校", "第二中学校", "第三中学校", "第四中学校", "第五中学校",
                "緑ヶ丘中学校"));
        UNITS.put("教育委員会/図書館", List.of("中央図書館", "北図書館", "南図書館"));
        UNITS.put("教育委員会/公民館", List.of("中央公民館", "北公民館", "南公民館", "西公民館", "東公民館"));
        UNITS.put("上下水道局", List.of("総務課（上下水道局）", "営業課", "下水道課", "浄水管理課"));
        UNITS.put("上下水道局/浄水場", List.of("第一浄水場", "第二浄水場", "東部浄化センター"));
    }

    private final WorkplaceService workplaces;
    private final JdbcTemplate jdbc;

    WorkplaceLargeDemoData(DemoMode demoMode, WorkplaceService workplaces, JdbcTemplate jdbc) {
        super(demoMode);
        this.workplaces = workplaces;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return AFTER_SMALL + 10;
    }

    @Override
    protected void seedLarge() {
        Random random = random("workplace");
        Map<String, Long> groups = new HashMap<>();
        workplaces.flatten().forEach(w -> groups.put(w.path(), w.id()));
        List<Object[]> rows = new java.util.ArrayList<>();
        UNITS.forEach((path, units) -> {
            long group = group(path, groups);
            int sort = jdbc.queryForObject("select coalesce(max(sort_order), 0) from workplace where parent_id = ?",
                    Integer.class, group);
            for (String unit : units) {
                boolean big = unit.contains("病棟") || unit.contains("清掃") || unit.contains("給食");
                int regular = (big ? 20 : 5) + random.nextInt(big ? 25 : 12);
                int nonRegular = random.nextInt(unit.contains("保育") || unit.contains("図書") || unit.contains("学校")
                        ? 14 : 6);
                // rates from 20 % to 95 %, so the tree shows every colour
                int members = (regular + nonRegular) * (20 + random.nextInt(76)) / 100;
                rows.add(new Object[] {group, unit, regular, nonRegular, members, ++sort});
            }
        });
        // the units in one batch (the service's per-row checks and audit entries took seconds for 110 rows)
        jdbc.batchUpdate("insert into workplace (parent_id, name, regular_staff, non_regular_staff, members,"
                + " sort_order) values (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The id of the group at {@code path}, created (with its parents) when missing. */
    private long group(String path, Map<String, Long> groups) {
        Long known = groups.get(path);
        if (known != null) {
            return known;
        }
        int slash = path.lastIndexOf('/');
        Long parent = slash < 0 ? null : group(path.substring(0, slash), groups);
        long id = workplaces.create(parent, new WorkplaceForm(path.substring(slash + 1), 0, 0, 0));
        groups.put(path, id);
        return id;
    }
}
