import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import type { ServiceContext } from '../shared/service-context';
import { requireViewer, type SessionProblem, type Viewer } from '../shared/viewer';
import type { RequestLoaders } from './loaders';

export interface Context {
  viewer: Viewer | null;
  /** Why `viewer` is null (UNAUTHENTICATED answers carry it as `extensions.reason`). */
  sessionProblem: SessionProblem | null;
  dataSource: DataSource;
  clock: Clock;
  config: Config;
  loaders: RequestLoaders;
  req: Request;
  res: Response;
  ip: string;
}

/** What a use case needs from the request: the signed-in viewer (UNAUTHENTICATED without one), the database and the time. */
export function serviceContext(ctx: Context): ServiceContext {
  return { viewer: requireViewer(ctx.viewer, ctx.sessionProblem), dataSource: ctx.dataSource, clock: ctx.clock, ip: ctx.ip };
}
