import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../request/context.js';
import { Position } from '../org/position.entity.js';
import { MAX_SEARCH_TEXT, searchPositions, searchText } from './search.service.js';
import { FirstArg } from '../common/connection.js';
import { pagedList } from '../limits/cost.js';

@ObjectType({ description: 'A position found by a search, with the text that matched.' })
export class SearchHit {
  @Field(() => Position, { description: 'The position found.' })
  position: Position;

  @Field(() => String, { description: 'Where the match is: "title", "unit", "purpose" or "duties" (duties and their expected results).' })
  field: string;

  @Field(() => String, { description: 'The matching text in context, matches wrapped in « and ».' })
  snippet: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over position titles, units, purposes, duties and expected results; best matches first. Words shorter than three letters are ignored.',
    complexity: pagedList,
  })
  async search(
    @Arg('text', () => String, { description: `Words to find; each must occur. On SQLite parts of words match too; on PostgreSQL the beginnings of words ("rehabilitatsioon" finds "rehabilitatsiooniteenus"). At most ${MAX_SEARCH_TEXT} characters of plain text (no control characters).` }) text: string,
    @FirstArg('hits', 20) first: number,
    @Ctx() { dataSource, loaders, deadline }: Context,
  ): Promise<SearchHit[]> {
    const rows = await searchPositions(dataSource, searchText(text), first);
    deadline.check();
    const positions = await loaders.position.loadMany(rows.map((r) => r.positionId));
    return rows.flatMap((row, i) => (positions[i] instanceof Position ? [{ position: positions[i] as Position, field: row.field, snippet: row.snippet }] : []));
  }
}
