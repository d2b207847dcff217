package jp.kumiaidesk.ops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import jp.kumiaidesk.KaribuTest;
import jp.kumiaidesk.layout.NotFoundView;
import jp.kumiaidesk.ops.BackupSchedule;

@ExtendWith(OutputCaptureExtension.class)
class OperationsViewTest extends KaribuTest {

    @Autowired
    BackupSchedule schedule;

    @Test
    void an_administrator_backs_up_now_and_sees_the_result() {
        openAs("admin", "admin/operations");
        _click(_get(Button.class, spec -> spec.withText("今すぐバックアップ")));
        Div last = _get(Div.class, spec -> spec.withId("backup-last"));
        assertThat(last.getText()).startsWith("最後のバックアップ:").contains("成功", "kumiai-", ".sql.gz");
        assertThat(last.getElement().getAttribute("data-succeeded")).isEqualTo("true");
        // and it is still there for the next visit
        openAs("admin", "admin/operations");
        assertThat(_get(Div.class, spec -> spec.withId("backup-last")).getText()).contains("成功");
    }

    @Test
    void a_failed_backup_is_shown_and_mailed_to_the_administrators(CapturedOutput output) throws Exception {
        Path dir = schedule.directory();
        Path aside = dir.resolveSibling(dir.getFileName() + "-aside");
        Files.move(dir, aside);
        Files.writeString(dir, "a file where the backup directory should be");
        try {
            openAs("admin", "admin/operations");
            _click(_get(Button.class, spec -> spec.withText("今すぐバックアップ")));
            Div last = _get(Div.class, spec -> spec.withId("backup-last"));
            assertThat(last.getText()).contains("失敗");
            assertThat(last.getElement().getAttribute("data-succeeded")).isEqualTo("false");
            assertThat(output.getOut()).contains("admin@example.jp: 【組合デスク】バックアップに失敗しました")
                    .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}:\\d{2} に開始したバックアップが失敗しました");
        } finally {
            Files.delete(dir);
            Files.move(aside, dir);
        }
    }

    @Test
    void nobody_else_opens_the_operations_page() {
        openAs("shokichou", "admin/operations");
        _get(NotFoundView.class);
    }
}
