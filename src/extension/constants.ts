// Every ID the manifest and the code share, in one place. Keep in step with package.json's `contributes`.

export const EXTENSION_ID = "tcaccel.tencent-cloud-acceleration";

export const PROXIES_VIEW = "tcAccel.proxies";
/** The preflight panel's webview type; `onWebviewPanel:` activates the extension to restore one after a reload. */
export const PREFLIGHT_VIEW_TYPE = "tcAccel.preflight";

export const COMMANDS = {
  refresh: "tcAccel.refresh",
  filter: "tcAccel.filter",
  clearFilter: "tcAccel.clearFilter",
  signIn: "tcAccel.signIn",
  signOut: "tcAccel.signOut",
  switchProfile: "tcAccel.switchProfile",
  trySandbox: "tcAccel.trySandbox",
  showLog: "tcAccel.showLog",
  newCreateProxyRequest: "tcAccel.newCreateProxyRequest",
  newCheckProxyCreateRequest: "tcAccel.newCheckProxyCreateRequest",
  newModifyProxyConfigurationRequest: "tcAccel.newModifyProxyConfigurationRequest",
  newCreateL4ProxyRequest: "tcAccel.newCreateL4ProxyRequest",
  newDescribeProxyDetailRequest: "tcAccel.newDescribeProxyDetailRequest",
  newCreateL4ProxyRulesRequest: "tcAccel.newCreateL4ProxyRulesRequest",
  newModifyL4ProxyRulesRequest: "tcAccel.newModifyL4ProxyRulesRequest",
  newModifyL4ProxyRulesStatusRequest: "tcAccel.newModifyL4ProxyRulesStatusRequest",
  newDeleteL4ProxyRulesRequest: "tcAccel.newDeleteL4ProxyRulesRequest",
  newCreateTCPListenersRequest: "tcAccel.newCreateTCPListenersRequest",
  newCreateUDPListenersRequest: "tcAccel.newCreateUDPListenersRequest",
  newModifyTCPListenerAttributeRequest: "tcAccel.newModifyTCPListenerAttributeRequest",
  newModifyUDPListenerAttributeRequest: "tcAccel.newModifyUDPListenerAttributeRequest",
  newDeleteListenersRequest: "tcAccel.newDeleteListenersRequest",
  newAddRealServersRequest: "tcAccel.newAddRealServersRequest",
  newRemoveRealServersRequest: "tcAccel.newRemoveRealServersRequest",
  newBindListenerRealServersRequest: "tcAccel.newBindListenerRealServersRequest",
  openAsRequest: "tcAccel.openAsRequest",
  cloneProxy: "tcAccel.cloneProxy",
  modifyProxy: "tcAccel.modifyProxy",
  checkCreation: "tcAccel.checkCreation",
  copyId: "tcAccel.copyId",
  openInConsole: "tcAccel.openInConsole",
  closeProxy: "tcAccel.closeProxy",
  openProxy: "tcAccel.openProxy",
  destroyProxy: "tcAccel.destroyProxy",
  onlineL4Proxy: "tcAccel.onlineL4Proxy",
  offlineL4Proxy: "tcAccel.offlineL4Proxy",
  deleteL4Proxy: "tcAccel.deleteL4Proxy",
  enableL4Rule: "tcAccel.enableL4Rule",
  disableL4Rule: "tcAccel.disableL4Rule",
  modifyL4Rule: "tcAccel.modifyL4Rule",
  deleteL4Rule: "tcAccel.deleteL4Rule",
  modifyListener: "tcAccel.modifyListener",
  bindListenerOrigins: "tcAccel.bindListenerOrigins",
  deleteListener: "tcAccel.deleteListener",
  addRealServers: "tcAccel.addRealServers",
  removeRealServer: "tcAccel.removeRealServer",
  openL4RulesAsRequest: "tcAccel.openL4RulesAsRequest",
  retry: "tcAccel.retry",
  checkRequest: "tcAccel.checkRequest",
  sendRequest: "tcAccel.sendRequest",
  copyAsTccli: "tcAccel.copyAsTccli",
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const SETTINGS = {
  section: "tcAccel",
  endpoint: "endpoint",
  site: "site",
  sandboxEndpoint: "sandbox.endpoint",
  sandboxSecretId: "sandbox.secretId",
  rateLimit: "rateLimit",
  requestTimeoutSeconds: "requestTimeoutSeconds",
  liveChecks: "liveChecks",
} as const;

/** Context keys used in `when` clauses. */
export const CONTEXT = {
  hasAccount: "tcAccel.hasAccount",
  signedIn: "tcAccel.signedIn",
  filterActive: "tcAccel.filterActive",
  isSandbox: "tcAccel.isSandbox",
  untrusted: "tcAccel.untrusted",
} as const;

/**
 * Tree items' contextValue: `<kind>:<status>` so menus can match both (`viewItem =~ /^gaapProxy.*:RUNNING/`).
 */
export const ITEM_KIND = {
  gaapRoot: "gaapRoot",
  edgeOneRoot: "edgeOneRoot",
  gaapGroup: "gaapGroup",
  ungrouped: "ungrouped",
  gaapProxy: "gaapProxy",
  zone: "zone",
  l4Proxy: "l4Proxy",
  l4Rule: "l4Rule",
  gaapListener: "gaapListener",
  gaapOrigin: "gaapOrigin",
  gaapOriginServers: "originServers",
  gaapRealServer: "gaapRealServer",
  error: "error",
  info: "info",
} as const;

/** The environment variable through which a sandbox's SecretKey reaches the extension (never settings). */
export const SANDBOX_SECRET_KEY_ENV = "TCACCEL_SANDBOX_SECRET_KEY";

export const REQUEST_FILE_SUFFIX = ".tcreq.json";

/** SecretStorage keys. */
export const SECRETS = {
  signedInKey: (profile: string) => `tcAccel.secretKey.${profile}`,
} as const;

export const STATE = {
  activeProfile: "tcAccel.activeProfile",
  signedInProfiles: "tcAccel.signedInProfiles",
} as const;
