import { assignmentEntities } from '../modules/assignment/assignment.module';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { LoginThrottle } from '../modules/auth/login-throttle.entity';
import { SessionRecord } from '../modules/auth/session.entity';
import { Holiday } from '../modules/calendar/holiday.entity';
import { complaintEntities } from '../modules/complaint/complaint.module';
import { Contact } from '../modules/contact/contact.entity';
import { CustomerSearchGram } from '../modules/customer/customer-search-gram.entity';
import { CustomerTag } from '../modules/customer/customer-tag.entity';
import { contractEntities } from '../modules/contract/contract.module';
import { Customer } from '../modules/customer/customer.entity';
import { Interaction } from '../modules/interaction/interaction.entity';
import { schedulingEntities } from '../modules/scheduling/scheduling.module';
import { Setting } from '../modules/setting/setting.entity';
import { Staff } from '../modules/staff/staff.entity';
import { Team } from '../modules/team/team.entity';

export const entities = [Team, Staff, SessionRecord, LoginThrottle, Customer, CustomerTag, CustomerSearchGram, Contact, Interaction, AuditEntry, Setting, Holiday, ...contractEntities, ...assignmentEntities, ...complaintEntities, ...schedulingEntities];
