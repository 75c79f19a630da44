import type { FieldIssue } from '@modality/domain';
import type { z } from 'zod';
import { formatPath } from './field-path.js';

/**
 * Turns zod issues into one {@link FieldIssue} per bad field. An unknown key becomes an issue on that key's
 * own path, so a typo (`earnedon`) is named where it stands.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
      }
    } else {
      out.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return out;
}
