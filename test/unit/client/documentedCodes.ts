import * as fs from "node:fs";
import * as path from "node:path";

const FAMILIES =
  "ActionOffline|AuthFailure|DryRunOperation|FailedOperation|InternalError|InvalidAction|InvalidParameter|InvalidParameterValue|InvalidRequest|" +
  "IpInBlacklist|IpNotInWhitelist|LimitExceeded|MissingParameter|NoSuchProduct|NoSuchVersion|OperationDenied|RequestLimitExceeded|" +
  "RequestSizeLimitExceeded|ResourceInUse|ResourceInsufficient|ResourceNotFound|ResourceUnavailable|ResourceBusy|ResponseSizeLimitExceeded|" +
  "ServiceUnavailable|UnauthorizedOperation|UnknownParameter|UnsupportedOperation|UnsupportedProtocol|UnsupportedRegion|ClientError";

/**
 * Error codes named in a text: full codes, and the reference's shorthand ", .Sub" that continues the family of
 * the full code before it ("OperationDenied, .AccelerateMainlandDisable").
 */
function codesIn(text: string): Set<string> {
  const found = new Set<string>();
  const token = new RegExp(`\\b(${FAMILIES})(\\.[A-Z][A-Za-z0-9]*)?\\b|(?<=[ ,/(])\\.([A-Z][A-Za-z0-9]+)\\b`, "g");
  let family: string | undefined;
  for (const m of text.matchAll(token)) {
    if (m[1]) {
      family = m[1];
      found.add(m[1] + (m[2] ?? ""));
    } else if (family && m[3]) {
      found.add(`${family}.${m[3]}`);
    }
  }
  return found;
}

/** The seed docs and the API reference, when this checkout sits beside the shared folder. */
export function documentedCodesFromReference(repoRoot: string): Set<string> | undefined {
  const ref = path.resolve(repoRoot, "..", "shared", "reference");
  if (!fs.existsSync(ref)) return undefined;
  const docs = path.join(ref, "api-docs");
  const files = [path.join(ref, "tencent-api.md"), ...fs.readdirSync(docs).filter((f) => f.endsWith(".txt")).map((f) => path.join(docs, f))];
  const all = new Set<string>();
  for (const f of files) for (const c of codesIn(fs.readFileSync(f, "utf8"))) all.add(c);
  return all;
}

/** The same list frozen here, so the check also runs where the shared folder is absent. */
export const DOCUMENTED_CODES = [
  "ActionOffline", "AuthFailure", "AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.MFAFailure",
  "AuthFailure.NotEnterpriseAuthorization", "AuthFailure.SecretIdNotFound", "AuthFailure.SignatureExpire", "AuthFailure.SignatureFailure",
  "AuthFailure.TokenFailure", "AuthFailure.UnauthorizedOperation", "ClientError.HttpStatusCodeError", "ClientError.NetworkError",
  "DryRunOperation", "FailedOperation", "FailedOperation.AccountBalanceInsufficient", "FailedOperation.ActionIsDoing",
  "FailedOperation.ActionOperateTooQuickly", "FailedOperation.BelongDifferentGroup", "FailedOperation.DuplicatedRequest",
  "FailedOperation.LimitNumofListener", "FailedOperation.Migration", "FailedOperation.NonStandardProxy", "FailedOperation.NotSupportOldVersionProxy",
  "FailedOperation.NotSupportScalar", "FailedOperation.ProxySellOut", "FailedOperation.RealServerAlreadyBound", "FailedOperation.ResourceCanNotAccess",
  "FailedOperation.ResourceUpgrading", "FailedOperation.TagResourcesFailed", "FailedOperation.UnTagResourcesFailed", "FailedOperation.UserNotAuthenticated",
  "FailedOperation.UserNotConfirmProtocol", "InternalError", "InternalError.ConfigLocked", "InternalError.ProxyServer", "InvalidAction",
  "InvalidParameter", "InvalidParameter.ActionInProgress", "InvalidParameter.ProxyNameDuplicating", "InvalidParameterValue",
  "InvalidParameterValue.FeatureConflict", "InvalidParameterValue.InvalidBandwidth", "InvalidParameterValue.InvalidConcurrency",
  "InvalidParameterValue.InvalidTags", "InvalidParameterValue.ProjectIdNotBelong", "InvalidParameterValue.ProxyAndGroupFeatureConflict",
  "InvalidParameterValue.ProxyAndRegionFeatureConflict", "InvalidParameterValue.UnknownAccessRegion", "InvalidParameterValue.UnknownDestRegion",
  "InvalidRequest", "IpInBlacklist", "IpNotInWhitelist", "LimitExceeded", "LimitExceeded.TagQuota", "MissingParameter", "NoSuchProduct",
  "NoSuchVersion", "OperationDenied", "OperationDenied.AccelerateMainlandDisable", "OperationDenied.AccelerateMainlandIpv6Conflict",
  "OperationDenied.ErrZoneIsAlreadyPaused", "OperationDenied.Ipv6AdvancedConflict", "OperationDenied.Ipv6StaticIpConflict",
  "OperationDenied.L4LackOfResources", "OperationDenied.L4ProxyInBannedStatus", "OperationDenied.L4ProxyInOfflineStatus",
  "OperationDenied.L4ProxyInProcessStatus", "OperationDenied.MsgIpv6AdvancedConflict", "OperationDenied.StaticIpAreaConflict",
  "RequestLimitExceeded", "RequestLimitExceeded.GlobalRegionUinLimitExceeded", "RequestLimitExceeded.IPLimitExceeded",
  "RequestLimitExceeded.UinLimitExceeded", "RequestSizeLimitExceeded", "ResourceBusy", "ResourceInUse", "ResourceInsufficient",
  "ResourceNotFound", "ResourceUnavailable", "ResourceUnavailable.AccountViolation", "ResponseSizeLimitExceeded", "ServiceUnavailable",
  "UnauthorizedOperation", "UnauthorizedOperation.CamUnauthorized", "UnauthorizedOperation.CrossBorderInIsolating",
  "UnauthorizedOperation.NoPermission", "UnauthorizedOperation.NotSupportOldVersionProxy", "UnauthorizedOperation.Unknown", "UnknownParameter", "UnsupportedOperation", "UnsupportedProtocol",
  "UnsupportedRegion",
];
