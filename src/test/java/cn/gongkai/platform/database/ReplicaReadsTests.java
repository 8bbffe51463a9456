package cn.gongkai.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ReplicaReadsTests {

    @ParameterizedTest(name = "{0} {1} with {2}: replica {3}")
    @CsvSource({
        "GET, /api/agencies, , true",
        "GET, /api/agencies/340600, , true",
        "HEAD, /api/agencies/340600, , true",
        "GET, /api/reports, , true",
        "GET, /api/reports/search, , true",
        "GET, /api/hotline/board, , true",
        "GET, /api/hotline/statistics, , true",
        "GET, /api/hotline/catalogue, , true",
        "GET, /reports/feed.atom, , true",
        "GET, /sitemap.xml, , true",
        "GET, /api/agencies, session, false",
        "GET, /api/agencies, bearer, false",
        "POST, /api/agencies, , false",
        "GET, /api/hotline/tickets/12345-20261214-0001, , false",
        "GET, /api/disclosure/requests, , false",
        "GET, /api/me, , false",
        "GET, /api/staff/agencies/340600/staff, , false",
        "GET, /api/site, , false",
        "GET, /reports/huaibei/2025/fazhi, , false",
        "GET, /api/agenciesx, , false",
    })
    void onlyAnonymousReadsOfThePublicArchiveDirectoryBoardAndStatisticsMayBeAnsweredByTheReplica(
            String method, String path, String credentials, boolean replica) {
        var request = MockServerHttpRequest.method(HttpMethod.valueOf(method), path);
        if ("session".equals(credentials)) {
            request.cookie(new org.springframework.http.HttpCookie("SESSION", "abc"));
        } else if ("bearer".equals(credentials)) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer x");
        }
        assertThat(ReplicaReads.isAnonymousPublicRead(request.build())).isEqualTo(replica);
    }
}
