import type { ZoneRecord } from "../state/sandboxState";

/** Zone as DescribeZones returns it (the fields of teo_models.d.ts Zone, legacy ones included). */
export function zoneInfo(zone: ZoneRecord) {
  const ns = zone.Type === "full";
  return {
    ZoneId: zone.ZoneId,
    ZoneName: zone.ZoneName,
    AliasZoneName: zone.AliasZoneName,
    Area: zone.Area,
    Type: zone.Type,
    Tags: zone.Tags,
    Resources: [
      {
        Id: `edgeone-${zone.ZoneId.slice(5)}`,
        PayMode: 0,
        CreateTime: zone.CreatedOn,
        EnableTime: zone.CreatedOn,
        ExpireTime: "2099-12-31T23:59:59Z",
        Status: "normal",
        Sv: [],
        AutoRenewFlag: 1,
        PlanId: `edgeone-${zone.ZoneId.slice(5)}`,
        Area: zone.Area,
        Group: "plan",
        ZoneNumber: 1,
        Type: "plan",
      },
    ],
    NSDetail: ns
      ? {
          CnameSpeedUp: "enabled",
          IsFake: 0,
          OriginalNameServers: zone.OriginalNameServers,
          NameServers: zone.NameServers,
          VanityNameServers: { Switch: "off", Servers: [] },
          VanityNameServersIps: [],
        }
      : null,
    CNAMEDetail: ns ? null : { IsFake: 0 },
    DNSPodDetail: null,
    CreatedOn: zone.CreatedOn,
    ModifiedOn: zone.ModifiedOn,
    Status: zone.Status,
    CnameStatus: zone.CnameStatus,
    ActiveStatus: zone.ActiveStatus,
    LockStatus: zone.LockStatus,
    Paused: zone.Paused,
    IsFake: 0,
    CnameSpeedUp: "enabled",
    OwnershipVerification: null,
    OriginalNameServers: zone.OriginalNameServers,
    NameServers: zone.NameServers,
    VanityNameServers: null,
    VanityNameServersIps: [],
    WorkModeInfos: [],
  };
}
