package jp.kumiaidesk.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the MariaDB client programs connect: taken from the app's JDBC URL and credentials. */
record DatabaseTarget(String host, int port, String database, String user, String password) {

    private static final Pattern URL = Pattern.compile("jdbc:(?:mariadb|mysql)://([^/:?]+)(?::(\\d+))?/([^?;]+).*");

    static DatabaseTarget of(String jdbcUrl, String user, String password) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL with host and database: " + jdbcUrl);
        }
        return new DatabaseTarget(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3),
                user == null ? "" : user, password == null ? "" : password);
    }

    DatabaseTarget withDatabase(String other) {
        return new DatabaseTarget(host, port, other, user, password);
    }

    String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }
}
