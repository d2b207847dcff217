package jp.kumiaidesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DumpRowCounterTest {

    @Test
    void rows_are_counted_per_table_on_one_line_or_one_line_per_row_with_tricky_strings() {
        DumpRowCounter counter = new DumpRowCounter();
        for (String line : new String[] {"CREATE TABLE `empty` (", "  `id` bigint", ") ENGINE=InnoDB;",
                "CREATE TABLE `one_line` (", ");",
                "INSERT INTO `one_line` VALUES (1,'a),(b'),(2,'it\\'s; (x)'),(3,NULL);",
                "INSERT INTO `many` VALUES", "(1,'x\\n(y)'),", "(2,'z;'),", "(3,'');",
                "INSERT INTO `many` VALUES", "(4,'w');", "INSERT INTO `one_line` VALUES (4,'');"}) {
            counter.line(line);
        }
        assertThat(counter.rows()).isEqualTo(Map.of("empty", 0L, "one_line", 4L, "many", 4L));
    }

    @Test
    void definers_are_left_out_of_the_dump() {
        assertThat(BackupService.withoutDefiner("/*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 trigger t before"))
                .isEqualTo("/*!50003 CREATE*/ /*!50003 trigger t before");
        assertThat(BackupService.withoutDefiner("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 x"))
                .isEqualTo("/*!50003 CREATE*/ /*!50003 x");
        assertThat(BackupService.withoutDefiner("CREATE DEFINER=`root`@`%` PROCEDURE p()"))
                .isEqualTo("CREATE PROCEDURE p()");
    }
}
