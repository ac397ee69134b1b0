import { type ErrorCode, errorCatalog } from '@sanxin/domain';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'An error code with the message to show for it' })
export class ErrorCatalogEntry {
  @Field(() => String, { description: 'The value of `extensions.code`' })
  code: ErrorCode;

  @Field(() => String, { description: 'Message in Chinese (zh-CN)' })
  zhCN: string;

  @Field(() => String, { description: 'Message in English' })
  en: string;
}

@Resolver()
export class ErrorCatalogResolver {
  /** Public: a client localises errors before anyone signs in (a wrong password, a rate limit). */
  @Query(() => [ErrorCatalogEntry], {
    description: 'Every error code the API answers, with its zh-CN and en messages (the same list the console shows); no sign-in needed',
  })
  errorCatalog(): ErrorCatalogEntry[] {
    return errorCatalog();
  }
}
