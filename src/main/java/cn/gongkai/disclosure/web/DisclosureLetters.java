package cn.gongkai.disclosure.web;

import cn.gongkai.disclosure.Application;
import cn.gongkai.disclosure.DisclosureClock;
import cn.gongkai.disclosure.DisclosureEvent;
import cn.gongkai.disclosure.DisclosureEventType;
import cn.gongkai.disclosure.DisclosureFiles;
import cn.gongkai.disclosure.DisclosureOutcome;
import cn.gongkai.disclosure.DisclosureRequest;
import cn.gongkai.disclosure.DisclosureRequests.Viewed;
import cn.gongkai.disclosure.DisclosureState;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import cn.gongkai.identity.RemedyBodies;
import cn.gongkai.platform.ConflictException;
import cn.gongkai.platform.pdf.Letters;
import cn.gongkai.platform.pdf.RenderedPdf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The letters of a request as PDFs, always in Chinese: the acknowledgement of receipt (登记回执, Art. 31) and
 * the reply letter (答复告知书, Arts. 36–39) with the legal basis and the applicant's remedies and where to seek them.
 */
@Component
class DisclosureLetters {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Map<DisclosureRequest.ReceiptChannel, String> CHANNELS = Map.of(
            DisclosureRequest.ReceiptChannel.ONLINE, "网上申请",
            DisclosureRequest.ReceiptChannel.IN_PERSON, "当面提交",
            DisclosureRequest.ReceiptChannel.POST, "邮寄",
            DisclosureRequest.ReceiptChannel.FAX, "传真");

    /** How a request was submitted, as the letters and the register name it. */
    static String channelName(DisclosureRequest.ReceiptChannel channel) {
        return CHANNELS.get(channel);
    }

    private final Letters letters;
    private final DeadlineWords words;
    private final DisclosureFiles files;
    private final Agencies agencies;

    DisclosureLetters(Letters letters, DeadlineWords words, DisclosureFiles files, Agencies agencies) {
        this.letters = letters;
        this.words = words;
        this.files = files;
        this.agencies = agencies;
    }

    /** The receipt of the request found, as a PDF response. */
    Mono<ResponseEntity<byte[]>> receipt(Mono<Viewed> found) {
        return found.flatMap(viewed -> receiptPdf(viewed)
                .map(pdf -> Letters.asResponse(pdf, "登记回执-" + viewed.request().number() + ".pdf")));
    }

    /** The reply letter of the request found, as a PDF response; 409 while it is not answered. */
    Mono<ResponseEntity<byte[]>> replyLetter(Mono<Viewed> found) {
        return found.flatMap(viewed -> replyLetterPdf(viewed)
                .map(pdf -> Letters.asResponse(pdf, "答复告知书-" + viewed.request().number() + ".pdf")));
    }

    /**
     * The receipt as it was issued: the application as filed and the deadline stated at receipt, whatever happened
     * since (a correction, an extension, a year entered in the calendar).
     */
    Mono<RenderedPdf> receiptPdf(Viewed viewed) {
        DisclosureRequest request = viewed.request();
        DisclosureEvent received = request.timeline().get(0);
        // Kept with the receipt since it states its deadline; before that, worked out from the receipt alone.
        DisclosureClock.Deadline atReceipt =
                DisclosureClock.deadlineOrUnknown(viewed.calendar(), List.of(received), request.receivedOn());
        LocalDate dueOn =
                received.dateDetail("statedDueOn") != null ? received.dateDetail("statedDueOn") : atReceipt.dueOn();
        boolean provisional = received.detail("statedDueOn") != null
                ? Boolean.parseBoolean(received.detail("statedProvisional"))
                : atReceipt.isProvisional(dueOn);
        Map<String, Object> model = common(viewed);
        model.put("information", describe(request.application().information()));
        model.put("channel", channelName(request.receiptChannel()));
        model.put("receivedOn", words.date(request.receivedOn(), CHINESE));
        model.put(
                "dueOn",
                dueOn == null
                        ? atReceipt.unknownYear() + "年节假日安排公布后计算并告知"
                        : words.date(dueOn, CHINESE) + (provisional ? "（预计）" : ""));
        List<String> explanation =
                new ArrayList<>(words.explain(atReceipt, CHINESE).subList(0, 1));
        if (provisional) {
            explanation.add(words.provisional(dueOn.getYear(), CHINESE));
        }
        model.put("explanation", explanation);
        model.put("issuedOn", words.date(request.receivedOn(), CHINESE));
        return render("disclosure/receipt", model, "政府信息公开申请登记回执 " + request.number(), viewed.agency());
    }

    Mono<RenderedPdf> replyLetterPdf(Viewed viewed) {
        DisclosureRequest request = viewed.request();
        DisclosureRequest.Reply reply = request.reply();
        if (request.state() != DisclosureState.ANSWERED) {
            return Mono.error(new ConflictException("disclosure-not-answered", request.number()));
        }
        DisclosureEvent replied = lastOf(request, DisclosureEventType.REPLIED);
        List<String> documentIds = replied.detail("documents").isEmpty()
                ? List.of()
                : List.of(replied.detail("documents").split(","));
        // The bodies kept with the reply; a reply made before they were kept names those of the directory now.
        Mono<RemedyBodies> remedies = request.remedyBodies() != null
                ? Mono.just(request.remedyBodies())
                : agencies.remedyBodiesOf(request.agencyId()).defaultIfEmpty(new RemedyBodies(null, null));
        return Mono.zip(files.names(documentIds), remedies).flatMap(found -> {
            List<String> documentNames = found.getT1();
            Map<String, Object> model = common(viewed);
            model.put("history", history(request));
            model.put("decision", decision(reply));
            model.put("whereAlreadyPublished", reply.whereAlreadyPublished());
            model.put("accessArrangements", reply.accessArrangements());
            model.put("withheldParts", reply.withheldParts());
            model.put("explanation", reply.explanation());
            model.put("competentAgency", reply.competentAgency());
            model.put("repeatOf", reply.repeatOf());
            model.put("documents", documentNames);
            model.put("legalBasis", reply.legalBasis());
            model.put("remedies", remedies(found.getT2()));
            model.put("repliedOn", words.date(replied.occurredOn(), CHINESE));
            return render("disclosure/reply-letter", model, "政府信息公开申请答复告知书 " + request.number(), viewed.agency());
        });
    }

    /**
     * What the applicant wrote that the letters print: their name and the information asked, as first asked and as
     * corrected. Staff are warned of any character of it no font draws.
     */
    static List<String> applicantTextIn(DisclosureRequest request) {
        List<String> texts = new ArrayList<>();
        texts.add(request.application().applicant().name());
        for (Application.RequestedInformation information :
                List.of(request.application().information(), request.information())) {
            texts.add(information.title());
            texts.add(information.documentNumber());
            texts.add(information.description());
        }
        return texts;
    }

    private Map<String, Object> common(Viewed viewed) {
        Agency agency = viewed.agency();
        Map<String, Object> model = new HashMap<>();
        model.put("agency", agency);
        model.put("number", viewed.request().number());
        model.put("applicant", viewed.request().application().applicant().name());
        model.put(
                "contact",
                List.of(
                        "联系地址：" + agency.address() + "（邮政编码 " + agency.postalCode() + "）",
                        "联系电话：" + agency.phone() + "；办公时间：" + agency.officeHours()));
        return model;
    }

    /** How the request came to be answered: receipt, correction, consultation, fee, extension. */
    private List<String> history(DisclosureRequest request) {
        List<String> history = new ArrayList<>();
        Application.RequestedInformation original = request.application().information();
        history.add("本机关于" + date(request.receivedOn()) + "收到您提出的政府信息公开申请，申请获取“" + describe(original) + "”。");
        LocalDate correctionAsked = null;
        LocalDate consultationSent = null;
        String consulted = null;
        LocalDate feeNotified = null;
        for (DisclosureEvent event : request.timeline()) {
            switch (event.type()) {
                case CORRECTION_REQUESTED -> correctionAsked = event.occurredOn();
                case CORRECTION_RECEIVED ->
                    history.add("因申请内容需要补正，本机关于" + date(correctionAsked)
                            + "告知您补正，并于" + date(event.occurredOn()) + "收到补正后的申请，所需信息为“"
                            + describe(request.information()) + "”。");
                case CONSULTATION_SENT -> {
                    consultationSent = event.occurredOn();
                    consulted = "AGENCY".equals(event.detail("party")) ? "其他机关" : "第三方";
                }
                case OPINION_RECEIVED ->
                    history.add("本机关于" + date(consultationSent) + "就该申请书面征求" + consulted + "意见，征求意见所需时间不计算在答复期限内。");
                case FEE_NOTIFIED -> feeNotified = event.occurredOn();
                case FEE_PAID ->
                    history.add("本机关于" + date(feeNotified) + "向您发出信息处理费收费通知，您于" + date(event.occurredOn())
                            + "缴纳了费用，其间不计算在答复期限内。");
                case EXTENSION_APPROVED ->
                    history.add("经本机关政府信息公开工作机构负责人同意，答复期限延长" + event.detail("workingDays") + "个工作日，本机关已于"
                            + date(event.occurredOn()) + "告知您。");
                default -> {
                    // The other steps do not change what the applicant is told.
                }
            }
        }
        history.add("现答复如下：");
        return history;
    }

    /**
     * The applicant's remedies (Art. 51; 行政复议法 Art. 20, 行政诉讼法 Art. 46) and where to seek them; a body not known
     * is left unnamed rather than guessed.
     */
    static String remedies(RemedyBodies bodies) {
        String reconsideration = bodies.reconsiderationBody() == null ? "" : "向" + bodies.reconsiderationBody();
        String court = bodies.competentCourt() == null ? "人民法院" : bodies.competentCourt();
        return "如对本答复不服，可以自收到本告知书之日起六十日内依法" + reconsideration + "申请行政复议，或者自收到本告知书之日起" + "六个月内依法向" + court + "提起行政诉讼。";
    }

    /** The decision in the words replies use for each row of the national format. */
    static String decision(DisclosureRequest.Reply reply) {
        DisclosureOutcome outcome = reply.outcome();
        return switch (outcome) {
            case DISCLOSED -> "经审查，您申请获取的政府信息属于公开范围，本机关决定予以公开。";
            case PARTLY_DISCLOSED -> "经审查，您申请获取的政府信息中含有不应当公开的内容，能够作区分处理，本机关决定对可以公开的部分" + "予以公开，对不应当公开的部分不予公开。";
            case WITHHELD_STATE_SECRET -> "经审查，您申请获取的政府信息属于国家秘密，本机关决定不予公开。";
            case WITHHELD_PROHIBITED_BY_LAW -> "经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息，本机关决定不予公开。";
            case WITHHELD_SECURITY_OR_STABILITY -> "经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、" + "社会稳定，本机关决定不予公开。";
            case WITHHELD_THIRD_PARTY_RIGHTS -> "经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益" + "造成损害，本机关决定不予公开。";
            case WITHHELD_INTERNAL_AFFAIRS -> "经审查，您申请获取的政府信息属于行政机关的内部事务信息，本机关决定不予公开。";
            case WITHHELD_PROCESS_INFORMATION -> "经审查，您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的" + "过程性信息，本机关决定不予公开。";
            case WITHHELD_ENFORCEMENT_FILE -> "经审查，您申请获取的政府信息属于行政执法案卷信息，本机关决定不予公开。";
            case WITHHELD_ADMINISTRATIVE_QUERY -> "经审查，您申请获取的信息属于行政查询事项，有关法律、行政法规对信息的获取" + "有特别规定，请依照有关规定办理。";
            case UNAVAILABLE_NOT_HELD ->
                reply.competentAgency() == null
                        ? "经检索，本机关没有制作或者获取您申请获取的政府信息，该政府信息不存在。"
                        : "经审查，您申请获取的政府信息不属于本机关负责公开的政府信息。";
            case UNAVAILABLE_NEEDS_CREATION -> "经审查，本机关没有您申请获取的现成政府信息，需要对现有政府信息进行加工、分析方能" + "形成，本机关不予提供。";
            case UNAVAILABLE_UNCLEAR_AFTER_CORRECTION -> "经补正，您的申请内容仍不明确，本机关无法确定您申请获取的政府信息，" + "无法提供。";
            case NOT_PROCESSED_COMPLAINT ->
                "经审查，您的申请属于以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为" + "政府信息公开申请处理，您可以通过12345政务服务便民热线等相应渠道提出。";
            case NOT_PROCESSED_REPEATED -> "经审查，本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同的政府信息，" + "本机关不予重复处理。";
            case NOT_PROCESSED_PUBLICATION -> "经审查，您申请获取的是政府公报、报刊、书籍等公开出版物，本机关告知您获取的途径，" + "不作为政府信息公开申请处理。";
            case NOT_PROCESSED_EXCESSIVE -> "经审查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明合理理由，" + "本机关不予处理。";
            case NOT_PROCESSED_CONFIRMATION -> "经审查，您的申请系要求本机关确认或者重新出具您已获取的信息，本机关不予处理。";
            case OTHER, OTHER_NO_CORRECTION, OTHER_FEE_UNPAID -> "经审查，本机关对您的申请作如下处理。";
        };
    }

    private Mono<RenderedPdf> render(String template, Map<String, Object> model, String title, Agency agency) {
        return letters.render(template, model, title, agency.name());
    }

    private static String describe(Application.RequestedInformation information) {
        StringBuilder text = new StringBuilder();
        if (information.title() != null) {
            text.append(information.title());
        } else {
            text.append(information.description());
        }
        if (information.documentNumber() != null) {
            text.append("（文号：").append(information.documentNumber()).append('）');
        }
        return text.toString();
    }

    private String date(LocalDate day) {
        return day == null ? "" : words.date(day, CHINESE);
    }

    private static DisclosureEvent lastOf(DisclosureRequest request, DisclosureEventType type) {
        List<DisclosureEvent> timeline = request.timeline();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).type() == type) {
                return timeline.get(i);
            }
        }
        throw new IllegalStateException(request.number() + " has no " + type);
    }
}
