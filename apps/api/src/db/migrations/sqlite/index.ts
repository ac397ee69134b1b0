import type { MigrationInterface } from 'typeorm';
import { Initial1795610739098 } from './1795610739098-Initial';
import { CustomerSearchGram1795611730430 } from './1795611730430-CustomerSearchGram';
import { Settings1795611961297 } from './1795611961297-Settings';
import { CustomerAssignments1795612245999 } from './1795612245999-CustomerAssignments';
import { Contracts1795612500198 } from './1795612500198-Contracts';
import { Holidays1795612723722 } from './1795612723722-Holidays';
import { Complaints1795613343015 } from './1795613343015-Complaints';
import { Scheduling1795613361899 } from './1795613361899-Scheduling';
import { Attachments1796147614014 } from './1796147614014-Attachments';
import { ComplaintNumbers1796147873020 } from './1796147873020-ComplaintNumbers';
import { StaffMustChangePassword1796148505914 } from './1796148505914-StaffMustChangePassword';
import { CustomerMerge1796149184205 } from './1796149184205-CustomerMerge';
import { SecurityEvents1796150162078 } from './1796150162078-SecurityEvents';
import { ListSortIndexes1796159932648 } from './1796159932648-ListSortIndexes';
import { PartReplacementMachineWarranty1796160498479 } from './1796160498479-PartReplacementMachineWarranty';
import { ComplaintReferral1796160951969 } from './1796160951969-ComplaintReferral';



export const sqliteMigrations: Array<new () => MigrationInterface> = [Initial1795610739098, CustomerSearchGram1795611730430, Settings1795611961297, CustomerAssignments1795612245999, Contracts1795612500198, Holidays1795612723722, Complaints1795613343015, Scheduling1795613361899, Attachments1796147614014, ComplaintNumbers1796147873020, StaffMustChangePassword1796148505914, CustomerMerge1796149184205, SecurityEvents1796150162078, ListSortIndexes1796159932648, PartReplacementMachineWarranty1796160498479, ComplaintReferral1796160951969];
