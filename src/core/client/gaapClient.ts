import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";
import { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import { GAAP_LISTENER_WRITE_ACTIONS, GaapListenerClient } from "./gaapListenerClient";
import { batchOutcomeFromStatus, findCreatedProxy, modifyWasApplied } from "./gaapReconcile";
import type { BatchOutcome, CreateProxyOutcome, GaapWaitTarget, ProxyIdsRequest, WithToken, WriteOutcome } from "./gaapTypes";
import { waitForGaapProxy, waitForGaapTask } from "./gaapWaits";
import { listing } from "./listing";
import type { Page } from "./pageStream";
import type { WaitOptions, WaitPolicy } from "./poll";
import { outcomeUnknown } from "./outcomeUnknown";
import { ProxyWriteQueue } from "./proxyWriteQueue";
import type { CallSignal, ServiceClient } from "./serviceClient";
import { isSettled, settled, settledValue, type Settled } from "./settled";

export interface GaapClientDeps {
  clock: Clock;
  waitPolicy: WaitPolicy;
  newClientToken: () => string;
}

/** Writes that take a ClientToken; the client always sends one so that a retry can never act twice. */
export const GAAP_TOKEN_ACTIONS: ReadonlySet<string> = new Set([
  "CreateProxy",
  "ModifyProxyConfiguration",
  "ModifyProxiesAttribute",
  "ModifyProxiesProject",
  "OpenProxies",
  "CloseProxies",
  "DestroyProxies",
]);

const DUPLICATE = "FailedOperation.DuplicatedRequest";
const PAGE = 100;

const idsOf = (req: ProxyIdsRequest): string[] => req.ProxyIds ?? req.InstanceIds ?? [];

/** GAAP (2018-05-29) for the tree, the live checks and the preflight. */
export class GaapClient {
  /** TCP/UDP listeners and origin servers (gaapListenerClient.ts). */
  readonly listeners: GaapListenerClient;
  /** Writes to one proxy, its own and its listeners', one after another. */
  private readonly queue = new ProxyWriteQueue();

  constructor(
    private readonly client: ServiceClient,
    private readonly deps: GaapClientDeps,
  ) {
    this.listeners = new GaapListenerClient(client, { clock: deps.clock, waitPolicy: deps.waitPolicy }, this.queue);
  }

  /**
   * Any action, for request files. GAAP writes get a ClientToken if they have none and are retried as tokened
   * writes; a DuplicatedRequest after an ambiguous attempt is ClientError.OutcomeUnknown here, since only the
   * typed methods (createProxy, …) know how to look the first outcome up.
   */
  request<T = Record<string, unknown>>(action: string, params: Readonly<Record<string, unknown>>, options: CallSignal = {}): Promise<T> {
    if (GAAP_LISTENER_WRITE_ACTIONS.has(action)) return this.listeners.request<T>(action, params, options);
    if (!GAAP_TOKEN_ACTIONS.has(action)) return this.client.call<T>(action, params, options);
    const sent = { ...params, ClientToken: typeof params.ClientToken === "string" && params.ClientToken ? params.ClientToken : this.deps.newClientToken() };
    return this.write<T, T>(action, sent, options, (r) => r, async (firstFailure) => {
      throw outcomeUnknown(firstFailure, { clientToken: sent.ClientToken });
    });
  }

  // ---- listings (streams of pages) ----

  listProxies(req: Omit<Gaap.DescribeProxiesRequest, "Offset" | "Limit"> = {}, options: CallSignal = {}): AsyncGenerator<Page<Gaap.ProxyInfo>> {
    return listing(this.client, { action: "DescribeProxies", params: req, itemKeys: ["ProxySet", "InstanceSet"], pageSize: PAGE }, options.signal);
  }

  /** ProjectId -1 (all projects) unless given: the tree shows every group. */
  /** A connection group by ID, undefined when the account has none such (the API cannot filter groups by ID). */
  async findGroup(groupId: string, options: CallSignal = {}): Promise<Gaap.ProxyGroupInfo | undefined> {
    for await (const page of this.listGroups({}, options)) {
      const found = page.items.find((g) => g.GroupId === groupId);
      if (found) return found;
    }
    return undefined;
  }

  listGroups(req: Partial<Omit<Gaap.DescribeProxyGroupListRequest, "Offset" | "Limit">> = {}, options: CallSignal = {}): AsyncGenerator<Page<Gaap.ProxyGroupInfo>> {
    return listing(this.client, { action: "DescribeProxyGroupList", params: { ProjectId: -1, ...req }, itemKeys: ["ProxyGroupList"], pageSize: PAGE }, options.signal);
  }

  // ---- reads ----

  async describeProxyDetail(proxyId: string, options: CallSignal = {}): Promise<Gaap.ProxyInfo> {
    const r = await this.client.call<Gaap.DescribeProxyDetailResponse>("DescribeProxyDetail", { ProxyId: proxyId }, options);
    return r.ProxyDetail ?? {};
  }

  async proxiesStatus(proxyIds: string[], options: CallSignal = {}): Promise<Gaap.ProxyStatus[]> {
    const r = await this.client.call<Gaap.DescribeProxiesStatusResponse>("DescribeProxiesStatus", { ProxyIds: proxyIds }, options);
    return r.InstanceStatusSet ?? [];
  }

  async destRegions(req: Gaap.DescribeDestRegionsRequest = {}, options: CallSignal = {}): Promise<Gaap.RegionDetail[]> {
    const r = await this.client.call<Gaap.DescribeDestRegionsResponse>("DescribeDestRegions", { ...req }, options);
    return r.DestRegionSet ?? [];
  }

  async accessRegionsByDestRegion(req: Gaap.DescribeAccessRegionsByDestRegionRequest, options: CallSignal = {}): Promise<Gaap.AccessRegionDetial[]> {
    const r = await this.client.call<Gaap.DescribeAccessRegionsByDestRegionResponse>("DescribeAccessRegionsByDestRegion", { ...req }, options);
    return r.AccessRegionSet ?? [];
  }

  checkProxyCreate(req: Gaap.CheckProxyCreateRequest, options: CallSignal = {}): Promise<Gaap.CheckProxyCreateResponse> {
    return this.client.call("CheckProxyCreate", { ...req }, options);
  }

  inquiryPriceCreateProxy(req: Gaap.InquiryPriceCreateProxyRequest, options: CallSignal = {}): Promise<Gaap.InquiryPriceCreateProxyResponse> {
    return this.client.call("InquiryPriceCreateProxy", { ...req }, options);
  }

  taskStatus(taskId: string, options: CallSignal = {}): Promise<Gaap.DescribeTaskStatusResponse> {
    return this.client.call("DescribeTaskStatus", { TaskId: taskId }, options);
  }

  // ---- writes (always with a ClientToken, the same on every retry) ----

  async createProxy(req: WithToken<Gaap.CreateProxyRequest>, options: CallSignal = {}): Promise<CreateProxyOutcome> {
    const sent = { ...req, ClientToken: req.ClientToken || this.deps.newClientToken() };
    const firstSentAt = this.deps.clock.now();
    return this.write<Gaap.CreateProxyResponse, CreateProxyOutcome>(
      "CreateProxy",
      sent,
      options,
      (r) => ({ proxyId: r.InstanceId ?? "", requestId: r.RequestId ?? "", clientToken: sent.ClientToken, resolvedBy: "response" }),
      async (firstFailure) => {
        const found = await findCreatedProxy(this, sent, firstSentAt, firstFailure, { clock: this.deps.clock, ...options });
        return { proxyId: found.ProxyId ?? found.InstanceId ?? "", requestId: "", clientToken: sent.ClientToken, resolvedBy: "duplicate" };
      },
    );
  }

  /** Queued behind the other writes to the proxy (its listeners' too). */
  modifyProxyConfiguration(req: WithToken<Gaap.ModifyProxyConfigurationRequest>, options: CallSignal = {}): Promise<WriteOutcome> {
    const sent = { ...req, ClientToken: req.ClientToken || this.deps.newClientToken() };
    const run = () =>
      this.write<Gaap.ModifyProxyConfigurationResponse, WriteOutcome>(
        "ModifyProxyConfiguration",
        sent,
        options,
        (r) => ({ requestId: r.RequestId ?? "", clientToken: sent.ClientToken, resolvedBy: "response" }),
        async (firstFailure) => {
          await modifyWasApplied(this, sent, firstFailure, { clock: this.deps.clock, ...options });
          return { requestId: "", clientToken: sent.ClientToken, resolvedBy: "duplicate" };
        },
      );
    return this.queue.run(`proxy:${req.ProxyId || req.InstanceId || ""}`, run, options.signal);
  }

  openProxies(req: ProxyIdsRequest, options: CallSignal = {}): Promise<BatchOutcome> {
    return this.batch("OpenProxies", req, options);
  }

  closeProxies(req: ProxyIdsRequest, options: CallSignal = {}): Promise<BatchOutcome> {
    return this.batch("CloseProxies", req, options);
  }

  /** Force 1 destroys even with origin servers bound (the tree asks first); 0 refuses then. */
  destroyProxies(req: ProxyIdsRequest & { Force?: number }, options: CallSignal = {}): Promise<BatchOutcome> {
    return this.batch("DestroyProxies", { Force: 0, ...req }, options);
  }

  private batch(action: "OpenProxies" | "CloseProxies" | "DestroyProxies", req: ProxyIdsRequest & { Force?: number }, options: CallSignal): Promise<BatchOutcome> {
    const sent = { ...req, ClientToken: req.ClientToken || this.deps.newClientToken() };
    return this.write<Gaap.OpenProxiesResponse, BatchOutcome>(
      action,
      sent,
      options,
      (r) => ({
        requestId: r.RequestId ?? "",
        clientToken: sent.ClientToken,
        resolvedBy: "response",
        invalidStatus: r.InvalidStatusInstanceSet ?? [],
        operationFailed: r.OperationFailedInstanceSet ?? [],
      }),
      async () => {
        const { invalidStatus } = await batchOutcomeFromStatus(this, action, idsOf(req), { clock: this.deps.clock, ...options });
        return { requestId: "", clientToken: sent.ClientToken, resolvedBy: "duplicate", invalidStatus, operationFailed: [] };
      },
    );
  }

  /**
   * A tokened write: retried with the same ClientToken; a DuplicatedRequest after an ambiguous attempt is settled
   * by `fromDuplicate`; a failure that may still have acted carries the token so the caller can resend safely.
   */
  private async write<R, O>(
    action: string,
    sent: Readonly<Record<string, unknown>> & { ClientToken: string },
    options: CallSignal,
    fromResponse: (r: R) => O,
    /** Given the ambiguous failure that preceded the duplicate, whose RequestId and code the user should see. */
    fromDuplicate: (firstFailure: ApiError) => Promise<O>,
  ): Promise<O> {
    try {
      const r = await this.client.call<R | Settled<O>>(action, sent, {
        ...options,
        recovery: {
          idempotent: true,
          refused: async (refusal, firstFailure) => (refusal.code === DUPLICATE ? settled(await fromDuplicate(firstFailure)) : undefined),
        },
      });
      return isSettled<O>(r) ? settledValue(r) : fromResponse(r as R);
    } catch (e) {
      if (e instanceof ApiError && e.ambiguous) throw e.with({ details: { ...e.details, clientToken: sent.ClientToken } });
      throw e;
    }
  }

  // ---- waits ----

  /** DescribeTaskStatus(TaskId = the write's RequestId) until SUCCESS; FAIL is ClientError.TaskFailed. */
  waitForTask(taskId: string, options: WaitOptions = {}): Promise<void> {
    return waitForGaapTask(this, taskId, this.waitContext(options));
  }

  /** Until the proxy is RUNNING, CLOSED or gone; after its task, when a RequestId is given. */
  async waitForProxy(proxyId: string, target: GaapWaitTarget, options: WaitOptions & { taskId?: string } = {}): Promise<Gaap.ProxyStatus | undefined> {
    if (options.taskId) await this.waitForTask(options.taskId, options);
    return waitForGaapProxy(this, proxyId, target, this.waitContext(options));
  }

  private waitContext(options: WaitOptions) {
    return { clock: this.deps.clock, policy: { ...this.deps.waitPolicy, ...options.policy }, ...(options.signal ? { signal: options.signal } : {}) };
  }
}
