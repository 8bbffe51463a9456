package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A browser as far as sign-in is concerned: follows the authorization code + PKCE flow through the
 * real OIDC provider's login form, keeps cookies, and sends the CSRF token like the front end does.
 */
public final class BrowserSession {

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    /** Where the portal sent the browser once signed in. */
    private String landing;

    private BrowserSession(int port) {
        this.port = port;
        // HTTP/1.1 as a browser speaks to the portal behind nginx; the client's default tries an h2c upgrade on every
        // new connection, which the server does not offer.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The portal's public address in tests (gongkai.site.public-url): where log-ins return to. */
    public static final String PUBLIC_URL = "http://127.0.0.1:8000";

    public static BrowserSession signIn(int port, String username) throws IOException, InterruptedException {
        return signIn(port, username, null);
    }

    /** Signs in from a page: the sign-in link names it as the page to come back to (null: none). */
    public static BrowserSession signIn(int port, String username, String returnPath)
            throws IOException, InterruptedException {
        BrowserSession browser = new BrowserSession(port);
        String startPath = "/oauth2/authorization/gongkai"
                + (returnPath == null ? "" : "?return=" + URLEncoder.encode(returnPath, StandardCharsets.UTF_8));
        HttpResponse<String> start =
                browser.send(HttpRequest.newBuilder(browser.portal(startPath)).GET());
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getQuery()).contains("code_challenge=", "code_challenge_method=S256");

        HttpResponse<String> form =
                browser.send(HttpRequest.newBuilder(authorize).GET());
        assertThat(form.body()).contains("name=\"username\"");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&claims=")));
        assertThat(login.statusCode()).isEqualTo(302);
        // The provider sends the browser back to the portal's public address (nginx in front of the instances);
        // here the instance under test stands in for it.
        URI callback = URI.create(login.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(PUBLIC_URL + "/login/oauth2/code/gongkai?");
        callback = browser.portal(callback.getRawPath() + "?" + callback.getRawQuery());

        HttpResponse<String> done =
                browser.send(HttpRequest.newBuilder(callback).GET());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        browser.landing = done.headers().firstValue("Location").orElseThrow();
        return browser;
    }

    /** The Location the portal sent the browser to once signed in. */
    public String landing() {
        return landing;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(portal(path))
                .header("Accept", "application/json")
                .GET());
    }

    public HttpResponse<String> post(String path, boolean withCsrfToken) throws IOException, InterruptedException {
        if (withCsrfToken && csrfToken() == null) {
            get("/api/csrf");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(portal(path)).POST(HttpRequest.BodyPublishers.noBody());
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return send(request);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private URI portal(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // An answer that never comes fails the test instead of stalling the whole run.
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
