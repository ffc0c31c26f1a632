/** The rule registry: one entry per rule id. Docs, settings and the config schema derive from it. */
import { SeveritySetting } from './types';

export interface RuleMeta {
  id: string;
  defaultSeverity: SeveritySetting;
  description: string;
  /** Anchor of the rule's section in README.md. */
  docs: string;
}

export const RULES: readonly RuleMeta[] = [
  {
    id: 'page-boilerplate',
    defaultSeverity: 'warning',
    description: 'A line pasted from a web page that is not the article (ads, share links, teasers, bios, cookie notices).',
    docs: 'page-boilerplate',
  },
  {
    id: 'unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A direct quotation whose sentence names no speaker with a speech verb.',
    docs: 'unattributed-quote',
  },
  {
    id: 'unbalanced-quote',
    defaultSeverity: 'warning',
    description: 'A quotation mark that opens and never closes, or closes what never opened.',
    docs: 'unbalanced-quote',
  },
  {
    id: 'quote-differs',
    defaultSeverity: 'warning',
    description: 'A quote whose words differ from the same quote in a source file.',
    docs: 'quote-differs',
  },
  {
    id: 'quote-not-in-sources',
    defaultSeverity: 'off',
    description: 'A quote that no other file in the workspace contains.',
    docs: 'quote-not-in-sources',
  },
  {
    id: 'claim-conflict',
    defaultSeverity: 'warning',
    description: 'A number, date, weekday, duration or ordinal that disagrees with what other files say about the same thing.',
    docs: 'claim-conflict',
  },
  {
    id: 'file-too-large',
    defaultSeverity: 'info',
    description: 'A file over the size limit; it is not analysed so the editor stays responsive.',
    docs: 'file-too-large',
  },
];

export const RULE_IDS = RULES.map((r) => r.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id);
}
