import { useMemo } from 'react';
import { useCatalogue } from '../api/catalogue';
import { displayNames, type DisplayNames } from './display-names';

/** The display names of today's catalogue (codes stand for themselves until it has loaded). */
export function useDisplayNames(): DisplayNames {
  const catalogue = useCatalogue();
  return useMemo(() => displayNames(catalogue), [catalogue]);
}
