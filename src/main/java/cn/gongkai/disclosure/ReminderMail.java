package cn.gongkai.disclosure;

import cn.gongkai.disclosure.DisclosureReminders.Written;
import cn.gongkai.identity.Agencies;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reminder e-mails (到期提醒邮件): each agency's disclosure officers and OGI office head get one message listing its
 * requests that became at risk or overdue today. Sent only where an SMTP server is configured; a failed message is
 * logged, never allowed to fail the reminders themselves, which staff see in the console either way.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final DatabaseClient database;
    private final Agencies agencies;
    private final DisclosureSettings settings;

    ReminderMail(
            ObjectProvider<JavaMailSender> sender,
            DatabaseClient database,
            Agencies agencies,
            DisclosureSettings settings) {
        this.sender = sender;
        this.database = database;
        this.agencies = agencies;
        this.settings = settings;
    }

    Mono<Void> send(List<Written> written) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || written.isEmpty()) {
            return Mono.empty();
        }
        Map<UUID, List<DisclosureReminders.Reminder>> byAgency = written.stream()
                .collect(Collectors.groupingBy(
                        Written::agencyId, Collectors.mapping(Written::reminder, Collectors.toList())));
        return Flux.fromIterable(byAgency.entrySet())
                .concatMap(entry -> Mono.zip(agencies.findById(entry.getKey()), handlersOf(entry.getKey()))
                        .filter(agencyAndTo -> !agencyAndTo.getT2().isEmpty())
                        .map(agencyAndTo -> message(agencyAndTo.getT1().name(), agencyAndTo.getT2(), entry.getValue()))
                        // JavaMail talks to the SMTP server synchronously.
                        .flatMap(message ->
                                Mono.fromRunnable(() -> mail.send(message)).subscribeOn(Schedulers.boundedElastic()))
                        .onErrorResume(error -> {
                            log.warn("reminder e-mail to agency {} not sent: {}", entry.getKey(), error.toString());
                            return Mono.empty();
                        }))
                .then();
    }

    private Mono<List<String>> handlersOf(UUID agencyId) {
        return database.sql("""
                        select distinct u.email from role_grant g join portal_user u on u.id = g.user_id
                        where g.agency_id = :agency and g.role in ('DISCLOSURE_OFFICER', 'OGI_OFFICE_HEAD')
                          and u.email is not null and u.email <> ''
                        order by u.email
                        """)
                .bind("agency", agencyId)
                .map(row -> row.get("email", String.class))
                .all()
                .collectList();
    }

    private SimpleMailMessage message(String agencyName, List<String> to, List<DisclosureReminders.Reminder> due) {
        StringBuilder text = new StringBuilder(agencyName).append("：\n\n以下政府信息公开申请即将到期或已经逾期，请及时办理：\n\n");
        for (DisclosureReminders.Reminder reminder : due) {
            text.append(reminder.requestNumber())
                    .append("　答复期限 ")
                    .append(reminder.dueOn())
                    .append("　")
                    .append(
                            reminder.workingDaysLeft() < 0
                                    ? "已逾期 " + -reminder.workingDaysLeft() + " 个工作日"
                                    : "还剩 " + reminder.workingDaysLeft() + " 个工作日")
                    .append('\n');
        }
        text.append("\n请登录门户网站工作台查看。本邮件由系统自动发送。\n");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.reminderSender());
        message.setTo(to.toArray(String[]::new));
        message.setSubject("【到期提醒】" + agencyName + " " + due.size() + " 件政府信息公开申请");
        message.setText(text.toString());
        return message;
    }
}
