import { z } from 'zod';
import { channel } from '../channel';
import { newCompanySchema, renameCompanySchema, updateCompanySchema, type Company, type CompanyWithWarnings } from '../../domain/company';

export const companyChannels = {
  'companies:list': channel<Company[]>()(z.object({}).strict()),
  'companies:create': channel<Company>()(newCompanySchema),
  'companies:rename': channel<Company>()(renameCompanySchema),
  'companies:update': channel<CompanyWithWarnings>()(updateCompanySchema),
};
