/** The longest stem a file name built from outside text gets; with `-999.tcreq.json` it stays far below 255 bytes. */
export const MAX_FILE_STEM = 80;

// Names Windows reserves for devices, whatever the extension (`CON.tcreq.json` opens the console).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)(\.|$)/i;

/**
 * A file name stem made from text the extension does not control (proxy IDs, names, action names from a file):
 * ASCII letters, digits, `.`, `_` and `-` only, every other run of characters one `_`, so no separator, drive,
 * NUL, control or look-alike character survives; no leading dot (never `.`, `..` or a hidden file); at most
 * MAX_FILE_STEM characters; never empty (`fallback` then) and never a Windows device name.
 */
export function safeFileName(text: string, fallback = "request"): string {
  const stem = text
    .slice(0, MAX_FILE_STEM * 4)
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(0, MAX_FILE_STEM)
    .replace(/[._]+$/, "");
  if (stem === "") return fallback;
  return WINDOWS_DEVICE.test(stem) ? `_${stem}` : stem;
}
