// The one import of zod in this codebase. `jitless` keeps zod from compiling parsers with `new Function` and from
// probing `navigator` to see whether it may: VS Code's extension host logs that probe as an error, and a webview's
// strict CSP forbids the eval. Our schemas are small; the interpreted parser is fast enough.
import { z } from "zod";

z.config({ jitless: true });

export { z };
