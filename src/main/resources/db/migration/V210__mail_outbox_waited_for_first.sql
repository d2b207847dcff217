-- A mail someone is waiting for at the sign-in screen (a sign-in code, a password-reset link) is sent before a
-- backlog of reminders: 0 = someone waits for it, 1 = the rest. The worker takes due mails by (priority, id).
alter table mail_outbox add column priority tinyint not null default 1;
