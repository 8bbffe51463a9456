/**
 * Reading pages for everyone (公开页面): the portal's public reading pages (home, report archive and compliance
 * board, agency directory and agency pages, the hotline's introduction, reply board and statistics) rendered by the
 * server into the front end's own page, so that they read without script and load fast; the front end takes them
 * over when its script runs. nginx asks for them by server-side include ({@code /_pages/…}, see nginx/portal.conf).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Public reading pages",
        allowedDependencies = {"platform", "identity", "report", "hotline"})
package cn.gongkai.pages;
