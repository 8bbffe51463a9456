package cn.gongkai.hotline.web;

import cn.gongkai.hotline.HotlinePublications;
import cn.gongkai.hotline.HotlineTicketView;
import cn.gongkai.hotline.HotlineTickets;
import cn.gongkai.hotline.web.HotlineBoardResponses.StaffPublication;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The staff's view of a ticket (工单办理视图) with the publication of its latest reply, as every staff answer gives it. */
@Component
class StaffTicketResponses {

    private final HotlineTickets tickets;
    private final HotlinePublications publications;
    private final HotlineResponses responses;

    StaffTicketResponses(HotlineTickets tickets, HotlinePublications publications, HotlineResponses responses) {
        this.tickets = tickets;
        this.publications = publications;
        this.responses = responses;
    }

    Mono<HotlineStaffTicketResponse> find(String number, Locale locale) {
        return tickets.findForStaff(number).flatMap(view -> of(view, locale));
    }

    Mono<HotlineStaffTicketResponse> of(HotlineTicketView view, Locale locale) {
        HotlineStaffTicketResponse response = responses.forStaff(view, locale);
        return publications
                .forStaff(view)
                .map(found -> response.withPublication(StaffPublication.of(found), found.mayDecide()))
                .defaultIfEmpty(response);
    }
}
