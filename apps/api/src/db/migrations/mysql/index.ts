import type { MigrationInterface } from 'typeorm';
import { Initial1795610738733 } from './1795610738733-Initial';

export const mysqlMigrations: Array<new () => MigrationInterface> = [Initial1795610738733];
