import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../request/context.js';
import { Position } from '../org/position.entity.js';
import { MAX_SEARCH_TEXT, searchPositions, searchText } from './search.service.js';
import { SNIPPET_WORDS } from './snippet.js';
import { FirstArg } from '../common/connection.js';
import { pagedList } from '../limits/cost.js';

@ObjectType({ description: 'A position found by a search, with the text that matched.' })
export class SearchHit {
  @Field(() => Position, { description: 'The position found.' })
  position: Position;

  @Field(() => String, {
    description: 'The field the hit is shown by: the first of "title", "unit" (the unit path), "purpose" and "duties" (duties and their expected results) that holds a word of the query.',
  })
  field: string;

  @Field(() => String, {
    description: `That field's text around the first match: matched words whole, wrapped in « and »; at most ${SNIPPET_WORDS} words, with "…" where the text goes on (a title is usually whole).`,
  })
  snippet: string;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over position titles, units, purposes, duties and expected results. Hits in order: the exact title, titles that begin with the text, ' +
      'titles holding its words, then matches in the unit, the purpose and the duties (within each, the better match first). Words shorter than three letters are ignored.',
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
