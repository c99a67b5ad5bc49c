import { Lang, parseAsync, registerDynamicLanguage, type SgRoot } from '@ast-grep/napi';
import python from '@ast-grep/lang-python';
import type { Language } from './model.js';

let pythonRegistered = false;

function ensureLanguages(): void {
  if (pythonRegistered) return;
  registerDynamicLanguage({ python });
  pythonRegistered = true;
}

const NAPI_LANG: Record<Language, string> = {
  typescript: Lang.TypeScript,
  tsx: Lang.Tsx,
  // The TSX grammar is a superset that also reads JSX in .js files.
  javascript: Lang.Tsx,
  python: 'python',
};

/** The ast-grep language name for a language, for pattern rules. */
export function napiLanguage(language: Language): string {
  ensureLanguages();
  return NAPI_LANG[language];
}

/**
 * Parses one file on libuv's thread pool. The engine keeps a bounded number in flight so
 * both cores parse while the main thread extracts from trees already parsed.
 */
export async function parseSource(language: Language, text: string): Promise<SgRoot> {
  ensureLanguages();
  return parseAsync(NAPI_LANG[language], text);
}
