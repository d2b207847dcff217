package kdbench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Opens N tabs of one view against a running app and leaves their sessions open (for a heap dump):
 * {@code java kdbench.OpenTabs http://127.0.0.1:8095 seinenbu recruitment 100 [roundtrip]}.
 * With "roundtrip" every tab makes one more empty UIDL round trip after the navigation, as a browser's next
 * interaction would.
 */
public class OpenTabs {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String route = args[2];
        int n = Integer.parseInt(args[3]);
        boolean roundTrip = args.length > 4 && args[4].equals("roundtrip");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(i);
        }
        List<VaadinUser> open = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        Suite.parallel(ids, i -> {
            VaadinUser u = new VaadinUser(base);
            u.login(user, Suite.PASSWORD);
            u.open(route);
            if (roundTrip) {
                u.empty();
            }
            open.add(u);
        });
        System.out.printf("%d tabs of /%s as %s open in %d ms%n", open.size(), route, user,
                (System.nanoTime() - t0) / 1_000_000);
        if (args.length > 5) {
            // keep the clients (and their keep-alive connections) for this many seconds
            Thread.sleep(Long.parseLong(args[5]) * 1000);
            System.out.println(open.size() + " clients released");
        }
    }
}
