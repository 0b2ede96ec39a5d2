import type * as Teo from "tencentcloud-sdk-nodejs/tencentcloud/services/teo/v20220901/teo_models";
import { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import { lookUpAfterFailure } from "./lookUpAfterFailure";
import { outcomeUnknown } from "./outcomeUnknown";
import { resendableWrite } from "./resendableWrite";
import { listing } from "./listing";
import { collectPages, type Page } from "./pageStream";
import type { WaitOptions, WaitPolicy } from "./poll";
import type { CallSignal, ServiceClient } from "./serviceClient";
import { isSettled, settled, settledValue, type Settled } from "./settled";
import { TEO_HEADING_TO, type L4CreateOutcome, type L4ProxyRulesCreateRequest, type TeoWaitTarget, type TeoWriteOutcome } from "./teoTypes";
import { TeoRuleClient } from "./teoRuleClient";
import { waitForL4Proxy } from "./teoWaits";

export interface TeoClientDeps {
  clock: Clock;
  waitPolicy: WaitPolicy;
}

/** EdgeOne (TEO 2022-09-01) zones and Layer-4 proxies. */
export class TeoClient {
  /** L4 forwarding rules and origin groups. */
  readonly rules: TeoRuleClient;

  constructor(
    private readonly client: ServiceClient,
    private readonly deps: TeoClientDeps,
  ) {
    this.rules = new TeoRuleClient(client, deps);
  }

  /**
   * Any action, for request files. CreateL4Proxy and CreateL4ProxyRules go through `createL4Proxy` and
   * `rules.create`, so that they too are never sent twice after an ambiguous failure.
   */
  async request<T = Record<string, unknown>>(action: string, params: Readonly<Record<string, unknown>>, options: CallSignal = {}): Promise<T> {
    if (action === "CreateL4ProxyRules") {
      const out = await this.rules.create(params as unknown as L4ProxyRulesCreateRequest, options);
      return { L4ProxyRuleIds: out.ruleIds, RequestId: out.requestId } as T;
    }
    if (action !== "CreateL4Proxy") return this.client.call<T>(action, params, options);
    const out = await this.createL4Proxy(params as unknown as Teo.CreateL4ProxyRequest, options);
    return { ProxyId: out.proxyId, RequestId: out.requestId } as T;
  }

  listZones(req: Omit<Teo.DescribeZonesRequest, "Offset" | "Limit"> = {}, options: CallSignal = {}): AsyncGenerator<Page<Teo.Zone>> {
    return listing(this.client, { action: "DescribeZones", params: req, itemKeys: ["Zones"], pageSize: 100 }, options.signal);
  }

  listL4Proxies(zoneId: string, req: Omit<Teo.DescribeL4ProxyRequest, "ZoneId" | "Offset" | "Limit"> = {}, options: CallSignal = {}): AsyncGenerator<Page<Teo.L4Proxy>> {
    return listing(this.client, { action: "DescribeL4Proxy", params: { ...req, ZoneId: zoneId }, itemKeys: ["L4Proxies"], pageSize: 1000 }, options.signal);
  }

  /** One L4 proxy by ID, or undefined when the zone has none with it. */
  async describeL4Proxy(zoneId: string, proxyId: string, options: CallSignal = {}): Promise<Teo.L4Proxy | undefined> {
    const r = await this.client.call<Teo.DescribeL4ProxyResponse>(
      "DescribeL4Proxy",
      { ZoneId: zoneId, Filters: [{ Name: "proxy-id", Values: [proxyId] }] },
      options,
    );
    return (r.L4Proxies ?? []).find((p) => p.ProxyId === proxyId);
  }

  /** A zone by ID (DescribeZones filtered by zone-id), undefined when the account has none such. */
  async findZone(zoneId: string, options: CallSignal = {}): Promise<Teo.Zone | undefined> {
    for await (const page of this.listZones({ Filters: [{ Name: "zone-id", Values: [zoneId] }] }, options)) {
      const found = page.items.find((z) => z.ZoneId === zoneId);
      if (found) return found;
    }
    return undefined;
  }

  /** Names are unique in a zone, but the API cannot filter by name: the whole zone is listed. */
  async findL4ProxiesByName(zoneId: string, name: string, options: CallSignal = {}): Promise<Teo.L4Proxy[]> {
    return (await collectPages(this.listL4Proxies(zoneId, {}, options))).filter((p) => p.ProxyName === name);
  }

  /**
   * CreateL4Proxy has no ClientToken, so it is never sent twice after an ambiguous failure: the client looks the
   * name up in the zone and reports what it finds (the proxy, ClientError.NotApplied, or ClientError.OutcomeUnknown).
   * Refusals that cannot have acted (rate limit, "in process") are still retried.
   */
  async createL4Proxy(req: Teo.CreateL4ProxyRequest & { Ipv6?: string }, options: CallSignal = {}): Promise<L4CreateOutcome> {
    const r = await this.client.call<Teo.CreateL4ProxyResponse | Settled<L4CreateOutcome>>("CreateL4Proxy", { ...req }, {
      ...options,
      recovery: { instead: async (failure) => settled(await this.lookUpCreated(req, failure, options)) },
    });
    if (isSettled<L4CreateOutcome>(r)) return settledValue(r);
    return { proxyId: r.ProxyId ?? "", requestId: r.RequestId ?? "", resolvedBy: "response" };
  }

  private async lookUpCreated(req: Teo.CreateL4ProxyRequest, failure: ApiError, options: CallSignal): Promise<L4CreateOutcome> {
    const where = { name: req.ProxyName, zoneId: req.ZoneId };
    const found = await lookUpAfterFailure(
      failure,
      where,
      async () => {
        const named = await this.findL4ProxiesByName(req.ZoneId, req.ProxyName, options);
        return named.length > 0 ? named : undefined;
      },
      { code: "ClientError.NotApplied", service: "teo" },
      this.deps.clock,
      options.signal,
    );
    const mine = found.find((p) => p.Area === undefined || p.Area === req.Area);
    if (!mine) throw outcomeUnknown(failure, { ...where, candidates: found.map((p) => p.ProxyId).join(",") });
    return { proxyId: mine.ProxyId ?? "", requestId: "", resolvedBy: "lookup" };
  }

  /** Setting a status twice is harmless, so it is resent; a refusal after an ambiguous attempt is checked against the proxy. */
  async modifyL4ProxyStatus(req: Teo.ModifyL4ProxyStatusRequest & { Status: "online" | "offline" }, options: CallSignal = {}): Promise<TeoWriteOutcome> {
    return resendableWrite(this.client, "ModifyL4ProxyStatus", req, options, async () => {
      const p = await this.describeL4Proxy(req.ZoneId, req.ProxyId, options);
      return p?.Status === req.Status || p?.Status === TEO_HEADING_TO[req.Status];
    });
  }

  /** ResourceNotFound on a resend after an ambiguous attempt means the first one deleted it. */
  async deleteL4Proxy(req: Teo.DeleteL4ProxyRequest, options: CallSignal = {}): Promise<TeoWriteOutcome> {
    return resendableWrite(this.client, "DeleteL4Proxy", req, options, async (refusal) => refusal.code === "ResourceNotFound");
  }

  /** Until the L4 proxy is online, offline or gone; `fail` and `banned` are ClientError.UnexpectedStatus. */
  waitForL4Proxy(zoneId: string, proxyId: string, target: TeoWaitTarget, options: WaitOptions = {}): Promise<Teo.L4Proxy | undefined> {
    return waitForL4Proxy(this, zoneId, proxyId, target, {
      clock: this.deps.clock,
      policy: { ...this.deps.waitPolicy, ...options.policy },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
}
