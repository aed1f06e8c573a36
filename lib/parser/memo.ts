/**
 * A pure string function remembered for the strings it has seen. The parser
 * asks the same small questions of one heading or paragraph many times over
 * (is it a question, its cleaned title, its label form); the profile showed
 * each at about 1 % of a corpus parse. The memory is dropped whole once it
 * holds `limit` strings, so it never grows with the notes parsed.
 */
export function remembered<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  let seen = new Map<string, T>();
  return (text: string) => {
    const hit = seen.get(text);
    if (hit !== undefined || seen.has(text)) return hit as T;
    const value = fn(text);
    if (seen.size >= limit) seen = new Map();
    seen.set(text, value);
    return value;
  };
}
