// The one import of zod in this codebase. Where a `navigator` global exists, zod's compiled parsers are turned off:
// zod would probe `navigator` to decide whether it may use `new Function`, and VS Code's extension host logs that
// probe as an error, while a webview's strict CSP forbids the eval. `in` looks without calling the getter. Plain
// Node (the CLI, the sandbox) keeps the faster compiled parsers.
import { z } from "zod";

z.config({ jitless: "navigator" in globalThis });

export { z };
