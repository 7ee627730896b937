import { useCallback, useState } from 'react';
import { useBackupService } from '../../app/backup';
import { BackupError } from '../../backup/errors';
import type { RestoreProgress } from '../../backup/service';
import { backupPassphrase } from '../../backup/state';
import { errorText } from '../../components/errorText';
import type { BackupManifest } from '../../domain/backup/manifest';
import type { OpenedBackupFile } from '../../platform';

export type RestoreStep =
  | { kind: 'closed' }
  | { kind: 'checking'; file: OpenedBackupFile; read: number }
  | { kind: 'passphrase'; file: OpenedBackupFile; wrong: boolean }
  | { kind: 'confirm'; file: OpenedBackupFile; manifest: BackupManifest; passphrase: string | undefined }
  | ({ kind: 'restoring' } & RestoreProgress)
  | { kind: 'refused'; file: OpenedBackupFile; message: string }
  | { kind: 'restored' };

/**
 * Choose → check all of it → see what it holds → confirm → restore. The
 * workstation's own passphrase is tried first; only when it does not fit is
 * the person asked.
 */
export function useRestore(onRestored: () => void) {
  const service = useBackupService();
  const [step, setStep] = useState<RestoreStep>({ kind: 'closed' });

  const check = useCallback(
    async (file: OpenedBackupFile, passphrase: string | undefined, asked: boolean) => {
      setStep({ kind: 'checking', file, read: 0 });
      try {
        const manifest = await service.check(file, passphrase, (read) => setStep({ kind: 'checking', file, read }));
        setStep({ kind: 'confirm', file, manifest, passphrase });
      } catch (error) {
        if (error instanceof BackupError && (error.problem === 'passphraseNeeded' || error.problem === 'wrongPassphrase')) {
          setStep({ kind: 'passphrase', file, wrong: asked || (error.problem === 'wrongPassphrase' && passphrase === undefined) });
        } else setStep({ kind: 'refused', file, message: errorText(error) });
      }
    },
    [service],
  );

  const start = useCallback((file: OpenedBackupFile) => void check(file, backupPassphrase() ?? undefined, false), [check]);

  const givePassphrase = useCallback((passphrase: string) => {
    if (step.kind === 'passphrase') void check(step.file, passphrase, true);
  }, [check, step]);

  const confirm = useCallback(async () => {
    if (step.kind !== 'confirm') return;
    const { file, manifest, passphrase } = step;
    setStep({ kind: 'restoring', safety: 'writing', read: 0, total: file.size });
    try {
      await service.restore(file, manifest, passphrase, (progress) => setStep({ kind: 'restoring', ...progress }));
      setStep({ kind: 'restored' });
      onRestored();
    } catch (error) {
      setStep({ kind: 'refused', file, message: `Er is niets veranderd. ${errorText(error)}` });
    }
  }, [onRestored, service, step]);

  const close = useCallback(() => {
    if (step.kind === 'restoring' || step.kind === 'restored') return;
    if ('file' in step) void step.file.close();
    setStep({ kind: 'closed' });
  }, [step]);

  return { step, start, givePassphrase, confirm, close };
}
