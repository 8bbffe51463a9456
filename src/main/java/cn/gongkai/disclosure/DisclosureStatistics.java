package cn.gongkai.disclosure;

import cn.gongkai.disclosure.internal.DisclosureRequestStore;
import cn.gongkai.identity.Agencies;
import cn.gongkai.identity.Agency;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

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

    /** Table 三 of an agency's year, with the agency it belongs to. */
    public record AgencyTableThree(Agency agency, TableThree table) {}

    /** Table 三 of the agency's year, counted from its requests. */
    public Mono<AgencyTableThree> tableThree(String agencyCode, int year) {
        return agencies.getByCode(agencyCode)
                .flatMap(agency -> store.tableThreeEntries(agency.id(), year)
                        .collectList()
                        .map(entries -> new AgencyTableThree(agency, TableThree.count(year, entries))));
    }
}
