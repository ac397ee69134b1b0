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
import { IdempotencyKeys1796158788007 } from './1796158788007-IdempotencyKeys';
import { ListSortIndexes1796159932648 } from './1796159932648-ListSortIndexes';
import { PushEvents1796160000001 } from './1796160000001-PushEvents';
import { PartReplacementMachineWarranty1796160498479 } from './1796160498479-PartReplacementMachineWarranty';
import { ComplaintReferral1796160951969 } from './1796160951969-ComplaintReferral';
import { AuditEntityIdWidth1796164359574 } from './1796164359574-AuditEntityIdWidth';
import { LeaveExceptions1796169779077 } from './1796169779077-LeaveExceptions';
import { SwapCounterpartConsent1796169802610 } from './1796169802610-SwapCounterpartConsent';
import { FollowUps1796171033862 } from './1796171033862-FollowUps';
import { CallScriptsAndLists1796182652723 } from './1796182652723-CallScriptsAndLists';
import { CustomerCallPreferences1796183140592 } from './1796183140592-CustomerCallPreferences';
import { FollowUpCompletedIndex1796184787236 } from './1796184787236-FollowUpCompletedIndex';
import { FollowUpQueueIndex1796185518095 } from './1796185518095-FollowUpQueueIndex';



export const sqliteMigrations: Array<new () => MigrationInterface> = [Initial1795610739098, CustomerSearchGram1795611730430, Settings1795611961297, CustomerAssignments1795612245999, Contracts1795612500198, Holidays1795612723722, Complaints1795613343015, Scheduling1795613361899, Attachments1796147614014, ComplaintNumbers1796147873020, StaffMustChangePassword1796148505914, CustomerMerge1796149184205, SecurityEvents1796150162078, IdempotencyKeys1796158788007, ListSortIndexes1796159932648, PushEvents1796160000001, PartReplacementMachineWarranty1796160498479, ComplaintReferral1796160951969, AuditEntityIdWidth1796164359574, LeaveExceptions1796169779077, SwapCounterpartConsent1796169802610, FollowUps1796171033862, CallScriptsAndLists1796182652723, CustomerCallPreferences1796183140592, FollowUpCompletedIndex1796184787236, FollowUpQueueIndex1796185518095];
