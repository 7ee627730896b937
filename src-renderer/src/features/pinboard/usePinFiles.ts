import { errorText } from '../../components/errorText';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useActor } from '../../app/profile';
import { formatBytes } from '../../components/format';
import { pinWarning } from '../../domain/fileSafety';
import type { AttachmentKind } from '../../domain/model';
import { MAX_PINNED_FILE_BYTES } from '../../domain/pinLimits';
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
      if (file.size > MAX_PINNED_FILE_BYTES) {
        update(key, {
          state: 'failed',
          message: `${file.name} is niet vastgepind: het is ${formatBytes(file.size)} en per bestand mag het hoogstens ${formatBytes(MAX_PINNED_FILE_BYTES)} zijn. Verklein het (bijvoorbeeld een scan in een lagere resolutie) of bewaar het elders en noteer waar.`,
        });
        continue;
      }
      try {
        const bytes = await readFileWithProgress(file, (progress) => update(key, { progress }));
        update(key, { state: 'storing' });
        const stored = await platform().putAttachment(bytes);
        const type = file.type || 'application/octet-stream';
        // A program is no correspondence, whatever its name says.
        const warning = pinWarning(file.name, bytes);
        const chosenKind = kind !== 'auto' ? kind : warning ? 'other' : defaultKind(file.name, type);
        await repos.attachments.add({ ...target, name: file.name || 'plakbord.png', type, size: stored.size, sha256: stored.sha256, kind: chosenKind }, actor);
        update(key, warning ? { state: 'done', progress: 1, message: warning } : { state: 'done', progress: 1 });
      } catch (error) {
        update(key, { state: 'failed', message: `${file.name} is niet vastgepind: ${errorText(error)}` });
      }
    }
  };
  return { uploads, pin };
}
