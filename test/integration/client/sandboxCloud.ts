import { createCloud, type Cloud, type CloudOptions } from "../../../src/core/client/createCloud";
import { startSandbox, type Sandbox } from "../../../src/sandbox/index";

type SandboxOptions = NonNullable<Parameters<typeof startSandbox>[0]>;

export interface SandboxCloud {
  sandbox: Sandbox;
  cloud: Cloud;
  close(): Promise<void>;
}

/** A sandbox on a free loopback port and a cloud client pointed at it with the sandbox's own keys. */
export async function sandboxCloud(sandboxOptions: SandboxOptions, cloudOptions: Partial<CloudOptions> = {}): Promise<SandboxCloud> {
  const sandbox = await startSandbox({ port: 0, log: () => {}, ...sandboxOptions });
  const cloud = createCloud({
    credential: { secretId: sandbox.secretId, secretKey: sandbox.secretKey },
    endpoint: { kind: "sandbox", host: sandbox.endpoint },
    ...cloudOptions,
  });
  return {
    sandbox,
    cloud,
    close: async () => {
      cloud.close();
      await sandbox.close();
    },
  };
}

/** Prints a figure the issue asks to see, in a form easy to grep from `npm test` output. */
export const figure = (name: string, value: string | number): void => console.log(`    [figure] ${name}: ${value}`);
