import { InvalidTransitionError } from '@sanxin/domain';
import { AppError } from '../../shared/errors';

/** Runs a domain transition check, answering an illegal step with INVALID_TRANSITION (from, action, allowed). */
export function checkTransition<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof InvalidTransitionError) throw invalidTransition(error.from, error.action, error.allowed);
    throw error;
  }
}

export function invalidTransition(from: string, action: string, allowed: string[]): AppError {
  return new AppError('INVALID_TRANSITION', `Cannot ${action} from ${from}`, { from, action, allowed });
}
