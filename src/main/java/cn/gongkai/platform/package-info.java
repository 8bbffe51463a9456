/**
 * Platform (平台): the wiring every module relies on — problem responses, request ids, logging,
 * Redis sessions, OpenAPI, field encryption. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Platform",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gongkai.platform;
