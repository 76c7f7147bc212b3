import { useEffect } from 'react';

/** Each page names itself in the window title, which screen readers announce on navigation. */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · claimgraph` : 'claimgraph';
  }, [title]);
}
