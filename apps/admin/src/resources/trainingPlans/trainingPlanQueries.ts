import { gql } from '@apollo/client';
import type {
  CreateTrainingSessionMutation,
  CreateTrainingSessionMutationVariables,
  TrainingPlanSessionsQuery,
} from '../../graphql/generated';
import type { Run } from '../../providers/operations';

export type TrainingSessionRecord = NonNullable<TrainingPlanSessionsQuery['trainingPlan']>['sessions'][number];
export type TrainingSessionInput = CreateTrainingSessionMutationVariables['input'];

/** The plan's sessions with everyone's attendance and exam score (react-admin's getOne reads no lists). */
export const TRAINING_PLAN_SESSIONS = gql`
  query trainingPlanSessions($id: ID!) {
    trainingPlan(id: $id) {
      id
      sessions { id heldOn note recordedBy { id name } results { staffId staff { id name } attended examScore } }
    }
  }
`;

export const CREATE_TRAINING_SESSION = gql`
  mutation createTrainingSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) { id heldOn }
  }
`;

export interface TrainingPlanMethods {
  trainingPlanSessions(planId: string): Promise<TrainingSessionRecord[]>;
  createTrainingSession(input: TrainingSessionInput): Promise<CreateTrainingSessionMutation['createTrainingSession']>;
}

export function trainingPlanMethods(run: Run): TrainingPlanMethods {
  return {
    trainingPlanSessions: async (planId) =>
      (await run<TrainingPlanSessionsQuery>('query', TRAINING_PLAN_SESSIONS, { id: planId })).trainingPlan?.sessions ?? [],
    createTrainingSession: async (input) => (await run<CreateTrainingSessionMutation>('mutation', CREATE_TRAINING_SESSION, { input })).createTrainingSession,
  };
}
