package kdheap;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue #16: where a session's bytes are. Reads an HPROF heap dump (jcmd PID GC.heap_dump FILE), marks everything
 * reachable from the GC roots without passing through an HTTP session, a Vaadin session or a UI as shared, then walks
 * from every Tomcat session and charges each object it reaches (first session wins) to that session. Prints the
 * per-session bytes by class, by owner (the nearest ancestor that is not a JDK class or array), the largest single
 * objects with their path from the session, and the strings repeated across sessions.
 * Shallow sizes are estimated for compressed oops and class pointers with 12-byte headers (JDK 25 default).
 * Usage: java kdheap.HeapPerSession heap.hprof
 */
public class HeapPerSession {

    static int idSize;
    static final Map<Long, String> utf8 = new HashMap<>();
    static final Map<Long, String> classNames = new HashMap<>(); // class object id -> name
    static final Map<Long, long[]> classFields = new HashMap<>(); // class id -> [super, then (nameId,type) pairs...]
    static final Map<Long, Long> superOf = new HashMap<>();
    static final Map<Long, Integer> instanceSize = new HashMap<>();
    static final Map<Long, List<long[]>> fieldLists = new HashMap<>(); // class id -> list of {nameId, type}
    static final Map<Long, List<Long>> staticRefs = new HashMap<>();

    // objects
    static long[] ids = new long[1 << 20];
    static int n;
    static final List<Long> rootIds = new ArrayList<>();

    static final class In {
        final FileChannel ch;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 22);
        long pos; // file position of buf's next byte

        In(Path p) throws IOException {
            ch = FileChannel.open(p, StandardOpenOption.READ);
            buf.limit(0);
        }

        void need(int k) throws IOException {
            if (buf.remaining() >= k) {
                return;
            }
            buf.compact();
            while (buf.position() < k) {
                if (ch.read(buf) < 0) {
                    throw new EOFException();
                }
            }
            buf.flip();
        }

        int u1() throws IOException {
            need(1);
            pos++;
            return buf.get() & 0xff;
        }

        int u2() throws IOException {
            need(2);
            pos += 2;
            return buf.getShort() & 0xffff;
        }

        int u4() throws IOException {
            need(4);
            pos += 4;
            return buf.getInt();
        }

        long u8() throws IOException {
            need(8);
            pos += 8;
            return buf.getLong();
        }

        long id() throws IOException {
            return idSize == 8 ? u8() : u4() & 0xffffffffL;
        }

        void skip(long k) throws IOException {
            while (k > 0) {
                if (buf.remaining() == 0) {
                    need(1);
                }
                int s = (int) Math.min(k, buf.remaining());
                buf.position(buf.position() + s);
                pos += s;
                k -= s;
            }
        }

        byte[] bytes(int k) throws IOException {
            byte[] b = new byte[k];
            int off = 0;
            while (off < k) {
                if (buf.remaining() == 0) {
                    need(1);
                }
                int s = Math.min(k - off, buf.remaining());
                buf.get(b, off, s);
                off += s;
            }
            pos += k;
            return b;
        }
    }

    static int typeSize(int t) {
        return switch (t) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("type " + t);
        };
    }

    static int heapSize(int t) {
        return t == 2 ? 4 : typeSize(t);
    }

    interface Visitor {
        void instance(long id, long cls, In in, int len) throws IOException;

        void objArray(long id, long arrCls, In in, int count) throws IOException;

        void primArray(long id, int type, In in, int count, long dataPos) throws IOException;

        void classDump(long id, In in) throws IOException;
    }

    static void read(Path file, boolean first, Visitor v) throws IOException {
        In in = new In(file);
        while (in.u1() != 0) {
            // header string
        }
        idSize = in.u4();
        in.u8();
        while (true) {
            int tag;
            try {
                tag = in.u1();
            } catch (EOFException e) {
                break;
            }
            in.u4();
            long len = in.u4() & 0xffffffffL;
            if (tag == 0x01 && first) {
                long id = in.id();
                utf8.put(id, new String(in.bytes((int) (len - idSize)), StandardCharsets.UTF_8));
            } else if (tag == 0x02 && first) {
                in.u4();
                long cid = in.id();
                in.u4();
                classNames.put(cid, utf8.getOrDefault(in.id(), "?").replace('/', '.'));
            } else if (tag == 0x0C || tag == 0x1C) {
                long end = in.pos + len;
                while (in.pos < end) {
                    int sub = in.u1();
                    switch (sub) {
                        case 0xFF, 0x05, 0x07 -> root(in.id(), first);
                        case 0x01 -> {
                            root(in.id(), first);
                            in.id();
                        }
                        case 0x02, 0x03, 0x08 -> {
                            root(in.id(), first);
                            in.u4();
                            in.u4();
                        }
                        case 0x04, 0x06 -> {
                            root(in.id(), first);
                            in.u4();
                        }
                        case 0x20 -> {
                            long id = in.id();
                            v.classDump(id, in);
                        }
                        case 0x21 -> {
                            long id = in.id();
                            in.u4();
                            long cls = in.id();
                            int l = in.u4();
                            v.instance(id, cls, in, l);
                        }
                        case 0x22 -> {
                            long id = in.id();
                            in.u4();
                            int c = in.u4();
                            long ac = in.id();
                            v.objArray(id, ac, in, c);
                        }
                        case 0x23 -> {
                            long id = in.id();
                            in.u4();
                            int c = in.u4();
                            int t = in.u1();
                            v.primArray(id, t, in, c, in.pos);
                        }
                        default -> throw new IllegalStateException("sub-tag " + Integer.toHexString(sub) + " at "
                                + in.pos);
                    }
                }
            } else {
                in.skip(len);
            }
        }
        in.ch.close();
    }

    static void root(long id, boolean first) {
        if (first) {
            rootIds.add(id);
        }
    }

    static void addId(long id) {
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = id;
    }

    /** Parses a class dump; in the first pass records the layout, in both passes returns static references. */
    static List<Long> classDump(long id, In in, boolean first) throws IOException {
        in.u4();
        long sup = in.id();
        long loader = in.id();
        in.id();
        in.id();
        in.id();
        in.id();
        int isize = in.u4();
        int cp = in.u2();
        for (int i = 0; i < cp; i++) {
            in.u2();
            int t = in.u1();
            in.skip(typeSize(t));
        }
        List<Long> refs = new ArrayList<>();
        if (loader != 0) {
            refs.add(loader);
        }
        int statics = in.u2();
        for (int i = 0; i < statics; i++) {
            in.id();
            int t = in.u1();
            if (t == 2) {
                long r = in.id();
                if (r != 0) {
                    refs.add(r);
                }
            } else {
                in.skip(typeSize(t));
            }
        }
        int fields = in.u2();
        List<long[]> fl = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            long name = in.id();
            int t = in.u1();
            fl.add(new long[] {name, t});
        }
        if (first) {
            superOf.put(id, sup);
            instanceSize.put(id, isize);
            fieldLists.put(id, fl);
        }
        return refs;
    }

    // per object
    static int[] cls; // index into classList
    static int[] shallow;
    static long[] dataPos;
    static boolean[] utf16; // primitive arrays: file position of the data; strings resolved later
    static int[] edgeStart;
    static int[] edges;
    static int edgeCount;
    static final List<String> classList = new ArrayList<>();
    static final Map<String, Integer> classIndex = new HashMap<>();
    static final Map<Integer, String[]> fieldNamesOf = new HashMap<>(); // class idx -> ref field names in order

    static int classIdx(String name) {
        return classIndex.computeIfAbsent(name, k -> {
            classList.add(k);
            return classList.size() - 1;
        });
    }

    static int index(long id) {
        int i = Arrays.binarySearch(ids, 0, n, id);
        return i < 0 ? -1 : i;
    }

    static void edge(int target) {
        if (target < 0) {
            return;
        }
        if (edgeCount == edges.length) {
            edges = Arrays.copyOf(edges, edges.length * 2);
        }
        edges[edgeCount++] = target;
    }

    static int align(long s) {
        return (int) ((s + 7) & ~7L);
    }

    static String arrayName(int type) {
        return switch (type) {
            case 4 -> "boolean[]";
            case 5 -> "char[]";
            case 6 -> "float[]";
            case 7 -> "double[]";
            case 8 -> "byte[]";
            case 9 -> "short[]";
            case 10 -> "int[]";
            default -> "long[]";
        };
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long t0 = System.currentTimeMillis();
        read(file, true, new Visitor() {
            public void instance(long id, long c, In in, int len) throws IOException {
                addId(id);
                in.skip(len);
            }

            public void objArray(long id, long ac, In in, int count) throws IOException {
                addId(id);
                in.skip((long) count * idSize);
            }

            public void primArray(long id, int type, In in, int count, long p) throws IOException {
                addId(id);
                in.skip((long) count * typeSize(type));
            }

            public void classDump(long id, In in) throws IOException {
                addId(id);
                HeapPerSession.classDump(id, in, true);
            }
        });
        Arrays.sort(ids, 0, n);
        System.err.printf("pass 1: %d objects, %d roots, %d ms%n", n, rootIds.size(), System.currentTimeMillis() - t0);
        cls = new int[n];
        shallow = new int[n];
        dataPos = new long[n];
        utf16 = new boolean[n];
        edgeStart = new int[n + 1];
        int[][] edgesOf = new int[1][];
        edges = new int[n * 3];
        // edges must be in index order for CSR: collect per object as we go (file order), then reorder
        int[] firstEdge = new int[n];
        int[] edgeLen = new int[n];
        Map<Long, Integer> fullSize = new HashMap<>();
        read(file, false, new Visitor() {
            public void instance(long id, long c, In in, int len) throws IOException {
                int i = index(id);
                String name = classNames.getOrDefault(c, "?");
                int ci = classIdx(name);
                cls[i] = ci;
                firstEdge[i] = edgeCount;
                // fields: this class's, then super's
                long k = c;
                boolean isString = name.equals("java.lang.String");
                int valueOf = -1;
                int coder = 0;
                long heap = 12;
                while (k != 0) {
                    for (long[] f : fieldLists.getOrDefault(k, List.of())) {
                        int t = (int) f[1];
                        heap += heapSize(t);
                        if (t == 2) {
                            long r = in.id();
                            edge(r == 0 ? -1 : index(r));
                            if (isString && r != 0 && "value".equals(utf8.get(f[0]))) {
                                valueOf = index(r);
                            }
                        } else if (isString && t == 8 && "coder".equals(utf8.get(f[0]))) {
                            coder = in.u1();
                        } else {
                            in.skip(typeSize(t));
                        }
                    }
                    k = superOf.getOrDefault(k, 0L);
                }
                edgeLen[i] = edgeCount - firstEdge[i];
                shallow[i] = align(heap);
                if (valueOf >= 0 && coder == 1) {
                    utf16[valueOf] = true;
                }
            }

            public void objArray(long id, long ac, In in, int count) throws IOException {
                int i = index(id);
                cls[i] = classIdx(classNames.getOrDefault(ac, "?"));
                firstEdge[i] = edgeCount;
                for (int j = 0; j < count; j++) {
                    long r = in.id();
                    if (r != 0) {
                        edge(index(r));
                    }
                }
                edgeLen[i] = edgeCount - firstEdge[i];
                shallow[i] = align(16 + 4L * count);
            }

            public void primArray(long id, int type, In in, int count, long p) throws IOException {
                int i = index(id);
                cls[i] = classIdx(arrayName(type));
                dataPos[i] = p;
                shallow[i] = align(16 + (long) count * typeSize(type));
                firstEdge[i] = edgeCount;
                in.skip((long) count * typeSize(type));
            }

            public void classDump(long id, In in) throws IOException {
                int i = index(id);
                cls[i] = classIdx("java.lang.Class");
                firstEdge[i] = edgeCount;
                for (long r : HeapPerSession.classDump(id, in, false)) {
                    edge(index(r));
                }
                edgeLen[i] = edgeCount - firstEdge[i];
                shallow[i] = 96;
            }
        });
        System.err.printf("pass 2: %d edges, %d ms%n", edgeCount, System.currentTimeMillis() - t0);
        analyse(file, firstEdge, edgeLen);
    }

    static boolean isBarrier(long classId) {
        for (long k = classId; k != 0; k = superOf.getOrDefault(k, 0L)) {
            String c = classNames.getOrDefault(k, "");
            if (c.equals("com.vaadin.flow.component.Component") || c.equals("com.vaadin.flow.internal.StateNode")
                    || c.equals("com.vaadin.flow.internal.StateTree") || c.equals("com.vaadin.flow.dom.Element")
                    || c.equals("com.vaadin.flow.component.internal.UIInternals") || isBarrier(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isBarrier(String c) {
        return c.equals("org.apache.catalina.session.StandardSession")
                || c.equals("org.apache.catalina.session.StandardSessionFacade")
                || c.equals("com.vaadin.flow.server.VaadinSession")
                || c.equals("com.vaadin.flow.spring.SpringVaadinSession")
                || c.equals("com.vaadin.flow.component.UI")
                || c.equals("com.vaadin.flow.server.WrappedHttpSession");
    }

    static void analyse(Path file, int[] firstEdge, int[] edgeLen) throws IOException {
        boolean[] barrier = new boolean[classList.size()];
        Map<String, Long> idOfName = new HashMap<>();
        classNames.forEach((id, nm) -> idOfName.put(nm, id));
        for (int c = 0; c < classList.size(); c++) {
            Long id = idOfName.get(classList.get(c));
            barrier[c] = id != null && isBarrier(id);
        }
        // 1. shared: reachable from roots without crossing a barrier
        boolean[] shared = new boolean[n];
        int[] queue = new int[n];
        int qh = 0, qt = 0;
        for (long r : rootIds) {
            int i = index(r);
            if (i >= 0 && !shared[i] && !barrier[cls[i]]) {
                shared[i] = true;
                queue[qt++] = i;
            }
        }
        while (qh < qt) {
            int i = queue[qh++];
            for (int e = firstEdge[i]; e < firstEdge[i] + edgeLen[i]; e++) {
                int t = edges[e];
                if (t >= 0 && !shared[t] && !barrier[cls[t]]) {
                    shared[t] = true;
                    queue[qt++] = t;
                }
            }
        }
        long sharedBytes = 0;
        for (int i = 0; i < n; i++) {
            if (shared[i]) {
                sharedBytes += shallow[i];
            }
        }
        // 2. sessions
        int sessionClass = classIndex.getOrDefault("org.apache.catalina.session.StandardSession", -1);
        int uiClassCount = 0;
        List<Integer> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cls[i] == sessionClass) {
                sessions.add(i);
            }
        }
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        boolean[] seen = shared; // reuse: shared objects count as seen
        qh = qt = 0;
        for (int s : sessions) {
            seen[s] = true;
            owner[s] = s;
            queue[qt++] = s;
        }
        while (qh < qt) {
            int i = queue[qh++];
            for (int e = firstEdge[i]; e < firstEdge[i] + edgeLen[i]; e++) {
                int t = edges[e];
                if (t >= 0 && !seen[t]) {
                    seen[t] = true;
                    owner[t] = owner[i];
                    parent[t] = i;
                    queue[qt++] = t;
                }
            }
        }
        int ns = Math.max(1, sessions.size());
        nodesByComponent(firstEdge, edgeLen, barrier, owner, ns);
        long total = 0;
        Map<String, long[]> byClass = new HashMap<>();
        Map<String, long[]> byOwner = new HashMap<>();
        Map<String, long[]> byTop = new HashMap<>();
        int stringClass = classIndex.getOrDefault("java.lang.String", -1);
        for (int q = 0; q < qt; q++) {
            int i = queue[q];
            total += shallow[i];
            byClass.computeIfAbsent(classList.get(cls[i]), k -> new long[2])[0] += shallow[i];
            byClass.get(classList.get(cls[i]))[1]++;
            String o = ownerName(i, parent);
            byOwner.computeIfAbsent(o, k -> new long[2])[0] += shallow[i];
            byOwner.get(o)[1]++;
            String top = topPath(i, parent);
            byTop.computeIfAbsent(top, k -> new long[2])[0] += shallow[i];
        }
        Map<String, long[]> perKind = new HashMap<>();
        for (int q = 0; q < qt; q++) {
            int i = queue[q];
            perKind.computeIfAbsent(kind.getOrDefault(owner[i], "(other)"), x -> new long[1])[0] += shallow[i];
        }
        Map<String, Integer> sessionsOfKind = new HashMap<>();
        for (int sIdx : sessions) {
            sessionsOfKind.merge(kind.getOrDefault(sIdx, "(other)"), 1, Integer::sum);
        }
        perKind.forEach((k, v) -> System.out.printf("TOTAL %s: %d sessions, %.1f KB per session%n", k,
                sessionsOfKind.getOrDefault(k, 0), v[0] / 1024.0 / Math.max(1, sessionsOfKind.getOrDefault(k, 1))));
        System.out.printf("%d sessions; objects reached only through sessions: %d KB in all, %.1f KB per session; "
                + "shared (reachable without a session): %d MB%n%n", sessions.size(), total / 1024,
                total / 1024.0 / ns, sharedBytes / 1024 / 1024);
        print("per session by class", byClass, ns, 25);
        print("per session by owner (nearest non-JDK ancestor in the walk from the session)", byOwner, ns, 45);
        print("per session by path from the session (3 non-JDK classes deep)", byTop, ns, 40);
        // 3. largest objects (byte[] with text, or anything) with paths
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            Integer[] big = new Integer[qt];
            for (int q = 0; q < qt; q++) {
                big[q] = queue[q];
            }
            Arrays.sort(big, (a, b) -> Integer.compare(shallow[b], shallow[a]));
            System.out.println("## 40 largest objects in sessions (one session's share shown by owner chain)");
            Map<String, Integer> seenChains = new HashMap<>();
            int shown = 0;
            for (int k = 0; k < big.length && shown < 40; k++) {
                int i = big[k];
                String chain = chain(i, parent);
                String key = classList.get(cls[i]) + " " + chain;
                if (seenChains.merge(key, 1, Integer::sum) > 3) {
                    continue;
                }
                shown++;
                System.out.printf("- %,d B %s %s%n    via %s%n", shallow[i], classList.get(cls[i]),
                        text(raf, i, 160), chain);
            }
            // 4. strings by content across sessions
            Map<String, long[]> strings = new HashMap<>();
            int byteArr = classIndex.getOrDefault("byte[]", -1);
            for (int q = 0; q < qt; q++) {
                int i = queue[q];
                if (cls[i] == byteArr && parent[i] >= 0 && cls[parent[i]] == stringClass) {
                    String t = text(raf, i, 80);
                    long[] a = strings.computeIfAbsent(t, x -> new long[2]);
                    a[0] += shallow[i] + shallow[parent[i]];
                    a[1]++;
                }
            }
            System.out.println("\n## strings in sessions by content, total bytes per session (String + byte[])");
            strings.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(40)
                    .forEach(e -> System.out.printf("- %.2f KB/session, %d copies: %s%n",
                            e.getValue()[0] / 1024.0 / ns, e.getValue()[1], e.getKey()));
            long stringBytes = strings.values().stream().mapToLong(a -> a[0]).sum();
            System.out.printf("strings in all: %.1f KB per session%n", stringBytes / 1024.0 / ns);
            // 5. byte[] not under a String
            Map<String, long[]> rawBytes = new HashMap<>();
            for (int q = 0; q < qt; q++) {
                int i = queue[q];
                if (cls[i] == byteArr && !(parent[i] >= 0 && cls[parent[i]] == stringClass)) {
                    String o = chain(i, parent);
                    rawBytes.computeIfAbsent(o, x -> new long[2])[0] += shallow[i];
                    rawBytes.get(o)[1]++;
                }
            }
            System.out.println("\n## byte[] not in a String, by chain");
            rawBytes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(20)
                    .forEach(e -> System.out.printf("- %.2f KB/session, %d arrays: %s%n",
                            e.getValue()[0] / 1024.0 / ns, e.getValue()[1], e.getKey()));
        }
    }

    static boolean isA(long classId, String name) {
        for (long k = classId; k != 0; k = superOf.getOrDefault(k, 0L)) {
            if (classNames.getOrDefault(k, "").equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The session-owned part of every StateNode (its features, maps, listeners, values) charged to the component
     * class the node belongs to: a walk from all StateNodes at once that does not enter another node, component,
     * tree, UI or session.
     */
    static void nodesByComponent(int[] firstEdge, int[] edgeLen, boolean[] barrier, int[] owner, int ns) {
        Map<String, Long> idOfName = new HashMap<>();
        classNames.forEach((id, nm) -> idOfName.put(nm, id));
        int nc = classList.size();
        boolean[] component = new boolean[nc];
        for (int c = 0; c < nc; c++) {
            Long id = idOfName.get(classList.get(c));
            component[c] = id != null && isA(id, "com.vaadin.flow.component.Component");
        }
        int stateNode = classIndex.getOrDefault("com.vaadin.flow.internal.StateNode", -1);
        int mapping = classIndex.getOrDefault("com.vaadin.flow.internal.nodefeature.ComponentMapping", -1);
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int qh = 0, qt = 0;
        Map<Integer, String> labelName = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (cls[i] == stateNode && owner[i] >= 0) {
                label[i] = i;
                queue[qt++] = i;
                labelName.put(i, "(element without component)");
            }
        }
        int starts = qt;
        while (qh < qt) {
            int i = queue[qh++];
            for (int e = firstEdge[i]; e < firstEdge[i] + edgeLen[i]; e++) {
                int t = edges[e];
                if (t < 0 || owner[t] < 0 || label[t] >= 0) {
                    continue;
                }
                if (cls[i] == mapping && component[cls[t]]) {
                    String name = classList.get(cls[t]);
                    if (!name.startsWith("com.vaadin.flow.component.UI")) {
                        labelName.put(label[i], simple(name));
                    }
                    continue;
                }
                if (barrier[cls[t]] || cls[t] == stateNode) {
                    continue;
                }
                label[t] = label[i];
                queue[qt++] = t;
            }
        }
        Set<String> views = Set.of("RecruitmentView", "DraftView", "SessionView", "NotificationsView");
        for (int q = 0; q < starts; q++) {
            int i = queue[q];
            String name = labelName.get(label[i]);
            if (views.contains(name)) {
                kind.put(owner[i], name);
            }
        }
        Map<String, Map<String, long[]>> byKind = new HashMap<>();
        for (int q = 0; q < qt; q++) {
            int i = queue[q];
            String name = labelName.get(label[i]);
            String k = kind.getOrDefault(owner[i], "(other)");
            long[] a = byKind.computeIfAbsent(k, x -> new HashMap<>()).computeIfAbsent(name, x -> new long[2]);
            a[0] += shallow[i];
            if (q < starts) {
                a[1]++;
            }
        }
        Map<String, Integer> sessionsOf = new HashMap<>();
        for (int o : new HashSet<>(kind.keySet())) {
            sessionsOf.merge(kind.get(o), 1, Integer::sum);
        }
        byKind.forEach((k, by) -> {
            int count = Math.max(1, sessionsOf.getOrDefault(k, 1));
            long sum = by.values().stream().mapToLong(a -> a[0]).sum();
            long nodes = by.values().stream().mapToLong(a -> a[1]).sum();
            System.out.printf("# %s: %d sessions, %.1f StateNodes and %.1f KB of node-owned objects per session%n", k,
                    count, nodes / (double) count, sum / 1024.0 / count);
            printD("StateNodes and what only they hold, by component (nodes per session)", by, count, 30);
        });
    }

    static final Map<Integer, String> kind = new HashMap<>();

    static void printD(String title, Map<String, long[]> m, int ns, int limit) {
        System.out.println("## " + title);
        m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(limit)
                .forEach(e -> System.out.printf("- %7.2f KB  %s (%.1f nodes)%n", e.getValue()[0] / 1024.0 / ns,
                        e.getKey(), e.getValue()[1] / (double) ns));
        System.out.println();
    }

    static boolean jdk(String c) {
        return c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.") || c.endsWith("[]")
                || c.startsWith("[");
    }

    static String ownerName(int i, int[] parent) {
        int p = parent[i];
        while (p >= 0 && jdk(classList.get(cls[p]))) {
            p = parent[p];
        }
        return p < 0 ? "(session root)" : simple(classList.get(cls[p]));
    }

    static String topPath(int i, int[] parent) {
        List<String> path = new ArrayList<>();
        for (int p = i; p >= 0; p = parent[p]) {
            String c = classList.get(cls[p]);
            if (!jdk(c)) {
                path.add(simple(c));
            }
        }
        // path is leaf..root; take root side
        StringBuilder sb = new StringBuilder();
        for (int k = path.size() - 1, d = 0; k >= 0 && d < 4; k--, d++) {
            sb.append(d == 0 ? "" : " > ").append(path.get(k));
        }
        return sb.toString();
    }

    static String chain(int i, int[] parent) {
        List<String> path = new ArrayList<>();
        for (int p = parent[i]; p >= 0; p = parent[p]) {
            path.add(simple(classList.get(cls[p])));
        }
        StringBuilder sb = new StringBuilder();
        for (int k = path.size() - 1; k >= 0; k--) {
            sb.append(sb.isEmpty() ? "" : " > ").append(path.get(k));
        }
        return sb.toString();
    }

    static String simple(String c) {
        int dollar = c.indexOf("$$Lambda");
        if (dollar > 0) {
            c = c.substring(0, dollar) + "$$Lambda";
        }
        return c.replaceAll("^.*\\.(?=[^.]*$)", "");
    }

    static String text(RandomAccessFile raf, int i, int max) throws IOException {
        if (dataPos[i] == 0 || !classList.get(cls[i]).equals("byte[]")) {
            return "";
        }
        int len = Math.min(shallow[i] - 16, max * 2);
        byte[] b = new byte[Math.max(0, len)];
        raf.seek(dataPos[i]);
        raf.readFully(b);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        // UTF-16 (coder 1) strings show as every other byte 0 for ASCII; try both
        if (utf16[i]) {
            s = new String(b, java.nio.charset.StandardCharsets.UTF_16LE);
        }
        s = s.replaceAll("[\\p{Cntrl}]", "·");
        return "\"" + (s.length() > max ? s.substring(0, max) + "…" : s) + "\"";
    }

    static boolean looksUtf16(byte[] b) {
        int zeros = 0;
        for (int k = 1; k < b.length; k += 2) {
            if (b[k] == 0 || (b[k] >= 0x30 && b[k] <= 0x9f)) {
                zeros++;
            }
        }
        return zeros > b.length / 2 * 0.8;
    }

    static void print(String title, Map<String, long[]> m, int ns, int limit) {
        System.out.println("## " + title);
        m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(limit)
                .forEach(e -> System.out.printf("- %7.2f KB  %s (%d objects)%n", e.getValue()[0] / 1024.0 / ns,
                        e.getKey(), e.getValue()[1] / ns));
        System.out.println();
    }
}
