import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../components/errorText';
import { platform, type BackupFileInfo, type BackupLocation } from '../../platform';

/** The backup folder and the backups in it, read again after every change. */
export function useBackupFolder() {
  const [location, setLocation] = useState<BackupLocation | null>(null);
  const [files, setFiles] = useState<BackupFileInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const store = platform().backups;
      const [where, list] = await Promise.all([store.location(), store.list()]);
      setLocation(where);
      setFiles(list);
      setProblem(null);
    } catch (error) {
      setProblem(errorText(error));
      setFiles([]);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const chooseFolder = useCallback(async () => {
    try {
      const chosen = await platform().backups.chooseLocation();
      if (chosen) await refresh();
    } catch (error) {
      setProblem(errorText(error));
    }
  }, [refresh]);

  return { location, files, problem, refresh, chooseFolder };
}
