import * as vscode from 'vscode';
import type { OffsetRange } from '../core/types';

/**
 * Offsets to positions for a text that is not open in an editor, counting line breaks as VS Code
 * does (`\r\n`, `\n` or a lone `\r`), so that a closed file's diagnostics land where
 * `TextDocument.positionAt` would put them once it opens.
 */
export class TextPositions {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(index + 1) === 10) index++;
        this.starts.push(index + 1);
      } else if (code === 10 /* \n */) this.starts.push(index + 1);
    }
  }

  positionAt(offset: number): vscode.Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    // An offset between \r and \n belongs to the end of the line, as in VS Code.
    const lineEnd =
      low + 1 < this.starts.length
        ? this.starts[low + 1] - lineBreakLength(this.text, this.starts[low + 1])
        : this.text.length;
    return new vscode.Position(low, Math.min(clamped, lineEnd) - this.starts[low]);
  }
}

function lineBreakLength(text: string, nextLineStart: number): number {
  return text.charCodeAt(nextLineStart - 1) === 10 && text.charCodeAt(nextLineStart - 2) === 13 ? 2 : 1;
}

/** Converts positions for one file: the open document's own when there is one. */
export interface PositionSource {
  positionAt(offset: number): vscode.Position;
}

export function toRange(source: PositionSource, range: OffsetRange): vscode.Range {
  return new vscode.Range(source.positionAt(range.start), source.positionAt(range.end));
}
