import { ApiError } from "../errors/apiError";
import type { Clock } from "./clock";
import { listing } from "./listing";
import { lookUpAfterFailure } from "./lookUpAfterFailure";
import { outcomeUnknown } from "./outcomeUnknown";
import { collectPages, type Page } from "./pageStream";
import type { WaitOptions, WaitPolicy } from "./poll";
import { resendableWrite } from "./resendableWrite";
import type { CallSignal, ServiceClient } from "./serviceClient";
import { isSettled, settled, settledValue, type Settled } from "./settled";
import {
  TEO_HEADING_TO,
  type L4ProxyRule,
  type L4ProxyRulesCreateRequest,
  type L4ProxyRulesDeleteRequest,
  type L4ProxyRulesModifyRequest,
  type L4ProxyRulesStatusRequest,
  type L4RulesCreateOutcome,
  type L4RuleWaitTarget,
  type OriginGroup,
  type Teo,
  type TeoWriteOutcome,
} from "./teoTypes";
import { waitForL4ProxyRules } from "./teoRuleWaits";

export interface TeoRuleClientDeps {
  clock: Clock;
  waitPolicy: WaitPolicy;
}

/** A filter of DescribeL4ProxyRules (rule-id, rule-tag; at most 20 values each). */
export interface L4RuleListFilters {
  Filters?: Teo.Filter[];
}

/** A filter of DescribeOriginGroup (origin-group-id, origin-group-name). */
export interface OriginGroupListFilters {
  Filters?: Teo.AdvancedFilter[];
}

/** DescribeL4ProxyRules takes up to 1000 a page; DescribeOriginGroup 1–1000. */
const RULE_PAGE_SIZE = 1000;
const ORIGIN_GROUP_PAGE_SIZE = 1000;

/**
 * EdgeOne L4 forwarding rules and the origin groups they may point at (`cloud.teo.rules`). Every call shares the
 * TEO rate limit and retries (InvalidParameter.ActionInProgress, OperationDenied.L4ProxyInProcessStatus, …).
 */
export class TeoRuleClient {
  constructor(
    private readonly client: ServiceClient,
    private readonly deps: TeoRuleClientDeps,
  ) {}

  /** The rules of one L4 proxy, paged (Limit 1000), bounded by MAX_LISTING_ITEMS. */
  list(zoneId: string, proxyId: string, req: L4RuleListFilters = {}, options: CallSignal = {}): AsyncGenerator<Page<L4ProxyRule>> {
    return listing(this.client, { action: "DescribeL4ProxyRules", params: { ...req, ZoneId: zoneId, ProxyId: proxyId }, itemKeys: ["L4ProxyRules"], pageSize: RULE_PAGE_SIZE }, options.signal);
  }

  /** Every rule of one L4 proxy. */
  async listAll(zoneId: string, proxyId: string, options: CallSignal = {}): Promise<L4ProxyRule[]> {
    return collectPages(this.list(zoneId, proxyId, {}, options));
  }

  /** The origin groups of a zone, paged (Limit 1000). */
  listOriginGroups(zoneId: string, req: OriginGroupListFilters = {}, options: CallSignal = {}): AsyncGenerator<Page<OriginGroup>> {
    return listing(this.client, { action: "DescribeOriginGroup", params: { ...req, ZoneId: zoneId }, itemKeys: ["OriginGroups"], pageSize: ORIGIN_GROUP_PAGE_SIZE }, options.signal);
  }

  /**
   * CreateL4ProxyRules has no ClientToken, so it is never sent twice after an ambiguous failure: the proxy's rules
   * are listed and matched on protocol and forwarding ports (unique per proxy). All found: their IDs
   * (`resolvedBy: "lookup"`); none after three looks: ClientError.RulesNotApplied; some, or the lookup failed:
   * ClientError.OutcomeUnknown. Clean refusals (rate limit, "in progress") are still retried.
   */
  async create(req: L4ProxyRulesCreateRequest, options: CallSignal = {}): Promise<L4RulesCreateOutcome> {
    const r = await this.client.call<Teo.CreateL4ProxyRulesResponse | Settled<L4RulesCreateOutcome>>("CreateL4ProxyRules", { ...req, L4ProxyRules: [...req.L4ProxyRules] }, {
      ...options,
      recovery: { instead: async (failure) => settled(await this.lookUpCreated(req, failure, options)) },
    });
    if (isSettled<L4RulesCreateOutcome>(r)) return settledValue(r);
    return { ruleIds: Array.isArray(r.L4ProxyRuleIds) ? r.L4ProxyRuleIds.filter((id) => typeof id === "string") : [], requestId: r.RequestId ?? "", resolvedBy: "response" };
  }

  /** Sending the same modification twice is harmless, so it is resent like any call. */
  async modify(req: L4ProxyRulesModifyRequest, options: CallSignal = {}): Promise<TeoWriteOutcome> {
    return resendableWrite(this.client, "ModifyL4ProxyRules", { ...req, L4ProxyRules: [...req.L4ProxyRules] }, options, async () => false);
  }

  /** Resent like any call; a refusal after an ambiguous attempt is checked against the rules' statuses. */
  async modifyStatus(req: L4ProxyRulesStatusRequest, options: CallSignal = {}): Promise<TeoWriteOutcome> {
    return resendableWrite(this.client, "ModifyL4ProxyRulesStatus", { ...req, RuleIds: [...req.RuleIds] }, options, async () => {
      const wanted = new Set(req.RuleIds);
      const rules = (await this.listAll(req.ZoneId, req.ProxyId, options)).filter((x) => typeof x.RuleId === "string" && wanted.has(x.RuleId));
      return rules.length === wanted.size && rules.every((x) => x.Status === req.Status || x.Status === TEO_HEADING_TO[req.Status]);
    });
  }

  /** A refusal after an ambiguous attempt, with none of the rules still listed, means the first attempt deleted them. */
  async delete(req: L4ProxyRulesDeleteRequest, options: CallSignal = {}): Promise<TeoWriteOutcome> {
    return resendableWrite(this.client, "DeleteL4ProxyRules", { ...req, RuleIds: [...req.RuleIds] }, options, async () => {
      const wanted = new Set(req.RuleIds);
      return !(await this.listAll(req.ZoneId, req.ProxyId, options)).some((x) => typeof x.RuleId === "string" && wanted.has(x.RuleId));
    });
  }

  /**
   * Until every rule is `target` (online, offline, or no longer listed). `fail` (deployment or stop failed) is
   * ClientError.UnexpectedStatus naming the rule; so is a rule missing three looks in a row, or still in the
   * opposite settled status after three looks.
   */
  waitFor(zoneId: string, proxyId: string, ruleIds: readonly string[], target: L4RuleWaitTarget, options: WaitOptions = {}): Promise<L4ProxyRule[]> {
    return waitForL4ProxyRules(this, zoneId, proxyId, ruleIds, target, {
      clock: this.deps.clock,
      policy: { ...this.deps.waitPolicy, ...options.policy },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }

  private async lookUpCreated(req: L4ProxyRulesCreateRequest, failure: ApiError, options: CallSignal): Promise<L4RulesCreateOutcome> {
    const ports = req.L4ProxyRules.map(ruleKey).join("; ");
    const where = { proxyId: req.ProxyId, zoneId: req.ZoneId, ports };
    const found = await lookUpAfterFailure(
      failure,
      where,
      async () => {
        const byKey = new Map<string, string>();
        for (const rule of await this.listAll(req.ZoneId, req.ProxyId, options)) {
          if (typeof rule.RuleId === "string") byKey.set(ruleKey(rule), rule.RuleId);
        }
        const ids = req.L4ProxyRules.map((x) => byKey.get(ruleKey(x)));
        return ids.some((id) => id !== undefined) ? ids : undefined;
      },
      { code: "ClientError.RulesNotApplied", service: "teo" },
      this.deps.clock,
      options.signal,
    );
    const ids = found.filter((id): id is string => id !== undefined);
    if (ids.length < found.length) throw outcomeUnknown(failure, { ...where, found: ids.join(",") });
    return { ruleIds: ids, requestId: "", resolvedBy: "lookup" };
  }
}

/** Protocol and forwarding ports, which no two rules of one proxy share. */
function ruleKey(rule: { Protocol?: string | undefined; PortRange?: readonly string[] | undefined }): string {
  const ports = Array.isArray(rule.PortRange) ? rule.PortRange.filter((p) => typeof p === "string").map((p) => p.replace(/\s+/g, "")) : [];
  return `${String(rule.Protocol ?? "").toUpperCase()} ${ports.sort().join(",")}`;
}
