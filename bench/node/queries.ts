/** 30 realistic directory queries: name and email prefixes as an admin types them. Shared by Node and browser runs. */
export const SEARCH_QUERIES = [
  'ava', 'ben', 'chlo', 'dmitri', 'emma', 'farid', 'grace', 'hugo', 'ines', 'jamal',
  'kenji', 'lena', 'mateo', 'nora', 'omar', 'paula', 'sam', 'priya', 'anders', 'bern',
  'costa', 'garc', 'muller', 'nguyen', 'rossi', 'tanaka', 'ava.and', 'sofia gu', 'partner', 'elodie',
] as const;
