/** Where the chosen language is remembered (index.html's first frame reads it too, before any script). */
export const LANGUAGE_KEY = 'admin-console-lang';
