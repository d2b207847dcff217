package jp.kumiaidesk.workplace;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoData;

/**
 * The workplaces of a mid-sized city (about 1,100 staff): 市長部局 with its departments, 市立病院, 教育委員会 with
 * schools, 上下水道局. Headcounts and members are made up but plausible, so the organization rates differ.
 */
@Component
class WorkplaceDemoData implements DemoData {

    private final WorkplaceService workplaces;
    private final Clock clock;

    WorkplaceDemoData(WorkplaceService workplaces, Clock clock) {
        this.workplaces = workplaces;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void seed() {
        long mayor = group(null, "市長部局");
        long soumu = group(mayor, "総務部");
        unit(soumu, "人事課", 18, 4, 15);
        unit(soumu, "総務課", 22, 6, 17);
        unit(soumu, "財政課", 16, 2, 12);
        long shimin = group(mayor, "市民生活部");
        unit(shimin, "市民課", 30, 14, 24);
        unit(shimin, "保険年金課", 25, 10, 19);
        long fukushi = group(mayor, "福祉部");
        unit(fukushi, "子育て支援課", 20, 8, 14);
        long hoikusho = group(fukushi, "保育所");
        unit(hoikusho, "中央保育所", 24, 18, 21);
        unit(hoikusho, "東保育所", 18, 15, 14);
        long kankyo = group(mayor, "環境部");
        unit(kankyo, "清掃事務所", 45, 12, 41);
        long hospital = group(null, "市立病院");
        unit(hospital, "看護部", 180, 40, 120);
        unit(hospital, "医事課", 20, 15, 9);
        long education = group(null, "教育委員会");
        unit(education, "学校教育課", 15, 3, 10);
        long schools = group(education, "小学校");
        unit(schools, "第一小学校", 8, 6, 5);
        unit(schools, "第二小学校", 7, 5, 3);
        long water = group(null, "上下水道局");
        unit(water, "水道課", 35, 4, 30);
    }

    private long group(Long parentId, String name) {
        return workplaces.create(parentId, new WorkplaceForm(name, 0, 0, 0));
    }

    /** Counted by the personnel office on 3月31日 before this fiscal year's April hires. */
    private void unit(long parentId, String name, int regular, int nonRegular, int members) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        workplaces.create(parentId, new WorkplaceForm(name, regular, nonRegular, members, LocalDate.of(year, 3, 31)));
    }
}
