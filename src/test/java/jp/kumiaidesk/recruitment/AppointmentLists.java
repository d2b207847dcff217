package jp.kumiaidesk.recruitment;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.kumiaidesk.workplace.WorkplaceNode;

/**
 * An appointment list as a personnel office sends it: CSV in Shift_JIS (Windows-31J) with CRLF, as Excel saves it;
 * one row per new hire, unique names (30 family × 20 given per 600), and every 50 rows three written otherwise: two
 * misspelt workplaces and one the tree does not have yet. Shared by the browser journey and the benchmark.
 */
public final class AppointmentLists {

    /** How the personnel office misspelt 障害福祉課 and リハビリテーション科, and a children's hall not in the tree. */
    public static final String TYPO_DISABILITY = "障碍福祉課";
    public static final String TYPO_REHAB = "リハビリテイション科";
    public static final String NEW_HALL = "東児童館";
    /** Rows per 50 that carry each of the three names above. */
    public static final int UNKNOWN_PER_50 = 3;

    private static final String[] SURNAMES = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林",
        "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田",
        "橋本", "阿部", "石川", "山下", "中島", "石井", "小川"};
    private static final String[] SURNAME_KANA = {"サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ",
        "ヤマモト", "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト", "イノウエ",
        "キムラ", "ハヤシ", "サイトウ", "シミズ", "ヤマザキ", "モリ", "イケダ", "ハシモト", "アベ", "イシカワ",
        "ヤマシタ", "ナカジマ", "イシイ", "オガワ"};
    private static final String[] GIVEN = {"翔太", "美咲", "大輔", "陽菜", "健太", "結衣", "拓也", "さくら", "亮",
        "葵", "直樹", "彩", "海斗", "優花", "蓮", "真央", "悠斗", "千尋", "颯", "七海"};
    private static final String[] GIVEN_KANA = {"ショウタ", "ミサキ", "ダイスケ", "ヒナ", "ケンタ", "ユイ", "タクヤ",
        "サクラ", "リョウ", "アオイ", "ナオキ", "アヤ", "カイト", "ユウカ", "レン", "マオ", "ユウト", "チヒロ", "ハヤテ",
        "ナナミ"};

    private AppointmentLists() {
    }

    /** Every unit (leaf) as a personnel office writes it: the section's name, its path where two share a name. */
    public static List<String> units(List<WorkplaceNode> all) {
        Map<String, Long> sameName = all.stream().collect(Collectors.groupingBy(WorkplaceNode::name,
                Collectors.counting()));
        return all.stream().filter(w -> w.children().isEmpty())
                .map(w -> sameName.get(w.name()) == 1 ? w.name() : w.path()).toList();
    }

    /** {@code rows} (at most 600) hires on 1 April of {@code year}, round-robin over {@code units} (names or paths). */
    public static byte[] shiftJisCsv(int rows, int year, List<String> units) {
        if (rows > SURNAMES.length * GIVEN.length) {
            throw new IllegalArgumentException("at most " + SURNAMES.length * GIVEN.length + " unique names");
        }
        StringBuilder csv = new StringBuilder("氏名,フリガナ,所属,雇用形態,採用日,採用区分\r\n");
        for (int i = 0; i < rows; i++) {
            String unit = switch (i % 50) {
                case 7 -> TYPO_DISABILITY;
                case 19 -> TYPO_REHAB;
                case 33 -> NEW_HALL;
                default -> units.get(i % units.size());
            };
            csv.append(SURNAMES[i / GIVEN.length]).append(' ').append(GIVEN[i % GIVEN.length]).append(',')
                    .append(SURNAME_KANA[i / GIVEN.length]).append(' ').append(GIVEN_KANA[i % GIVEN.length])
                    .append(',').append(unit).append(',').append(i % 9 == 0 ? "会計年度任用" : "正規").append(',')
                    .append(year).append("/4/1,").append(i % 11 == 0 ? "社会人経験者" : "新卒").append("\r\n");
        }
        return csv.toString().getBytes(Charset.forName("windows-31j"));
    }
}
