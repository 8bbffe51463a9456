package cn.gongkai.hotline.internal;

import cn.gongkai.audit.AuditEntry;
import cn.gongkai.audit.AuditTrail;
import cn.gongkai.calendar.WorkingDays;
import cn.gongkai.hotline.HotlineClock;
import cn.gongkai.hotline.HotlineEvent;
import cn.gongkai.hotline.HotlineEventType;
import cn.gongkai.hotline.HotlinePublication;
import cn.gongkai.hotline.HotlineRating;
import cn.gongkai.hotline.HotlineSettings;
import cn.gongkai.hotline.HotlineState;
import cn.gongkai.hotline.HotlineSubmission;
import cn.gongkai.hotline.HotlineSubmitterKind;
import cn.gongkai.hotline.HotlineTicket;
import cn.gongkai.hotline.HotlineTicket.Actor;
import cn.gongkai.hotline.HotlineType;
import cn.gongkai.platform.DemoDataSettings;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.crypto.BlindIndex;
import cn.gongkai.shared.WorkingDayCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
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
 * Demo tickets (演示工单) of 淮北市's 12345 centre: a few hundred over the year before the portal's clock, of every
 * type, over the demo catalogue's matters and departments, each taken through its story by the {@link HotlineTicket}
 * aggregate on the days it happened (so its timeline, its stored deadlines and its audit are those of a real ticket)
 * and stopped wherever the clock stands: recent ones await dispatch, acceptance, a reply or a rating, some overdue or
 * at risk; older ones are closed, rated mostly 满意, some 不满意 and reopened, some merged, some answered from the
 * knowledge base. Each ticket has a fixed id and is written in its own transaction if it is not there yet, so that a
 * second start or a second instance writes nothing twice; it runs after start-up, off the event loop.
 */
@Component
@ConditionalOnBooleanProperty("gongkai.demo.enabled")
class DemoHotlineTickets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHotlineTickets.class);
    private static final long LOCK = 0x6465_6d6f_686cL;
    static final int COUNT = 360;
    private static final int BATCH = 40;
    /** The centre's demo dispatcher: dispatches, decides extensions and checks replies for the board. */
    private static final String DISPATCHER = "dispatcher-huaibei";
    /** Replies given this recently still wait for the dispatcher's check, so that the check has a queue. */
    private static final Duration CHECK_WAITS = Duration.ofDays(3);
    /** The states the youngest tickets stop in, one each. */
    private static final List<HotlineState> SHOWCASE = List.of(
            HotlineState.RECEIVED,
            HotlineState.RECEIVED,
            HotlineState.DISPATCHED,
            HotlineState.RETURNED,
            HotlineState.IN_PROGRESS,
            HotlineState.IN_PROGRESS,
            HotlineState.REPLIED,
            HotlineState.REOPENED,
            HotlineState.MERGED);

    private static final UUID CITIZEN = UUID.fromString("00000000-0000-4000-9000-000000000001");
    private static final UUID ENTERPRISE = UUID.fromString("00000000-0000-4000-9000-000000000002");
    private static final List<UUID> REGIONS = List.of(
            UUID.fromString("00000000-0000-4000-8000-340600000000"),
            UUID.fromString("00000000-0000-4000-8000-340602000000"),
            UUID.fromString("00000000-0000-4000-8000-340603000000"),
            UUID.fromString("00000000-0000-4000-8000-340604000000"),
            UUID.fromString("00000000-0000-4000-8000-340621000000"));
    private static final List<String> PLACES = List.of(
            "相山区人民路",
            "相山区淮海西路",
            "相山区孟山路",
            "杜集区矿山集街道",
            "烈山区古饶镇",
            "濉溪县濉溪镇沱河路",
            "相山区长山路",
            "杜集区高岳街道",
            "烈山区任楼街道",
            "濉溪县刘桥镇",
            "相山区南黎路",
            "相山区桓谭路");
    private static final String FAMILY = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "明华芳伟娜静强磊洋敏军丽勇艳杰涛超霞平刚桂兰";
    private static final String[] COMPANIES = {
        "淮北市恒达食品有限公司", "淮北市宏信建材有限公司", "安徽濉溪金禾农业科技有限公司", "淮北市瑞丰物流有限公司", "淮北市顺通机械制造有限公司", "淮北市绿源环保科技有限公司"
    };

    /**
     * The stories: matter (without the centre's prefix), type, title, what the person said, the department's reply.
     * In the words a 12345 centre's records use.
     */
    private static final String SCENARIOS = """
            food-safety|COMPLAINT|反映某快餐店售卖变质食品|来电人反映{place}一家快餐店出售的盒饭有异味，食用后家人出现腹泻，要求相关部门核查处理。|经核查，执法人员于次日到该快餐店现场检查，发现其冷藏设施温度不达标，已责令立即整改，并对留样食品抽样送检。依据《食品安全法》已立案调查，后续将依法处理。感谢您对食品安全的关注。
            food-safety|REPORT|举报无证食品小作坊|来电人举报{place}附近一处民房内有人无证加工豆制品，环境脏乱，供应周边菜市场。|接件后执法人员会同街道进行了现场检查，该作坊未取得食品小作坊登记证，已依法查扣原料及工具，责令停止生产经营，并立案调查。
            price-charges|COMPLAINT|反映停车场收费不明码标价|来电人反映{place}某商场地下停车场收费标准未公示，出场时被收取20元，认为收费不合理。|经核查，该停车场收费公示牌因装修被遮挡，已责令其重新公示收费标准并规范收费；对多收的费用，经协调停车场已同意退还，请您携带缴费凭证到服务台办理。
            consumer-rights|COMPLAINT|反映健身房闭店无法退费|来电人反映在{place}某健身房办理年卡3000元，现健身房突然闭店，无法联系经营者，要求退费。|我局已对该健身房经营者立案调查，并约谈其负责人。经调解，经营者承诺分批退还会员剩余费用，退费登记可拨打12315或到相山区市场监管所办理。
            special-equipment|HELP|小区电梯频繁故障|来电人反映{place}某小区3号楼电梯近一个月多次停梯困人，物业维修后仍反复故障，存在安全隐患。|执法人员已对该电梯进行现场检查，责令维保单位全面检修并更换老化的门锁装置，检修期间电梯停用。目前电梯已检验合格恢复运行，我局将加强后续监督检查。
            property-management|COMPLAINT|反映物业不作为楼道堆放杂物|来电人反映{place}某小区楼道长期堆放杂物，多次向物业反映无人处理，存在消防隐患。|经协调，物业服务企业已组织人员对小区楼道杂物进行集中清理，并在各单元张贴告知书。我局已将该物业企业纳入重点监管，督促其落实日常巡查。
            housing-quality|COMPLAINT|新房交付后墙面渗水|来电人反映购买的{place}某楼盘商品房交付不足一年，卧室外墙渗水严重，开发商拖延维修。|经现场核查，渗水系外墙防水层施工缺陷所致，属保修范围。我局已约谈开发企业，其承诺于15日内完成维修，并由第三方检测合格后交付业主验收。
            maintenance-fund|ENQUIRY|咨询住宅专项维修资金如何申请使用|来电人咨询小区屋面漏水，想使用住宅专项维修资金维修，需要什么流程。|使用维修资金须由业主委员会或物业服务企业提出方案，经专有部分占建筑物总面积三分之二以上且人数三分之二以上业主参与表决、参与表决者过半数同意后，向市房屋维修资金管理中心申请。紧急情况下可按应急程序申请。
            construction-noise|COMPLAINT|夜间建筑施工噪声扰民|来电人反映{place}某建筑工地每晚施工到凌晨，噪声很大，严重影响休息。|经查，该工地未办理夜间施工许可，执法人员已责令其立即停止夜间施工，并依法立案处罚。我局将加强夜间巡查，如再发现请及时反映。
            gas-supply|HELP|燃气表故障无法充值|来电人反映家中燃气表显示故障，无法充值，家中已无法做饭，请求尽快处理。|已协调燃气公司于当天下午上门更换燃气表，目前供气已恢复正常。
            old-community-renovation|SUGGESTION|建议老旧小区改造增设充电桩|来电人建议{place}某老旧小区改造时统一规划电动自行车充电设施，解决飞线充电问题。|感谢您的建议。该小区已列入今年老旧小区改造计划，改造方案中已增加集中充电车棚和充电桩，预计年内完工。
            unpaid-wages|COMPLAINT|反映工地拖欠农民工工资|来电人反映在{place}某工地务工，包工头拖欠三个月工资共计2万余元，多次讨要未果。|我局劳动保障监察支队已约谈施工总承包单位，督促其从工资专用账户中代发所欠工资。目前拖欠工资已全部发放到位，请您注意查收。
            labour-contracts|ENQUIRY|咨询试用期被辞退是否有补偿|来电人咨询在某公司试用期两个月后被通知不予录用，公司未说明理由，能否要求补偿。|用人单位在试用期解除劳动合同的，应当向劳动者说明理由；如不符合法定情形，劳动者可以向劳动人事争议仲裁委员会申请仲裁，要求支付赔偿金。
            social-insurance|ENQUIRY|咨询灵活就业人员如何缴纳养老保险|来电人咨询自己是灵活就业人员，如何办理城镇职工养老保险参保缴费。|灵活就业人员可携带身份证到市社保服务大厅办理参保登记，也可通过“皖事通”APP在线办理，缴费基数可在全省上年度平均工资的60%至300%之间自主选择。
            employment|ENQUIRY|咨询创业担保贷款申请条件|来电人咨询准备开一家小餐馆，能否申请创业担保贷款，需要什么材料。|符合条件的个人可申请最高30万元的创业担保贷款，需提供身份证、营业执照、创业项目计划等材料，到市创业指导服务中心申请。
            air-pollution|REPORT|举报企业夜间偷排废气|来电人举报{place}附近一家企业夜间排放刺鼻气体，周边居民闻到明显异味。|执法人员夜间突击检查，发现该企业废气处理设施未正常运行，已依法立案调查并责令改正，将持续开展夜间巡查。
            water-pollution|REPORT|举报河道排污口排放黑水|来电人反映{place}附近河道有排污口排放黑色污水，河水发臭。|经现场排查，该排污口为周边餐饮店雨污混接所致，已责令相关商户完成管网整改，并对河道水质进行监测，目前已恢复正常。
            industrial-noise|COMPLAINT|工厂设备噪声影响居民休息|来电人反映{place}某加工厂风机日夜运转，噪声很大，影响周边居民休息。|经监测，该厂厂界噪声夜间超标，已责令其加装隔声罩并限制夜间生产时段，整改后复测达标。
            taxi|COMPLAINT|出租车司机拒载绕路|来电人反映在火车站乘坐出租车，司机绕路多收费用，并态度恶劣。|经调取车载监控核实，该驾驶员存在绕道行驶行为，已依法对其处罚并责令退还多收车费，所属公司已对其停岗培训。
            public-transport|SUGGESTION|建议增加公交线路班次|来电人建议早高峰增加经过{place}的公交线路班次，目前候车时间过长。|感谢您的建议。经客流调查，公交公司已于本月起在早高峰加密该线路班次，发车间隔由15分钟缩短至10分钟。
            highway|HELP|乡村道路塌陷影响通行|来电人反映{place}通往村里的道路出现塌陷坑，车辆通行危险，请求尽快修复。|养护部门已对塌陷路段设置警示标志，并于三日内完成修补，目前道路已恢复正常通行。
            street-vending|COMPLAINT|反映小区门口占道经营|来电人反映{place}某小区门口每天傍晚有大量摊贩占道经营，造成交通拥堵。|城管执法中队已加强该路段巡查，对占道摊贩进行劝导并引导至附近便民市场经营，目前秩序明显好转。
            illegal-construction|REPORT|举报楼顶违法搭建|来电人举报{place}某小区顶楼住户在楼顶私自搭建彩钢房。|经现场核查，该搭建未取得规划许可，属违法建设，已下达限期拆除通知书，当事人已自行拆除。
            sanitation|COMPLAINT|反映垃圾清运不及时|来电人反映{place}路边垃圾桶连续几天未清运，垃圾满溢，气味难闻。|环卫部门已对该点位垃圾进行清运，并调整清运频次为每日两次，同时加强对保洁单位的考核。
            catering-fumes|COMPLAINT|反映烧烤店油烟扰民|来电人反映{place}一楼烧烤店油烟直排，楼上住户无法开窗。|执法人员已责令该烧烤店安装油烟净化设施并规范排放，复查时设施已正常运行。
            street-lights|HELP|路灯不亮夜间出行不便|来电人反映{place}一段路灯已不亮一周，夜间出行不安全。|市政维护单位已于次日完成线路检修，路灯已恢复照明。
            off-campus-tutoring|REPORT|举报违规开展学科类培训|来电人举报{place}某小区内有机构在周末违规开展学科类培训。|经联合执法检查，该机构未取得办学许可，已责令停止培训活动，并督促其退还学员费用。
            school-enrolment|ENQUIRY|咨询小学新生入学报名时间|来电人咨询孩子今年满六周岁，小学入学报名的时间和需要准备的材料。|今年小学新生入学报名时间为7月上旬，请关注市教育局网站发布的招生公告，需准备户口簿、房产证明或居住证等材料。
            education-fees|COMPLAINT|反映学校代收费用不合理|来电人反映孩子所在学校要求统一购买教辅资料，认为属于违规收费。|经核查，学校存在统一征订教辅资料情况，已责令其立即纠正并退还已收取的费用，对相关责任人进行了约谈。
            medical-services|COMPLAINT|反映医院排队时间过长|来电人反映在市某医院门诊挂号、缴费排队时间过长，老年人不便。|医院已增设自助服务机和志愿者引导岗，并开通老年人绿色通道，门诊高峰时段增开收费窗口。
            public-health|ENQUIRY|咨询成人接种疫苗的地点|来电人咨询成人接种带状疱疹疫苗在哪里预约。|可在辖区社区卫生服务中心预防接种门诊预约接种，也可通过“健康淮北”公众号查询各接种点的开放时间。
            household-registration|ENQUIRY|咨询新生儿落户办理材料|来电人咨询新生儿如何办理户口登记，需要哪些材料。|新生儿落户可携带出生医学证明、父母双方户口簿和身份证、结婚证，到户籍所在地派出所办理，也可通过“皖事通”在线申请。
            neighbourhood-noise|COMPLAINT|楼上住户深夜噪声扰民|来电人反映{place}某小区楼上住户经常深夜大声喧哗、拖动家具。|辖区派出所民警已上门对当事人进行批评教育，当事人承诺今后注意。如再次发生可直接拨打110。
            traffic-order|SUGGESTION|建议学校门口设置临时停车位|来电人建议在{place}某小学门口上下学时段设置临时停车位，缓解接送拥堵。|感谢您的建议。交警部门已会同学校在周边设置限时停车泊位，并在高峰时段安排警力疏导。
            real-estate-registration|ENQUIRY|咨询二手房过户需要多长时间|来电人咨询办理二手房不动产转移登记需要哪些材料，多久能办好。|二手房转移登记需买卖双方携带身份证、不动产权证书、买卖合同等到市不动产登记中心办理，材料齐全的1个工作日内办结。
            land-and-planning|ENQUIRY|咨询征地补偿标准|来电人咨询{place}村土地征收的补偿标准在哪里可以查询。|征地补偿标准按安徽省公布的区片综合地价执行，征收公告和补偿安置方案在被征收土地所在村组张贴公示，也可到市自然资源和规划局查询。
            medical-insurance-reimbursement|HELP|异地就医备案后无法直接结算|来电人反映已办理异地就医备案，但在外地住院时无法直接结算。|经核实，您的备案信息中就医地填写有误，已协助您更正备案信息，后续可直接结算；已发生的费用可携带票据回参保地手工报销。
            medical-insurance-enrolment|ENQUIRY|咨询城乡居民医保缴费时间|来电人咨询明年城乡居民医保什么时候开始缴费，怎么缴。|城乡居民医保集中缴费期一般为每年9月至12月，可通过“皖事通”、微信或银行网点缴纳。
            subsistence-allowance|HELP|申请最低生活保障|来电人反映家中老人长期患病，家庭收入低，想申请低保，不知道如何办理。|已告知其向户籍所在地乡镇（街道）提出申请，社区工作人员已上门指导准备材料，目前申请已受理进入审核程序。
            elderly-care|SUGGESTION|建议增设社区老年食堂|来电人建议在{place}社区增设老年助餐点，方便独居老人就餐。|感谢您的建议。该社区助餐点已纳入今年民生实事项目，目前正在选址装修，预计下季度投入运营。
            marriage-registration|ENQUIRY|咨询婚姻登记是否需要预约|来电人咨询去婚姻登记处办理结婚登记是否需要提前预约。|可通过“皖事通”提前预约，也可现场取号办理，需携带双方身份证和户口簿。
            water-supply|HELP|小区突然停水无通知|来电人反映{place}某小区突然停水，事先没有任何通知，居民生活受影响。|经了解，停水系供水管道突发爆管抢修，供水公司已于当日恢复供水，并向居民致歉，今后将及时发布停水通知。
            drainage|HELP|暴雨后路段积水严重|来电人反映{place}一段道路每逢下雨积水严重，车辆和行人无法通行。|排水部门已对该路段雨水管网进行清淤疏通，并增设雨水口，后续将列入排水设施改造计划。
            enterprise-charges|COMPLAINT|反映行业协会强制收取会费|来电企业反映某行业协会要求企业必须入会并缴纳会费，否则影响年检。|经核查，该协会存在强制入会收费行为，已责令其立即停止并退还违规收取的费用，同时将有关情况通报主管部门。
            government-service-efficiency|COMPLAINT|反映企业开办办理时间过长|来电企业反映在政务服务中心办理食品经营许可，窗口多次要求补交材料，办理时间远超承诺时限。|经核查，窗口工作人员未执行一次性告知制度，已对其批评教育并调整岗位。您的许可已于次日办结，我局将加强窗口服务监督。
            business-policy-delivery|COMPLAINT|反映稳岗补贴迟迟未到账|来电企业反映去年申报的稳岗补贴至今未到账，多次询问没有明确答复。|经核实，因企业银行账户信息变更未同步，补贴发放失败。已协助企业更新账户信息，补贴已于本周拨付到位。
            administrative-enforcement|COMPLAINT|反映同一事项被多头重复检查|来电企业反映一个月内被不同部门就同一事项检查三次，影响正常生产经营。|已协调相关执法部门实行“综合查一次”，联合制定年度检查计划，避免重复检查。
            construction-approvals|COMPLAINT|反映施工许可审批拖延|来电企业反映厂房项目施工许可申报材料齐全，但审批超期未办结。|经核查，该项目因图审意见未及时推送导致审批停滞，已督促相关科室当日办结，并对审批流程进行了优化。
            """;

    private record Scenario(String matter, HotlineType type, String title, String description, String reply) {}

    /** A matter as the demo uses it: its lead department and whether it is a business-environment matter. */
    private record Matter(UUID lead, boolean businessEnvironment) {}

    private final HotlineTicketStore store;
    private final ReplyRecords replies;
    private final HotlineReplyStore publications;
    private final DatabaseClient database;
    private final WorkingDays workingDays;
    private final TransactionalOperator transaction;
    private final AuditTrail audit;
    private final HotlineSettings settings;
    private final BlindIndex index;
    private final Clock clock;
    private final boolean writeAtStartUp;

    DemoHotlineTickets(
            HotlineTicketStore store,
            ReplyRecords replies,
            HotlineReplyStore publications,
            DatabaseClient database,
            WorkingDays workingDays,
            TransactionalOperator transaction,
            AuditTrail audit,
            HotlineSettings settings,
            BlindIndex index,
            Clock clock,
            DemoDataSettings demo) {
        this.store = store;
        this.replies = replies;
        this.publications = publications;
        this.database = database;
        this.workingDays = workingDays;
        this.transaction = transaction;
        this.audit = audit;
        this.settings = settings;
        this.index = index;
        this.clock = clock;
        this.writeAtStartUp = demo.hotlineTicketsAtStartUp();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!writeAtStartUp) {
            return;
        }
        write().subscribe(
                        written -> log.info("demo hotline tickets written: {}", written),
                        error -> log.warn("demo hotline tickets not written: {}", error.toString()));
    }

    /** Writes the demo tickets not written yet; the number written. */
    Mono<Long> write() {
        Instant now = Instant.now(clock);
        return Mono.zip(workingDays.calendar(), matters(), centre())
                .flatMapMany(context -> {
                    HotlineClock hotlineClock = new HotlineClock(context.getT1(), settings.limits());
                    List<Planned> plans = plan(context.getT1(), context.getT2(), context.getT3(), now);
                    return Flux.fromIterable(plans)
                            .buffer(BATCH)
                            .concatMap(batch -> writeMissing(batch, hotlineClock, now));
                })
                .count();
    }

    /** A ticket with its whole story already applied, and the ids of tickets it must come after (a merge's lead). */
    private record Planned(HotlineTicketStore.Stored stored) {}

    /** A batch in one transaction: those of its tickets not written yet, each with its audit record. */
    private Flux<Planned> writeMissing(List<Planned> batch, HotlineClock hotlineClock, Instant now) {
        UUID[] ids =
                batch.stream().map(planned -> planned.stored().ticket().id()).toArray(UUID[]::new);
        return database.sql("select pg_advisory_xact_lock(:lock)")
                .bind("lock", LOCK)
                .then()
                .then(database.sql("select id from hotline_ticket where id = any(:ids)")
                        .bind("ids", ids)
                        .map(row -> row.get("id", UUID.class))
                        .all()
                        .collectList())
                .flatMapMany(written -> Flux.fromIterable(batch)
                        .filter(planned ->
                                !written.contains(planned.stored().ticket().id()))
                        .concatMap(planned -> store.insert(planned.stored(), hotlineClock, now)
                                .then(replies(planned.stored(), hotlineClock, now))
                                .then(audited(planned.stored().ticket()))
                                .thenReturn(planned)))
                .as(transaction::transactional);
    }

    /**
     * The replies as they were given, each against its limit then and redacted when the person allowed publication;
     * and the dispatcher's check of the latest: most published on the board the next day, one in six withheld, those
     * of the last three days still waiting for it.
     */
    private Mono<Void> replies(HotlineTicketStore.Stored stored, HotlineClock hotlineClock, Instant now) {
        HotlineTicket ticket = stored.ticket();
        List<HotlineEvent> given = ticket.timeline().stream()
                .filter(event -> event.type() == HotlineEventType.REPLIED)
                .toList();
        Mono<Void> recorded = Flux.fromIterable(given)
                .concatMap(replied -> replies.record(stored, replied, hotlineClock))
                .then();
        if (given.isEmpty() || !stored.submission().publishReply()) {
            return recorded;
        }
        Instant replied = given.get(given.size() - 1).occurredAt();
        if (replied.plus(CHECK_WAITS).isAfter(now)) {
            return recorded;
        }
        Instant decided = replied.plus(Duration.ofHours(20));
        Actor dispatcher = Actor.dispatcher(DISPATCHER, ticket.centreId());
        return recorded.then(publications.latest(ticket.id(), ticket.centreId()).flatMap(publication -> {
            if (Math.floorMod(ticket.number().hashCode(), 6) == 0) {
                publication.withhold("答复涉及个案具体情况，不宜公开。", dispatcher, decided);
            } else {
                publication.approve(
                        new HotlinePublication.Texts(null, null, null),
                        new HotlinePublication.Checks(null, null, null),
                        dispatcher,
                        decided);
            }
            return publications.update(publication, HotlinePublication.Status.AWAITING_CHECK);
        }));
    }

    /**
     * One audit record per ticket, as its intake is audited, with the steps the demo took it through: the trail's
     * own time is when the demo was written, so it does not pretend to be the record of each step.
     */
    private Mono<Void> audited(HotlineTicket ticket) {
        List<HotlineEvent> timeline = ticket.timeline();
        return audit.record(AuditEntry.succeeded("hotline.received", "hotline_ticket", ticket.number())
                .as("DEMO", ticket.centreId())
                .with(Map.of(
                        "demo",
                        "true",
                        "state",
                        ticket.state().name(),
                        "steps",
                        String.join(
                                ",",
                                timeline.stream()
                                        .map(DemoHotlineTickets::auditName)
                                        .toList()),
                        "from",
                        timeline.get(0).occurredOn().toString(),
                        "to",
                        timeline.get(timeline.size() - 1).occurredOn().toString())));
    }

    private static String auditName(HotlineEvent event) {
        return switch (event.type()) {
            case RECEIVED -> "received";
            case RATED -> "rated";
            case CLOSED_UNRATED -> "closed-unrated";
            case ANSWERED_BY_KNOWLEDGE_BASE -> "answer-from-knowledge-base";
            case REDISPATCHED, DISPATCHED -> "dispatch";
            case EXTENSION_REQUESTED -> "request-extension";
            case EXTENSION_APPROVED -> "approve-extension";
            case EXTENSION_DECLINED -> "decline-extension";
            default -> event.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        };
    }

    private Mono<Map<String, Matter>> matters() {
        return database.sql("""
                        select code, lead_department_id, business_environment from hotline_matter
                        where code like '340600-%' and active
                        """)
                .map(row -> Map.entry(
                        row.get("code", String.class).substring("340600-".length()),
                        new Matter(
                                row.get("lead_department_id", UUID.class),
                                Boolean.TRUE.equals(row.get("business_environment", Boolean.class)))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The centre's id, and its knowledge-base entries by matter. */
    private record Centre(UUID id, String code, Map<String, UUID> entries) {}

    private Mono<Centre> centre() {
        return database.sql("select id from agency where code = :code")
                .bind("code", settings.centreCode())
                .map(row -> row.get("id", UUID.class))
                .one()
                .flatMap(id -> database.sql("""
                                select distinct on (matter_code) matter_code, id from hotline_knowledge_entry
                                where centre_id = :centre and active and matter_code is not null
                                order by matter_code, id
                                """)
                        .bind("centre", id)
                        .map(row -> Map.entry(
                                row.get("matter_code", String.class).replaceFirst("^340600-", ""),
                                row.get("id", UUID.class)))
                        .all()
                        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                        .map(entries -> new Centre(id, settings.centreCode(), entries)));
    }

    /** The demo's tickets, the same ones on every start (a fixed seed), dated back from {@code now}. */
    private List<Planned> plan(WorkingDayCalendar calendar, Map<String, Matter> matters, Centre centre, Instant now) {
        List<Scenario> scenarios = scenarios().stream()
                .filter(scenario -> matters.containsKey(scenario.matter()))
                .toList();
        if (scenarios.isEmpty()) {
            return List.of();
        }
        Random random = new Random(12345);
        LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.CHINA);
        HotlineClock hotlineClock = new HotlineClock(calendar, settings.limits());
        Map<String, Integer> perDay = new HashMap<>();
        List<Planned> plans = new ArrayList<>();
        Map<String, HotlineTicket> openLeads = new HashMap<>();
        // Oldest first, so that a repeat can be merged into an earlier ticket still open at the time.
        List<Integer> ages = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            // Recent weeks are busier in the queue: a fifth of the tickets in the last 30 days.
            ages.add(i % 5 == 0 ? random.nextInt(30) : random.nextInt(365));
        }
        ages.sort(java.util.Comparator.reverseOrder());
        for (int i = 0; i < COUNT; i++) {
            // The youngest few stop at each state a ticket waits in, so that every queue has something to show.
            HotlineState target = i >= COUNT - SHOWCASE.size() ? SHOWCASE.get(i - (COUNT - SHOWCASE.size())) : null;
            Scenario scenario = scenarios.get(random.nextInt(scenarios.size()));
            if (target == HotlineState.MERGED) {
                scenario = scenarios.stream()
                        .filter(candidate -> openLeads.containsKey(candidate.matter())
                                && !openLeads.get(candidate.matter()).state().isFinal())
                        .findFirst()
                        .orElse(scenario);
            }
            Matter matter = matters.get(scenario.matter());
            LocalDate day = calendar.nextWorkingDayOnOrAfter(today.minusDays(ages.get(i)));
            if (target != null) {
                day = target == HotlineState.MERGED ? today : minusWorkingDays(calendar, today, 8);
            }
            if (day.isAfter(today)) {
                day = today;
            }
            Instant receivedAt = at(day, 8 * 60 + 40 + random.nextInt(8 * 60));
            if (receivedAt.isAfter(now)) {
                receivedAt = now.minusSeconds(600L + random.nextInt(3600));
                day = LocalDate.ofInstant(receivedAt, TimeConfiguration.CHINA);
            }
            int sequence = perDay.merge(day.toString(), 1, Integer::sum);
            // Numbers of their own series (9xxxx), so that they never meet those the portal hands out.
            String number = "%s-%s-%05d"
                    .formatted(
                            centre.code(),
                            day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                            90000 + sequence);
            UUID id = UUID.nameUUIDFromBytes(("gongkai-demo-hotline-" + i).getBytes(StandardCharsets.UTF_8));
            plans.add(new Planned(story(
                    id, number, scenario, matter, centre, receivedAt, now, hotlineClock, random, openLeads, target)));
        }
        return plans;
    }

    private HotlineTicketStore.Stored story(
            UUID id,
            String number,
            Scenario scenario,
            Matter matter,
            Centre centre,
            Instant receivedAt,
            Instant now,
            HotlineClock hotlineClock,
            Random random,
            Map<String, HotlineTicket> openLeads,
            HotlineState target) {
        WorkingDayCalendar calendar = hotlineClock.calendar();
        boolean business = matter.businessEnvironment();
        HotlineSubmitterKind kind;
        UUID userId = null;
        String submitter;
        int who = random.nextInt(20);
        if (business) {
            kind = HotlineSubmitterKind.ENTERPRISE;
            userId = ENTERPRISE;
            submitter = "enterprise-demo";
        } else if (who == 0) {
            kind = HotlineSubmitterKind.CITIZEN;
            userId = CITIZEN;
            submitter = "citizen-demo";
        } else {
            kind = HotlineSubmitterKind.ANONYMOUS;
            submitter = "anonymous:" + id;
        }
        String place = PLACES.get(random.nextInt(PLACES.size()));
        String name = FAMILY.charAt(random.nextInt(FAMILY.length())) + (random.nextBoolean() ? "先生" : "女士");
        String contactName = kind == HotlineSubmitterKind.ENTERPRISE
                ? "" + FAMILY.charAt(random.nextInt(FAMILY.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                : name;
        String phone = "1380000" + "%04d".formatted(random.nextInt(10000));
        String company = business ? COMPANIES[random.nextInt(COMPANIES.length)] : null;
        HotlineSubmission submission = new HotlineSubmission(
                scenario.type(),
                "340600-" + scenario.matter(),
                scenario.title(),
                scenario.description().replace("{place}", place),
                REGIONS.get(random.nextInt(REGIONS.size())),
                place + (1 + random.nextInt(200)) + "号附近",
                LocalDate.ofInstant(receivedAt, TimeConfiguration.CHINA).minusDays(random.nextInt(5)),
                List.of(),
                random.nextInt(10) < 4,
                kind,
                contactName,
                phone,
                company,
                business ? "91340600MA2N0XQX5N" : null);
        Actor dispatcher = Actor.dispatcher(DISPATCHER, centre.id());
        // Most calls come in on the telephone and are taken by the dispatcher; on-line ones by the person.
        Actor taker = kind == HotlineSubmitterKind.ANONYMOUS ? dispatcher : Actor.person(submitter);
        HotlineTicket ticket = HotlineTicket.receive(
                id, number, scenario.type(), submission.categoryCode(), centre.id(), submitter, taker, receivedAt);
        Steps steps = new Steps(calendar, receivedAt, now, random);
        new Story(
                        ticket,
                        scenario,
                        matter,
                        centre,
                        dispatcher,
                        submitter,
                        steps,
                        hotlineClock,
                        random,
                        openLeads,
                        target)
                .tell();
        return new HotlineTicketStore.Stored(
                ticket,
                submission,
                userId,
                kind == HotlineSubmitterKind.ANONYMOUS ? index.of("hotline-demo-code:" + id) : null,
                receivedAt);
    }

    /** The days and times of a ticket's steps, each later than the last and never later than now. */
    private static final class Steps {
        private final WorkingDayCalendar calendar;
        private final Instant now;
        private final Random random;
        private Instant last;

        Steps(WorkingDayCalendar calendar, Instant start, Instant now, Random random) {
            this.calendar = calendar;
            this.last = start;
            this.now = now;
            this.random = random;
        }

        /** A time {@code workingDays} working days after the last step (0: later the same day), or null if future. */
        Instant after(int workingDays) {
            LocalDate day = LocalDate.ofInstant(last, TimeConfiguration.CHINA);
            Instant next;
            if (workingDays == 0) {
                next = last.plusSeconds(600 + random.nextInt(3 * 3600));
            } else {
                next = at(calendar.plusWorkingDays(day, workingDays), 8 * 60 + 40 + random.nextInt(8 * 60));
            }
            if (next.isAfter(now)) {
                return null;
            }
            last = next;
            return next;
        }

        /** A time {@code days} calendar days after the last step, for the person, who is no office. */
        Instant afterDays(int days) {
            Instant next = at(
                    LocalDate.ofInstant(last, TimeConfiguration.CHINA).plusDays(days),
                    9 * 60 + random.nextInt(12 * 60));
            if (!next.isAfter(last)) {
                next = last.plusSeconds(600 + random.nextInt(3600));
            }
            if (next.isAfter(now)) {
                return null;
            }
            last = next;
            return next;
        }
    }

    /** Takes one ticket as far along its story as the clock allows. */
    private record Story(
            HotlineTicket ticket,
            Scenario scenario,
            Matter matter,
            Centre centre,
            Actor dispatcher,
            String submitter,
            Steps steps,
            HotlineClock clock,
            Random random,
            Map<String, HotlineTicket> openLeads,
            HotlineState target) {

        /** Whether the story stops here: the showcase's ticket reached its state. */
        private boolean done() {
            return target != null && ticket.state() == target;
        }

        void tell() {
            int fate = switch (target == null ? HotlineState.CLOSED : target) {
                case MERGED -> 99;
                case RETURNED -> 3;
                case REOPENED, REPLIED, IN_PROGRESS, DISPATCHED -> 40;
                case RECEIVED -> 50;
                default -> random.nextInt(100);
            };
            if (target == HotlineState.RECEIVED) {
                return;
            }
            String key = scenario.matter();
            // An enquiry the knowledge base answers is never dispatched.
            if (target == null
                    && scenario.type() == HotlineType.ENQUIRY
                    && fate < 25
                    && centre.entries().containsKey(key)) {
                String entry = centre.entries().get(key).toString();
                // Half of them the person settles themselves on-line, with an answer shown while they typed (自助).
                if (fate % 2 == 0) {
                    ticket.answerFromKnowledgeBase(
                            entry,
                            Actor.person(submitter),
                            ticket.timeline().get(0).occurredAt());
                    return;
                }
                Instant at = steps.after(0);
                if (at != null) {
                    ticket.answerFromKnowledgeBase(entry, dispatcher, at);
                }
                return;
            }
            // A repeat of a matter raised shortly before and still open: merged into it (并单).
            HotlineTicket lead = openLeads.get(key);
            if (fate >= 92 && lead != null && !lead.state().isFinal()) {
                Instant at = steps.after(0);
                if (at != null) {
                    ticket.mergeInto(lead, dispatcher, at);
                }
                return;
            }
            // Waiting for dispatch: only the newest.
            Instant dispatched = steps.after(random.nextInt(4) == 0 ? 1 : 0);
            if (dispatched == null) {
                return;
            }
            UUID department = matter.lead();
            boolean urgent = scenario.type() == HotlineType.HELP && random.nextInt(8) == 0;
            Actor handler = Actor.handler(handlerOf(department), department);
            if (fate % 11 == 3) {
                // Sent to the wrong department first: it returns the ticket and the dispatcher re-dispatches it.
                UUID wrong = UUID.fromString("00000000-0000-4000-8000-340600000008");
                if (wrong.equals(department)) {
                    wrong = UUID.fromString("00000000-0000-4000-8000-340600000005");
                }
                ticket.dispatch(wrong, List.of(), false, dispatcher, dispatched);
                Instant returned = steps.after(0);
                if (returned == null || done()) {
                    return;
                }
                ticket.returnTicket(
                        "该事项不属于本单位职责范围，建议派至" + ("主管部门") + "办理。",
                        Actor.handler(handlerOf(wrong), wrong),
                        returned,
                        clock);
                if (done()) {
                    return;
                }
                dispatched = steps.after(random.nextBoolean() ? 0 : 1);
                if (dispatched == null) {
                    return;
                }
            }
            ticket.dispatch(department, List.of(), urgent, dispatcher, dispatched);
            openLeads.put(key, ticket);
            if (done()) {
                return;
            }
            Instant accepted = steps.after(urgent ? 0 : random.nextInt(3) == 0 ? 1 : 0);
            if (accepted == null) {
                return;
            }
            ticket.accept(handler, accepted);
            if (done()) {
                return;
            }
            int limit = urgent ? 0 : clock.limits().replyLimit(scenario.type());
            // Most departments reply well in time; one in eight is late (逾期) and some never reply before today.
            int replyAfter = urgent
                    ? 0
                    : fate % 8 == 5 ? limit + 2 + random.nextInt(5) : 1 + random.nextInt(Math.max(1, limit - 1));
            if (target != null) {
                replyAfter = 1;
            }
            if (!urgent && limit >= 10 && fate % 13 == 7) {
                Instant asked = steps.after(Math.min(replyAfter, limit - 2));
                if (asked == null) {
                    return;
                }
                ticket.requestExtension(5, "需会同相关部门现场核查，申请延期办理。", handler, asked);
                Instant decided = steps.after(0);
                if (decided == null) {
                    return;
                }
                ticket.approveExtension(dispatcher, decided);
                replyAfter = 3;
            }
            Instant replied = steps.after(replyAfter);
            if (replied == null) {
                return;
            }
            ticket.reply(scenario.reply(), List.of(), handler, replied);
            if (done()) {
                return;
            }
            rate(handler, target == HotlineState.REOPENED ? 81 : random.nextInt(100));
        }

        private void rate(Actor handler, int mood) {
            // 满意 mostly; some 基本满意; a few 不满意, reopened once; some never rate and close unrated.
            if (mood >= 88) {
                Instant closed = steps.afterDays(clock.limits().ratingDays() + 1);
                if (closed != null) {
                    ticket.closeUnrated(closed, clock);
                }
                return;
            }
            Instant rated = steps.afterDays(random.nextInt(4));
            if (rated == null) {
                return;
            }
            if (mood >= 80) {
                ticket.rate(HotlineRating.UNSATISFIED, "问题没有解决，处理结果不满意，希望再次核实。", Actor.person(submitter), rated, clock);
                if (done()) {
                    return;
                }
                Instant again = steps.after(2 + random.nextInt(5));
                if (again == null) {
                    return;
                }
                ticket.reply("针对您反映的问题，我单位再次组织人员现场核查并进行了整改，" + scenario.reply(), List.of(), handler, again);
                Instant second = steps.afterDays(1 + random.nextInt(3));
                if (second != null) {
                    ticket.rate(
                            mood >= 86 ? HotlineRating.UNSATISFIED : HotlineRating.BASICALLY_SATISFIED,
                            mood >= 86 ? "仍未彻底解决。" : "",
                            Actor.person(submitter),
                            second,
                            clock);
                }
                return;
            }
            ticket.rate(
                    mood >= 65 ? HotlineRating.BASICALLY_SATISFIED : HotlineRating.SATISFIED,
                    mood < 30 ? "处理及时，态度很好，感谢！" : "",
                    Actor.person(submitter),
                    rated,
                    clock);
        }
    }

    /** The demo handler of a department: the directory's for 市场监管局 and 生态环境局, a named one otherwise. */
    private static String handlerOf(UUID department) {
        return switch (department.toString()) {
            case "00000000-0000-4000-8000-340600000003" -> "handler-huaibei-scjg";
            case "00000000-0000-4000-8000-340600000004" -> "handler-huaibei-sthj";
            default -> "handler-huaibei-" + department.toString().substring(30);
        };
    }

    private static LocalDate minusWorkingDays(WorkingDayCalendar calendar, LocalDate today, int days) {
        LocalDate day = today;
        int counted = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static Instant at(LocalDate day, int minutes) {
        return day.atTime(LocalTime.of(minutes / 60, minutes % 60))
                .atZone(TimeConfiguration.CHINA)
                .toInstant();
    }

    private static List<Scenario> scenarios() {
        return SCENARIOS
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.strip().split("\\|"))
                .map(parts -> new Scenario(parts[0], HotlineType.valueOf(parts[1]), parts[2], parts[3], parts[4]))
                .toList();
    }
}
