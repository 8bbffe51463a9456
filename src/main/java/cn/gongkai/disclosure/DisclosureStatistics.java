package cn.gongkai.disclosure;

import cn.gongkai.disclosure.internal.DisclosureRequestStore;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

/**
 * The disclosure statistics (政府信息公开申请情况) of an agency for a calendar year, counted from its requests:
 * what the annual open-government-information report prints as table 三.
 */
@Service
public class DisclosureStatistics {

    private final DisclosureRequestStore store;
    private final Agencies agencies;

    DisclosureStatistics(DisclosureRequestStore store, Agencies agencies) {
        this.store = store;
        this.agencies = agencies;
    }

    /** Table 三 of the agency's year, with the agency it belongs to. */
    public Mono<Tuple2<Agency, TableThree>> tableThree(String agencyCode, int year) {
        return agencies.getByCode(agencyCode).zipWhen(agency -> store.statisticsRows(agency.id(), year)
                .map(row -> new TableThree.Entry(row.kind(), row.receivedOn(), row.outcome(), row.closedOn()))
                .collectList()
                .map(entries -> TableThree.count(year, entries)));
    }
}
