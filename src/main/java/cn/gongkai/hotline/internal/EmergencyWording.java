package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.EmergencyKind;
import cn.gongkai.hotline.internal.Reading.Clause;
import jakarta.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wording that tells of an emergency happening now (紧急情况), which the person must report to 110, 119, 120 or 122
 * rather than to 12345.
 *
 * <p>Each cue is a pattern over the stems of what happens (something catches fire, smoke, gas smell, a blade in
 * someone's hand, blood, unconsciousness, a collision) rather than a list of whole phrases, so that new wording
 * of the same event is recognised. What reads the same but is not an emergency is told apart by what stands around
 * the stem: a negation just before it (没有人受伤), a condition or a hazard in its clause (万一起火, 隐患), or, in
 * its sentence, a past time (昨天), an aftermath (理赔, 认定书) or a habit (经常) — unless its clause says it is
 * going on now (现在, 还在, 一直). Calling 110 for nothing costs less than not calling it, so when in doubt a
 * cue fires.
 */
public final class EmergencyWording {

    /** A stem, what its clause must also say (if anything), what its clause must not say, and what it means. */
    private record Cue(
            Pattern stem, @Nullable Pattern needs, @Nullable Pattern unless, Set<EmergencyKind> kinds) {}

    private static final Pattern NEGATED =
            Pattern.compile("(?:没有?|不是|并非|并未|未曾|未|无|别|不会|不要|不用|不再|防止|避免|以免|以防|谨防|严防|禁止|杜绝|预防)"
                    + "(?:发生|出现|造成|引起|引发|导致|人员|人|什么|过|有|被|任何|明显|再|了)*$");
    private static final Pattern PAST = Pattern.compile("昨天|昨晚|昨日|前天|前晚|前几天|前些天|上周|上星期|上个?月|去年|前年"
            + "|[0-9一二两三四五六七八九十几半]+(?:天|日|周|个?星期|个?月|年)(?:前|以前)|之前|以前|当时|那天|那次|曾经|早前|事后|后来");
    private static final Pattern AFTERMATH =
            Pattern.compile("赔|保险|定损|认定书|责任认定|事故认定|鉴定|报销|医药费|误工费" + "|判决|调解|起诉|诉讼|处理结果|处理进度|结案|流程|手续|退货|退款|退换");
    private static final Pattern HABIT =
            Pattern.compile("经常|总是|老是|常常|多次|屡次|频繁|每天|每晚|天天|每个?(?:月|周|星期)|好几次|几次三番|(?<!一)动不动|三天两头|反复|时常");
    private static final Pattern NOW = Pattern.compile(
            "现在|正在|还在|仍在|仍然|一直|马上|立刻|快要|快不行|快来|赶快|赶紧|刚刚|刚才|刚(?:被|发生|出|起|着|撞|摔)" + "|此刻|今天|今晚|今早|又|救命|求救");
    private static final Pattern CONDITIONAL =
            Pattern.compile("如果|万一|假如|假设|要是|一旦|隐患|风险|预防|防范|演练|宣传|培训" + "|知识|常识|报警器|警报器|安全检查|注意事项|防止|避免|可能会|容易|会不会");

    private static final Pattern VEHICLE = Pattern.compile("车|摩托|电瓶|三轮|司机|骑手|外卖|快递|路口|马路|公路|高速");

    private static final List<Cue> CUES = List.of(
            // Fire: something burning, flames, smoke or a blast; not a hot pot, being angry or a chimney.
            cue(
                    "(?<!一)起火|着火|失火|火灾|火情|火势|火光|火苗|火焰|大火(?!车)|(?:烧|燃)(?:起来|着了)|爆燃|爆炸|(?<!气)炸(?:了|开)"
                            + "|冒火|喷火|窜火|蹿火|火星四溅",
                    null,
                    "气得|火锅|炒菜",
                    EmergencyKind.FIRE),
            cue("(?:房|屋|楼|车|店|仓库|厂房|电瓶|电池|插座|电线|线路|电表|配电|变压器)[^，]{0,5}烧(?:了|起来|着)", null, null, EmergencyKind.FIRE),
            cue(
                    "冒(?:黑|白|浓|青)?烟|浓烟|烟雾弥漫|(?:烧焦|焦糊)(?:的)?(?:味|气味)",
                    null,
                    "烟囱|排放|排烟|油烟|烧烤|秸秆|尾气|锅炉|工厂|企业|厂家|厂区|焚烧|饭店|餐馆",
                    EmergencyKind.FIRE),
            // Gas: a leak or the smell of town gas, LPG or a toxic gas (mercaptan smells of rotten eggs).
            cue(
                    "(?:煤气|燃气|天然气|液化气|沼气|瓦斯)[^，]{0,10}(?:泄|漏|味|臭|冲鼻|刺鼻|呛)"
                            + "|(?:漏|泄漏|泄露)[^，]{0,3}(?:煤气|燃气|天然气|液化气)|臭鸡蛋[^，]{0,2}味",
                    null,
                    null,
                    EmergencyKind.GAS),
            cue("(?:毒气|有毒气体|化学品|危化品|氨气|氯气|硫化氢|农药)[^，]{0,6}(?:泄漏|泄露|外泄|扩散|漏了)", null, null, EmergencyKind.GAS),
            cue("一氧化碳|(?:煤气|燃气)中毒", null, null, EmergencyKind.GAS, EmergencyKind.MEDICAL),
            // Crime and violence against a person, now.
            cue(
                    "抢(?:劫|钱|包|手机|项链|东西|走|夺|了(?:我|他|她))|被抢(?!占|购|先|票|救|修)|劫持|绑架|绑走|拐(?:走|卖|骗)|勒索|敲诈",
                    null,
                    "车位|座位|名额|号源|红包|生意|客户|风头",
                    EmergencyKind.CRIME),
            cue(
                    "(?:持|拿|举|挥|提|掏|握)(?:着|出|起)?[^，]{0,3}(?:刀|斧|棍|枪|凶器|铁棍|钢管|匕首|砖头|铁锹|锤)",
                    null,
                    "刀削面|磨刀",
                    EmergencyKind.CRIME),
            cue(
                    "(?:砍|捅|刺|杀|打|揍|踢)(?:死|伤|残|晕)|(?<!殴)打人(?!工|员|民|口)|砍人|捅人|杀人|行凶|凶杀|殴打|斗殴|打架|群殴|械斗"
                            + "|互殴|暴打|围殴|追打|掐(?:脖子|住)",
                    null,
                    null,
                    EmergencyKind.CRIME),
            cue("(?:被|正在|在|又|还在)(?:打|揍)(?:我|他|她|孩子|老人|妻子|老婆|人)", null, "电话|手机|游戏|球|牌|卡|针", EmergencyKind.CRIME),
            cue("冒充(?:公安|警察|民警|客服|领导|老师|亲友|熟人|检察|法院)", null, null, EmergencyKind.CRIME),
            cue("家暴|家庭暴力|虐待|性侵|强奸|猥亵|非礼|跟踪(?:我|她)", null, null, EmergencyKind.CRIME),
            cue(
                    "小偷|盗贼|窃贼|入室|撬(?:门|锁|开|窗)|偷(?:东西|车|钱|走|了)|被偷|被盗|盗窃|扒手|闯(?:进|入)|砸(?:门|车|店|东西)|打砸",
                    null,
                    null,
                    EmergencyKind.CRIME),
            cue(
                    "(?:诈骗|被骗|骗子|骗走|骗了)[^，]{0,12}(?:钱|转账|汇款|验证码|银行卡|账户|元|万)"
                            + "|(?:转账|汇款|验证码|刷单|冒充)[^，]{0,12}(?:诈骗|骗)|电信诈骗|网络诈骗|电诈",
                    null,
                    "商家|店家|虚假宣传|以次充好|缺斤少两",
                    EmergencyKind.CRIME),
            cue("(?:孩子|小孩|老人|人)[^，]{0,4}(?:走丢|走失|不见了|找不到了|失踪)", null, null, EmergencyKind.CRIME),
            // Someone about to harm themselves.
            cue(
                    "跳楼|跳河|跳桥|跳江|往下跳|跳下去|轻生|自杀|割腕|自残|寻短见|想不开|不想活|活不下去|活着没意思|结束(?:自己|生命)|上吊"
                            + "|(?:吃|喝|吞)(?:了|下)?[^，]{0,4}(?:安眠药|农药|老鼠药|鼠药|百草枯)",
                    null,
                    "跳楼价|甩卖|大促|促销",
                    EmergencyKind.SELF_HARM),
            // Illness or injury needing an ambulance.
            cue(
                    "晕倒|昏倒|晕过去|昏过去|昏迷|休克|不省人事|失去(?:了)?意识|没(?:有)?了?(?:意识|呼吸|心跳|脉搏)|叫不醒|心脏骤停|呼吸困难"
                            + "|喘不(?:上|过)气|上不来气|透不过气|抽搐|口吐白沫|抽风|倒地不起|倒在地上|一动不动|摔倒[^，]{0,4}(?:起不来|动不了|不能动)"
                            + "|(?:腿|胳膊|手臂|骨头)[^，]{0,3}断了|从[^，]{1,6}(?:摔|掉|坠)(?:下来|下去|落)",
                    null,
                    null,
                    EmergencyKind.MEDICAL),
            cue("出血|流血|血流|满(?:身|脸|头|地)是?血|(?:全|都)是血|头破血流|血肉模糊", null, "献血|血压|血糖", EmergencyKind.MEDICAL),
            cue("心梗|心肌梗|脑梗|中风|脑卒中|脑溢血|脑出血|猝死|(?:心脏病|哮喘|癫痫)(?:犯|发作)|过敏性休克", null, null, EmergencyKind.MEDICAL),
            cue("中毒|触电|被电(?:到|击)|电击|烧伤|烫伤|骨折|重伤|受伤|伤势|伤得很?重|砸伤|撞伤|摔伤|咬伤|伤亡", null, "工伤", EmergencyKind.MEDICAL),
            cue("急救|救护车|快不行了|人不行了|生命危险|奄奄一息|难产|要生了|羊水破", null, "收费|费用|价格|多少钱|太贵|培训|课程|证书", EmergencyKind.MEDICAL),
            // Traffic accidents.
            cue("车祸|交通事故|撞车|追尾|翻车|侧翻|相撞|连环撞|肇事|逃逸|剐蹭|刮蹭|车撞", null, null, EmergencyKind.TRAFFIC),
            cue("撞(?:倒|伤|死|飞)", null, null, EmergencyKind.TRAFFIC),
            cue("(?:撞|碰)(?:了|到|上|在|倒)", VEHICLE, null, EmergencyKind.TRAFFIC),
            cue("(?:车|摩托|电瓶|三轮|公交|大巴|客车)[^，]{0,4}(?:翻了|翻倒|掉进|冲进|冲出|冲上|开进)", null, null, EmergencyKind.TRAFFIC),
            // People trapped, in water, or under something that fell.
            cue(
                    "(?:困在|被困|困住|关在|卡在|卡住)[^，]{0,8}(?:电梯|楼|屋|房间|山|水|井|里|中|顶|阳台|窗)"
                            + "|电梯[^，]{0,6}(?:困|关人|关住|关在|卡住|卡在|卡人|停在半空)|(?:困|关)在电梯"
                            + "|(?:人|老人|孩子|小孩)[^，]{0,4}出不来",
                    null,
                    null,
                    EmergencyKind.RESCUE),
            cue("溺水|落水|掉(?:进|到|入|下)[^，]{0,4}(?:河|水|湖|塘|井|坑|江|海|沟|下水道)", null, "手机|钥匙|东西|钱包", EmergencyKind.RESCUE),
            cue(
                    "(?:房|楼|墙|屋顶|棚|桥|脚手架|塔吊)[^，]{0,4}(?:塌了|倒塌|坍塌|塌下来|倒了)|坍塌|塌方|山体滑坡|泥石流",
                    null,
                    null,
                    EmergencyKind.RESCUE));

    private EmergencyWording() {}

    private static Cue cue(String stem, @Nullable Pattern needs, @Nullable String unless, EmergencyKind... kinds) {
        return new Cue(
                Pattern.compile(stem),
                needs,
                unless == null ? null : Pattern.compile(unless),
                EnumSet.copyOf(List.of(kinds)));
    }

    /** The kinds of emergency the text tells of, in their declared order; empty when it tells of none. */
    public static Set<EmergencyKind> in(@Nullable String text) {
        Set<EmergencyKind> kinds = EnumSet.noneOf(EmergencyKind.class);
        for (Clause clause : Reading.clauses(text)) {
            boolean now = Reading.contains(NOW, clause.text());
            if (!now
                    && (Reading.contains(PAST, clause.sentence())
                            || Reading.contains(AFTERMATH, clause.sentence())
                            || Reading.contains(HABIT, clause.sentence()))) {
                continue;
            }
            if (Reading.contains(CONDITIONAL, clause.text())) {
                continue;
            }
            for (Cue cue : CUES) {
                if (kinds.containsAll(cue.kinds())
                        || (cue.needs() != null && !Reading.contains(cue.needs(), clause.text()))
                        || Reading.contains(cue.unless(), clause.text())) {
                    continue;
                }
                clause.forEachMatch(cue.stem(), found -> {
                    if (!Reading.endsWith(NEGATED, found.before())) {
                        kinds.addAll(cue.kinds());
                    }
                });
            }
        }
        return kinds;
    }
}
