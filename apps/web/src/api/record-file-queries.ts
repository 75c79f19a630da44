import { recordFileListSchema, recordFileSchema, type RecordFile } from '@modality/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest, apiUrl } from './client';

export type { RecordFile };
/** Which entry a file is kept for (the upload's query, less the name). */
export type RecordFileSubject = RecordFile['subject'];

const filesKey = (personId: string) => ['record-files', personId] as const;
const filesPath = (personId: string) => `/v1/people/${encodeURIComponent(personId)}/files`;

/** `GET /people/{id}/files`: the certificates and cards kept on a record. */
export function useRecordFiles(personId: string) {
  return useQuery({
    queryKey: filesKey(personId),
    queryFn: ({ signal }) => apiRequest(filesPath(personId), recordFileListSchema, { signal }),
  });
}

/** The download address of one file (a plain link: the browser saves it). */
export function recordFileUrl(personId: string, fileId: string): string {
  return apiUrl(`${filesPath(personId)}/${encodeURIComponent(fileId)}`);
}

/** `POST /people/{id}/files?…` with the file as the body; the server tells its type from its bytes. */
export function useUploadRecordFile(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, subject }: { file: File; subject: RecordFileSubject }) =>
      apiRequest(filesPath(personId), recordFileSchema, {
        method: 'POST',
        body: file,
        query:
          subject.section === 'ce'
            ? { name: file.name, section: 'ce', title: subject.title, completedOn: subject.completedOn }
            : { name: file.name, section: 'credentials', credential: subject.credential },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: filesKey(personId) }),
  });
}

export function useDeleteRecordFile(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) =>
      apiRequest(
        `${filesPath(personId)}/${encodeURIComponent(fileId)}`,
        z.object({ deleted: z.literal(true) }),
        {
          method: 'DELETE',
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: filesKey(personId) }),
  });
}
