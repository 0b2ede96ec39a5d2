/** A minimal event for the vscode-free model; the VS Code layer bridges it to a `vscode.EventEmitter`. */
export class ModelEvent<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Subscribes; the returned function unsubscribes. */
  on(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }

  clear(): void {
    this.listeners.clear();
  }
}
