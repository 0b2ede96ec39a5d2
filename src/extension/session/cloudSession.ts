import * as fs from "node:fs";
import * as os from "node:os";
import * as vscode from "vscode";
import { createCloud, type Cloud } from "../../core/client/createCloud";
import type { EndpointSetting } from "../../core/client/endpoint";
import type { WriteDone } from "../../core/client/writeAction";
import { parseProfileKey, profileKey, type Credential, type CredentialSource } from "../../core/credentials/credential";
import type { CredentialContext } from "../../core/credentials/credentialContext";
import { CredentialError } from "../../core/credentials/credentialError";
import { listProfiles } from "../../core/credentials/listProfiles";
import { maskSecretId } from "../../core/credentials/maskSecretId";
import { resolveCredential } from "../../core/credentials/resolveCredential";
import { refuseForSandbox } from "../../core/credentials/sandboxSigner";
import type { Logger } from "../../core/logger";
import { apiLanguage } from "../../core/messages/language";
import type { SignedInProfiles } from "../accounts/signedInProfiles";
import { affectsConfiguration, readConfiguration, type Configuration } from "../configuration";
import { CONTEXT, SANDBOX_SECRET_KEY_ENV, SETTINGS, STATE } from "../constants";
import { uiLanguage } from "../uiLanguage";
import type { EmbeddedSandbox } from "./embeddedSandbox";

const ACCOUNT_SETTINGS = [SETTINGS.endpoint, SETTINGS.site, SETTINGS.sandboxEndpoint, SETTINGS.sandboxSecretId, SETTINGS.rateLimit, SETTINGS.requestTimeoutSeconds];

/** The picker's key for "the sandbox's own keys" (from settings and the environment, or the embedded sandbox's). */
export const SANDBOX_PROFILE = "sandbox";

export type AccountSource = CredentialSource | "sandbox";

export interface ActiveAccount {
  /** "sandbox", or a profile key such as "tccli:default" or "explicit:AKID****abcd". */
  key: string;
  name: string;
  source: AccountSource;
  endpoint: EndpointSetting;
  maskedSecretId: string;
}

export type SessionState =
  | { kind: "resolving" }
  /** No usable account: the welcome view offers Sign in and Try the sandbox. */
  | { kind: "none" }
  | { kind: "ready"; account: ActiveAccount; cloud: Cloud }
  /** An account was chosen but cannot be used (unreadable file, missing sandbox key): the tree shows why. */
  | { kind: "failed"; name?: string; source?: AccountSource; error: unknown };

export interface ProfileChoice {
  key: string;
  name: string;
  source: CredentialSource;
  maskedSecretId: string;
  file?: string;
  /** The profile's default region (tccli's `<profile>.configure`), which its requests are sent with. */
  region?: string;
}

/** Where a sandbox listens, its own SecretId, and its pair when the SecretKey is known. */
interface SandboxTarget {
  host: string;
  secretId: string;
  credential?: Credential;
}

/** A profile choice the resolution can use: either its key pair or nothing found for it. */
/** `region`: the profile's default region (tccli's `<profile>.configure`), which requests are then sent with. */
type Resolved = { key: string; name: string; source: AccountSource; credential: Credential; region?: string } | undefined;

/**
 * The active account and endpoint, as one API client (`Cloud`) the tree, the live checks and the preflight share.
 * Resolved from: the selected profile (globalState), signed-in keys (SecretStorage), the environment, tccli and the
 * INI file; the endpoint from settings (the cloud site, a running sandbox, or the embedded one).
 */
export class CloudSession implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SessionState>();
  readonly onDidChange = this.changed.event;
  private readonly wrote = new vscode.EventEmitter<WriteDone>();
  /** Every write of the active account's client ends here (tree actions, panel sends, steps): reads before it are stale. */
  readonly onDidWrite = this.wrote.event;
  private current: SessionState = { kind: "resolving" };
  private resolution: Promise<SessionState> = Promise.resolve(this.current);
  private generation = 0;
  /** Nothing is resolved at activation: the first need (the view shown, a live check, a command) starts it. */
  private started = false;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.wrote];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: Logger,
    private readonly clientLog: Logger,
    readonly signedIn: SignedInProfiles,
    private readonly sandbox: EmbeddedSandbox,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Only what changes the account, the endpoint or the client: toggling live checks must not reload the tree.
        if (this.started && affectsConfiguration(e) && ACCOUNT_SETTINGS.some((key) => e.affectsConfiguration(`${SETTINGS.section}.${key}`))) void this.reload();
      }),
    );
  }

  get state(): SessionState {
    return this.current;
  }

  /** The client of the active account, if one is ready now (for callers that must not wait). */
  cloud(): Cloud | undefined {
    return this.current.kind === "ready" ? this.current.cloud : undefined;
  }

  /** Whether resolving the account has begun (activation leaves it for the first need). */
  get resolutionStarted(): boolean {
    return this.started;
  }

  /** Resolves the account if nothing has yet; else the resolution in effect. */
  ensureResolved(): Promise<SessionState> {
    return this.started ? this.resolution : this.reload();
  }

  /** The client of the active account, once resolved; throws when there is none or it cannot be used. */
  async getCloud(): Promise<Cloud> {
    const state = await this.ensureResolved();
    if (state.kind === "ready") return state.cloud;
    if (state.kind === "failed") throw state.error;
    throw new Error(vscode.l10n.t("No Tencent Cloud account is set up. Sign in, or try the sandbox."));
  }

  get activeKey(): string | undefined {
    return this.context.globalState.get<string>(STATE.activeProfile);
  }

  get endpointKind(): Configuration["endpoint"] {
    return readConfiguration().endpoint;
  }

  /** Resolves the account again (settings, sign-in or a switch changed it). */
  reload(): Promise<SessionState> {
    this.started = true;
    const generation = ++this.generation;
    this.resolution = this.resolve().then(
      (state) => this.publish(generation, state),
      (error: unknown) => this.publish(generation, { kind: "failed", error }),
    );
    return this.resolution;
  }

  /** Makes a profile (or SANDBOX_PROFILE, or undefined for the default) the active one, and resolves it. */
  async select(key: string | undefined): Promise<SessionState> {
    await this.context.globalState.update(STATE.activeProfile, key);
    return this.reload();
  }

  /** Switches between Tencent Cloud and the sandbox (a user setting, so it lasts). */
  async useEndpoint(kind: Configuration["endpoint"]): Promise<SessionState> {
    if (kind === "sandbox") await this.context.globalState.update(STATE.activeProfile, SANDBOX_PROFILE);
    else if (this.activeKey === SANDBOX_PROFILE) await this.context.globalState.update(STATE.activeProfile, undefined);
    await vscode.workspace.getConfiguration(SETTINGS.section).update(SETTINGS.endpoint, kind, vscode.ConfigurationTarget.Global);
    return this.reload();
  }

  /** Every profile on this machine (secrets never read for it), and the sources that could not be read. */
  async listProfiles(): Promise<{ profiles: ProfileChoice[]; errors: CredentialError[] }> {
    const found = await listProfiles(this.credentialContext());
    const profiles = found.profiles.map((p) => ({ key: profileKey(p), name: p.name, source: p.source, maskedSecretId: p.maskedSecretId, ...(p.file ? { file: p.file } : {}), ...(p.region ? { region: p.region } : {}) }));
    return { profiles, errors: found.errors };
  }

  /**
   * Checks a key pair with one cheap call to where requests go now; throws the ApiError when it is refused, and
   * a CredentialError without sending anything when the sandbox is the target and these are not its keys.
   */
  async checkCredential(credential: Credential): Promise<void> {
    const config = readConfiguration();
    let endpoint: EndpointSetting = { kind: "cloud", site: config.site };
    if (config.endpoint === "sandbox") {
      const sandbox = await this.sandboxTarget(config);
      const refusal = refuseForSandbox(credential, sandbox.secretId);
      if (refusal) throw refusal;
      endpoint = { kind: "sandbox", host: sandbox.host };
    }
    const cloud = this.createCloud(credential, endpoint);
    try {
      await cloud.gaap.request("DescribeProxies", { Offset: 0, Limit: 1 });
    } finally {
      cloud.close();
    }
  }

  dispose(): void {
    this.generation++;
    if (this.current.kind === "ready") this.current.cloud.close();
    for (const d of this.disposables) d.dispose();
  }

  private publish(generation: number, state: SessionState): SessionState {
    // A later reload superseded this one: its result is dropped (and its client closed).
    if (generation !== this.generation) {
      if (state.kind === "ready") state.cloud.close();
      return this.current;
    }
    const previous = this.current;
    this.current = state;
    if (previous.kind === "ready") previous.cloud.close();
    if (state.kind === "ready") {
      const a = state.account;
      const where = a.endpoint.kind === "sandbox" ? `sandbox ${a.endpoint.host}` : `Tencent Cloud (${a.endpoint.site})`;
      this.log.info(`Account: ${a.name} (${a.source}, ${a.maskedSecretId}) at ${where}`);
    } else if (state.kind === "failed") {
      this.log.warn(`Account ${state.name ?? ""} cannot be used: ${state.error instanceof Error ? state.error.message : String(state.error)}`);
    } else this.log.info(`Account: ${state.kind}`);
    void vscode.commands.executeCommand("setContext", CONTEXT.hasAccount, state.kind !== "none");
    void vscode.commands.executeCommand("setContext", CONTEXT.isSandbox, readConfiguration().endpoint === "sandbox");
    void vscode.commands.executeCommand("setContext", CONTEXT.signedIn, this.signedIn.names().length > 0);
    this.changed.fire(state);
    return state;
  }

  private async resolve(): Promise<SessionState> {
    const config = readConfiguration();
    const key = this.activeKey;
    if (config.endpoint === "sandbox") return this.resolveForSandbox(config, key);
    const resolved = await this.profile(key === SANDBOX_PROFILE ? undefined : key);
    return resolved ? this.ready(resolved, { kind: "cloud", site: config.site }) : { kind: "none" };
  }

  /** Requests go to the sandbox: signed with its own pair, or with a selected profile only if that is the same pair. */
  private async resolveForSandbox(config: Configuration, key: string | undefined): Promise<SessionState> {
    const own = key === undefined || key === SANDBOX_PROFILE;
    let sandbox: SandboxTarget;
    try {
      sandbox = await this.sandboxTarget(config);
    } catch (error) {
      return { kind: "failed", ...(own ? { name: vscode.l10n.t("Sandbox"), source: "sandbox" as const } : {}), error };
    }
    const resolved = own ? this.sandboxKeys(config, sandbox) : await this.profile(key);
    if (!resolved) return { kind: "none" };
    const refusal = refuseForSandbox(resolved.credential, sandbox.secretId);
    if (refusal) return { kind: "failed", name: resolved.name, source: resolved.source, error: refusal };
    return this.ready(resolved, { kind: "sandbox", host: sandbox.host });
  }

  private ready(resolved: NonNullable<Resolved>, endpoint: EndpointSetting): SessionState {
    const account: ActiveAccount = { key: resolved.key, name: resolved.name, source: resolved.source, endpoint, maskedSecretId: maskSecretId(resolved.credential.secretId) };
    return { kind: "ready", account, cloud: this.createCloud(resolved.credential, endpoint, resolved.region) };
  }

  /** Where the sandbox listens and its own keys: a running one from settings and the environment, else the embedded one. */
  private async sandboxTarget(config: Configuration): Promise<SandboxTarget> {
    if (config.sandboxEndpoint) {
      const secretKey = process.env[SANDBOX_SECRET_KEY_ENV];
      return { host: config.sandboxEndpoint, secretId: config.sandboxSecretId, ...(config.sandboxSecretId && secretKey ? { credential: { secretId: config.sandboxSecretId, secretKey } } : {}) };
    }
    const embedded = await this.sandbox.start();
    return { host: embedded.endpoint, secretId: embedded.secretId, credential: { secretId: embedded.secretId, secretKey: embedded.secretKey } };
  }

  /** The sandbox's own pair; a running sandbox's SecretKey comes from the environment only, never from settings. */
  private sandboxKeys(config: Configuration, sandbox: SandboxTarget): Resolved {
    if (!sandbox.credential) {
      throw new Error(
        vscode.l10n.t(
          "The sandbox at {0} needs its SecretId in the setting tcAccel.sandbox.secretId and its SecretKey in the environment variable {1}.",
          config.sandboxEndpoint,
          SANDBOX_SECRET_KEY_ENV,
        ),
      );
    }
    return { key: SANDBOX_PROFILE, name: vscode.l10n.t("Sandbox"), source: "sandbox", credential: sandbox.credential };
  }

  /** Who signs, by the core's one rule (resolveCredential); undefined when there is no profile at all. */
  private async profile(key: string | undefined): Promise<Resolved> {
    try {
      const { profile: p, replaced } = await resolveCredential(this.credentialContext(), key ? parseProfileKey(key) : undefined);
      if (replaced) this.log.warn(`Profile ${profileKey(replaced)} no longer exists; using the default profile`);
      return { key: profileKey(p), name: p.name, source: p.source, credential: p.credential, ...(p.region ? { region: p.region } : {}) };
    } catch (e) {
      if (e instanceof CredentialError && e.code === "Credential.NotFound") return undefined;
      throw e;
    }
  }

  private credentialContext(): CredentialContext {
    return {
      env: process.env,
      homeDir: os.homedir(),
      fs: { readFile: (p, encoding) => fs.promises.readFile(p, encoding), readdir: (p) => fs.promises.readdir(p) },
      signedIn: this.signedIn,
    };
  }

  private createCloud(credential: Credential, endpoint: EndpointSetting, region?: string): Cloud {
    const config = readConfiguration();
    return createCloud({
      credential,
      endpoint,
      ...(region ? { region } : {}),
      logger: this.clientLog,
      rateLimitPerSecond: config.rateLimit,
      timeoutMs: config.requestTimeoutSeconds * 1000,
      language: apiLanguage(uiLanguage()),
      onWrite: (write) => this.wrote.fire(write),
    });
  }
}
