import type { HandlerMap } from '../handler';

export const settingsHandlers = {
  'settings:get': (_input, { settings }) => settings.get(),
  'settings:setLocale': (input, { settings }) => settings.setLocale(input.locale),
} satisfies HandlerMap<'settings:get' | 'settings:setLocale'>;
