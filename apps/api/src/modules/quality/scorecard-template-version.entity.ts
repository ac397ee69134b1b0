import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One version of a scorecard as it was saved; never changed afterwards. Dimensions and critical items are JSON (a handful each). */
@ObjectType({ description: 'A version of a scorecard as saved; evaluations name the version they used' })
@Entity('scorecard_template_version')
@Index('uq_scorecard_template_version', ['templateId', 'templateVersion'], { unique: true })
export class ScorecardTemplateVersion {
  @Field(() => ID, { description: 'Identifier' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => ID, { description: 'The scorecard' })
  @Column({ name: 'template_id', type: 'varchar', length: 36 })
  templateId: string;

  @Field(() => Int, { description: 'Version number' })
  @Column({ name: 'template_version', type: 'int' })
  templateVersion: number;

  @Field(() => String, { description: 'The name at this version' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** JSON: [{ code, weight, maxScore }]. */
  @Column({ type: 'text' })
  dimensions: string;

  /** JSON: ["LEAKED_CUSTOMER_DATA", …]. */
  @Column({ name: 'critical_items', type: 'text' })
  criticalItems: string;

  @Field(() => Date, { description: 'When it was saved' })
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'author_id', type: 'varchar', length: 36, nullable: true })
  authorId: string | null;
}
