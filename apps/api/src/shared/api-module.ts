import type { Request, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { LoaderDefinition } from '../graphql/loaders';
import type { Clock } from './clock';
import type { Viewer } from './viewer';

/** What a background job gets when the process starts it. */
export interface JobScope {
  dataSource: DataSource;
  clock: Clock;
  timeZone: string;
  /** The process's settings: a job reads its own (its period, say) here. */
  config: Config;
}

export interface RunningJob {
  /** Finishes the run in progress, if any, and starts no other. */
  stop(): Promise<void>;
}

/** What a module's plain HTTP routes get: the process's parts and the signed-in viewer of a request (same session as GraphQL). */
export interface RouteScope {
  dataSource: DataSource;
  clock: Clock;
  config: Config;
  viewerOf(req: Request): Promise<Viewer | null>;
}

/**
 * What one API module adds to the process: its TypeORM entities, its type-graphql resolvers, its
 * per-request loaders and its background jobs. Each module says so in its `<name>.module.ts`;
 * `modules/index.ts` lists the modules, and only the composition root (app.ts, main.ts,
 * db/data-source.ts) reads that list.
 */
export interface ApiModule {
  name: string;
  entities: readonly Function[];
  resolvers: readonly Function[];
  loaders: readonly LoaderDefinition<unknown>[];
  jobs: ReadonlyArray<(scope: JobScope) => RunningJob>;
  /** Plain HTTP routes under /api (file uploads and downloads, which GraphQL does not carry well). */
  routes?: (router: Router, scope: RouteScope) => void;
}

export function entitiesOf(modules: readonly ApiModule[]): Function[] {
  return modules.flatMap((module) => module.entities);
}

export function resolversOf(modules: readonly ApiModule[]): Function[] {
  return modules.flatMap((module) => module.resolvers);
}

export function startJobs(modules: readonly ApiModule[], scope: JobScope): RunningJob {
  const running = modules.flatMap((module) => module.jobs.map((start) => start(scope)));
  return { stop: async () => void (await Promise.all(running.map((job) => job.stop()))) };
}

/** Every module's HTTP routes on one router, which the composition root mounts at /api. */
export function mountRoutes(modules: readonly ApiModule[], router: Router, scope: RouteScope): Router {
  for (const module of modules) module.routes?.(router, scope);
  return router;
}
