// Issue 12 item 1 (the main-process half): closing the window while a screen has unsaved wages
// asks, natively and in the user's language, Leave without saving / Stay; only Leave lets the
// window go. The pure decision, then the glue against a stand-in electron.
import { describe, expect, it, vi } from 'vitest';
import { fakeElectron, FakeWindow } from '../../helpers/fake-electron';
import { LEAVE_BUTTON, STAY_BUTTON, shouldLeave, unloadPrompt } from '../../../main/app/unload-policy';

vi.mock('electron', async () => (await import('../../helpers/fake-electron')).electronModule);
const { guardUnsavedChanges } = await import('../../../main/app/unsaved-changes');

describe('the unload decision (issue 12 item 1)', () => {
  it('leaves only on Leave; Stay, Esc and anything unexpected keep the window', () => {
    expect(shouldLeave(LEAVE_BUTTON)).toBe(true);
    expect(shouldLeave(STAY_BUTTON)).toBe(false);
    expect(shouldLeave(-1)).toBe(false);
    expect(shouldLeave(7)).toBe(false);
  });

  it('asks in the user’s language with Stay as the default and the answer to Esc', () => {
    const ms = unloadPrompt('ms');
    expect(ms).toMatchObject({ type: 'warning', defaultId: STAY_BUTTON, cancelId: STAY_BUTTON, noLink: true });
    expect(ms.title).toBe('Keluar tanpa menyimpan?');
    expect(ms.buttons).toEqual(['Keluar tanpa menyimpan', 'Kekal']);
    const en = unloadPrompt('en');
    expect(en.title).toBe('Leave without saving?');
    expect(en.buttons).toEqual(['Leave without saving', 'Stay']);
    expect(en.detail).toMatch(/not save/);
  });
});

describe('guardUnsavedChanges (issue 12 item 1)', () => {
  function closeWithUnsavedWages(window: FakeWindow): boolean {
    let leaves = false;
    window.webContents.emit('will-prevent-unload', { preventDefault: () => (leaves = true) });
    return leaves;
  }

  it('closing with unsaved wages asks; Stay keeps the window, Leave lets it close', () => {
    const window = new FakeWindow();
    let locale: 'ms' | 'en' = 'ms';
    guardUnsavedChanges(window as never, () => locale);

    fakeElectron.dialogAnswers.push({ response: STAY_BUTTON });
    expect(closeWithUnsavedWages(window)).toBe(false);
    expect(fakeElectron.dialogCalls.at(-1)).toMatchObject({ kind: 'message', window, options: { title: 'Keluar tanpa menyimpan?' } });

    locale = 'en';
    fakeElectron.dialogAnswers.push({ response: LEAVE_BUTTON });
    expect(closeWithUnsavedWages(window)).toBe(true);
    expect(fakeElectron.dialogCalls.at(-1)?.options).toMatchObject({ title: 'Leave without saving?' });
    expect(fakeElectron.dialogCalls).toHaveLength(2);
  });
});
