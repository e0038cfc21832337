import { z } from 'zod';
import { channel } from '../channel';
import { LOCALES } from '../../i18n/define';
import type { Settings } from '../../domain/settings';

export type { Settings } from '../../domain/settings';

export const settingsChannels = {
  'settings:get': channel<Settings>()(z.object({}).strict()),
  'settings:setLocale': channel<Settings>()(z.object({ locale: z.enum(LOCALES) }).strict()),
};
