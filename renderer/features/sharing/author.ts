/** The user's name, remembered on this computer (localStorage of the app's page) and given to the backend each start. */
const AUTHOR_KEY = 'campaign-planner.author';

export function rememberedAuthor(): string | null {
  try {
    const v = localStorage.getItem(AUTHOR_KEY)?.trim();
    return v ? v : null;
  } catch {
    return null;
  }
}

export function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name);
  } catch {
    // storage may be disabled: the name then lasts for this session
  }
}

/**
 * Whether to ask for a name on first start. Not under automation (navigator.webdriver): every test of
 * every view starts with empty storage, and a modal question would stand in front of all of them.
 */
export function shouldAskAuthor(): boolean {
  return rememberedAuthor() === null && !(typeof navigator !== 'undefined' && navigator.webdriver);
}
