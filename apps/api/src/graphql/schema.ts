import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assignmentResolvers } from '../modules/assignment/assignment.module';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { ContactResolver } from '../modules/contact/contact.resolver';
import { HolidayResolver } from '../modules/calendar/calendar.resolver';
import { complaintResolvers } from '../modules/complaint/complaint.module';
import { contractResolvers } from '../modules/contract/contract.module';
import { CustomerResolver } from '../modules/customer/customer.resolver';
import { InteractionResolver } from '../modules/interaction/interaction.resolver';
import { schedulingResolvers } from '../modules/scheduling/scheduling.module';
import { SettingResolver } from '../modules/setting/setting.resolver';
import { StaffResolver } from '../modules/staff/staff.resolver';
import { TeamResolver } from '../modules/team/team.resolver';
import { authChecker } from './auth-checker';

let schema: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global, and building is not free. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [
      AuthResolver,
      CustomerResolver,
      ContactResolver,
      InteractionResolver,
      StaffResolver,
      TeamResolver,
      AuditResolver,
      SettingResolver,
      HolidayResolver,
      ...contractResolvers,
      ...assignmentResolvers,
      ...complaintResolvers,
      ...schedulingResolvers,
    ],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return schema;
}
