package cn.gongkai.hotline.internal;

import cn.gongkai.hotline.RedirectKind;
import cn.gongkai.hotline.internal.Reading.Clause;
import jakarta.annotation.Nullable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wording that shows a matter belongs to another channel than the hotline (DOMAIN.md §3): a request for government
 * information (the disclosure application, 《政府信息公开条例》), or a matter already before a court or an
 * arbitration commission, under administrative reconsideration, or in the petition procedure (信访).
 *
 * <p>A request for information is a verb of asking or seeing (查阅, 提供, 公开 …) near a government document
 * (批复, 会议纪要, 征收补偿方案 …), not any use of 公开 (公开招聘) or 提供 (提供解决方案). A matter is in litigation,
 * reconsideration or petition when the text says it is under way (已经起诉, 法院已受理, 复议还在审理, 信访局),
 * not when the person asks how to start one (怎么申请复议), which the knowledge base answers.
 */
public final class RedirectWording {

    private record Cue(
            Pattern pattern, RedirectKind kind, @Nullable Pattern notAfter) {}

    /** Asking how or whether to start a procedure, just before the words: not yet in it. */
    private static final Pattern NOT_YET =
            Pattern.compile("(?:想|要|打算|准备|如何|怎么|怎样|能否|能不能|可以|可不可以|是否|该不该|需不需要|建议|还是)[^，]{0,3}$");
    /** Refusing the channel: 不想去上访 means the person chose the hotline. */
    private static final Pattern REFUSED = Pattern.compile("(?:不想|不愿意?|不会|不去|没有|没|不是|并非|不用|无需|不必|不打算)(?:去|再|走)?$");

    private static final String ASK = "查阅|调取|调阅|复制|复印|索取|获取|公开|公布|提供|出示|给(?:我|我们)看|要一份|拿到|看到|查看|看一下|看看|发给我|想要|需要";
    private static final String DOCUMENT = "红头文件|(?:政府|部门|单位|局里|街道|镇里|区里|市里)(?:的)?(?:文件|批复|通知|决定|会议纪要)"
            + "|批复|批文|会议纪要|规划许可证?|规划(?:图|方案|审批)|审批(?:文件|材料|手续|结果|记录)|征收(?:决定|公告|补偿方案|范围)"
            + "|征地(?:批复|公告|补偿)|拆迁(?:补偿|安置)?(?:方案|标准|协议|公告)|补偿(?:安置)?(?:标准|方案|依据)|财政预算|预决算|决算"
            + "|政府采购|招投标(?:文件|结果)|中标(?:结果|合同)|环评(?:报告|批复|文件)|环境影响(?:评价|报告)|行政处罚决定书|执法依据"
            + "|立项(?:批复|文件)|可研报告|政策文件|文件原文|文件全文|公文|文号|施工许可证|土地(?:出让|使用)(?:合同|证)|用地(?:批复|审批|手续)";

    private static final List<Cue> CUES = List.of(
            new Cue(
                    Pattern.compile("政府信息公开|信息公开申请|依申请公开|申请信息公开|(?:申请|要求|请求)(?:[^，]{0,6}"
                            + "(?:政府|局|委|办|街道|镇|部门|机关))?公开(?!招聘|招标|招考|课|道歉|选拔|竞聘|拍卖|审理|审判|赛|场合|发言|征求|透明)"),
                    RedirectKind.DISCLOSURE,
                    null),
            new Cue(
                    Pattern.compile("(?:" + ASK + ")[^。]{0,15}(?:" + DOCUMENT + ")|(?:" + DOCUMENT + ")[^。]{0,10}"
                            + "(?:" + ASK + ")"),
                    RedirectKind.DISCLOSURE,
                    null),
            new Cue(
                    Pattern.compile("(?:已经?|正在|还在|目前在|现在在)[^，]{0,5}(?:起诉|诉讼|打官司|上诉|开庭|仲裁)"
                            + "|(?:法院|仲裁委|仲裁委员会|仲裁庭|劳动仲裁)[^，]{0,6}(?:受理|立案|审理|开庭|判决|判了|裁决|调解|执行|审)"
                            + "|判决书|裁定书|裁决书|调解书|起诉状|传票|应诉|官司(?:还在|正在|打)|一审|二审|再审|强制执行"),
                    RedirectKind.LITIGATION,
                    NOT_YET),
            new Cue(
                    Pattern.compile("(?:已经?|正在|还在|目前在)[^，]{0,6}复议|(?:申请|提起|提出)了[^，]{0,2}复议"
                            + "|复议(?:机关|机构|部门)?[^，]{0,4}(?:受理|审理|立案|作出|维持|撤销)|复议决定|复议(?:期间|中|阶段|结果|还没)"),
                    RedirectKind.RECONSIDERATION,
                    NOT_YET),
            new Cue(Pattern.compile("信访|上访|进京访|赴京访|越级访|集体访|缠访|闹访"), RedirectKind.PETITION, REFUSED));

    private RedirectWording() {}

    /** The channels the text points to, in their declared order; empty when it is the hotline's to handle. */
    public static Set<RedirectKind> in(@Nullable String text) {
        Set<RedirectKind> kinds = EnumSet.noneOf(RedirectKind.class);
        for (Clause clause : Reading.clauses(text)) {
            for (Cue cue : CUES) {
                if (kinds.contains(cue.kind())) {
                    continue;
                }
                // A request for a document may run over a clause (请提供，征收补偿方案的文件): read its sentence.
                String scope = cue.kind() == RedirectKind.DISCLOSURE ? clause.sentence() : clause.text();
                new Clause(scope, clause.sentence()).forEachMatch(cue.pattern(), found -> {
                    if (cue.notAfter() == null || !Reading.endsWith(cue.notAfter(), found.before())) {
                        kinds.add(cue.kind());
                    }
                });
            }
        }
        return kinds;
    }
}
