import { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import type {
  AccountRealServer,
  AddRealServersOutcome,
  AddRealServersRequest,
  BindListenerRealServersRequest,
  CreateTcpListenersRequest,
  CreateUdpListenersRequest,
  DeleteListenersOutcome,
  DeleteListenersRequest,
  GaapListenerProtocol,
  ListenerCreateOutcome,
  ListenerRealServers,
  ListenerScope,
  ListenerWaitTarget,
  ListenerWriteOutcome,
  ModifyTcpListenerRequest,
  ModifyUdpListenerRequest,
  RealServerBindStatus,
  RemoveRealServersRequest,
  TcpListener,
  UdpListener,
} from "./gaapListenerTypes";
import type { Gaap } from "./gaapTypes";
import { waitForGaapListener } from "./gaapListenerWaits";
import { listing } from "./listing";
import { lookUpAfterFailure } from "./lookUpAfterFailure";
import { outcomeUnknown } from "./outcomeUnknown";
import { collectPages, type Page } from "./pageStream";
import type { WaitOptions, WaitPolicy } from "./poll";
import { ProxyWriteQueue } from "./proxyWriteQueue";
import type { CallSignal, ServiceClient } from "./serviceClient";
import { isSettled, settled, settledValue, type Settled } from "./settled";

export interface GaapListenerClientDeps {
  clock: Clock;
  waitPolicy: WaitPolicy;
}

/** The listener and origin-server writes, by action; request files for them go through the typed methods. */
export const GAAP_LISTENER_WRITE_ACTIONS: ReadonlySet<string> = new Set([
  "CreateTCPListeners",
  "CreateUDPListeners",
  "ModifyTCPListenerAttribute",
  "ModifyUDPListenerAttribute",
  "DeleteListeners",
  "AddRealServers",
  "RemoveRealServers",
  "BindListenerRealServers",
]);

/** Describe{TCP,UDP}Listeners answer 20 by default; a proxy holds at most 50 listeners (608/70498). */
const LISTENER_PAGE = 20;
/** DescribeRealServers: "返回数量，默认为20个，最大值为50个". */
const REAL_SERVER_PAGE = 50;
/** Origin servers are account-wide: their writes share one line. */
const REAL_SERVERS_KEY = "realservers";

type Listener = TcpListener | UdpListener;
type ListingFilter = Omit<Gaap.DescribeTCPListenersRequest, "ProxyId" | "GroupId" | "Offset" | "Limit">;

const scopeOf = (req: { ProxyId?: string | undefined; GroupId?: string | undefined }): ListenerScope =>
  req.ProxyId ? { ProxyId: req.ProxyId } : { GroupId: req.GroupId ?? "" };
const queueKey = (req: { ProxyId?: string | undefined; GroupId?: string | undefined }): string =>
  req.ProxyId ? `proxy:${req.ProxyId}` : `group:${req.GroupId ?? ""}`;
const listenersAction = (p: GaapListenerProtocol) => (p === "TCP" ? "DescribeTCPListeners" : "DescribeUDPListeners");

/**
 * GAAP TCP/UDP listeners and origin servers: listings (paged, bounded), reads, writes and the ListenerStatus wait.
 * Writes to one proxy or group go one after another (ProxyWriteQueue); none takes a ClientToken, so a create
 * is never sent again after an ambiguous failure (the listeners are looked up instead), and the writes that are
 * safe to repeat (modify, bind: it replaces the whole set; delete) are retried as usual.
 */
export class GaapListenerClient {
  constructor(
    private readonly client: ServiceClient,
    private readonly deps: GaapListenerClientDeps,
    private readonly queue: ProxyWriteQueue = new ProxyWriteQueue(),
  ) {}

  /** Any listener write action, for request files: the typed method, answered in the API's shape. */
  async request<T = Record<string, unknown>>(action: string, params: Readonly<Record<string, unknown>>, options: CallSignal = {}): Promise<T> {
    const p = params as never;
    switch (action) {
      case "CreateTCPListeners":
      case "CreateUDPListeners": {
        const out = action === "CreateTCPListeners" ? await this.createTcpListeners(p, options) : await this.createUdpListeners(p, options);
        return { ListenerIds: out.listenerIds, RequestId: out.requestId } as T;
      }
      case "AddRealServers": {
        const out = await this.addRealServers(p, options);
        return { RealServerSet: out.realServers, RequestId: out.requestId } as T;
      }
      case "DeleteListeners": {
        const out = await this.deleteListeners(p, options);
        return {
          OperationSucceedListenerSet: out.succeeded,
          OperationFailedListenerSet: out.failed,
          InvalidStatusListenerSet: out.invalidStatus,
          RequestId: out.requestId,
        } as T;
      }
      case "ModifyTCPListenerAttribute":
        return { RequestId: (await this.modifyTcpListener(p, options)).requestId } as T;
      case "ModifyUDPListenerAttribute":
        return { RequestId: (await this.modifyUdpListener(p, options)).requestId } as T;
      case "RemoveRealServers":
        return { RequestId: (await this.removeRealServers(p, options)).requestId } as T;
      case "BindListenerRealServers":
        return { RequestId: (await this.bindListenerRealServers(p, options)).requestId } as T;
      default:
        return this.client.call<T>(action, params, options);
    }
  }

  // ---- listings and reads ----

  listTcpListeners(scope: ListenerScope, req: ListingFilter = {}, options: CallSignal = {}): AsyncGenerator<Page<TcpListener>> {
    return this.listListeners("TCP", scope, req, options) as AsyncGenerator<Page<TcpListener>>;
  }

  listUdpListeners(scope: ListenerScope, req: ListingFilter = {}, options: CallSignal = {}): AsyncGenerator<Page<UdpListener>> {
    return this.listListeners("UDP", scope, req, options) as AsyncGenerator<Page<UdpListener>>;
  }

  listListeners(protocol: GaapListenerProtocol, scope: ListenerScope, req: ListingFilter = {}, options: CallSignal = {}): AsyncGenerator<Page<Listener>> {
    return listing(this.client, { action: listenersAction(protocol), params: { ...req, ...scope }, itemKeys: ["ListenerSet"], pageSize: LISTENER_PAGE }, options.signal);
  }

  /** One listener by ID, undefined when not listed. An "ListenerId(…) Not Exist." answer is thrown as it came. */
  async findListener(protocol: GaapListenerProtocol, listenerId: string, options: CallSignal = {}): Promise<Listener | undefined> {
    const r = await this.client.call<{ ListenerSet?: Listener[] }>(listenersAction(protocol), { ListenerId: listenerId, Offset: 0, Limit: LISTENER_PAGE }, options);
    const set = Array.isArray(r.ListenerSet) ? r.ListenerSet : [];
    return set.find((l) => l.ListenerId === listenerId);
  }

  /** The account's origin servers, every project unless ProjectId is given. */
  listRealServers(req: Partial<Omit<Gaap.DescribeRealServersRequest, "Offset" | "Limit">> = {}, options: CallSignal = {}): AsyncGenerator<Page<AccountRealServer>> {
    return listing(this.client, { action: "DescribeRealServers", params: { ProjectId: -1, ...req }, itemKeys: ["RealServerSet"], pageSize: REAL_SERVER_PAGE }, options.signal);
  }

  /** A listener's bound origin servers and the ones it could bind (same type, same project). */
  async listenerRealServers(listenerId: string, options: CallSignal = {}): Promise<ListenerRealServers> {
    const r = await this.client.call<Gaap.DescribeListenerRealServersResponse>("DescribeListenerRealServers", { ListenerId: listenerId }, options);
    const bound = Array.isArray(r.BindRealServerSet) ? r.BindRealServerSet : [];
    const bindable = Array.isArray(r.RealServerSet) ? r.RealServerSet : [];
    const count = (n: unknown, fallback: number) => (typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : fallback);
    return { bound, bindable, boundTotal: count(r.BindRealServerTotalCount, bound.length), bindableTotal: count(r.TotalCount, bindable.length) };
  }

  /** Whether each origin server is bound, and to which proxy or group. */
  async realServersStatus(realServerIds: string[], options: CallSignal = {}): Promise<RealServerBindStatus[]> {
    const r = await this.client.call<Gaap.DescribeRealServersStatusResponse>("DescribeRealServersStatus", { RealServerIds: realServerIds }, options);
    return Array.isArray(r.RealServerStatusSet) ? r.RealServerStatusSet : [];
  }

  // ---- writes (one at a time per proxy or group) ----

  createTcpListeners(req: CreateTcpListenersRequest, options: CallSignal = {}): Promise<ListenerCreateOutcome> {
    return this.create("TCP", "CreateTCPListeners", req, options);
  }

  createUdpListeners(req: CreateUdpListenersRequest, options: CallSignal = {}): Promise<ListenerCreateOutcome> {
    return this.create("UDP", "CreateUDPListeners", req, options);
  }

  modifyTcpListener(req: ModifyTcpListenerRequest, options: CallSignal = {}): Promise<ListenerWriteOutcome> {
    return this.plainWrite("ModifyTCPListenerAttribute", queueKey(req), req, options);
  }

  modifyUdpListener(req: ModifyUdpListenerRequest, options: CallSignal = {}): Promise<ListenerWriteOutcome> {
    return this.plainWrite("ModifyUDPListenerAttribute", queueKey(req), req, options);
  }

  /** Force 0 unless given: a listener with origins bound is refused then. Sent again it reports the gone ones as InvalidStatus. */
  deleteListeners(req: Omit<DeleteListenersRequest, "Force"> & { Force?: number }, options: CallSignal = {}): Promise<DeleteListenersOutcome> {
    return this.queue.run(
      queueKey(req),
      async () => {
        const r = await this.client.call<Gaap.DeleteListenersResponse>("DeleteListeners", { Force: 0, ...req }, options);
        const ids = (s: unknown): string[] => (Array.isArray(s) ? s.filter((x): x is string => typeof x === "string") : []);
        return {
          requestId: r.RequestId ?? "",
          resolvedBy: "response",
          succeeded: ids(r.OperationSucceedListenerSet),
          failed: ids(r.OperationFailedListenerSet),
          invalidStatus: ids(r.InvalidStatusListenerSet),
        };
      },
      options.signal,
    );
  }

  /**
   * Registers origin servers. Sent again after an ambiguous failure it is refused as InvalidParameterValue.DuplicateRS
   * when the first attempt acted; the client then looks the addresses up and reports them.
   */
  addRealServers(req: AddRealServersRequest, options: CallSignal = {}): Promise<AddRealServersOutcome> {
    return this.queue.run(
      REAL_SERVERS_KEY,
      async () => {
        const r = await this.client.call<Gaap.AddRealServersResponse | Settled<AddRealServersOutcome>>("AddRealServers", { ...req }, {
          ...options,
          recovery: {
            refused: async (refusal) => {
              if (refusal.code !== "InvalidParameterValue.DuplicateRS") return undefined;
              const found = await this.realServersAt(req.RealServerIP, options);
              return found.length === req.RealServerIP.length ? settled({ requestId: "", resolvedBy: "lookup", realServers: found }) : undefined;
            },
          },
        });
        if (isSettled<AddRealServersOutcome>(r)) return settledValue(r);
        return { requestId: r.RequestId ?? "", resolvedBy: "response", realServers: Array.isArray(r.RealServerSet) ? r.RealServerSet : [] };
      },
      options.signal,
    );
  }

  /** Refused for an origin still bound (FailedOperation.RealServerAlreadyBound); after an ambiguous attempt a refusal is checked against the list. */
  removeRealServers(req: RemoveRealServersRequest, options: CallSignal = {}): Promise<ListenerWriteOutcome> {
    return this.queue.run(
      REAL_SERVERS_KEY,
      async () => {
        const r = await this.client.call<{ RequestId?: string } | Settled<ListenerWriteOutcome>>("RemoveRealServers", { ...req }, {
          ...options,
          recovery: {
            refused: async () => {
              const wanted = new Set(req.RealServerIds);
              const left = (await collectPages(this.listRealServers({}, options))).filter((s) => s.RealServerId !== undefined && wanted.has(s.RealServerId));
              return left.length === 0 ? settled<ListenerWriteOutcome>({ requestId: "", resolvedBy: "lookup" }) : undefined;
            },
          },
        });
        return isSettled<ListenerWriteOutcome>(r) ? settledValue(r) : { requestId: r.RequestId ?? "", resolvedBy: "response" };
      },
      options.signal,
    );
  }

  /**
   * Replaces the listener's whole set of origins ("本接口会解绑之前绑定的源站"), so sending it twice is harmless.
   * Queued behind the other writes to `proxyId` when the caller knows it, else behind those to the listener.
   */
  bindListenerRealServers(req: BindListenerRealServersRequest, options: CallSignal & { proxyId?: string; groupId?: string } = {}): Promise<ListenerWriteOutcome> {
    const key = options.proxyId ? `proxy:${options.proxyId}` : options.groupId ? `group:${options.groupId}` : `listener:${req.ListenerId}`;
    const call = options.signal ? { signal: options.signal } : {};
    return this.plainWrite("BindListenerRealServers", key, req, call);
  }

  // ---- waits ----

  /** Until ListenerStatus is 0 (running) or the listener is gone ("ListenerId(…) Not Exist." counts as gone). */
  waitForListener(protocol: GaapListenerProtocol, listenerId: string, target: ListenerWaitTarget, options: WaitOptions = {}): Promise<Listener | undefined> {
    return waitForGaapListener(this, protocol, listenerId, target, {
      clock: this.deps.clock,
      policy: { ...this.deps.waitPolicy, ...options.policy },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  // ---- inner ----

  private plainWrite(action: string, key: string, req: object, options: CallSignal): Promise<ListenerWriteOutcome> {
    return this.queue.run(
      key,
      async () => {
        const r = await this.client.call<{ RequestId?: string }>(action, { ...req }, options);
        return { requestId: r.RequestId ?? "", resolvedBy: "response" };
      },
      options.signal,
    );
  }

  private create(
    protocol: GaapListenerProtocol,
    action: "CreateTCPListeners" | "CreateUDPListeners",
    req: CreateTcpListenersRequest | CreateUdpListenersRequest,
    options: CallSignal,
  ): Promise<ListenerCreateOutcome> {
    return this.queue.run(
      queueKey(req),
      async () => {
        const r = await this.client.call<Gaap.CreateTCPListenersResponse | Settled<ListenerCreateOutcome>>(action, { ...req }, {
          ...options,
          recovery: { instead: async (failure) => settled(await this.lookUpCreated(protocol, req, failure, options)) },
        });
        if (isSettled<ListenerCreateOutcome>(r)) return settledValue(r);
        const ids = Array.isArray(r.ListenerIds) ? r.ListenerIds.filter((x): x is string => typeof x === "string") : [];
        return { listenerIds: ids, requestId: r.RequestId ?? "", resolvedBy: "response" };
      },
      options.signal,
    );
  }

  /** After an ambiguous create: the scope's listeners of that name on the asked ports, all of them, none, or some. */
  private async lookUpCreated(
    protocol: GaapListenerProtocol,
    req: CreateTcpListenersRequest | CreateUdpListenersRequest,
    failure: ApiError,
    options: CallSignal,
  ): Promise<ListenerCreateOutcome> {
    const where = { name: req.ListenerName, zoneId: req.ProxyId ?? req.GroupId ?? "" };
    const ports = req.Ports.map((p) => Number(p));
    const found = await lookUpAfterFailure(
      failure,
      where,
      async () => {
        const byPort = new Map<number, string>();
        for (const l of await collectPages(this.listListeners(protocol, scopeOf(req), {}, options))) {
          if (l.ListenerName === req.ListenerName && typeof l.Port === "number" && l.ListenerId) byPort.set(l.Port, l.ListenerId);
        }
        return ports.some((p) => byPort.has(p)) ? byPort : undefined;
      },
      { code: "ClientError.NotApplied", service: "gaap" },
      this.deps.clock,
      options.signal,
    );
    const ids = ports.map((p) => found.get(p));
    if (ids.some((id) => id === undefined)) throw outcomeUnknown(failure, { ...where, found: ids.filter(Boolean).join(",") });
    return { listenerIds: ids as string[], requestId: "", resolvedBy: "lookup" };
  }

  private async realServersAt(addresses: string[], options: CallSignal): Promise<Gaap.NewRealServer[]> {
    const wanted = new Set(addresses);
    const all = await collectPages(this.listRealServers({}, options));
    return all.filter((s) => s.RealServerIP !== undefined && wanted.has(s.RealServerIP)).map((s) => ({ RealServerId: s.RealServerId ?? "", RealServerIP: s.RealServerIP ?? "" }));
  }
}
