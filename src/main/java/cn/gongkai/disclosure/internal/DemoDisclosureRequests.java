package cn.gongkai.disclosure.internal;

import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.disclosure.ApplicantKind;
import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureReminders;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequest.Actor;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.RemedyBodies;
import cn.gongkai.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo data: a handful of requests to 淮北市人民政府 by the demo citizen and a demo company, received some working
 * days before today so the staff queue shows new, at-risk, overdue, waiting and answered requests. Written once,
 * by whichever instance starts first, through the same aggregate as real requests.
 */
@Component
@ConditionalOnBooleanProperty("gongkai.demo.enabled")
class DemoDisclosureRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDisclosureRequests.class);
    private static final long LOCK = 0x6465_6d6f_6472L;
    private static final String DEMO_ACTOR = "demo-data";
    private static final UUID HUAIBEI = UUID.fromString("00000000-0000-4000-8000-340600000000");
    private static final UUID CITIZEN = UUID.fromString("00000000-0000-4000-9000-000000000001");
    private static final UUID ENTERPRISE = UUID.fromString("00000000-0000-4000-9000-000000000002");
    private static final Actor APPLICANT = new Actor(DEMO_ACTOR, "CITIZEN");
    private static final Actor OFFICER = new Actor(DEMO_ACTOR, "DISCLOSURE_OFFICER");

    private final DisclosureRequestStore store;
    private final DatabaseClient database;
    private final WorkingDays workingDays;
    private final TransactionalOperator transaction;
    private final DisclosureReminders reminders;
    private final Agencies agencies;
    private final Clock clock;

    DemoDisclosureRequests(
            DisclosureRequestStore store,
            DatabaseClient database,
            WorkingDays workingDays,
            TransactionalOperator transaction,
            DisclosureReminders reminders,
            Agencies agencies,
            Clock clock) {
        this.store = store;
        this.database = database;
        this.workingDays = workingDays;
        this.transaction = transaction;
        this.reminders = reminders;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** One demo request: who, what, how many working days ago it arrived, and what happened since. */
    private record Demo(
            UUID user, Application application, int workingDaysAgo, BiConsumer<DisclosureRequest, Steps> story) {}

    /** Moves a demo request along, each step on its own day. */
    private record Steps(WorkingDayCalendar calendar, LocalDate receivedOn, Instant now, RemedyBodies remedies) {
        LocalDate day(int workingDaysAfterReceipt) {
            return calendar.plusWorkingDays(receivedOn, workingDaysAfterReceipt);
        }
    }

    @Override
    public void run(ApplicationArguments arguments) {
        database.sql("select pg_advisory_xact_lock(:lock)")
                .bind("lock", LOCK)
                .then()
                .then(database.sql("select exists (select 1 from disclosure_event where actor = :actor) as done")
                        .bind("actor", DEMO_ACTOR)
                        .map(row -> Boolean.TRUE.equals(row.get("done", Boolean.class)))
                        .one())
                .flatMap(done -> done ? Mono.just(0L) : write())
                .as(transaction::transactional)
                // The demo's at-risk and overdue requests show in the staff console's reminders at once.
                .flatMap(written -> reminders.remindToday().thenReturn(written))
                .subscribe(
                        written -> log.info("demo disclosure requests written: {}", written),
                        error -> log.warn("demo disclosure requests not written: {}", error.toString()));
    }

    private Mono<Long> write() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        return Mono.zip(workingDays.calendar(), agencies.remedyBodiesOf(HUAIBEI))
                .flatMapMany(context -> {
                    WorkingDayCalendar calendar = context.getT1();
                    RemedyBodies remedies = context.getT2();
                    return Flux.fromIterable(demos()).concatMap(demo -> {
                        LocalDate receivedOn = minusWorkingDays(calendar, today, demo.workingDaysAgo());
                        return store.nextNumber(HUAIBEI, "340600", receivedOn.getYear())
                                .flatMap(number -> {
                                    DisclosureRequest request = DisclosureRequest.receive(
                                            UUID.randomUUID(),
                                            number,
                                            HUAIBEI,
                                            DisclosureRequest.ReceiptChannel.ONLINE,
                                            demo.user(),
                                            demo.application(),
                                            receivedOn,
                                            null,
                                            calendar,
                                            APPLICANT,
                                            now);
                                    demo.story().accept(request, new Steps(calendar, receivedOn, now, remedies));
                                    return store.insert(request, calendar, today);
                                });
                    });
                })
                .count();
    }

    private static List<Demo> demos() {
        return List.of(
                new Demo(
                        CITIZEN,
                        person("淮北市2025年度财政预算执行情况的报告", null, "请提供淮北市2025年度财政预算执行情况的报告全文及附表。"),
                        1,
                        (request, steps) -> {}),
                new Demo(
                        CITIZEN,
                        person("相山区某道路改造工程环境影响评价文件", null, "请提供该道路改造工程的环境影响评价报告表及批复文件。"),
                        17,
                        (request, steps) -> request.accept(OFFICER, steps.day(1), steps.now())),
                new Demo(
                        ENTERPRISE,
                        company("2025年度高新技术企业认定名单", "皖科高〔2025〕12号", "请提供本市2025年度高新技术企业认定名单及认定依据。"),
                        22,
                        (request, steps) -> request.accept(OFFICER, steps.day(1), steps.now())),
                new Demo(
                        CITIZEN,
                        person(null, null, "请提供我家附近那条路的相关文件。"),
                        6,
                        (request, steps) -> request.requestCorrection(
                                List.of("请写明道路名称和所在街道", "请写明所需文件的名称或种类"),
                                steps.day(15),
                                15,
                                steps.calendar(),
                                OFFICER,
                                steps.day(2),
                                steps.now())),
                new Demo(
                        CITIZEN, person("淮北市2024年度政府采购意向公开汇总", null, "请提供2024年度政府采购意向公开汇总表。"), 30, (request, steps) -> {
                            request.accept(OFFICER, steps.day(1), steps.now());
                            request.consult(
                                    "THIRD_PARTY", "淮北某某建设有限公司", steps.day(3), OFFICER, steps.day(3), steps.now());
                            request.receiveOpinion(
                                    "OBJECTED",
                                    "涉及报价等商业秘密",
                                    steps.day(8),
                                    steps.calendar(),
                                    OFFICER,
                                    steps.day(8),
                                    steps.now());
                            request.reply(
                                    new DisclosureRequest.Reply(
                                            DisclosureOutcome.PARTLY_DISCLOSED,
                                            DisclosureOutcome.PARTLY_DISCLOSED.defaultLegalBasis(),
                                            "汇总表中的供应商报价涉及第三方商业秘密，第三方不同意公开。",
                                            "供应商报价一栏",
                                            null,
                                            null,
                                            "公开部分已通过电子邮件发送至申请人邮箱，也可在工作日到淮北市政务服务中心政府信息公开查阅点领取纸质件。",
                                            null),
                                    List.of(),
                                    steps.remedies(),
                                    OFFICER,
                                    steps.day(12),
                                    steps.now());
                        }));
    }

    private static Application person(String title, String documentNumber, String description) {
        return new Application(
                new Application.Applicant(
                        ApplicantKind.NATURAL_PERSON,
                        "张明",
                        null,
                        null,
                        Application.IdDocumentType.RESIDENT_ID_CARD,
                        "11010519491231002X",
                        null),
                new Application.Contact("13812345678", "citizen@example.org", null, null),
                new Application.RequestedInformation(title, documentNumber, description),
                new Application.Delivery(Application.Medium.ELECTRONIC, Application.DeliveryChannel.ONLINE),
                List.of());
    }

    private static Application company(String title, String documentNumber, String description) {
        return new Application(
                new Application.Applicant(
                        ApplicantKind.COMMERCIAL_ENTERPRISE,
                        "淮北某某科技有限公司",
                        "91340600MA2N0XQX5N",
                        "李华",
                        Application.IdDocumentType.RESIDENT_ID_CARD,
                        "11010519491231002X",
                        null),
                new Application.Contact("0561-3051234", "enterprise@example.org", "安徽省淮北市相山区某某路 1 号", "235000"),
                new Application.RequestedInformation(title, documentNumber, description),
                new Application.Delivery(Application.Medium.PAPER, Application.DeliveryChannel.POST),
                List.of());
    }

    private static LocalDate minusWorkingDays(WorkingDayCalendar calendar, LocalDate today, int days) {
        LocalDate day = today;
        int counted = 0;
        while (counted < days || !calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
