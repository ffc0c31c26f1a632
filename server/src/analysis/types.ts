/** Protocol-free data shared by the analysis, the server and the CLI. Offsets are UTF-16 code units. */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

/** A text edit: replace [start, end) of the file with newText. */
export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Fixes that are safe to apply in bulk (fix-all, `copydesk check --fix`). */
  fixAll?: boolean;
}

/** A place in another file (or this one) that explains a finding. */
export interface RelatedLocation {
  file: string;
  /** 0-based line in that file. */
  line: number;
  start: number;
  end: number;
  message: string;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  /** Markdown shown on hover: why the finding fired and what was compared. */
  detail: string;
  related: RelatedLocation[];
  fixes: Fix[];
}
