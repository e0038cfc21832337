// The preload bridge: exposes exactly window.api = { invoke } and nothing else. It runs sandboxed
// with context isolation, so it is bundled into one CommonJS file with only 'electron' external.
// The main process checks the sender and validates every input; this side trusts nothing either.
import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { IPC_INVOKE_CHANNEL } from '../app/ipc-channel';

const api: Bridge = {
  invoke: (channel: string, input: unknown): Promise<ApiResult<unknown>> =>
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input) as Promise<ApiResult<unknown>>,
};

contextBridge.exposeInMainWorld('api', api);
