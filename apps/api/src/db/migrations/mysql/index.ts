import type { MigrationInterface } from 'typeorm';
import { Initial1795610738733 } from './1795610738733-Initial';
import { CustomerSearchGram1795611730048 } from './1795611730048-CustomerSearchGram';
import { Settings1795611960924 } from './1795611960924-Settings';
import { CustomerAssignments1795612245526 } from './1795612245526-CustomerAssignments';
import { Contracts1795612499698 } from './1795612499698-Contracts';
import { Holidays1795612723155 } from './1795612723155-Holidays';
import { Complaints1795613342453 } from './1795613342453-Complaints';
import { Scheduling1795613361108 } from './1795613361108-Scheduling';
import { Attachments1796147607777 } from './1796147607777-Attachments';
import { ComplaintNumbers1796147867626 } from './1796147867626-ComplaintNumbers';
import { StaffMustChangePassword1796148499422 } from './1796148499422-StaffMustChangePassword';
import { CustomerMerge1796149178985 } from './1796149178985-CustomerMerge';
import { SecurityEvents1796150155114 } from './1796150155114-SecurityEvents';
import { IdempotencyKeys1796158692522 } from './1796158692522-IdempotencyKeys';
import { ListSortIndexes1796159928291 } from './1796159928291-ListSortIndexes';
import { PushEvents1796160000000 } from './1796160000000-PushEvents';
import { PartReplacementMachineWarranty1796160493287 } from './1796160493287-PartReplacementMachineWarranty';
import { ComplaintReferral1796160947483 } from './1796160947483-ComplaintReferral';
import { AuditEntityIdWidth1796164356811 } from './1796164356811-AuditEntityIdWidth';
import { LeaveExceptions1796169772097 } from './1796169772097-LeaveExceptions';
import { SwapCounterpartConsent1796169796436 } from './1796169796436-SwapCounterpartConsent';
import { FollowUps1796171019184 } from './1796171019184-FollowUps';
import { CallScriptsAndLists1796182649992 } from './1796182649992-CallScriptsAndLists';
import { CustomerCallPreferences1796183138087 } from './1796183138087-CustomerCallPreferences';
import { FollowUpCompletedIndex1796184783841 } from './1796184783841-FollowUpCompletedIndex';
import { FollowUpQueueIndex1796185516062 } from './1796185516062-FollowUpQueueIndex';



export const mysqlMigrations: Array<new () => MigrationInterface> = [Initial1795610738733, CustomerSearchGram1795611730048, Settings1795611960924, CustomerAssignments1795612245526, Contracts1795612499698, Holidays1795612723155, Complaints1795613342453, Scheduling1795613361108, Attachments1796147607777, ComplaintNumbers1796147867626, StaffMustChangePassword1796148499422, CustomerMerge1796149178985, SecurityEvents1796150155114, IdempotencyKeys1796158692522, ListSortIndexes1796159928291, PushEvents1796160000000, PartReplacementMachineWarranty1796160493287, ComplaintReferral1796160947483, AuditEntityIdWidth1796164356811, LeaveExceptions1796169772097, SwapCounterpartConsent1796169796436, FollowUps1796171019184, CallScriptsAndLists1796182649992, CustomerCallPreferences1796183138087, FollowUpCompletedIndex1796184783841, FollowUpQueueIndex1796185516062];
