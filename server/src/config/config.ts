/**
 * Project configuration: `.copydesk.json`, found by walking up from a file's folder. The same file
 * serves the extension and the CLI; VS Code settings override it per user. Config is data (JSON),
 * never code, so untrusted workspaces are safe. A broken file gives one clear error naming the
 * file and key, and the defaults stay in force.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../analysis/rules';
import { SeveritySetting } from '../analysis/types';
import { matchesAny } from './glob';

export const CONFIG_FILE = '.copydesk.json';

export interface CopydeskConfig {
  files: string[];
  exclude: string[];
  rules: Record<string, SeveritySetting>;
  /** Which files are sources for which: glob of drafts -> globs of their sources. Default: every file for every other. */
  sources: Record<string, string[]>;
  boilerplatePhrases: string[];
  speechVerbs: string[];
  /** Names and terms never flagged: "Boeing 737", "Fifth Avenue", a column called "Read More". */
  allowedTerms: string[];
  maxFileChars: number;
}

export const DEFAULT_CONFIG: CopydeskConfig = {
  files: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/requirements*.txt', '**/LICENSE*', '**/CMakeLists.txt', '**/robots.txt', '**/*.min.txt'],
  rules: {},
  sources: {},
  boilerplatePhrases: [],
  speechVerbs: [],
  allowedTerms: [],
  maxFileChars: 2_000_000,
};

const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'];

export interface LoadedConfig {
  config: CopydeskConfig;
  /** Folder the config applies to (where .copydesk.json is, or the start folder). */
  root: string;
  file?: string;
  errors: string[];
}

/** Validate raw JSON into a config; unknown or bad keys are reported and ignored. */
export function validateConfig(raw: unknown, where: string): { config: CopydeskConfig; errors: string[] } {
  const errors: string[] = [];
  const config: CopydeskConfig = { ...DEFAULT_CONFIG, rules: {}, sources: {} };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config, errors: [`${where}: the file must hold a JSON object`] };
  const obj = raw as Record<string, unknown>;
  const strings = (key: string, v: unknown): string[] | undefined => {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    errors.push(`${where}: "${key}" must be a list of strings`);
    return undefined;
  };
  for (const [key, v] of Object.entries(obj)) {
    switch (key) {
      case '$schema':
        break;
      case 'files':
      case 'exclude':
      case 'boilerplatePhrases':
      case 'speechVerbs':
      case 'allowedTerms': {
        const list = strings(key, v);
        if (list) (config as unknown as Record<string, string[]>)[key] = key === 'exclude' ? [...DEFAULT_CONFIG.exclude, ...list] : list;
        break;
      }
      case 'maxFileChars':
        if (typeof v === 'number' && v > 0) config.maxFileChars = v;
        else errors.push(`${where}: "maxFileChars" must be a positive number`);
        break;
      case 'rules':
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          errors.push(`${where}: "rules" must be an object of rule id to severity`);
          break;
        }
        for (const [rule, sev] of Object.entries(v)) {
          if (!RULE_IDS.includes(rule)) errors.push(`${where}: "rules.${rule}" is not a Copydesk rule (known: ${RULE_IDS.join(', ')})`);
          else if (typeof sev !== 'string' || !SEVERITIES.includes(sev)) errors.push(`${where}: "rules.${rule}" must be one of ${SEVERITIES.join('|')}`);
          else config.rules[rule] = sev as SeveritySetting;
        }
        break;
      case 'sources':
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          errors.push(`${where}: "sources" must map a glob of drafts to a list of source globs`);
          break;
        }
        for (const [glob, list] of Object.entries(v)) {
          const l = strings(`sources.${glob}`, list);
          if (l) config.sources[glob] = l;
        }
        break;
      default:
        errors.push(`${where}: unknown key "${key}"`);
    }
  }
  return { config, errors };
}

/** Find and read the nearest .copydesk.json at or above `dir`. */
export function loadConfig(dir: string, stopAt?: string): LoadedConfig {
  let d = path.resolve(dir);
  for (;;) {
    const candidate = path.join(d, CONFIG_FILE);
    if (fs.existsSync(candidate)) return readConfigFile(candidate);
    const parent = path.dirname(d);
    if (parent === d || (stopAt && path.resolve(d) === path.resolve(stopAt))) break;
    d = parent;
  }
  return { config: DEFAULT_CONFIG, root: path.resolve(stopAt ?? dir), errors: [] };
}

export function readConfigFile(file: string): LoadedConfig {
  const root = path.dirname(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: DEFAULT_CONFIG, root, file, errors: [`${file}: cannot be read (${(e as Error).message}); defaults in force`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { config: DEFAULT_CONFIG, root, file, errors: [`${file}: not valid JSON (${(e as Error).message}); defaults in force`] };
  }
  const { config, errors } = validateConfig(raw, file);
  return { config, root, file, errors };
}

/** Relative path with forward slashes, for glob matching. */
export function relPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export function isArticleFile(loaded: LoadedConfig, file: string): boolean {
  const rel = relPath(loaded.root, file);
  if (rel.startsWith('..')) return matchesAny(path.basename(file), loaded.config.files) && !matchesAny(path.basename(file), loaded.config.exclude);
  return matchesAny(rel, loaded.config.files) && !matchesAny(rel, loaded.config.exclude);
}

/** Source relation from config: by default every file is a source for every other. */
export function sourcePredicate(loaded: LoadedConfig): (file: string, other: string) => boolean {
  const entries = Object.entries(loaded.config.sources);
  if (entries.length === 0) return () => true;
  return (file, other) => {
    const rel = relPath(loaded.root, file);
    const relOther = relPath(loaded.root, other);
    const rule = entries.find(([draft]) => matchesAny(rel, [draft]));
    return rule ? matchesAny(relOther, rule[1]) : true;
  };
}
