/**
 * Open311 GeoReport v2 (开放接口) of the 12345 hotline, for partner systems such as a district's own hotline platform
 * or a mobile app: the catalogue's matters as services, a posted request taken in as a ticket through {@link
 * cn.gongkai.hotline.HotlineTickets} (the same rules, audit and idempotency as on-line intake), and requests read back
 * without personal data. Field names, status values, dates and the error format are the specification's, read from
 * its text as the Open311 project publishes it (https://wiki.open311.org/GeoReport_v2, mirrored in the repository
 * open311/open311.github.io, GeoReport/v2/index.md, and Service_Discovery.md for discovery.json). Partners post with
 * an API key the system administrator issues ({@link cn.gongkai.hotline.open311.Open311Keys}); the key is stored as
 * a keyed hash only.
 */
package cn.gongkai.hotline.open311;
