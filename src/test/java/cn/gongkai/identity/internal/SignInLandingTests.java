package cn.gongkai.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInLandingTests {

    @ParameterizedTest(name = "{0} (staff: {1}) → {2}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                // The public return to the page they came from, or to 我的.
                "/disclosure/apply/agency, false, /disclosure/apply/agency",
                "'/hotline/board?q=路灯&page=2', false, '/hotline/board?q=路灯&page=2'",
                "/, false, /",
                "NULL, false, /me",
                "'', false, /me",
                // Staff land on their console, or on the console page they came from.
                "/disclosure/apply/agency, true, /staff",
                "NULL, true, /staff",
                "/staff/disclosure/GK-2026-000123, true, /staff/disclosure/GK-2026-000123",
                "/staffing, true, /staff",
                // Nothing that leads to another site, to the sign-in itself, or to the API.
                "https://evil.example/, false, /me",
                "//evil.example/path, false, /me",
                "/\\evil.example, false, /me",
                "'/\\/evil.example', false, /me",
                "javascript:alert(1), false, /me",
                "evil.example, false, /me",
                "'/ok\r\nSet-Cookie: x=1', false, /me",
                "'/with space', false, /me",
                "/oauth2/authorization/gongkai, false, /me",
                "/login/oauth2/code/gongkai, false, /me",
                "/logout, false, /me",
                "/api/me, false, /me",
                "//evil.example/staff, true, /staff",
                "https://evil.example/staff/x, true, /staff",
            })
    void landsOnAPageOfThePortalOnly(String returnPath, boolean staff, String landing) {
        assertThat(SignInLanding.landingFor(returnPath, staff)).isEqualTo(landing);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"/%2F%2Fevil.example, true", "/me, true", "'/a?next=https://evil.example', true", "'/a b', false"})
    void judgesPathsByWhatABrowserWouldFollow(String path, boolean page) {
        assertThat(SignInLanding.isPortalPage(path)).isEqualTo(page);
    }
}
