package cn.gongkai.platform.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The daily reminders (每日到期提醒) of every module: each morning each {@link DailyReminderSource} brings its
 * reminders up to date, and each person gets one e-mail listing all of theirs, whatever the modules, the instances or
 * the runs: a key per person and day in Redis, taken before sending, lets only one run send it. Sent only where an
 * SMTP server is configured; a failed message is logged, never allowed to fail the reminders, which staff also see
 * in the console.
 */
@Service
public class DailyReminders {

    private static final Logger log = LoggerFactory.getLogger(DailyReminders.class);
    private static final String SENT = "gongkai:reminder-mail:";
    private static final Duration REDIS_PATIENCE = Duration.ofSeconds(2);

    private final List<DailyReminderSource> sources;
    private final ObjectProvider<JavaMailSender> sender;
    private final ReactiveStringRedisTemplate redis;
    private final String from;
    private final Clock clock;

    DailyReminders(
            List<DailyReminderSource> sources,
            ObjectProvider<JavaMailSender> sender,
            ReactiveRedisConnectionFactory connections,
            @Value("${gongkai.reminders.sender:${gongkai.disclosure.reminder-sender:gongkai@localhost}}") String from,
            Clock clock) {
        this.sources = List.copyOf(sources);
        this.sender = sender;
        this.redis = new ReactiveStringRedisTemplate(connections);
        this.from = from;
        this.clock = clock;
    }

    /** An instance started after the morning run catches up: nobody is mailed twice on one day. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        everyMorning().subscribe();
    }

    @Scheduled(
            cron = "${gongkai.reminders.cron:${gongkai.disclosure.reminder-cron:0 30 8 * * *}}",
            zone = "Asia/Shanghai")
    Mono<Void> everyMorning() {
        return sendToday()
                .doOnNext(sent -> log.info("daily reminder e-mails sent: {}", sent))
                .onErrorResume(error -> {
                    log.error("daily reminders failed; the next run tries again", error);
                    return Mono.empty();
                })
                .then();
    }

    /**
     * Brings every module's reminders up to date and mails each person theirs once today; the number of messages
     * sent. "Today" is read on each subscription: the scheduler subscribes to the same Mono every morning.
     */
    public Mono<Long> sendToday() {
        return Mono.defer(() -> {
            LocalDate today = LocalDate.now(clock);
            return Flux.fromIterable(sources)
                    .concatMap(source -> source.remindOn(today))
                    .collectList()
                    .flatMap(reminders -> send(today, reminders));
        });
    }

    private Mono<Long> send(LocalDate today, List<DailyReminder> reminders) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || reminders.isEmpty()) {
            return Mono.just(0L);
        }
        Map<String, Map<String, List<String>>> byPerson = new LinkedHashMap<>();
        for (DailyReminder reminder : reminders) {
            byPerson.computeIfAbsent(reminder.email(), email -> new LinkedHashMap<>())
                    .computeIfAbsent(reminder.heading(), heading -> new java.util.ArrayList<>())
                    .add(reminder.line());
        }
        return Flux.fromIterable(byPerson.entrySet())
                .concatMap(person -> firstToday(today, person.getKey())
                        .filter(Boolean::booleanValue)
                        .map(first -> message(person.getKey(), person.getValue()))
                        // JavaMail talks to the SMTP server synchronously.
                        .flatMap(message -> Mono.fromRunnable(() -> mail.send(message))
                                .subscribeOn(Schedulers.boundedElastic())
                                .thenReturn(1L))
                        .onErrorResume(error -> {
                            log.warn("reminder e-mail not sent: {}", error.toString());
                            return Mono.empty();
                        }))
                .reduce(0L, Long::sum);
    }

    /**
     * Whether this run is the first today to mail the person: it takes the day's key. Without Redis, it sends: a
     * reminder twice is better than none.
     */
    private Mono<Boolean> firstToday(LocalDate today, String email) {
        String key = SENT + today + ":"
                + DigestUtils.md5DigestAsHex(
                        email.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return redis.opsForValue()
                .setIfAbsent(key, "1", Duration.ofDays(3))
                // Called from the database's threads; while Redis is away, opening its connection waits.
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(REDIS_PATIENCE)
                .onErrorResume(error -> {
                    log.warn("reminder e-mail sent without its daily key: {}", error.toString());
                    return Mono.just(true);
                });
    }

    private SimpleMailMessage message(String to, Map<String, List<String>> lines) {
        int count = lines.values().stream().mapToInt(List::size).sum();
        StringBuilder text = new StringBuilder("您好：\n\n以下事项即将到期或已经逾期，请及时办理：\n");
        lines.forEach((heading, items) -> {
            text.append("\n").append(heading).append("\n");
            items.forEach(item -> text.append(item).append('\n'));
        });
        text.append("\n请登录门户网站工作台查看。本邮件由系统自动发送。\n");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("【到期提醒】" + String.join("、", lines.keySet()) + " 共 " + count + " 件");
        message.setText(text.toString());
        return message;
    }
}
