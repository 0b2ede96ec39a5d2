// Just enough of the `vscode` module for an extension's activate() to run under plain Node: the members activation
// reads get plausible values (no folders, default settings, English), everything else is an inert stub that
// returns more stubs. The one output channel records its lines, so the extension's own "Activated in" is read back.

type Listener = (e: unknown) => unknown;

class EventEmitter<T> {
  private listeners: Listener[] = [];
  readonly event = (listener: Listener) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly fn: () => void = () => {}) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

/** Diagnostics cancel live checks through these: a token that is never cancelled, and its source. */
class CancellationTokenSource {
  readonly token = { isCancellationRequested: false, onCancellationRequested: new EventEmitter<void>().event };
  cancel(): void {}
  dispose(): void {}
}

/** A function-shaped object whose every property, call and construction is another stub; never a thenable. */
function stub(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  return new Proxy(function () {}, {
    get(_t, p) {
      if (p === "then") return undefined;
      if (p === Symbol.iterator) return function* () {};
      if (p === Symbol.toPrimitive) return () => name;
      if (p === "toString" || p === "toJSON") return () => name;
      if (!cache.has(p)) cache.set(p, stub(`${name}.${String(p)}`));
      return cache.get(p);
    },
    // Assignments (item.name = ..., item.text = ...) are kept and read back, never refused.
    set(_t, p, value) {
      cache.set(p, value);
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

/**
 * A real class (so that `class X extends vscode.TreeItem` works and instances are plain objects) whose missing
 * static members are stubs (`vscode.ThemeIcon.File`, `vscode.DiagnosticSeverity.Error`).
 */
function stubClass(name: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const cls = { [name]: class {} }[name]!;
  return new Proxy(cls, {
    get(target, p, receiver) {
      if (p in target) return Reflect.get(target, p, receiver);
      if (!cache.has(p)) cache.set(p, stub(`${name}.${String(p)}`));
      return cache.get(p);
    },
  });
}

/** Fills `{0}`-style placeholders as vscode.l10n.t does. */
const format = (message: string, args: unknown[]) => message.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));

export interface StubVscode {
  module: unknown;
  /** Every line written to an output channel, in order. */
  lines: string[];
}

export interface StubOptions {
  /** A request file (*.tcreq.json) is open beside the plain JSON file. */
  requestFileOpen?: boolean;
}

export function stubVscode(options: StubOptions = {}): StubVscode {
  const lines: string[] = [];
  const channel = (name: string) => {
    const write = (level: string) => (message: string) => void lines.push(`[${level}] ${message}`);
    return {
      name,
      logLevel: 2,
      onDidChangeLogLevel: new EventEmitter().event,
      trace: write("trace"),
      debug: write("debug"),
      info: write("info"),
      warn: write("warn"),
      error: (e: unknown) => void lines.push(`[error] ${e instanceof Error ? e.message : String(e)}`),
      append: write("append"),
      appendLine: write("line"),
      replace: () => {},
      clear: () => {},
      show: () => {},
      hide: () => {},
      dispose: () => {},
    };
  };
  const configuration = { get: (_key: string, fallback?: unknown) => fallback, has: () => false, inspect: () => undefined, update: async () => {} };
  const uri = (fsPath: string) => ({ scheme: "file", fsPath, path: fsPath, toString: () => `file://${fsPath}`, with: () => uri(fsPath) });
  const jsonDocument = (fsPath: string, text: string) => ({ uri: uri(fsPath), fileName: fsPath, languageId: "json", getText: () => text, version: 1, lineCount: 1, isUntitled: false });
  const overrides: Record<string, Record<string, unknown>> = {
    l10n: { t: (message: string | { message: string }, ...args: unknown[]) => format(typeof message === "string" ? message : message.message, args), bundle: undefined, uri: undefined },
    window: {
      createOutputChannel: channel,
      activeTextEditor: undefined,
      visibleTextEditors: [],
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      // A view that is not on screen, and no editor tabs: what a window with one plain JSON file open shows.
      createTreeView: () => ({ visible: false, onDidChangeVisibility: new EventEmitter().event, onDidChangeSelection: new EventEmitter().event, reveal: async () => {}, dispose: () => {} }),
      tabGroups: { all: [], onDidChangeTabs: new EventEmitter().event, onDidChangeTabGroups: new EventEmitter().event },
    },
    workspace: {
      getConfiguration: () => configuration,
      workspaceFolders: undefined,
      // One plain JSON file open (a package.json): the activation the extension gets on "onLanguage:json".
      textDocuments: [jsonDocument("/workspace/package.json", "{}\n"), ...(options.requestFileOpen ? [jsonDocument("/workspace/list.tcreq.json", '{ "Action": "DescribeProxies" }\n')] : [])],
      isTrusted: true,
      fs: stub("workspace.fs"),
    },
    env: { language: "en", appName: "stub", uiKind: 1, machineId: "stub", sessionId: "stub" },
    commands: { executeCommand: async () => undefined },
    Uri: { file: uri, parse: (s: string) => uri(s.replace(/^file:\/\//, "")), joinPath: (base: { fsPath: string }, ...parts: string[]) => uri([base.fsPath, ...parts].join("/")) },
  };
  const base = stub("vscode") as Record<PropertyKey, unknown>;
  const namespaces = new Map<string, unknown>();
  const classes = new Map<string, unknown>();
  // Members are looked up through the prototype: esbuild's __toESM copies a module's own keys onto a new object
  // whose prototype is the module's, so lookups on the copy still reach these traps.
  const lookup = new Proxy(
    {},
    {
      get(_t, p) {
        if (p === "EventEmitter") return EventEmitter;
        if (p === "Disposable") return Disposable;
        if (p === "CancellationTokenSource") return CancellationTokenSource;
        if (p === "__esModule") return false;
        if (p === "default") return undefined;
        if (typeof p === "string" && overrides[p]) {
          if (!namespaces.has(p)) {
            const fallback = base[p] as Record<PropertyKey, unknown>;
            const own = overrides[p]!;
            namespaces.set(p, new Proxy({}, { get: (_u, q) => (typeof q === "string" && q in own ? own[q] : fallback[q]) }));
          }
          return namespaces.get(p);
        }
        if (typeof p === "string" && /^[A-Z]/.test(p)) {
          if (!classes.has(p)) classes.set(p, stubClass(p));
          return classes.get(p);
        }
        return base[p];
      },
    },
  );
  return { module: Object.create(lookup) as unknown, lines };
}

/** An ExtensionContext with nothing stored: what a first activation sees. */
export function fakeContext(extensionPath: string, packageJSON: unknown): Record<string, unknown> {
  const memento = () => {
    const data = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (data.has(k) ? data.get(k) : d), update: async (k: string, v: unknown) => void data.set(k, v), keys: () => [...data.keys()], setKeysForSync: () => {} };
  };
  const uri = (fsPath: string) => ({ scheme: "file", fsPath, path: fsPath, toString: () => `file://${fsPath}` });
  return {
    subscriptions: [] as { dispose(): unknown }[],
    extensionPath,
    extensionUri: uri(extensionPath),
    extension: { id: "tcaccel.tencent-cloud-acceleration", extensionPath, extensionUri: uri(extensionPath), packageJSON, isActive: false },
    extensionMode: 1,
    globalState: memento(),
    workspaceState: memento(),
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: new EventEmitter().event },
    environmentVariableCollection: stub("environmentVariableCollection"),
    storageUri: undefined,
    globalStorageUri: uri("/tmp/tcaccel-bench-global"),
    logUri: uri("/tmp/tcaccel-bench-log"),
    asAbsolutePath: (p: string) => `${extensionPath}/${p}`,
  };
}
