import { entry, type Catalogue } from "./catalogueEntry";

/**
 * GAAP listener, origin-server, rule and security-policy error codes (the Go SDK's gaap/v20180529/errors.go, as
 * vendored by the Terraform provider; traffic-api.md "Cross-cutting"). Spread into GAAP_ERRORS.
 */
export const GAAP_LISTENER_ERRORS: Catalogue = {
  "FailedOperation.ListenerHasTask": entry(
    "The listener is still applying another change.",
    "Wait until it is running again (ListenerStatus 0); the extension retries automatically.",
    "监听器正在操作中。",
    "请等待其恢复运行（ListenerStatus 为 0）；扩展会自动重试。",
  ),
  "FailedOperation.ListenerStatusError": entry(
    "The listener's current status does not allow this operation.",
    "Refresh the listener and wait until it is running (ListenerStatus 0), then send the request again.",
    "监听器当前状态无法支持该操作。",
    "请刷新监听器，等其处于运行中（ListenerStatus 为 0）后再发送请求。",
  ),
  "FailedOperation.ProxyStatusNotInRuning": entry(
    "The connection is not running, so listeners cannot be added to it.",
    "Open the connection (or wait until it is RUNNING), then send the request again.",
    "通道处于非运行状态，不能添加监听器。",
    "请开启通道（或等待其变为 RUNNING）后再发送请求。",
  ),
  "FailedOperation.GroupStatusNotInRuning": entry(
    "The connection group is not running, so this cannot be done.",
    "Wait until the group is running, then send the request again.",
    "通道组状态为非运行状态，无法操作。",
    "请等待通道组恢复运行后再发送请求。",
  ),
  "FailedOperation.InstanceStatusNotInRuning": entry(
    "The connection is not running, so this cannot be done.",
    "Wait until it is RUNNING (or open it), then send the request again.",
    "通道状态为非运行状态，无法操作。",
    "请等待通道变为 RUNNING（或开启通道）后再发送请求。",
  ),
  "FailedOperation.OperateLimitNumofListener": entry(
    "Too many ports in one request.",
    "Split the ports over several requests (the console allows at most 20 consecutive ports at a time).",
    "单次操作端口过多，超过数量上限。",
    "请将端口拆分到多个请求中（控制台每次最多 20 个连续端口）。",
  ),
  "FailedOperation.LimitRealServerNum": entry(
    "Too many origin servers for this listener.",
    "Bind fewer origin servers (a TCP/UDP listener takes at most 100).",
    "绑定源站数量超过限制。",
    "请减少绑定的源站数量（TCP/UDP 监听器最多 100 个）。",
  ),
  "FailedOperation.LimitNumofRules": entry(
    "The number of forwarding rules is at its limit.",
    "Delete unused rules or apply for a higher quota.",
    "转发规则数超过限制。",
    "请删除不用的规则或申请提升配额。",
  ),
  "FailedOperation.RealServerNotInProject": entry(
    "An origin server is not in the connection's project.",
    "Bind origin servers of the connection's project, or add the address again in that project (AddRealServers with its ProjectId).",
    "源站不归属于该项目。",
    "请绑定通道所在项目的源站，或在该项目下重新添加源站（AddRealServers 指定其 ProjectId）。",
  ),
  "FailedOperation.RuleAlreadyExisted": entry("The rule already exists.", "Change the existing rule instead of adding it again.", "规则已经存在。", "请修改现有规则，而不是重复添加。"),
  "FailedOperation.DomainAlreadyExisted": entry(
    "The domain is already used by this listener.",
    "Use another domain, or change the existing one's rules.",
    "该域名在监听器下已使用。",
    "请使用其他域名，或修改已有域名的规则。",
  ),
  "FailedOperation.DomainStatusNotInRunning": entry(
    "The domain is not running, so this cannot be done.",
    "Wait until the domain is running, then send the request again.",
    "域名状态为非运行状态，无法操作。",
    "请等待域名恢复运行后再发送请求。",
  ),
  "FailedOperation.CertificateIsUsing": entry(
    "The certificate is in use, so it cannot be changed or deleted.",
    "Unbind it from its listeners and domains first.",
    "证书正在使用中，无法操作。",
    "请先从监听器和域名上解绑该证书。",
  ),
  "FailedOperation.ProxySecurityPolicyExisted": entry(
    "The connection already has a security policy.",
    "Change the existing policy instead of creating another.",
    "安全策略已经存在，请勿重复创建。",
    "请修改现有安全策略，而不是重复创建。",
  ),
  "FailedOperation.ProxySecurityPolicyDuplicatedRule": entry(
    "The security policy already has this access rule.",
    "Remove the duplicate rule from the request.",
    "添加规则失败：安全防护访问规则重复。",
    "请从请求中删除重复的规则。",
  ),
  "FailedOperation.ProxySecurityPolicyDefaultRule": entry(
    "The default access rule of the connection cannot be set to deny.",
    "Leave the default rule as it is; add specific deny rules instead.",
    "添加规则失败：禁止拒绝默认的通道访问规则。",
    "请保留默认规则，改为添加具体的拒绝规则。",
  ),
  "FailedOperation.ProxySecurityPolicyOperating": entry(
    "The connection's security policy is being changed.",
    "Wait a moment; the extension retries automatically.",
    "通道安全策略操作中。",
    "请稍候；扩展会自动重试。",
  ),
  "FailedOperation.InvalidListenerProtocol": entry(
    "The listener's protocol does not allow this operation.",
    "Check that the action fits the listener (TCP/UDP actions for layer-4 listeners, HTTP/HTTPS ones for layer-7).",
    "无效的监听器协议。",
    "请确认操作与监听器类型相符（四层监听器用 TCP/UDP 接口，七层用 HTTP/HTTPS 接口）。",
  ),
  "FailedOperation.NotSupportProxyGroup": entry(
    "This operation does not support connection groups.",
    "Send it for each connection (ProxyId) instead of the group.",
    "该操作不支持通道组。",
    "请改为对各通道（ProxyId）分别操作。",
  ),
  "FailedOperation.ProxyVersionNotSupport": entry(
    "This connection's version does not support the operation (RealServerPorts, for one, needs a v1 connection or a group).",
    "Leave the parameter out, or use a connection of a version that supports it.",
    "不支持该版本通道。",
    "请去掉该参数，或使用支持该功能的通道版本（如 RealServerPorts 仅支持 v1 通道和通道组）。",
  ),
  "InvalidParameterValue.DuplicatedListenerPort": entry(
    "A listener already uses this port on the connection (TCP, HTTP and HTTPS share the TCP ports; UDP and HTTP/3 share the UDP ports).",
    "Choose a free port.",
    "监听器端口已存在（TCP、HTTP、HTTPS 共用 TCP 端口；UDP 与 HTTP/3 共用 UDP 端口）。",
    "请选择未被占用的端口。",
  ),
  "InvalidParameterValue.InvalidListenerPort": entry(
    "This listener port is not available (ports 1–65535; some, such as 21, are closed).",
    "Choose another port.",
    "该监听器端口不可用（端口范围 1–65535，部分端口如 21 不开放）。",
    "请选择其他端口。",
  ),
  "InvalidParameterValue.DuplicateRS": entry(
    "This origin server address is already registered.",
    "Use the existing origin server (DescribeRealServers lists it) instead of adding it again.",
    "RealServer 已存在。",
    "请直接使用已有的源站（见 DescribeRealServers），不要重复添加。",
  ),
  "InvalidParameterValue.RealServerNotBelong": entry(
    "An origin server does not belong to this account, or its ID and IP do not match.",
    "Check each RealServerId and its RealServerIP against DescribeRealServers.",
    "源站不属于该用户。",
    "请对照 DescribeRealServers 检查每个 RealServerId 及其 RealServerIP。",
  ),
  "InvalidParameterValue.CertificateContentNotMatchKey": entry(
    "The certificate and its private key do not match.",
    "Upload the key that belongs to this certificate.",
    "证书和私钥不匹配。",
    "请上传与该证书对应的私钥。",
  ),
  "InvalidParameterValue.CertificateNotMatchDomain": entry(
    "The HTTPS certificate does not match the domain.",
    "Use a certificate issued for this domain.",
    "Https 证书与域名不匹配。",
    "请使用为该域名签发的证书。",
  ),
  "InvalidParameterValue.InvalidCertificateContent": entry(
    "The certificate content cannot be parsed.",
    "Check the certificate's PEM format.",
    "解析失败，请检查证书内容格式。",
    "请检查证书的 PEM 格式。",
  ),
  "InvalidParameterValue.InvalidCertificateId": entry(
    "The certificate is not available.",
    "Check the certificate ID, and that the certificate has not expired.",
    "证书不可用。",
    "请检查证书 ID，并确认证书未过期。",
  ),
  "InvalidParameterValue.InvalidCertificateKey": entry(
    "The certificate's private key cannot be parsed.",
    "Check the key's PEM format.",
    "解析失败，请检查证书密钥格式。",
    "请检查私钥的 PEM 格式。",
  ),
  "LimitExceeded.Domain": entry("The number of domains is at its limit.", "Delete unused domains or apply for a higher quota.", "域名数量超限制。", "请删除不用的域名或申请提升配额。"),
};

/** The parameter each of these codes concerns, for errorPath.ts. */
export const GAAP_LISTENER_ERROR_PATHS: Readonly<Record<string, string>> = {
  "FailedOperation.ProxyStatusNotInRuning": "/ProxyId",
  "FailedOperation.GroupStatusNotInRuning": "/GroupId",
  "FailedOperation.OperateLimitNumofListener": "/Ports",
  "FailedOperation.LimitNumofListener": "/Ports",
  "FailedOperation.LimitRealServerNum": "/RealServerBindSet",
  "FailedOperation.RealServerNotInProject": "/RealServerBindSet",
  "FailedOperation.ListenerHasTask": "/ListenerId",
  "FailedOperation.ListenerStatusError": "/ListenerId",
  "FailedOperation.NotSupportProxyGroup": "/GroupId",
  "FailedOperation.ProxyVersionNotSupport": "/RealServerPorts",
  "InvalidParameterValue.DuplicatedListenerPort": "/Ports",
  "InvalidParameterValue.InvalidListenerPort": "/Ports",
  "InvalidParameterValue.DuplicateRS": "/RealServerIP",
  "InvalidParameterValue.RealServerNotBelong": "/RealServerBindSet",
};

/** Where a listener action names the parameter differently (DeleteListeners takes a list). */
export const GAAP_LISTENER_ERROR_PATHS_BY_ACTION: Readonly<Record<string, Record<string, string>>> = {
  DeleteListeners: { "FailedOperation.ListenerHasTask": "/ListenerIds", "FailedOperation.ListenerStatusError": "/ListenerIds", "FailedOperation.RealServerAlreadyBound": "/Force" },
  RemoveRealServers: { "FailedOperation.RealServerAlreadyBound": "/RealServerIds" },
};
