import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../src-main/api';
import { buildMenuTemplate, sendMenuCommand } from '../../src-main/menu';

function build(isPackaged = true, isMac = false) {
  const onCommand = vi.fn();
  const template = buildMenuTemplate({ isPackaged, isMac, onCommand });
  const submenu = (label: string) =>
    (template.find((menu) => menu.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];
  return { template, submenu, onCommand };
}

const summary = (items: MenuItemConstructorOptions[]) =>
  items.map((item) => (item.type === 'separator' ? '---' : `${item.label}${item.accelerator ? ` [${item.accelerator}]` : ''}${item.role ? ` (${item.role})` : ''}`));

describe('application menu', () => {
  it('has the Dutch menus in order', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('Bestand', () => {
    expect(summary(build().submenu('Bestand'))).toEqual([
      'Nieuwe klacht [CmdOrCtrl+N]',
      'Klachtenlijst',
      '---',
      'Afsluiten (quit)',
    ]);
  });

  it('Bewerken uses roles with Dutch labels', () => {
    expect(summary(build().submenu('Bewerken'))).toEqual([
      'Ongedaan maken (undo)',
      'Opnieuw (redo)',
      '---',
      'Knippen (cut)',
      'Kopiëren (copy)',
      'Plakken (paste)',
      'Alles selecteren (selectAll)',
    ]);
  });

  it('Beeld offers developer tools only when not packaged', () => {
    const packaged = summary(build(true).submenu('Beeld'));
    expect(packaged).toEqual([
      'Zoeken [CmdOrCtrl+F]',
      '---',
      'Opnieuw laden (reload)',
      '---',
      'Ware grootte (resetZoom)',
      'Inzoomen (zoomIn)',
      'Uitzoomen (zoomOut)',
      '---',
      'Volledig scherm (togglefullscreen)',
    ]);
    expect(summary(build(false).submenu('Beeld'))).toContain('Ontwikkelhulpmiddelen (toggleDevTools)');
  });

  it('puts the application menu first on macOS only', () => {
    expect(build(true, true).template[0]).toMatchObject({ role: 'appMenu' });
    expect(build(true, false).template.some((menu) => menu.role === 'appMenu')).toBe(false);
  });

  it.each([
    ['Bestand', 'Nieuwe klacht', 'new-complaint'],
    ['Bestand', 'Klachtenlijst', 'complaint-list'],
    ['Beeld', 'Zoeken', 'search'],
    ['Help', 'Over Klachtenbalie', 'about'],
  ])('%s > %s sends %s with the focused window', (menu, label, command) => {
    const { submenu, onCommand } = build();
    const window = { id: 7 };
    const item = submenu(menu).find((entry) => entry.label === label);
    (item?.click as unknown as (item: unknown, window: unknown, event: unknown) => void)({}, window, {});
    expect(onCommand).toHaveBeenCalledWith(command, window);
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel to a live window only', () => {
    const send = vi.fn();
    sendMenuCommand({ webContents: { send } as never, isDestroyed: () => false }, 'search');
    expect(send).toHaveBeenCalledWith(IPC_CHANNELS.menuCommand, 'search');
    send.mockClear();
    sendMenuCommand({ webContents: { send } as never, isDestroyed: () => true }, 'search');
    sendMenuCommand(null, 'search');
    expect(send).not.toHaveBeenCalled();
  });
});
