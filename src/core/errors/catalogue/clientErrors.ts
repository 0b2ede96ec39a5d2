import { entry, type Catalogue } from "./catalogueEntry";

/** Failures on our side of the wire, and the outcomes of the client's own waits and reconciliations. */
export const CLIENT_ERRORS: Catalogue = {
  "ClientError.NetworkError": entry(
    "The request got no answer: the connection failed or was reset. It may or may not have reached Tencent Cloud.",
    "Check your network (and proxy settings); the extension retried before giving up. Refresh before sending a change again.",
    "请求未收到应答：连接失败或被重置，请求可能已到达也可能未到达腾讯云。",
    "请检查网络（及代理设置）；扩展已在放弃前自动重试。再次发送变更前请先刷新。",
  ),
  "ClientError.Timeout": entry(
    "No answer came within {timeoutMs} ms. The request may still have taken effect.",
    "Refresh to see the current state; raise the request timeout setting on slow networks.",
    "在 {timeoutMs} 毫秒内未收到应答，请求仍可能已生效。",
    "请刷新查看当前状态；网络较慢时可调大请求超时设置。",
  ),
  "ClientError.HttpStatusCodeError": entry(
    "The server answered with HTTP status {httpStatus} instead of an API reply.",
    "Try again later; check the endpoint setting and any proxy between you and Tencent Cloud.",
    "服务器返回 HTTP 状态码 {httpStatus}，而非 API 应答。",
    "请稍后重试；并检查接入点设置及网络代理。",
  ),
  "ClientError.InvalidResponse": entry(
    "The server's answer could not be read as an API reply.",
    "Check the endpoint setting (a proxy or captive portal may answer instead); report the RequestId if any.",
    "无法将服务器的应答解析为 API 应答。",
    "请检查接入点设置（可能被代理或认证页面拦截）；如有 RequestId 请附上反馈。",
  ),
  "ClientError.MalformedAnswer": entry(
    "The answer from {host} to {action} is not a valid API reply: {field} holds {value}. It was not sent again, since the same endpoint would answer the same.",
    "Check the endpoint setting: a proxy or a server other than Tencent Cloud may be answering. Refresh before sending a change again.",
    "{host} 对 {action} 的应答不是有效的 API 应答：{field} 的值为 {value}。由于同一接入点会给出相同应答，未再次发送。",
    "请检查接入点设置：可能是代理或腾讯云以外的服务器在应答。再次发送变更前请先刷新。",
  ),
  "ClientError.AnswerTooLarge": entry(
    "The answer from {host} to {action} is larger than {limitBytes} bytes, more than any API reply needs; it was not read.",
    "Check the endpoint setting: a proxy or a server other than Tencent Cloud may be answering. Refresh before sending a change again.",
    "{host} 对 {action} 的应答超过 {limitBytes} 字节，远超任何 API 应答所需，未予读取。",
    "请检查接入点设置：可能是代理或腾讯云以外的服务器在应答。再次发送变更前请先刷新。",
  ),
  "ClientError.ListingTooLong": entry(
    "{host} says {action} lists {total} items, more than the {max} the extension reads; the listing was stopped.",
    "Check the endpoint setting: a server other than Tencent Cloud may be answering. If the account really holds that many, report it.",
    "{host} 称 {action} 共有 {total} 项，超过扩展读取上限 {max}，已停止列出。",
    "请检查接入点设置：可能是腾讯云以外的服务器在应答。如账号确实有这么多资源，请反馈。",
  ),
  "ClientError.WaitTimeout": entry(
    "{resource} did not become {target} within {waitedMs} ms (last status: {status}).",
    "Refresh later to see whether it settles; the operation itself was accepted.",
    "{resource} 在 {waitedMs} 毫秒内未变为 {target}（最后状态：{status}）。",
    "请稍后刷新查看；操作本身已被受理。",
  ),
  "ClientError.TaskFailed": entry(
    "The asynchronous task {taskId} failed.",
    "Refresh to see the resource's state, then check the parameters and try again.",
    "异步任务 {taskId} 执行失败。",
    "请刷新查看资源状态，检查参数后重试。",
  ),
  "ClientError.UnexpectedStatus": entry(
    "{resource} went to status {status} instead of {target}.",
    "Open its details to see why; it may have been changed elsewhere, isolated or banned.",
    "{resource} 进入了 {status} 状态，而非 {target}。",
    "请查看详情了解原因；它可能在别处被修改、被隔离或被封禁。",
  ),
  "ClientError.OutcomeUnknown": entry(
    "The request failed in a way that may have taken effect, and the client could not find out whether it did.",
    "Refresh the list before sending it again. A GAAP request sent again with the same ClientToken cannot act twice.",
    "请求失败，但可能已经生效，客户端无法确认结果。",
    "再次发送前请先刷新列表。GAAP 请求若沿用同一 ClientToken 再次发送，不会重复执行。",
  ),
  "ClientError.NotApplied": entry(
    "The request failed and did not take effect: nothing named {name} was found in {zoneId}.",
    "Send it again.",
    "请求失败且未生效：在 {zoneId} 中未找到名为 {name} 的实例。",
    "请重新发送。",
  ),
  "ClientError.RulesNotApplied": entry(
    "The request failed and did not take effect: no rule on {ports} was found on L4 proxy {proxyId}.",
    "Send it again.",
    "请求失败且未生效：四层代理 {proxyId} 上未找到端口为 {ports} 的规则。",
    "请重新发送。",
  ),
  "Credential.FileUnreadable": entry(
    "The credentials file {file} could not be read ({detail}).",
    "Check the file's permissions, or remove it.",
    "无法读取凭证文件 {file}（{detail}）。",
    "请检查文件权限，或删除该文件。",
  ),
  "Credential.InvalidJson": entry(
    "The tccli credential file {file} is not valid JSON: line {line}, {problem}.",
    "Fix the file, or run `tccli configure` again to rewrite it.",
    "tccli 凭证文件 {file} 不是合法的 JSON：第 {line} 行，{problem}。",
    "请修正该文件，或重新运行 `tccli configure` 生成。",
  ),
  "Credential.InvalidIni": entry(
    "The credentials file {file} has a syntax error on line {line}: {problem}.",
    "Fix that line: the file holds [profile] sections with secret_id = …, secret_key = … and optionally token = ….",
    "凭证文件 {file} 第 {line} 行有语法错误：{problem}。",
    "请修正该行：文件由 [配置名] 小节组成，每节包含 secret_id = …、secret_key = …，可选 token = …。",
  ),
  "Credential.MissingKey": entry(
    "Profile {profile} in {file} has no {detail}.",
    "Add the missing key to the file, or choose another profile.",
    "{file} 中的配置 {profile} 缺少 {detail}。",
    "请在文件中补充该项，或选择其他配置。",
  ),
  "Credential.SpacesInKey": entry(
    "Profile {profile} in {file} has spaces around its {detail}, which tccli refuses (\"should not contain spaces\").",
    "Remove the spaces from the file, or run `tccli configure` again.",
    "{file} 中的配置 {profile} 的 {detail} 首尾含有空格，tccli 也会拒绝（\"should not contain spaces\"）。",
    "请删除文件中的空格，或重新运行 `tccli configure`。",
  ),
  "Credential.UnsupportedType": entry(
    "Profile {profile} in {file} uses {detail} credentials, which the extension cannot use.",
    "Use a profile with a SecretId and SecretKey, or sign in with keys.",
    "{file} 中的配置 {profile} 使用 {detail} 类型的凭证，扩展暂不支持。",
    "请使用包含 SecretId 和 SecretKey 的配置，或直接登录密钥。",
  ),
  "Credential.IncompleteEnvironment": entry(
    "Only half of the key pair is set in the environment: {detail} is missing.",
    "Set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or unset both.",
    "环境变量中只设置了一半密钥：缺少 {detail}。",
    "请同时设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或两者都不设置。",
  ),
  "Credential.ProfileNotFound": entry(
    "There is no profile {profile}.",
    "Pick an existing profile, or create it with `tccli configure --profile {profile}`.",
    "不存在配置 {profile}。",
    "请选择已有配置，或用 `tccli configure --profile {profile}` 创建。",
  ),
  "Credential.NotSandboxKey": entry(
    "The sandbox only takes its own keys: {detail} is not the sandbox's SecretId, so nothing was sent with it.",
    "Use the sandbox's own profile, or switch to Tencent Cloud to use this key.",
    "沙箱只接受它自己的密钥：{detail} 不是沙箱的 SecretId，因此未用它发送任何请求。",
    "请使用沙箱自己的配置，或切换到腾讯云后再使用此密钥。",
  ),
  "Credential.NotFound": entry(
    "No Tencent Cloud credentials were found.",
    "Sign in with a SecretId and SecretKey, set TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY, run `tccli configure`, or try the sandbox.",
    "未找到腾讯云凭证。",
    "请登录 SecretId 和 SecretKey，或设置 TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY，或运行 `tccli configure`，或试用沙箱。",
  ),
};
