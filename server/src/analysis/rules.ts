/** The rule registry: one entry per rule id. Docs, settings and the config schema derive from it. */
import { SeveritySetting } from './types';

export interface RuleMeta {
  id: string;
  defaultSeverity: SeveritySetting;
  description: string;
  /** The rule's page, relative to the package root. */
  docs: string;
}

export const RULES: readonly RuleMeta[] = [
  {
    id: 'page-boilerplate',
    defaultSeverity: 'warning',
    description: 'A line pasted from a web page that is not the article (ads, share links, teasers, bios, cookie notices).',
    docs: 'docs/rules/page-boilerplate.md',
  },
  {
    id: 'unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A direct quotation whose sentence names no speaker with a speech verb, or words quoted in a sentence that another file gives to a named speaker this sentence leaves out.',
    docs: 'docs/rules/unattributed-quote.md',
  },
  {
    id: 'unbalanced-quote',
    defaultSeverity: 'warning',
    description: 'A quotation mark that opens and never closes, or closes what never opened.',
    docs: 'docs/rules/unbalanced-quote.md',
  },
  {
    id: 'quote-differs',
    defaultSeverity: 'warning',
    description: 'A quote whose words differ from the same quote in a source file.',
    docs: 'docs/rules/quote-differs.md',
  },
  {
    id: 'quote-not-in-sources',
    defaultSeverity: 'off',
    description: 'A quote that no other file in the workspace contains.',
    docs: 'docs/rules/quote-not-in-sources.md',
  },
  {
    id: 'claim-conflict',
    defaultSeverity: 'warning',
    description: 'A number, date, weekday, duration or ordinal that disagrees with what other files say about the same thing.',
    docs: 'docs/rules/claim-conflict.md',
  },
  {
    id: 'file-too-large',
    defaultSeverity: 'info',
    description: 'A file over the size limit; it is not analysed so the editor stays responsive.',
    docs: 'docs/rules/file-too-large.md',
  },
];

export const RULE_IDS = RULES.map((r) => r.id);

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id);
}
