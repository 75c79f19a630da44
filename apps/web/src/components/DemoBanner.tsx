import { useIsDemo } from '../api/install';

/**
 * Says on every page of the demo that its people, organisations and records are invented, so that no one
 * takes them (or the published demo password) for a real install.
 */
export function DemoBanner() {
  if (!useIsDemo()) return null;
  return (
    <p className="bg-amber-100 px-4 py-1 text-center text-sm font-semibold text-amber-950" data-testid="demo-banner">
      Demo — fictitious data. Every person, organisation and record here is invented.
    </p>
  );
}
