/**
 * Identity (身份与机关): who is signed in, what they may do, and the agencies (机关) they act for.
 * Signs people in through OIDC, accepts API clients' JWT bearer tokens, and scopes staff roles to
 * one agency so an officer never sees another agency's records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity and agencies",
        allowedDependencies = {"platform", "shared", "audit"})
package cn.gongkai.identity;
