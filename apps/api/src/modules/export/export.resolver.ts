import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ExportFile, ExportListInput } from './export.inputs';
import { exportList } from './export.service';

@Resolver()
export class ExportResolver {
  @Authorized()
  @Mutation(() => ExportFile, {
    description:
      'Any list (a root query answering an XPage) as CSV or Excel, filtered and sorted as given, run as the list itself for the viewer (same permissions and masking), at most 10,000 rows; needs the export grant where the matrix has one; audited',
  })
  exportList(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('input', () => ExportListInput) input: ExportListInput): Promise<ExportFile> {
    return exportList(ctx, info.schema, input);
  }
}
