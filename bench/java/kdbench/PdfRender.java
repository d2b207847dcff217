package kdbench;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The PDF renderer alone, in a JVM of its own (started by {@link Suite} with the app's jar and JVM options): a
 * sheet the size of a bargaining newsletter (~2,500 characters of Japanese, a 12-row table of demands, IPAex Gothic
 * embedded) rendered once cold and then {@code args[0]} times. Prints one line:
 * {@code cold <ms> p50 <ms> p95 <ms> n <renders>}, the percentiles over the second half of the renders (the JIT has
 * settled by then). The renderer is reached by reflection: the bench's classes compile without the app's (as
 * {@code ops/cluster/chaos.sh} and {@code bench/heap-walk.sh} compile them).
 */
public class PdfRender {

    public static void main(String[] args) throws ReflectiveOperationException {
        int renders = Integer.parseInt(args[0]);
        StringBuilder h = new StringBuilder("<html><head><style>body { font-family: IPAexGothic; font-size: 11pt }")
                .append(" table { border-collapse: collapse } td, th { border: 1px solid #333; padding: 4px }")
                .append("</style></head><body><h1>みなと市職員労働組合 交渉速報 第12号</h1>")
                .append("<p>2026年11月30日 書記局</p>");
        String paragraph = "当局は人事委員会勧告の完全実施を表明したが、若年層の初任給引上げについては財政状況を理由に"
                + "回答を保留した。組合は、物価上昇を踏まえ再考を強く求めた。";
        for (int s = 1; s <= 4; s++) {
            h.append("<h2>要求").append(s).append(" 賃金改善について</h2>");
            for (int p = 0; p < 3; p++) {
                h.append("<p>").append(paragraph.repeat(3)).append("</p>");
            }
        }
        h.append("<table><tr><th>要求項目</th><th>要求</th><th>当局回答</th></tr>");
        for (int r = 1; r <= 12; r++) {
            h.append("<tr><td>項目").append(r).append("</td><td>月額1万円の引上げ</td><td>検討する</td></tr>");
        }
        String xhtml = h.append("</table></body></html>").toString();
        Class<?> htmlPdf = Class.forName("jp.kumiaidesk.base.HtmlPdf");
        Object pdf = htmlPdf.getConstructor().newInstance();
        Method render = htmlPdf.getMethod("render", String.class);
        long t0 = System.nanoTime();
        render.invoke(pdf, xhtml);
        long cold = (System.nanoTime() - t0) / 1_000_000;
        double[] ms = new double[renders];
        for (int i = 0; i < renders; i++) {
            long t = System.nanoTime();
            render.invoke(pdf, xhtml);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] settled = Arrays.copyOfRange(ms, renders / 2, renders);
        Arrays.sort(settled);
        System.out.printf("cold %d p50 %.1f p95 %.1f n %d%n", cold, Percentiles.of(settled, .5),
                Percentiles.of(settled, .95), renders);
    }
}
