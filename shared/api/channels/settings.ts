import { z } from 'zod';
import { channel } from '../channel';
import { LOCALES, type Locale } from '../../i18n/define';

export interface Settings {
  locale: Locale;
}

export const settingsChannels = {
  'settings:get': channel<Settings>()(z.object({}).strict()),
  'settings:setLocale': channel<Settings>()(z.object({ locale: z.enum(LOCALES) }).strict()),
};
