package jp.kumiaidesk.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.kumiaidesk.base.DemoData;
import jp.kumiaidesk.base.DemoMode;
import jp.kumiaidesk.base.Role;
import jp.kumiaidesk.workplace.WorkplaceNode;
import jp.kumiaidesk.workplace.WorkplaceService;

/** The demo accounts printed in the README, all with the demo password. */
@Component
class SecurityDemoData implements DemoData {

    /** Workplaces the demo recruiter looks after: the nurseries, the sanitation office and the citizens' desk. */
    static final Set<String> RECRUITER_WORKPLACES = Set.of("中央保育所", "東保育所", "清掃事務所", "市民課");

    private final UserService users;
    private final WorkplaceService workplaces;
    private final DemoMode demoMode;

    SecurityDemoData(UserService users, WorkplaceService workplaces, DemoMode demoMode) {
        this.users = users;
        this.workplaces = workplaces;
        this.demoMode = demoMode;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed() {
        Set<Long> assigned = workplaces.flatten().stream().filter(w -> RECRUITER_WORKPLACES.contains(w.name()))
                .map(WorkplaceNode::id).collect(Collectors.toSet());
        create("admin", "システム管理者", "admin@example.jp", Set.of(Role.ADMIN), Set.of());
        create("iinchou", "山田 太郎（委員長）", "iinchou@example.jp", Set.of(Role.EXECUTIVE), Set.of());
        create("shokichou", "佐藤 花子（書記長）", "shokichou@example.jp", Set.of(Role.EXECUTIVE), Set.of());
        create("shokikyoku", "鈴木 一郎（書記局）", "shokikyoku@example.jp", Set.of(Role.SECRETARIAT), Set.of());
        create("seinenbu", "高橋 美咲（青年部）", "seinenbu@example.jp", Set.of(Role.RECRUITER), assigned);
        create("kenhonbu", "伊藤 誠（県本部）", "kenhonbu@example.jp", Set.of(Role.HQ), Set.of());
    }

    private void create(String username, String displayName, String email, Set<Role> roles, Set<Long> workplaceIds) {
        users.create(username, demoMode.password(), new UserForm(displayName, email, roles, workplaceIds, true));
    }
}
