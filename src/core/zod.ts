// The one import of zod in this codebase; import it as `import * as z from ".../core/zod"` so esbuild can drop
// what is not used (zod's `z` object re-export cannot be tree-shaken). Where a `navigator` global exists, zod's
// compiled parsers are turned off: zod would probe `navigator` to decide whether it may use `new Function`, and VS
// Code's extension host logs that probe as an error, while a webview's strict CSP forbids the eval. `in` looks
// without calling the getter. Plain Node (the CLI, the sandbox) keeps the faster compiled parsers.
import { config } from "zod";

config({ jitless: "navigator" in globalThis });

export * from "zod";
