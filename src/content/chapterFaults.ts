/**
 * What goes wrong in a chapter, collected while it renders. In a reviewed chapter every fault
 * stops the build, listed with file, line and column. In a draft (a chapter carried over to a new
 * round and not yet reviewed) a fault does not stop the build: the place is shown to the reader
 * as a marker, so a draft never prints a number it cannot bind or a statement the data
 * contradicts, and the fault is listed as a warning for the editor.
 */
import type { Parent, RootContent } from 'mdast';

interface Located {
  position?: { start: { line: number; column: number } };
  data?: unknown;
}

export class ChapterFaults {
  readonly faults: string[] = [];
  readonly warnings: string[] = [];

  constructor(
    readonly file: string,
    readonly draft: boolean,
  ) {}

  where(node: Located): string {
    return `${this.file}:${node.position?.start.line ?? 0}:${node.position?.start.column ?? 0}`;
  }

  /**
   * A fault at an inline directive; in a draft the directive prints `marker` instead.
   * @param detail what the marker's tooltip says (the fault in full)
   */
  inline(node: Located, message: string, marker: string): void {
    this.record(node, message);
    if (this.draft) node.data = markerData(marker, message);
  }

  /** A fault at a block (a table or figure); in a draft the block becomes a marked paragraph. */
  block(node: Located & RootContent, parent: Parent, message: string, marker: string): void {
    this.record(node, message);
    if (!this.draft) return;
    const index = parent.children.indexOf(node as never);
    parent.children.splice(index, 1, { type: 'paragraph', children: [], data: markerData(marker, message) });
  }

  private record(node: Located, message: string): void {
    (this.draft ? this.warnings : this.faults).push(`${this.where(node)}: ${message}`);
  }
}

function markerData(marker: string, message: string) {
  return {
    hName: 'mark',
    hProperties: { className: ['draft-marker'], title: message },
    hChildren: [{ type: 'text' as const, value: `[${marker}]` }],
  };
}
