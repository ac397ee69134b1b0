import type { MigrationInterface } from 'typeorm';
import { Initial1795610739098 } from './1795610739098-Initial';

export const sqliteMigrations: Array<new () => MigrationInterface> = [Initial1795610739098];
