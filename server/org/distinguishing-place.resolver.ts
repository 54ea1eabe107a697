import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../request/context.js';
import { Position } from './position.entity.js';

@Resolver(() => Position)
export class DistinguishingPlaceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What tells this position apart from the others with its title, for wherever the title is shown without its card: the shortest end of its unit path ' +
      'that no other position with the title shares, outermost unit first, joined by " › " ("Osakond B › Tiim 1"); the file of its job description is added ' +
      'when another position with the title sits in the same unit. Null when no other position of the organisation has the title.',
  })
  distinguishingPlace(@Root() position: Position, @Ctx() { loaders }: Context): Promise<string | null> {
    return loaders.distinguishingPlace.load(position);
  }
}
