import * as vscode from "vscode";
import type { Logger } from "../../core/logger";

/** The extension's one LogOutputChannel, with a Logger per component that tags its lines. */
export class ExtensionLog implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel("Tencent Cloud Acceleration", { log: true });

  for(component: string): Logger {
    const tag = (m: string) => `[${component}] ${m}`;
    return {
      debug: (m, ...data) => this.channel.debug(tag(m), ...data),
      info: (m, ...data) => this.channel.info(tag(m), ...data),
      warn: (m, ...data) => this.channel.warn(tag(m), ...data),
      error: (m, ...data) => this.channel.error(tag(m), ...data),
    };
  }

  dispose(): void {
    this.channel.dispose();
  }
}
