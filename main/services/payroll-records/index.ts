// The payroll records beside the employee and the month's wages: TP1 claims, TP3, CP38 and the
// EPF dividend rates (PAYROLL_RECORDS.md). The pay run reads them through these services.
export { createTp1Service, type Tp1Service } from './tp1';
export { createTp3Service, type Tp3Service } from './tp3';
export { createCp38Service, type Cp38ForMonth, type Cp38Service } from './cp38';
export { createEpfDividendRateService, type EpfDividendRateService } from './epf-dividend-rates';
