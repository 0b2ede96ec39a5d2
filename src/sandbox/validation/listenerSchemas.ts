import * as z from "../../core/zod";
import { filters, flagParam, idList, intParam, tagSet } from "./paramSchemas";

// Parameters of the GAAP listener and origin-server actions (gaap_models.d.ts), as the sandbox's own schemas: the
// ranges the field comments document. Cross-field rules (ConnectTimeout below DelayLoop, DOMAIN with wrr, …) are
// checked by the handlers with the API's codes.

const port = () => intParam(1, 65535);
const owner = { ProxyId: z.string().optional(), GroupId: z.string().optional() };
const scheduler = () => z.enum(["rr", "wrr", "lc", "lrtt"]);
const realServerType = () => z.enum(["IP", "DOMAIN"]);
const listenerName = () => z.string().max(30);
const health = {
  DelayLoop: intParam(5, 300).optional(),
  ConnectTimeout: intParam(2, 60).optional(),
  HealthyThreshold: intParam(1, 10).optional(),
  UnhealthyThreshold: intParam(1, 10).optional(),
  FailoverSwitch: flagParam().optional(),
};
const udpCheck = {
  CheckType: z.enum(["PORT", "PING"]).optional(),
  CheckPort: port().optional(),
  ContextType: z.enum(["TEXT"]).optional(),
  SendContext: z.string().max(500).optional(),
  RecvContext: z.string().max(500).optional(),
};

export const describeListenersParams = z.strictObject({
  ...owner,
  ListenerId: z.string().optional(),
  ListenerName: z.string().optional(),
  Port: port().optional(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 100).optional(),
  SearchValue: z.string().max(100).optional(),
});

// Ports are bounded here only so that the handler can answer OperateLimitNumofListener for a batch that is too big.
const ports = () => z.array(port()).min(1).max(1000);

export const createTCPListenersParams = z.strictObject({
  ListenerName: listenerName(),
  Ports: ports(),
  Scheduler: scheduler(),
  HealthCheck: flagParam(),
  RealServerType: realServerType(),
  ...owner,
  ...health,
  RealServerPorts: ports().optional(),
  ClientIPMethod: flagParam().optional(),
});

export const createUDPListenersParams = z.strictObject({
  ListenerName: listenerName(),
  Ports: ports(),
  Scheduler: scheduler(),
  RealServerType: realServerType(),
  ...owner,
  RealServerPorts: ports().optional(),
  ...health,
  HealthCheck: flagParam().optional(),
  ...udpCheck,
});

export const modifyTCPListenerParams = z.strictObject({
  ListenerId: z.string(),
  ...owner,
  ListenerName: listenerName().optional(),
  Scheduler: scheduler().optional(),
  ...health,
  HealthCheck: flagParam().optional(),
});

export const modifyUDPListenerParams = z.strictObject({
  ListenerId: z.string(),
  ...owner,
  ListenerName: listenerName().optional(),
  Scheduler: scheduler().optional(),
  ...health,
  HealthCheck: flagParam().optional(),
  ...udpCheck,
});

export const deleteListenersParams = z.strictObject({ ListenerIds: idList().min(1), Force: flagParam(), ...owner });

export const describeRealServersParams = z.strictObject({
  ProjectId: intParam(-1),
  SearchValue: z.string().max(255).optional(),
  Offset: intParam(0).optional(),
  Limit: intParam(0, 50).optional(),
  TagSet: tagSet(5).optional(),
  Filters: filters(10, 5).optional(),
});

export const addRealServersParams = z.strictObject({
  ProjectId: intParam(0),
  RealServerIP: z.array(z.string().max(255)).min(1).max(100),
  RealServerName: z.string().max(60),
  TagSet: tagSet(50).optional(),
});

export const realServerIdsParams = z.strictObject({ RealServerIds: idList().min(1) });

export const bindListenerRealServersParams = z.strictObject({
  ListenerId: z.string(),
  // Up to 1000 entries are read, so that more than a listener's 100 is answered LimitRealServerNum, not a shape error.
  RealServerBindSet: z
    .array(
      z.strictObject({
        RealServerId: z.string(),
        RealServerPort: port(),
        RealServerIP: z.string(),
        RealServerWeight: intParam(1, 100).optional(),
        RealServerFailoverRole: z.enum(["master", "slave"]).optional(),
      }),
    )
    .max(1000)
    .optional(),
});

export const describeListenerRealServersParams = z.strictObject({ ListenerId: z.string() });
