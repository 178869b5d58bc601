/** Hashtags as people type them ('#winter, 冬季穿搭  #qa') into the words the plan keeps (without #, no repeats). */
export function parseHashtags(text: string): string[] {
  const words = text.split(/[\s,，、#＃]+/).filter(Boolean);
  return [...new Set(words)];
}
