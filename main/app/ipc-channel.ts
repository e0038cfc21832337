// The single IPC channel between the preload bridge and the main process. Its own tiny module so
// the sandboxed preload bundle pulls in nothing else.
export const IPC_INVOKE_CHANNEL = 'app:invoke';
