/**
 * Bean Validation constraints (校验注解) for request forms that carry the shared identifiers as text.
 */
package cn.gongkai.shared.validation;
