package jp.kumiaidesk.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the MariaDB client programs connect: taken from the app's JDBC URL and credentials. A cluster URL
 * ({@code jdbc:mariadb:sequential://db1:3306,db2:3306/kumiai}) names several hosts: the programs use the first one
 * (every Galera node holds everything), and {@link #jdbcUrl()} keeps the whole list, the mode and the driver's options
 * ({@code ?galeraAllowedState=4}).
 */
record DatabaseTarget(String host, int port, String database, String user, String password, String mode,
        String hosts, String options) {

    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql):(?:([a-z]+):)?//([^/?]+)/([^?;]+)(.*)");
    private static final Pattern HOST = Pattern.compile("([^:,\\[\\]]+|\\[[^\\]]+\\])(?::(\\d+))?");

    static DatabaseTarget of(String jdbcUrl, String user, String password) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL with host and database: " + jdbcUrl);
        }
        String hosts = m.group(2);
        Matcher first = HOST.matcher(hosts.split(",")[0].strip());
        if (!first.matches()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL with host and database: " + jdbcUrl);
        }
        return new DatabaseTarget(first.group(1), first.group(2) == null ? 3306 : Integer.parseInt(first.group(2)),
                m.group(3), user == null ? "" : user, password == null ? "" : password, m.group(1), hosts, m.group(4));
    }

    DatabaseTarget withDatabase(String other) {
        return new DatabaseTarget(host, port, other, user, password, mode, hosts, options);
    }

    String jdbcUrl() {
        return "jdbc:mariadb:" + (mode == null ? "" : mode + ":") + "//" + hosts + "/" + database + options;
    }
}
