/**
 * Shared value types (共用值对象) every module may use: identifiers, masking and the working-day calendar.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gongkai.shared;
