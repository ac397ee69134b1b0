import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Clock } from '../shared/clock';
import type { Viewer } from '../shared/viewer';
import type { Loaders } from './loaders';

export interface Context {
  viewer: Viewer | null;
  dataSource: DataSource;
  clock: Clock;
  config: Config;
  loaders: Loaders;
  req: Request;
  res: Response;
  ip: string;
}
