package jp.kumiaidesk.newsletter;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.kumiaidesk.audit.AuditEntry;
import jp.kumiaidesk.base.ConcurrentEditException;
import jp.kumiaidesk.base.DuplicateKey;
import jp.kumiaidesk.base.TransactionRetry;
import jp.kumiaidesk.base.FieldRejectedException;
import jp.kumiaidesk.base.NotFoundException;
import jp.kumiaidesk.base.OfficeCsv;
import jp.kumiaidesk.base.Roles;

/**
 * The members' mailing lists a newsletter is mailed to: a name and its addresses, kept by an administrator (typed in
 * or imported from CSV). {@code KD_NEWSLETTER_LISTS} only seeds an empty table on start, each address becoming a
 * list of its own, so an installation configured the old way keeps mailing the same addresses.
 */
@Service
public class MailingLists {

    private static final Logger log = LoggerFactory.getLogger(MailingLists.class);

    public static final String FIELD_NAME = "name";
    public static final String FIELD_ADDRESSES = "addresses";
    public static final int NAME_MAX_LENGTH = 100;
    public static final int MAX_ADDRESSES = 5000;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    /** A list as the administrator sees it. */
    public record MailingList(long id, long version, String name, boolean active, List<String> addresses) {
    }

    /** What the administrator typed: the name, whether it is mailed, addresses one per line (or , ; separated). */
    public record MailingListForm(String name, boolean active, String addresses) {
    }

    /** One problem of a CSV import, by line. */
    public record ImportProblem(long line, String key, String value) {
    }

    /** Lists created or replaced by an import, or its problems (then nothing changed). */
    public record ImportResult(int lists, int addresses, List<ImportProblem> problems) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionRetry retry;
    private final String seed;

    MailingLists(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
            @Value("${kd.newsletter.mailing-lists:}") String seed, TransactionRetry retry) {
        this.retry = retry;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.seed = seed;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<MailingList> all() {
        Map<Long, List<String>> addresses = new LinkedHashMap<>();
        jdbc.query("select list_id, address from mailing_list_address order by address", rs -> {
            addresses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return jdbc.query("select id, version, name, active from mailing_list order by name", (rs, i) ->
                new MailingList(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                        List.copyOf(addresses.getOrDefault(rs.getLong(1), List.of()))));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long create(MailingListForm form) {
        String name = name(form.name(), null);
        List<String> addresses = addresses(form.addresses());
        DuplicateKey.refused(FIELD_NAME, "mailing-list.error.duplicate", () -> jdbc.update(
                "insert into mailing_list (name, active, updated_at) values (?, ?, ?)", name, form.active(),
                Timestamp.from(clock.instant())));
        long id = jdbc.queryForObject("select id from mailing_list where name = ?", Long.class, name);
        replaceAddresses(id, addresses);
        events.publishEvent(AuditEntry.now("mailing-list.created", "mailing_list", id, addresses.size()
                + " addresses"));
        return id;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void update(long id, long expectedVersion, MailingListForm form) {
        String name = name(form.name(), id);
        List<String> addresses = addresses(form.addresses());
        int changed = jdbc.update("update mailing_list set name = ?, active = ?, updated_at = ?, version = version + 1 "
                + "where id = ? and version = ?", name, form.active(), Timestamp.from(clock.instant()), id,
                expectedVersion);
        if (changed == 0) {
            if (jdbc.queryForObject("select count(*) from mailing_list where id = ?", Integer.class, id) == 0) {
                throw new NotFoundException("mailing_list", id);
            }
            throw new ConcurrentEditException("mailing_list", id);
        }
        replaceAddresses(id, addresses);
        events.publishEvent(AuditEntry.now("mailing-list.updated", "mailing_list", id, addresses.size()
                + " addresses"));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void delete(long id) {
        if (jdbc.update("delete from mailing_list where id = ?", id) == 0) {
            throw new NotFoundException("mailing_list", id);
        }
        events.publishEvent(AuditEntry.now("mailing-list.deleted", "mailing_list", id, null));
    }

    /**
     * Imports lists from CSV (UTF-8 or Shift_JIS as Excel saves it): one row per address, columns リスト名 and
     * メールアドレス (or list, address). Each list named in the file gets exactly the file's addresses (a new list is
     * created); lists not named are left alone. All or nothing.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ImportResult importCsv(byte[] csv) {
        return retry.inTransaction("import of mailing lists", () -> {
            Map<String, Set<String>> lists = new LinkedHashMap<>();
            List<ImportProblem> problems = new ArrayList<>();
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(true).get()
                    .parse(OfficeCsv.reader(csv))) {
                String nameColumn = null;
                String addressColumn = null;
                for (String header : parser.getHeaderNames()) {
                    String key = OfficeCsv.key(header).replace(" ", "");
                    if (List.of("リスト名", "リスト", "list", "listname", "name", "名前").contains(key)) {
                        nameColumn = header;
                    } else if (List.of("メールアドレス", "アドレス", "メール", "address", "email", "e-mail", "mail")
                            .contains(key)) {
                        addressColumn = header;
                    }
                }
                if (nameColumn == null || addressColumn == null) {
                    return new ImportResult(0, 0, List.of(new ImportProblem(1, "mailing-list.import.columns",
                            String.join("、", parser.getHeaderNames()))));
                }
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber() + 1;
                    String name = record.get(nameColumn).strip();
                    String address = OfficeCsv.key(record.get(addressColumn));
                    if (name.isEmpty() && address.isEmpty()) {
                        continue;
                    }
                    if (name.isEmpty() || name.length() > NAME_MAX_LENGTH) {
                        problems.add(new ImportProblem(line, "mailing-list.import.name", name));
                    } else if (!ADDRESS.matcher(address).matches() || address.length() > 254) {
                        problems.add(new ImportProblem(line, "mailing-list.import.address", record.get(addressColumn)));
                    } else {
                        lists.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(address);
                    }
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException
                    | java.io.UncheckedIOException e) {
                return new ImportResult(0, 0, List.of(new ImportProblem(1, "mailing-list.import.unreadable", null)));
            }
            if (!problems.isEmpty()) {
                return new ImportResult(0, 0, problems);
            }
            int addresses = 0;
            for (Map.Entry<String, Set<String>> list : lists.entrySet()) {
                // created or touched in one statement by the unique name (two imports at once cannot both create it)
                jdbc.update("insert into mailing_list (name, active, updated_at) values (?, true, ?) on duplicate key "
                        + "update updated_at = values(updated_at), version = version + 1", list.getKey(),
                        Timestamp.from(clock.instant()));
                long id = jdbc.queryForObject("select id from mailing_list where name = ? lock in share mode",
                        Long.class, list.getKey());
                replaceAddresses(id, List.copyOf(list.getValue()));
                addresses += list.getValue().size();
            }
            events.publishEvent(AuditEntry.now("mailing-list.imported", "mailing_list", null, lists.size() + " lists, "
                    + addresses + " addresses"));
            return new ImportResult(lists.size(), addresses, List.of());
        });
    }

    /** The lists a newsletter goes to now: active ones with at least one address. */
    @PreAuthorize(NewsletterService.CAN_READ)
    @Transactional(readOnly = true)
    public List<MailingList> active() {
        return all().stream().filter(l -> l.active() && !l.addresses().isEmpty()).toList();
    }

    /** KD_NEWSLETTER_LISTS fills an empty table once: each address becomes a list named by it. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void seedFromEnvironment() {
        List<String> addresses = Arrays.stream(seed.split("[,;\\s]+")).map(String::strip)
                .filter(a -> ADDRESS.matcher(a).matches()).distinct().toList();
        if (addresses.isEmpty() || jdbc.queryForObject("select count(*) from mailing_list", Integer.class) > 0) {
            return;
        }
        for (String address : addresses) {
            // two nodes starting together may both find the table empty: the unique name lets one of them seed
            if (jdbc.update("insert ignore into mailing_list (name, active, updated_at) values (?, true, ?)", address,
                    Timestamp.from(clock.instant())) == 1) {
                long id = jdbc.queryForObject("select id from mailing_list where name = ?", Long.class, address);
                replaceAddresses(id, List.of(address));
            }
        }
        log.info("Created {} mailing lists from KD_NEWSLETTER_LISTS; manage them at /admin/mailing-lists",
                addresses.size());
    }

    private void replaceAddresses(long id, List<String> addresses) {
        jdbc.update("delete from mailing_list_address where list_id = ?", id);
        jdbc.batchUpdate("insert into mailing_list_address (list_id, address) values (?, ?)",
                addresses.stream().map(a -> new Object[] { id, a }).toList());
    }

    private String name(String raw, Long id) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new FieldRejectedException(FIELD_NAME, "validation.required");
        }
        if (name.length() > NAME_MAX_LENGTH) {
            throw new FieldRejectedException(FIELD_NAME, "validation.too-long");
        }
        List<Long> same = jdbc.queryForList("select id from mailing_list where name = ?", Long.class, name);
        if (!same.isEmpty() && !same.getFirst().equals(id)) {
            throw new FieldRejectedException(FIELD_NAME, "mailing-list.error.duplicate");
        }
        return name;
    }

    /** Addresses one per line (or separated by , ; or spaces), duplicates dropped, each checked. */
    static List<String> addresses(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split("[,;\\s、]+")) {
            String address = OfficeCsv.key(part);
            if (address.isEmpty()) {
                continue;
            }
            if (!ADDRESS.matcher(address).matches() || address.length() > 254) {
                throw new FieldRejectedException(FIELD_ADDRESSES, "mailing-list.error.address");
            }
            found.add(address);
        }
        if (found.isEmpty()) {
            throw new FieldRejectedException(FIELD_ADDRESSES, "mailing-list.error.no-address");
        }
        if (found.size() > MAX_ADDRESSES) {
            throw new FieldRejectedException(FIELD_ADDRESSES, "mailing-list.error.too-many");
        }
        return List.copyOf(found);
    }
}
