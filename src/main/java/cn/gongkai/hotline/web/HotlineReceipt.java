package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlineCatalogue;
import cn.gongkai.hotline.HotlineSettings;
import cn.gongkai.hotline.HotlineTicket;
import cn.gongkai.hotline.HotlineTicketView;
import cn.gongkai.hotline.HotlineTimeLimits;
import cn.gongkai.platform.TimeConfiguration;
import cn.gongkai.platform.pdf.Letters;
import cn.gongkai.platform.pdf.RenderedPdf;
import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The acknowledgement of a ticket (受理回执) as a PDF: its number, the query code when the person gave it to print it,
 * what the ticket is about, when it was received, its time limits and how to follow it.
 */
@Component
class HotlineReceipt {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Letters letters;
    private final HotlineSettings settings;

    HotlineReceipt(Letters letters, HotlineSettings settings) {
        this.letters = letters;
        this.settings = settings;
    }

    Mono<RenderedPdf> render(HotlineTicketView view, @Nullable String queryCode) {
        HotlineTicket ticket = view.ticket();
        HotlineTimeLimits limits = settings.limits();
        String centre = view.agencyName(ticket.centreId());
        Map<String, Object> model = new HashMap<>();
        model.put("centre", centre == null || centre.isBlank() ? "12345政务服务便民热线" : centre + " 12345政务服务便民热线");
        model.put("number", ticket.number());
        model.put("queryCode", queryCode);
        model.put("type", ticket.type().label());
        model.put("category", view.categoryName());
        model.put("title", view.submission().title());
        String address = view.submission().address();
        model.put(
                "place",
                HotlineCatalogue.placeName(view.agencyName(view.submission().regionId()))
                        + (address == null ? "" : " " + address));
        model.put(
                "receivedAt", view.receivedAt().atZone(TimeConfiguration.CHINA).format(TIME));
        model.put(
                "limits",
                "受理后派交承办单位，承办单位自派单之日起" + limits.acceptanceWorkingDays() + "个工作日内签收，" + limits.replyLimit(ticket.type())
                        + "个工作日内答复；紧急诉求" + limits.urgentHours() + "小时内办理答复。");
        model.put("state", ticket.state().label());
        model.put(
                "rating",
                "承办单位答复后，您可以在" + limits.ratingDays() + "日内对答复作出满意、基本满意或不满意的评价；首次评价不满意的，"
                        + "工单将退回承办单位重新办理并予以督办。逾期未评价的，工单自动办结。");
        LocalDate issued = LocalDate.ofInstant(view.receivedAt(), TimeConfiguration.CHINA);
        model.put("issuedOn", Letters.date(issued));
        String title = "12345政务服务便民热线受理回执 " + ticket.number();
        return letters.render("hotline/receipt", model, title, centre);
    }
}
