// The route in the URL's hash as React state: reading it, following the browser's back/forward,
// and navigating (which writes the hash, so every place in the app has an address).
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

export function useHashRoute(): [Route | undefined, (route: Route, options?: { replace?: boolean }) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const hash = formatRoute(next);
    if (hash !== window.location.hash) {
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setRoute(next);
  }, []);
  return [route, navigate];
}
