// The port through which the router asks the user to choose a folder or a file. The native dialogs
// exist only in the Electron app (main/app/dialogs.ts implements this port with electron's
// dialog module); the CLI gets the "unavailable" implementation and the browser test harness the
// scripted stand-in below, which an end-to-end test tells what the user "chooses". So main/api
// and main/services never import electron, like portal-port.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { DialogKind, DialogPurpose } from '../../shared/domain/dialogs';
import { ServiceError } from './service-error';

export interface DialogFilter {
  name: string;
  /** Without the dot; '*' for every file. */
  extensions: string[];
}

/** One dialog, fully described (words already in the user's language) by dialog-requests.ts. */
export interface DialogRequest {
  kind: DialogKind;
  purpose: DialogPurpose;
  title: string;
  /** The label of the dialog's confirm button ("Choose this folder"). */
  buttonLabel: string;
  /** Where the dialog starts: a folder, or for a save dialog a suggested file (may not exist yet). */
  defaultPath?: string;
  filters?: DialogFilter[];
}

export interface DialogPort {
  readonly available: boolean;
  /** The absolute path the user chose, or null when they cancelled. */
  choose(request: DialogRequest): Promise<string | null>;
}

/** The CLI: there is nobody to show a dialog to (paths are typed on the command line there). */
export function createUnavailableDialogs(): DialogPort {
  return {
    available: false,
    choose: async () => {
      throw new ServiceError('UNSUPPORTED', 'desktop.dialog.unavailable');
    },
  };
}

export interface ScriptedDialog extends DialogRequest {
  /** What the stand-in answered: the path, or null (cancelled, or nothing was queued). */
  answer: string | null;
}

/**
 * The stand-in for native dialogs in the browser harness: an end-to-end test says what the user
 * will choose, before the click that opens the dialog.
 *
 *   app.dialogs.willChoose('/tmp/…/Caruman');   // the next dialog "chooses" this path
 *   app.dialogs.willCancel();                    // the next dialog is cancelled
 *   app.dialogs.shown                            // every dialog shown: kind, purpose, title, filters
 *
 * Like a real dialog it can only answer with something that exists: a folder for a folder dialog,
 * a file for an open dialog, a file in an existing folder for a save dialog (a test that queues an
 * impossible answer fails loudly). A dialog with nothing queued is cancelled.
 */
export interface ScriptedDialogs extends DialogPort {
  willChoose(path: string): void;
  willCancel(): void;
  readonly shown: readonly ScriptedDialog[];
  /** Answers still queued (a test can check it used them all). */
  readonly pending: number;
}

function checkAnswer(kind: DialogKind, chosen: string): void {
  const exists = (test: (stat: fs.Stats) => boolean, target: string) => {
    try {
      return test(fs.statSync(target));
    } catch {
      return false;
    }
  };
  const ok =
    path.isAbsolute(chosen) &&
    (kind === 'folder'
      ? exists((s) => s.isDirectory(), chosen)
      : kind === 'open'
        ? exists((s) => s.isFile(), chosen)
        : exists((s) => s.isDirectory(), path.dirname(chosen)) && !exists((s) => s.isDirectory(), chosen));
  if (!ok) throw new Error(`stand-in dialog: a ${kind} dialog cannot return ${chosen} (it must exist as a real dialog would show it)`);
}

export function createScriptedDialogs(): ScriptedDialogs {
  const answers: (string | null)[] = [];
  const shown: ScriptedDialog[] = [];
  return {
    available: true,
    willChoose(chosen) {
      answers.push(chosen);
    },
    willCancel() {
      answers.push(null);
    },
    get shown() {
      return shown;
    },
    get pending() {
      return answers.length;
    },
    async choose(request) {
      const answer = answers.length > 0 ? (answers.shift() ?? null) : null;
      if (answer !== null) checkAnswer(request.kind, answer);
      shown.push({ ...request, answer });
      return answer;
    },
  };
}
