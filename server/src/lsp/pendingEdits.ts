// Coalesces edits of open documents: a burst of keystrokes is parsed once, after a short pause, and any
// request first applies what is pending, so answers always match the editor's text.
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** How long typing may pause before an edit is parsed. */
const EDIT_DEBOUNCE_MS = 60;

export class PendingEdits {
  private readonly pending = new Map<string, TextDocument>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly apply: (document: TextDocument) => void) {}

  /** Parses the document after the pause (or at the next request, whichever comes first). */
  schedule(document: TextDocument): void {
    this.pending.set(document.uri, document);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), EDIT_DEBOUNCE_MS);
  }

  /** Forgets a pending edit (the document was closed). */
  cancel(uri: string): void {
    this.pending.delete(uri);
  }

  /** Applies every pending edit now. Cheap when nothing is pending. */
  flush(): void {
    if (this.pending.size === 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const documents = [...this.pending.values()];
    this.pending.clear();
    for (const document of documents) this.apply(document);
  }
}
