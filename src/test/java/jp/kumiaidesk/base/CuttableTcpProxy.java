package jp.kumiaidesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder on a loopback port of its own to a local server, which a test can cut (every open connection
 * closed, new ones refused: the server is gone as far as the client can tell) and restore on the same port.
 */
final class CuttableTcpProxy implements AutoCloseable {

    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile Thread acceptor;

    CuttableTcpProxy(int target) throws IOException {
        this.target = target;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        acceptOn(server);
    }

    int port() {
        return port;
    }

    /** The server is gone: open connections are closed and new ones refused, until {@link #restore()}. */
    void cut() throws IOException {
        server.close();
        // The listening socket is really closed only once the thread blocked in accept() has left it (the JDK
        // defers the close to it); until then restore() could not bind the port ("Address already in use", seen
        // in CI when that virtual thread was slow to run).
        try {
            acceptor.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The server is back on the same port. */
    void restore() throws IOException {
        ServerSocket again = new ServerSocket();
        again.setReuseAddress(true);
        again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = again;
        acceptOn(again);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void acceptOn(ServerSocket listening) {
        acceptor = Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException closed) {
                // cut, or the other side hung up
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
