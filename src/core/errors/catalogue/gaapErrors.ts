import { entry, type Catalogue } from "./catalogueEntry";
import { GAAP_LISTENER_ERRORS } from "./gaapListenerErrors";

const oldVersionProxy = entry(
  "This operation only supports connections of version 2.0 or later.",
  "Upgrade the connection, or perform the change in the console.",
  "该操作仅支持 2.0 及以上版本的通道。",
  "请升级通道，或在控制台中操作。",
);

/** GAAP 2018-05-29 business error codes (official action pages and the Go SDK's errors.go). */
export const GAAP_ERRORS: Catalogue = {
  ...GAAP_LISTENER_ERRORS,
  "AuthFailure.NotEnterpriseAuthorization": entry(
    "This operation needs an account with enterprise (organization) identity verification.",
    "Complete enterprise verification in the Tencent Cloud console, or use an enterprise account.",
    "该操作需要企业认证的账号。",
    "请在腾讯云控制台完成企业实名认证，或使用企业账号。",
  ),
  "FailedOperation.AccountBalanceInsufficient": entry(
    "The account balance is too low to create or enlarge this connection.",
    "Top up the account, then send the request again (with the same ClientToken).",
    "账户余额不足，无法创建或扩容该通道。",
    "请先充值，然后重新发送请求（可沿用同一 ClientToken）。",
  ),
  "FailedOperation.ActionIsDoing": entry(
    "Another operation on this connection is still in progress.",
    "Wait until it has finished; the extension retries automatically.",
    "该通道上的其他操作正在执行中。",
    "请等待其完成；扩展会自动重试。",
  ),
  "FailedOperation.ActionOperateTooQuickly": entry(
    "Operations on this connection came too quickly one after the other.",
    "Wait a moment; the extension retries automatically.",
    "对该通道的操作过于频繁。",
    "请稍候；扩展会自动重试。",
  ),
  "FailedOperation.BelongDifferentGroup": entry(
    "The connections belong to different connection groups and cannot be changed in one request.",
    "Send one request per connection group.",
    "这些通道属于不同的通道组，无法在一次请求中批量操作。",
    "请按通道组分别发送请求。",
  ),
  "FailedOperation.DuplicatedRequest": entry(
    "The ClientToken was already used by an earlier request with different parameters.",
    "Use a new ClientToken for a new request (remove ClientToken and the extension generates one).",
    "该 ClientToken 已被参数不同的另一请求使用，请求重复。",
    "新请求请使用新的 ClientToken（删除 ClientToken，扩展会自动生成）。",
  ),
  "FailedOperation.LimitNumofListener": entry(
    "The number of listeners is at its limit.",
    "Delete unused listeners or apply for a higher quota.",
    "监听器数量已达上限。",
    "请删除不用的监听器或申请提升配额。",
  ),
  "FailedOperation.Migration": entry(
    "The connection is being upgraded; its configuration cannot be changed now.",
    "Submit a ticket to change the configuration during the upgrade, or wait until it ends.",
    "通道正在升级，暂时无法变更配置。",
    "如需在升级期间变更配置请提交工单，或等待升级完成。",
  ),
  "FailedOperation.NonStandardProxy": entry(
    "This is a non-standard connection; write operations are not allowed on it.",
    "Submit a ticket to change it.",
    "该通道为非标准通道，不允许写操作。",
    "如需变更请提交工单。",
  ),
  "FailedOperation.NotSupportOldVersionProxy": oldVersionProxy,
  "FailedOperation.NotSupportScalar": entry(
    "This connection's configuration cannot be changed (its Scalarable is 0).",
    "Create a new connection with the wanted bandwidth and concurrency instead.",
    "该通道不支持配置变更（Scalarable 为 0）。",
    "请以所需的带宽和并发新建通道。",
  ),
  "FailedOperation.ProxySellOut": entry(
    "This line is sold out, or there are not enough resources for this size.",
    "Choose another access region or a smaller size, or submit a ticket.",
    "线路已售罄或资源不足。",
    "请更换接入地域或降低规格，或提交工单申请。",
  ),
  "FailedOperation.RealServerAlreadyBound": entry(
    "Origin servers are still bound, so this cannot be done.",
    "Unbind the origin servers first (or destroy with Force = 1).",
    "仍绑定着源站，无法执行该操作。",
    "请先解绑源站（或以 Force = 1 强制销毁）。",
  ),
  "FailedOperation.ResourceCanNotAccess": entry(
    "The resource cannot be accessed with this account.",
    "Check that the connection belongs to this account and project.",
    "无法访问该资源。",
    "请确认该通道属于当前账号及项目。",
  ),
  "FailedOperation.ResourceUpgrading": entry(
    "The resource is being upgraded.",
    "Try again after the upgrade.",
    "资源正在升级中。",
    "请在升级完成后重试。",
  ),
  "FailedOperation.TagResourcesFailed": entry(
    "The tags could not be added to the connection.",
    "Check the tags, then add them from the console or send the request again.",
    "为资源添加标签失败。",
    "请检查标签后在控制台添加，或重新发送请求。",
  ),
  "FailedOperation.UnTagResourcesFailed": entry(
    "The tags could not be removed from the connection.",
    "Remove them from the console, or try again.",
    "解绑标签失败。",
    "请在控制台中解绑，或稍后重试。",
  ),
  "FailedOperation.UserNotAuthenticated": entry(
    "The account has not completed identity verification.",
    "Complete identity verification in the Tencent Cloud console.",
    "账号尚未完成实名认证。",
    "请在腾讯云控制台完成实名认证。",
  ),
  "FailedOperation.UserNotConfirmProtocol": entry(
    "The GAAP service agreement has not been accepted for this account.",
    "Open the GAAP console once and activate the service by accepting the agreement.",
    "该账号尚未开通 GAAP 服务协议。",
    "请登录 GAAP 控制台，同意服务协议以开通服务。",
  ),
  "InvalidParameterValue.FeatureConflict": entry(
    "The features asked for cannot be enabled together.",
    "Check IPAddressVersion, NetworkType and PackageType against the access region's features.",
    "所设置的特性无法同时开启。",
    "请对照接入地域支持的特性检查 IPAddressVersion、NetworkType 和 PackageType。",
  ),
  "InvalidParameterValue.InvalidBandwidth": entry(
    "The bandwidth is not one of the values allowed for this access region.",
    "Pick a value from the region's BandwidthList (DescribeAccessRegionsByDestRegion); completion offers them.",
    "带宽值不在该接入地域的可选范围内。",
    "请从该地域的 BandwidthList（DescribeAccessRegionsByDestRegion）中选择；自动补全会列出可选值。",
  ),
  "InvalidParameterValue.InvalidConcurrency": entry(
    "The concurrency is not one of the values allowed for this access region.",
    "Pick a value from the region's ConcurrentList (DescribeAccessRegionsByDestRegion); completion offers them.",
    "并发量不在该接入地域的可选范围内。",
    "请从该地域的 ConcurrentList（DescribeAccessRegionsByDestRegion）中选择；自动补全会列出可选值。",
  ),
  "InvalidParameterValue.InvalidTags": entry(
    "A tag does not exist or you have no permission to use it.",
    "Create the tag first, or use one the account can access.",
    "非法标签：标签不存在或无权限访问。",
    "请先创建该标签，或使用账号有权访问的标签。",
  ),
  "InvalidParameterValue.ProjectIdNotBelong": entry(
    "The project does not belong to this account.",
    "Use a project ID of this account (0 is the default project).",
    "该项目不属于当前账号。",
    "请使用当前账号下的项目 ID（0 为默认项目）。",
  ),
  "InvalidParameterValue.ProxyAndGroupFeatureConflict": entry(
    "This connection group does not support the requested feature (e.g. cross-border connections).",
    "Create the connection outside the group, or in a group that supports the feature.",
    "该通道组不支持所请求的特性（如跨境通道）。",
    "请在通道组外创建，或选择支持该特性的通道组。",
  ),
  "InvalidParameterValue.ProxyAndRegionFeatureConflict": entry(
    "The access region does not support the requested feature (e.g. cross-border connections).",
    "Choose an access region that supports it (see its FeatureBitmap).",
    "该接入地域不支持所请求的特性（如跨境通道）。",
    "请选择支持该特性的接入地域（参见 FeatureBitmap）。",
  ),
  "InvalidParameterValue.UnknownAccessRegion": entry(
    "The access region does not exist, or the account may not use it.",
    "Pick an access region offered for this origin region (DescribeAccessRegionsByDestRegion).",
    "接入地域不存在或无权限使用。",
    "请从该源站地域可用的接入地域中选择（DescribeAccessRegionsByDestRegion）。",
  ),
  "InvalidParameterValue.UnknownDestRegion": entry(
    "The origin server region does not exist, or the account may not use it.",
    "Pick an origin region from DescribeDestRegions; completion offers them.",
    "源站地域不存在或无权限使用。",
    "请从 DescribeDestRegions 返回的源站地域中选择；自动补全会列出可选值。",
  ),
  "LimitExceeded.TagQuota": entry(
    "The tag quota is used up.",
    "Delete unused tags or use existing ones.",
    "标签配额不足。",
    "请删除不用的标签或使用已有标签。",
  ),
  "ResourceUnavailable.AccountViolation": entry(
    "The account has restricted resources because of a violation.",
    "Read the notice in your Tencent Cloud inbox and email, and resolve it first.",
    "账号存在违规资源，已被限制。",
    "请查看站内信和邮件中的通知并先处理。",
  ),
  "UnauthorizedOperation.CrossBorderInIsolating": entry(
    "The cross-border connection's bandwidth is being isolated; it cannot be opened now.",
    "Wait until the isolation ends, or submit a ticket.",
    "跨境通道联通带宽隔离中，暂时无法开启。",
    "请等待隔离结束，或提交工单。",
  ),
  // OpenProxies lists the same refusal under UnauthorizedOperation as well.
  "UnauthorizedOperation.NotSupportOldVersionProxy": oldVersionProxy,
};
