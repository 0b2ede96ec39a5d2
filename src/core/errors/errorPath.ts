import { GAAP_LISTENER_ERROR_PATHS, GAAP_LISTENER_ERROR_PATHS_BY_ACTION } from "./catalogue/gaapListenerErrors";
/**
 * The parameter an error code is about, as a JSON pointer into the request file, so the editor can put the
 * API's refusal on the exact key. Codes about two parameters point at the one the user more likely sets last.
 */
const BY_CODE: Record<string, string> = {
  ...GAAP_LISTENER_ERROR_PATHS,
  "InvalidParameterValue.InvalidBandwidth": "/Bandwidth",
  "InvalidParameterValue.InvalidConcurrency": "/Concurrent",
  "InvalidParameterValue.UnknownAccessRegion": "/AccessRegion",
  "InvalidParameterValue.UnknownDestRegion": "/RealServerRegion",
  "InvalidParameterValue.InvalidTags": "/TagSet",
  "InvalidParameterValue.ProjectIdNotBelong": "/ProjectId",
  "InvalidParameterValue.ProxyAndGroupFeatureConflict": "/GroupId",
  "InvalidParameterValue.ProxyAndRegionFeatureConflict": "/AccessRegion",
  "LimitExceeded.TagQuota": "/TagSet",
  "FailedOperation.DuplicatedRequest": "/ClientToken",
  "FailedOperation.ProxySellOut": "/AccessRegion",
  "FailedOperation.NotSupportScalar": "/ProxyId",
  "FailedOperation.NonStandardProxy": "/ProxyId",
  "FailedOperation.Migration": "/ProxyId",
  "FailedOperation.NotSupportOldVersionProxy": "/ProxyIds",
  "FailedOperation.BelongDifferentGroup": "/ProxyIds",
  "UnauthorizedOperation.CrossBorderInIsolating": "/ProxyIds",
  "InvalidParameter.ProxyNameDuplicating": "/ProxyName",
  "OperationDenied.Ipv6StaticIpConflict": "/StaticIp",
  "OperationDenied.StaticIpAreaConflict": "/StaticIp",
  "OperationDenied.AccelerateMainlandDisable": "/AccelerateMainland",
  "OperationDenied.AccelerateMainlandIpv6Conflict": "/AccelerateMainland",
  "OperationDenied.Ipv6AdvancedConflict": "/Ipv6",
  "OperationDenied.MsgIpv6AdvancedConflict": "/Ipv6",
  "OperationDenied.ErrZoneIsAlreadyPaused": "/ZoneId",
  "InvalidParameter.ZoneNotFound": "/ZoneId",
  "OperationDenied.L4ProxyInOfflineStatus": "/ProxyId",
  "OperationDenied.L4ProxyInProcessStatus": "/ProxyId",
  "OperationDenied.L4ProxyInBannedStatus": "/ProxyId",
  // L4 rule writes: the refusal names no rule, so it goes on the list (a finding on the entry is the offline check's).
  "InvalidParameter.RulePortDuplicating": "/L4ProxyRules",
  "InvalidParameter.RulePortGroup": "/L4ProxyRules",
  "InvalidParameter.RulePortInteger": "/L4ProxyRules",
  "InvalidParameter.RuleOriginPortInteger": "/L4ProxyRules",
  "InvalidParameter.RuleOriginFormatError": "/L4ProxyRules",
  "InvalidParameter.RuleOriginMultiDomain": "/L4ProxyRules",
  "InvalidParameter.RuleOriginValueError": "/L4ProxyRules",
  "InvalidParameter.OriginL4RecordIPV4MixDomain": "/L4ProxyRules",
  "InvalidParameter.OriginL4RecordMultiDomain": "/L4ProxyRules",
  "InvalidParameter.InvalidOriginIp": "/L4ProxyRules",
  "InvalidParameter.OriginIsInnerIp": "/L4ProxyRules",
  "InvalidParameter.InvalidRuleProto": "/L4ProxyRules",
  "InvalidParameter.InvalidOriginGroupType": "/L4ProxyRules",
  "InvalidParameterValue.OriginGroupNotExists": "/L4ProxyRules",
  "LimitExceeded.ProxyRulesLimitExceeded": "/L4ProxyRules",
  "OperationDenied.L4StatusNotInOnline": "/ProxyId",
};

/** Where an action names the parameter differently from the code's usual one. */
const BY_ACTION: Record<string, Record<string, string>> = {
  ...GAAP_LISTENER_ERROR_PATHS_BY_ACTION,
  DescribeAccessRegionsByDestRegion: { "InvalidParameterValue.UnknownDestRegion": "/DestRegion" },
  ModifyProxyConfiguration: { "ResourceNotFound": "/ProxyId", "FailedOperation.ProxySellOut": "/Bandwidth" },
  DescribeProxyDetail: { "ResourceNotFound": "/ProxyId" },
  ModifyL4Proxy: { "ResourceNotFound": "/ProxyId" },
  ModifyL4ProxyStatus: { "ResourceNotFound": "/ProxyId" },
  DeleteL4Proxy: { "ResourceNotFound": "/ProxyId" },
  ModifyL4ProxyRules: { "ResourceNotFound": "/L4ProxyRules" },
  ModifyL4ProxyRulesStatus: { "ResourceNotFound": "/RuleIds", "OperationDenied.L4StatusNotInOnline": "/RuleIds", "LimitExceeded.ProxyRulesLimitExceeded": "/RuleIds" },
  DeleteL4ProxyRules: { "ResourceNotFound": "/RuleIds", "OperationDenied.L4StatusNotInOnline": "/RuleIds", "LimitExceeded.ProxyRulesLimitExceeded": "/RuleIds" },
};

export function errorPath(code: string, action?: string): string | undefined {
  return (action ? BY_ACTION[action]?.[code] : undefined) ?? BY_CODE[code];
}
