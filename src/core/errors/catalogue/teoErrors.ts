import { entry, type Catalogue } from "./catalogueEntry";

/** EdgeOne (TEO 2022-09-01) codes of the Layer-4 proxy and zone actions. */
export const TEO_ERRORS: Catalogue = {
  "InternalError.ConfigLocked": entry(
    "The zone's configuration is locked by another change in progress.",
    "Wait a moment; the extension retries automatically.",
    "站点配置被其他正在进行的变更锁定。",
    "请稍候；扩展会自动重试。",
  ),
  "InternalError.ProxyServer": entry(
    "An EdgeOne backend server failed. The request may or may not have taken effect.",
    "Refresh to see the current state before retrying; if it persists, report the RequestId.",
    "EdgeOne 后端服务异常，请求可能已生效也可能未生效。",
    "请先刷新查看当前状态再重试；如持续出现，请附上 RequestId 提交工单。",
  ),
  "InvalidParameter.ActionInProgress": entry(
    "Another change to this configuration is still in progress.",
    "Wait a moment; the extension retries automatically.",
    "该配置的另一项变更仍在进行中。",
    "请稍候；扩展会自动重试。",
  ),
  "InvalidParameter.ProxyNameDuplicating": entry(
    "An L4 proxy with this name already exists in the zone.",
    "Choose another ProxyName (names are unique per zone and cannot be changed later).",
    "该站点下已存在同名的四层代理实例。",
    "请更换 ProxyName（名称在站点内唯一，创建后不可修改）。",
  ),
  "InvalidParameter.ZoneNotFound": entry(
    "The zone (site) does not exist, or not in this account.",
    "Pick a zone from the EdgeOne list; completion offers the account's zones.",
    "站点不存在，或不属于当前账号。",
    "请从 EdgeOne 站点列表中选择；自动补全会列出账号下的站点。",
  ),
  OperationDenied: entry(
    "EdgeOne refused the operation.",
    "Read the server's message below for the reason.",
    "EdgeOne 拒绝了该操作。",
    "请查看下方服务器返回的原因。",
  ),
  "OperationDenied.AccelerateMainlandDisable": entry(
    "Chinese mainland network optimization (AccelerateMainland) is an invite-only beta this account has not joined.",
    "Turn AccelerateMainland off, or submit a ticket to join the beta.",
    "中国大陆网络优化（AccelerateMainland）为内测功能，当前账号未开通。",
    "请关闭 AccelerateMainland，或提交工单申请内测。",
  ),
  "OperationDenied.AccelerateMainlandIpv6Conflict": entry(
    "Chinese mainland network optimization and IPv6 cannot both be on.",
    "Turn off either AccelerateMainland or Ipv6.",
    "中国大陆网络优化与 IPv6 不能同时开启。",
    "请关闭 AccelerateMainland 或 Ipv6 其中之一。",
  ),
  "OperationDenied.ErrZoneIsAlreadyPaused": entry(
    "The zone's EdgeOne service is paused (disabled).",
    "Enable the zone in the EdgeOne console, then try again.",
    "该站点的 EdgeOne 服务已停用。",
    "请在 EdgeOne 控制台中启用该站点后重试。",
  ),
  "OperationDenied.Ipv6AdvancedConflict": entry(
    "Exclusive DDoS protection and IPv6 cannot both be configured.",
    "Turn Ipv6 off, or use platform default DDoS protection.",
    "独立 DDoS 防护与 IPv6 冲突，不能同时配置。",
    "请关闭 Ipv6，或改用平台默认防护。",
  ),
  "OperationDenied.Ipv6StaticIpConflict": entry(
    "IPv6 and a static IP cannot both be on.",
    "Turn off either Ipv6 or StaticIp.",
    "IPv6 与固定 IP 不能同时开启。",
    "请关闭 Ipv6 或 StaticIp 其中之一。",
  ),
  "OperationDenied.L4LackOfResources": entry(
    "Layer-4 proxy resources are sold out; new instances cannot be added for now.",
    "Try again later; resources are being replenished.",
    "四层代理资源已售罄，暂时无法新增实例。",
    "请稍后再试；资源正在补充中。",
  ),
  "OperationDenied.L4ProxyInBannedStatus": entry(
    "The L4 proxy is banned, so its status cannot be changed.",
    "Check the ban notice in the console and resolve it first.",
    "该四层代理实例已被封禁，无法变更状态。",
    "请在控制台查看封禁通知并先处理。",
  ),
  "OperationDenied.L4ProxyInOfflineStatus": entry(
    "The L4 proxy is offline (disabled); it cannot be modified in this state.",
    "Bring it online first, then modify it.",
    "该四层代理实例已停用，当前状态下无法修改。",
    "请先启用该实例再修改。",
  ),
  "OperationDenied.L4ProxyInProcessStatus": entry(
    "The L4 proxy is still deploying or stopping.",
    "Wait until it is online or offline; the extension retries automatically.",
    "该四层代理实例正在部署或停用中。",
    "请等待其变为已启用或已停用；扩展会自动重试。",
  ),
  "OperationDenied.MsgIpv6AdvancedConflict": entry(
    "IPv6 can only be enabled with overseas exclusive protection, not with this protection.",
    "Turn Ipv6 off, or change the protection configuration.",
    "非海外独立防护不能开启 IPv6。",
    "请关闭 Ipv6，或调整防护配置。",
  ),
  "OperationDenied.StaticIpAreaConflict": entry(
    "Static IP is not available in this instance's acceleration area.",
    "Turn StaticIp off, or choose another Area.",
    "该实例的加速区域不支持固定 IP。",
    "请关闭 StaticIp，或更换 Area。",
  ),
  "UnauthorizedOperation.CamUnauthorized": entry(
    "CAM has not authorized this (sub-)account for the EdgeOne action.",
    "Ask the administrator to grant the EdgeOne (teo) permission in CAM.",
    "CAM 未授权该（子）账号执行此 EdgeOne 操作。",
    "请联系管理员在访问管理（CAM）中授予 EdgeOne（teo）权限。",
  ),
  "UnauthorizedOperation.NoPermission": entry(
    "The account has no permission for this zone or action.",
    "Ask the administrator to grant access to the zone.",
    "当前账号无权访问该站点或执行该操作。",
    "请联系管理员授予该站点的访问权限。",
  ),
  "UnauthorizedOperation.Unknown": entry(
    "The authorization check failed for an unknown reason.",
    "Try again; if it persists, report the RequestId.",
    "鉴权失败，原因未知。",
    "请重试；如持续出现，请附上 RequestId 反馈。",
  ),
};
