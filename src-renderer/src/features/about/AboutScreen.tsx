import { useEffect, useState } from 'react';
import { formatBytes } from '../../components/format';
import { storageEstimate, type StorageEstimate } from '../../db/storage';
import { platform, type Platform } from '../../platform';

type AppInfo = Awaited<ReturnType<Platform['appInfo']>>;

export function AboutScreen() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageEstimate | null>(null);

  useEffect(() => {
    void platform().appInfo().then(setInfo);
    void storageEstimate().then(setStorage);
  }, []);

  return (
    <section aria-labelledby="about-title" className="about">
      <h1 id="about-title">Over Klachtenbalie</h1>
      <p className="lead">Klachten registreren, afhandelen en ervan leren. Alle gegevens blijven op deze computer.</p>
      <dl className="facts">
        <dt>Versie</dt>
        <dd>{info ? info.version : '…'}</dd>
        <dt>Omgeving</dt>
        <dd>{info ? (platform().kind === 'desktop' ? `Desktop (Electron ${info.electronVersion})` : 'Browser') : '…'}</dd>
        <dt>Gegevensmap</dt>
        <dd>{info?.userDataPath ?? '…'}</dd>
        <dt>Blijvende opslag</dt>
        <dd data-testid="storage-persisted">
          {storage === null
            ? '…'
            : storage.persisted === true
              ? 'Ja: de browser ruimt deze gegevens niet vanzelf op'
              : storage.persisted === false
                ? 'Nee: bij ruimtegebrek kan de opslag worden gewist. Maak regelmatig een reservekopie.'
                : 'Onbekend: deze omgeving meldt het niet'}
        </dd>
        <dt>Opslag in gebruik</dt>
        <dd data-testid="storage-usage">
          {storage === null
            ? '…'
            : storage.usage === null || storage.quota === null
              ? 'Onbekend'
              : `${formatBytes(storage.usage)} van ${formatBytes(storage.quota)} beschikbaar`}
        </dd>
      </dl>
    </section>
  );
}
