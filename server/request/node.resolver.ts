import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { fromGlobalId, Node } from '../common/node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'Global ID of the object.' }) id: string, @Ctx() { loaders }: Context): Promise<Node | null> {
    const ref = fromGlobalId(id);
    if (!ref) return null;
    const loader = {
      Organization: loaders.organization,
      Unit: loaders.unit,
      Position: loaders.position,
      JobDescription: loaders.jobDescription,
      ReviewItem: loaders.reviewItem,
      FieldCorrection: loaders.correction,
    }[ref.type];
    return (await loader.load(ref.id)) as Node | null;
  }
}
