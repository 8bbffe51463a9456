package cn.gongkai.hotline;

import static cn.gongkai.hotline.HotlineTestData.CITIZEN;
import static cn.gongkai.hotline.HotlineTestData.DISPATCHER;
import static cn.gongkai.hotline.HotlineTestData.HANDLER_SCJG;
import static cn.gongkai.hotline.HotlineTestData.SCJG;
import static cn.gongkai.hotline.HotlineTestData.STHJ;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Api;
import cn.gongkai.IntegrationTest;
import cn.gongkai.TestClock;
import cn.gongkai.TestServices;
import cn.gongkai.identity.RoleGrants;
import cn.gongkai.platform.reminders.DailyReminders;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * 督办提醒: overdue and at-risk tickets are in the daily reminder e-mails, the centre's dispatcher's with all of the
 * centre's and each department handler's with their own department's, found by SQL over the stored deadlines; one
 * message per person and day, with the other modules' lines, however many instances and runs.
 */
@IntegrationTest
class HotlineRemindersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseClient database;

    @Autowired
    RoleGrants grants;

    @Autowired
    DailyReminders reminders;

    @Autowired
    ReactiveRedisConnectionFactory redis;

    @BeforeEach
    void prepare() {
        HotlineTestData.prepare(database, grants);
    }

    @Test
    void overdueAndAtRiskTicketsAreInTheirDispatchersAndHandlersDailyMailOnce() throws Exception {
        // Wednesday 1 July: an enquiry is due by Friday 3 July, a complaint on 22 July.
        clock.setDay(LocalDate.parse("2026-07-01"));
        String enquiry = submit("ENQUIRY", HotlineTestData.MATTER_ENQUIRY, "督办提醒：咨询逾期");
        act(enquiry, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        act(enquiry, HANDLER_SCJG, "accept", Map.of());
        String complaint = submit("COMPLAINT", HotlineTestData.MATTER_ENQUIRY, "督办提醒：投诉未到期");
        act(complaint, DISPATCHER, "dispatch", Map.of("leadDepartmentId", SCJG));
        act(complaint, HANDLER_SCJG, "accept", Map.of());
        // Thursday 2 July: a help request due Thursday 9 July, for 生态环境局.
        clock.setDay(LocalDate.parse("2026-07-02"));
        String help = submit("HELP", HotlineTestData.MATTER_ENVIRONMENT, "督办提醒：求助将到期");
        act(help, DISPATCHER, "dispatch", Map.of("leadDepartmentId", STHJ));
        act(help, HotlineTestData.HANDLER_STHJ, "accept", Map.of());

        // Wednesday 8 July, morning: the enquiry is overdue, the help request due tomorrow, the complaint far off.
        clock.setDay(LocalDate.parse("2026-07-08"));
        var keys = new ReactiveStringRedisTemplate(redis);
        keys.delete(keys.scan(ScanOptions.scanOptions()
                        .match("gongkai:reminder-mail:2026-07-08:*")
                        .build()))
                .block();
        IntStream.range(0, 3)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> reminders.sendToday().block()))
                .toList()
                .forEach(CompletableFuture::join);
        reminders.sendToday().block();

        List<MimeMessage> toDispatcher = mailsTo("dispatch.huaibei@example.org", "督办提醒：");
        assertThat(toDispatcher).as("one message a day").hasSize(1);
        String dispatcherText = textOf(toDispatcher.get(0));
        assertThat(dispatcherText).contains(enquiry, help).doesNotContain(complaint);
        assertThat(dispatcherText).contains(enquiry + "　督办提醒：咨询逾期　淮北市市场监督管理局　办理期限 2026-07-03　已逾期，督办");
        assertThat(toDispatcher.get(0).getSubject()).startsWith("【到期提醒】").contains("12345热线督办工单");

        List<MimeMessage> toScjg = mailsTo("handler.scjg@example.org", "督办提醒：");
        assertThat(toScjg).hasSize(1);
        assertThat(textOf(toScjg.get(0))).contains(enquiry).doesNotContain(help, complaint);
        List<MimeMessage> toSthj = mailsTo("handler.sthj@example.org", "督办提醒：");
        assertThat(toSthj).hasSize(1);
        assertThat(textOf(toSthj.get(0))).contains(help, "即将到期，督办").doesNotContain(enquiry, complaint);
        // Nobody else: a disclosure officer is not reminded of tickets.
        assertThat(mailsTo("officer.huaibei@example.org", "督办提醒：")).isEmpty();

        // Replied: no longer a reminder the next morning.
        act(enquiry, HANDLER_SCJG, "reply", Map.of("text", "已答复"));
        clock.setDay(LocalDate.parse("2026-07-09"));
        keys.delete(keys.scan(ScanOptions.scanOptions()
                        .match("gongkai:reminder-mail:2026-07-09:*")
                        .build()))
                .block();
        reminders.sendToday().block();
        assertThat(mailsTo("handler.scjg@example.org", enquiry)).hasSize(1);
    }

    private String submit(String type, String matter, String title) {
        Map<String, Object> form = HotlineTestData.ticket(type, matter, title);
        form.remove("happenedOn");
        return (String) HotlineTestData.created(Api.as(CITIZEN, port), form).get("number");
    }

    private void act(String number, String subject, String action, Map<String, Object> form) {
        HotlineTestData.act(port, subject, number, action, form).expectStatus().isOk();
    }

    private static List<MimeMessage> mailsTo(String address, String containing) {
        return Arrays.stream(TestServices.SMTP.getReceivedMessages())
                .filter(mail ->
                        recipients(mail).contains(address) && textOf(mail).contains(containing))
                .toList();
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String textOf(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
