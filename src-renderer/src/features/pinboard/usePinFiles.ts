import { errorText } from '../../components/errorText';
import { useState } from 'react';
import { MAX_ATTACHMENT_BYTES } from '../../../../src-main/api';
import { useRepositories } from '../../app/data';
import { useActor } from '../../app/profile';
import { formatBytes } from '../../components/format';
import type { AttachmentKind } from '../../domain/model';
import { platform } from '../../platform';
import { defaultKind } from './defaultKind';
import { readFileWithProgress } from './readFile';

export interface Upload {
  key: string;
  name: string;
  size: number;
  progress: number;
  state: 'reading' | 'storing' | 'done' | 'failed';
  message?: string;
}

export interface PinTarget {
  complaintId?: string;
  customerId?: string;
}

/**
 * Pins files: bytes to the attachment store first, then the record and its
 * event in one transaction. A record that fails leaves only unreferenced bytes,
 * which the later sweep removes; never a record without bytes.
 */
export function usePinFiles(target: PinTarget) {
  const repos = useRepositories();
  const actor = useActor();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((upload) => (upload.key === key ? { ...upload, ...patch } : upload)));

  const pin = async (files: File[], kind: AttachmentKind | 'auto') => {
    const batch = files.map((file, index) => ({ file, key: `${Date.now()}-${index}-${file.name}` }));
    setUploads((all) => [...all.filter((upload) => upload.state !== 'done'), ...batch.map(({ file, key }) => ({ key, name: file.name, size: file.size, progress: 0, state: 'reading' as const }))]);
    for (const { file, key } of batch) {
      if (file.size > MAX_ATTACHMENT_BYTES) {
        update(key, { state: 'failed', message: `${file.name} is ${formatBytes(file.size)}; de grens is ${formatBytes(MAX_ATTACHMENT_BYTES)}. Verklein het bestand of bewaar het elders.` });
        continue;
      }
      try {
        const bytes = await readFileWithProgress(file, (progress) => update(key, { progress }));
        update(key, { state: 'storing' });
        const stored = await platform().putAttachment(bytes);
        const type = file.type || 'application/octet-stream';
        await repos.attachments.add(
          { ...target, name: file.name || 'plakbord.png', type, size: stored.size, sha256: stored.sha256, kind: kind === 'auto' ? defaultKind(file.name, type) : kind },
          actor,
        );
        update(key, { state: 'done', progress: 1 });
      } catch (error) {
        update(key, { state: 'failed', message: `${file.name} is niet vastgepind: ${errorText(error)}` });
      }
    }
  };
  return { uploads, pin };
}
