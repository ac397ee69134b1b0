import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An inspector invited to a calibration session, and when they submitted their blind scores. */
@ObjectType({ description: 'An inspector invited to a calibration session' })
@Entity('calibration_participant')
@Index('idx_calibration_participant_inspector', ['inspectorId', 'sessionId'])
export class CalibrationParticipant {
  @PrimaryColumn({ name: 'session_id', type: 'varchar', length: 36 })
  sessionId: string;

  @Field(() => ID, { description: 'The inspector' })
  @PrimaryColumn({ name: 'inspector_id', type: 'varchar', length: 36 })
  inspectorId: string;

  @Field(() => Date, { nullable: true, description: 'When they submitted their scores; null while they have not' })
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true })
  submittedAt: Date | null;
}
