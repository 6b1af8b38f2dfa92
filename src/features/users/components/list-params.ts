import { useSearchParams } from 'react-router';
import type { UsersListParams } from '@/api/query-keys';

export const PAGE_SIZES = [20, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 20;

/** Search, page and page size live in the URL (`?q=&page=&pageSize=`), so a link reproduces the list. */
export function useListParams(): [UsersListParams, (next: Partial<UsersListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const size = Number(search.get('pageSize'));
  const params: UsersListParams = {
    q: (search.get('q') ?? '').trim(),
    page: Math.max(1, Math.floor(Number(search.get('page'))) || 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
  const update = (next: Partial<UsersListParams>) => {
    const merged = { ...params, ...next };
    const out = new URLSearchParams(search);
    const set = (k: string, v: string | number, dflt: string | number) =>
      v === dflt || v === '' ? out.delete(k) : out.set(k, String(v));
    set('q', merged.q, '');
    set('page', merged.page, 1);
    set('pageSize', merged.pageSize, DEFAULT_PAGE_SIZE);
    // Paging adds a history entry (Back returns to the previous page); searching replaces it.
    setSearch(out, { replace: next.q !== undefined || next.page === undefined });
  };
  return [params, update];
}
