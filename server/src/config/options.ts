/** Turning a config into the analysis library's options. */
import { AnalyzeOptions, CheckOptions } from '../analysis/index';
import { CopydeskConfig, LoadedConfig, sourcePredicate } from './config';

export function analyzeOptions(config: CopydeskConfig): AnalyzeOptions {
  return { extraBoilerplatePhrases: config.boilerplatePhrases, extraSpeechVerbs: config.speechVerbs, allowedTerms: config.allowedTerms, maxChars: config.maxFileChars };
}

export function checkOptions(loaded: LoadedConfig, display: (f: string) => string, overrides: CheckOptions['severity'] = {}): CheckOptions {
  return { severity: { ...loaded.config.rules, ...overrides }, isSource: sourcePredicate(loaded), display };
}
