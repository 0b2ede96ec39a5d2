import * as path from "node:path";
import { buildVsix } from "./buildVsix";
import { e2ePaths } from "./e2ePaths";
import { readExtensionManifest } from "./extensionManifest";
import { ensurePrerequisites, type Prerequisites } from "./prerequisites";

/** What every flow needs; the runner passes it in the environment so that the VSIX is built once per run. */
export interface FlowEnvironment {
  prerequisites: Prerequisites;
  vsix: string;
}

const flowEnvironmentVariables = {
  prerequisites: "TCACCEL_E2E_PREREQUISITES",
  vsix: "TCACCEL_E2E_VSIX",
} as const;

/** Where the runner writes the VSIX it tests (kept with the screenshots). */
export function testedVsixPath(): string {
  const manifest = readExtensionManifest();
  return path.join(e2ePaths.outputDir, `${manifest.id.split(".")[1]}-${manifest.version}.vsix`);
}

export function encodeFlowEnvironment(env: FlowEnvironment): Record<string, string> {
  return {
    [flowEnvironmentVariables.prerequisites]: JSON.stringify(env.prerequisites),
    [flowEnvironmentVariables.vsix]: env.vsix,
  };
}

let cached: Promise<FlowEnvironment> | undefined;

/**
 * From the runner's environment, or, when a flow file is run on its own (`node out/test/e2e/flows/tree.flow.js`),
 * by installing what is missing and building the VSIX itself.
 */
export function flowEnvironment(): Promise<FlowEnvironment> {
  cached ??= (async () => {
    const encoded = process.env[flowEnvironmentVariables.prerequisites];
    const vsix = process.env[flowEnvironmentVariables.vsix];
    if (encoded && vsix) return { prerequisites: JSON.parse(encoded) as Prerequisites, vsix };
    const [prerequisites, built] = await Promise.all([ensurePrerequisites(), buildVsix(testedVsixPath())]);
    return { prerequisites, vsix: built.file };
  })();
  return cached;
}
