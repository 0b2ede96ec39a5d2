/** The shapes of GAAP TCP/UDP listeners and origin (real) servers the client speaks; type-only from the SDK. */
import type * as Gaap from "tencentcloud-sdk-nodejs/tencentcloud/services/gaap/v20180529/gaap_models";

export type GaapListenerProtocol = "TCP" | "UDP";

/** Listener requests name exactly one of a proxy or a connection group ("ProxyId和GroupId必须设置一个，但不能同时设置"). */
export type ListenerScope = { ProxyId: string; GroupId?: undefined } | { GroupId: string; ProxyId?: undefined };

export type TcpListener = Gaap.TCPListener;
export type UdpListener = Gaap.UDPListener;
/** An origin server registered on the account (DescribeRealServers). */
export type AccountRealServer = Gaap.BindRealServerInfo;
/** An origin server a listener could bind (DescribeListenerRealServers.RealServerSet). */
export type BindableRealServer = Gaap.RealServer;
/** An origin server bound to a listener, with its port, weight and health (0 normal, 1 abnormal). */
export type BoundRealServer = Gaap.BindRealServer;
/** Whether an origin server is bound, and to which proxy or group (DescribeRealServersStatus). */
export type RealServerBindStatus = Gaap.RealServerStatus;
export type RealServerBinding = Gaap.RealServerBindSetReq;

/** ListenerStatus (gaap.d.ts TCPListener/UDPListener): 0 running; 1 creating, 2 destroying, 3 origins adjusting, 4 config changing. */
export const LISTENER_STATUS = { running: 0, creating: 1, destroying: 2, originsAdjusting: 3, configChanging: 4 } as const;
export const LISTENER_TRANSITIONAL: ReadonlySet<number> = new Set([1, 2, 3, 4]);

export type ListenerWaitTarget = "running" | "gone";

/** How the client came to know a listener write's result: the answer, or a look after an ambiguous failure. */
export type ListenerResolvedBy = "response" | "lookup";

export interface ListenerWriteOutcome {
  requestId: string;
  resolvedBy: ListenerResolvedBy;
}

export interface ListenerCreateOutcome extends ListenerWriteOutcome {
  /** One per port, in the order of the answer (or of `Ports` when found by lookup). */
  listenerIds: string[];
}

export interface DeleteListenersOutcome extends ListenerWriteOutcome {
  succeeded: string[];
  failed: string[];
  /** Not found, or not on the given proxy/group. */
  invalidStatus: string[];
}

export interface AddRealServersOutcome extends ListenerWriteOutcome {
  realServers: Gaap.NewRealServer[];
}

export interface ListenerRealServers {
  bound: BoundRealServer[];
  bindable: BindableRealServer[];
  /** What the API says (BindRealServerTotalCount, TotalCount); the lists hold what it returned. */
  boundTotal: number;
  bindableTotal: number;
}

export type CreateTcpListenersRequest = Gaap.CreateTCPListenersRequest;
export type CreateUdpListenersRequest = Gaap.CreateUDPListenersRequest;
export type ModifyTcpListenerRequest = Gaap.ModifyTCPListenerAttributeRequest;
export type ModifyUdpListenerRequest = Gaap.ModifyUDPListenerAttributeRequest;
export type DeleteListenersRequest = Gaap.DeleteListenersRequest;
export type AddRealServersRequest = Gaap.AddRealServersRequest;
export type RemoveRealServersRequest = Gaap.RemoveRealServersRequest;
export type BindListenerRealServersRequest = Gaap.BindListenerRealServersRequest;
